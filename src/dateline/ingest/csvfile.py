"""CSV and TSV files with a header row naming the fields."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from typing import BinaryIO

from ..model import Article, Reject
from .options import ReadOptions
from .rows import article_from_row


def read_csv(stream: BinaryIO, path: str, options: ReadOptions, delimiter: str = ",") -> Iterator[Article | Reject]:
    """Articles from CSV rows; a file without a text (or date) column is rejected whole."""
    # Article bodies exceed csv's default field limit of 128 KiB.
    csv.field_size_limit(max(csv.field_size_limit(), options.max_chars + 1))
    # surrogateescape keeps bad bytes as lone surrogates so a bad row is rejected, not the file.
    text = io.TextIOWrapper(stream, encoding="utf-8", errors="surrogateescape", newline="")
    reader = csv.DictReader(text, delimiter=delimiter)
    try:
        header = reader.fieldnames
    except csv.Error as err:
        yield Reject(path, f"malformed CSV header: {err}", 1)
        return
    if not header:
        yield Reject(path, "empty CSV file (no header row)")
        return
    missing = [name for name in ("text", "date") if not _has_column(header, options, name)]
    if "date" in missing and options.date is not None:
        missing.remove("date")
    if missing:
        tried = "; ".join(f"{m}: {', '.join(options.fields[m])}" for m in missing)
        yield Reject(path, f"CSV has no {' or '.join(missing)} column (tried {tried})", 1)
        return
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield Reject(path, f"malformed CSV: {err}", reader.line_num)
            return
        line = reader.line_num
        if any(_has_bad_bytes(v) for v in row.values() if isinstance(v, str)):
            yield Reject(path, "invalid UTF-8 in the row", line)
            continue
        yield article_from_row({k: v for k, v in row.items() if k is not None}, path, line, options)


def _has_column(header: Sequence[str], options: ReadOptions, name: str) -> bool:
    lowered = {h.lower() for h in header if h}
    return any(key.lower() in lowered for key in options.fields[name])


def _has_bad_bytes(value: str) -> bool:
    """Whether decoding left lone surrogates (bytes that were not UTF-8) in ``value``."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
