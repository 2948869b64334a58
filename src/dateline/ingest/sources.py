"""Where articles come from: paths, directories, globs, gzip files and stdin, in any format.

``iter_articles`` is the one entry point: it yields an Article or a Reject for every input
it is given and never raises for bad input, so that one bad file never stops a batch.
"""

from __future__ import annotations

import glob
import gzip
import io
import logging
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import UsageError
from ..model import Article, Reject
from .csvfile import read_csv
from .feed import read_feed
from .html import read_html
from .jsonl import read_jsonl
from .options import ReadOptions
from .reuters import is_reuters, read_reuters
from .text import read_text
from .warc import read_warc

log = logging.getLogger(__name__)

Item = Article | Reject

#: File extension -> reader name. ``.gz`` is stripped first (except for WARC, read as is).
EXTENSIONS: dict[str, str] = {
    ".txt": "text", ".text": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".csv": "csv", ".tsv": "tsv",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc",
}
FORMATS: tuple[str, ...] = ("text", "jsonl", "csv", "tsv", "html", "feed", "warc", "reuters")
_GLOB_CHARS = set("*?[")
#: Whole-file formats are read into memory up to this many bytes per character allowed.
_BYTES_PER_CHAR = 4
_HTML_MIN_BYTES = 20_000_000


def iter_articles(inputs: Iterable[str], options: ReadOptions, stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Articles and rejects from every input: a path, a directory, a glob, or ``-`` for stdin."""
    if options.input_format is not None and options.input_format not in FORMATS:
        raise UsageError(f"unknown input format {options.input_format!r}; choose from {', '.join(FORMATS)}")
    for spec in inputs:
        if spec == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_guarded(stream, "<stdin>", None, options)
            continue
        files = expand(spec)
        if isinstance(files, Reject):
            yield files
            continue
        for path in files:
            yield from read_path(path, options)


def expand(spec: str) -> list[Path] | Reject:
    """The files a path, directory (recursive, known extensions) or glob pattern names."""
    path = Path(spec)
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and _format_for(p.name) is not None)
    if path.is_file():
        return [path]
    if _GLOB_CHARS & set(spec):
        matches = sorted(Path(m) for m in glob.glob(spec, recursive=True))
        files: list[Path] = []
        for match in matches:
            expanded = expand(str(match)) if match.is_dir() else [match]
            if isinstance(expanded, list):
                files.extend(expanded)
        return files if files else Reject(spec, "no file matches this pattern")
    if path.exists():
        return Reject(spec, "not a regular file")
    return Reject(spec, "no such file or directory")


def read_path(path: Path, options: ReadOptions) -> Iterator[Item]:
    """Articles and rejects from one file, never raising for bad content."""
    name = str(path)
    try:
        with open(path, "rb") as raw:
            if name.endswith(".gz") and _format_for(name) != "warc":
                with gzip.open(raw) as unzipped:
                    yield from _read_guarded(unzipped, name, _format_for(name[:-3]), options)  # type: ignore[arg-type]
            else:
                yield from _read_guarded(raw, name, _format_for(name), options)
    except OSError as err:
        yield Reject(name, f"cannot read: {err.strerror or err}")


def _read_guarded(stream: BinaryIO, name: str, fmt: str | None, options: ReadOptions) -> Iterator[Item]:
    """Dispatch to a reader; any failure becomes a Reject, never an exception."""
    try:
        yield from _dispatch(stream, name, fmt, options)
    except (gzip.BadGzipFile, EOFError, zlib.error) as err:
        yield Reject(name, f"corrupt gzip data ({err})")
    except OSError as err:
        yield Reject(name, f"cannot read: {err}")
    except Exception as err:  # a reader bug must not stop the batch: log it with its traceback
        log.exception("reader failed on %s", name)
        yield Reject(name, f"unreadable ({type(err).__name__}: {err})")


def _dispatch(stream: BinaryIO, name: str, fmt: str | None, options: ReadOptions) -> Iterator[Item]:
    stream = stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[arg-type,type-var]
    head = stream.peek(4096)[:4096]
    if head[:2] == b"\x1f\x8b" and fmt != "warc":
        # gzip data whose name did not say so (stdin, or a misnamed file)
        with gzip.open(stream) as unzipped:
            yield from _dispatch(unzipped, name, fmt, options)  # type: ignore[arg-type]
        return
    if not head.strip():
        yield Reject(name, "empty file")
        return
    fmt = options.input_format or fmt or _sniff(head)
    if fmt == "feed" and options.input_format is None and is_reuters(head):
        fmt = "reuters"  # .xml is also the extension of the Reuters-21578 corpus
    if fmt != "warc" and b"\x00" in head:
        yield Reject(name, "binary file (contains NUL bytes)")
        return
    if fmt == "jsonl":
        yield from read_jsonl(stream, name, options)
    elif fmt in ("csv", "tsv"):
        yield from read_csv(stream, name, options, delimiter="\t" if fmt == "tsv" else ",")
    elif fmt == "warc":
        yield from read_warc(stream, name, options, max_bytes=_max_html_bytes(options))
    else:
        limit = _max_html_bytes(options) if fmt in ("html", "feed", "reuters") else options.max_chars * _BYTES_PER_CHAR
        data = stream.read(limit + 1)
        if len(data) > limit:
            yield Reject(name, f"file over the size limit ({limit:,} bytes read; raise --max-chars)")
        elif fmt == "html":
            yield read_html(data, name, options)
        elif fmt == "feed":
            yield from read_feed(data, name, options)
        elif fmt == "reuters":
            yield from read_reuters(data, name, options)
        else:
            yield read_text(data, name, options)


def _format_for(name: str) -> str | None:
    lower = name.lower()
    if lower.endswith((".warc.gz", ".warc")):
        return "warc"
    if lower.endswith(".gz"):
        return _format_for(lower[:-3])
    return EXTENSIONS.get(os.path.splitext(lower)[1])


def _sniff(head: bytes) -> str:
    """A reader for content whose name says nothing (stdin, odd extensions)."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"WARC/"):
        return "warc"
    if start[:1] in (b"{", b"["):
        return "jsonl"
    if start[:1] == b"<":
        lowered = start[:2048].lower()
        return "feed" if (b"<rss" in lowered or b"<feed" in lowered or b"<rdf" in lowered) else "html"
    return "text"


def _max_html_bytes(options: ReadOptions) -> int:
    return max(_HTML_MIN_BYTES, options.max_chars * _BYTES_PER_CHAR)


def count_items(inputs: Iterable[str], options: ReadOptions) -> int | None:
    """How many items (articles or rejects) the inputs will give, for progress and ETA.

    Counts lines of JSONL and rows of CSV files and one per single-article file; None when
    a count would need a full parse (feeds, WARC, stdin) or when counting fails.
    """
    total = 0
    for spec in inputs:
        if spec == "-":
            return None
        files = expand(spec)
        if isinstance(files, Reject):
            total += 1
            continue
        for path in files:
            fmt = options.input_format or _format_for(path.name)
            if fmt in ("feed", "warc", "reuters"):
                return None
            if fmt not in ("jsonl", "csv", "tsv"):
                total += 1
                continue
            try:
                opener = gzip.open if path.name.endswith(".gz") else open
                with opener(path, "rb") as fh:  # type: ignore[operator]
                    lines = sum(1 for line in fh if line.strip())
            except (OSError, EOFError, zlib.error):
                total += 1
                continue
            total += max(lines - (1 if fmt in ("csv", "tsv") else 0), 1)
    return total
