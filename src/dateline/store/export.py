"""Exports of store tables: JSON lines, CSV and Parquet, streamed in batches."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from sqlalchemy import BigInteger, Boolean, Float, Integer

from ..errors import UsageError
from . import schema
from .query import StoreReader
from .rows import event_json, quote_json

EXPORT_FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")
_BATCH = 10_000


def export_rows(reader: StoreReader, kind: str) -> Iterator[dict[str, Any]]:
    """Rows of one table; events and quotes in the JSON form of the output contract."""
    to_json = {"events": event_json, "quotes": quote_json}.get(kind)
    for row in reader.iter_table(kind):
        yield to_json(row) if to_json else row


def write_jsonl(reader: StoreReader, kind: str, stream: IO[str]) -> int:
    n = 0
    for row in export_rows(reader, kind):
        stream.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


def write_csv(reader: StoreReader, kind: str, stream: IO[str]) -> int:
    columns = _columns(kind)
    writer = csv.DictWriter(stream, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    n = 0
    for row in reader.iter_table(kind):
        writer.writerow(row)
        n += 1
    return n


def write_parquet(reader: StoreReader, kind: str, path: Path) -> int:
    """A Parquet file with one column per table column, typed from the schema."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = schema.metadata.tables[kind]
    fields = []
    for column in table.c:
        if column.name == "minhash":
            continue
        kind_of = type(column.type)
        arrow_type = (pa.int64() if kind_of in (Integer, BigInteger) else pa.float64() if kind_of is Float
                      else pa.bool_() if kind_of is Boolean else pa.string())
        fields.append(pa.field(column.name, arrow_type))
    arrow_schema = pa.schema(fields)
    n = 0
    with pq.ParquetWriter(path, arrow_schema) as out:
        batch: list[dict[str, Any]] = []
        for row in reader.iter_table(kind):
            batch.append(row)
            if len(batch) >= _BATCH:
                out.write_table(pa.Table.from_pylist(batch, schema=arrow_schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            out.write_table(pa.Table.from_pylist(batch, schema=arrow_schema))
            n += len(batch)
    return n


def _columns(kind: str) -> list[str]:
    if kind not in schema.metadata.tables:
        raise UsageError(f"unknown kind {kind!r}")
    return [c.name for c in schema.metadata.tables[kind].c if c.name != "minhash"]
