"""Store queries as Arrow tables (and so pandas DataFrames) for analysis at scale.

Rows stream from the database in batches straight into typed Arrow record batches: no
per-row dicts of the JSON form, and column types from the schema (integers stay integers
when a column has NULLs, which a pandas-first path would turn into floats).
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa
from sqlalchemy import BigInteger, Boolean, Engine, Float, Integer, select
from sqlalchemy.sql import Select

from ..errors import UsageError
from . import schema

_BATCH = 50_000


def arrow_type(column_type: Any) -> pa.DataType:
    kind = type(column_type)
    if kind in (Integer, BigInteger):
        return pa.int64()
    if kind is Float:
        return pa.float64()
    if kind is Boolean:
        return pa.bool_()
    return pa.string()


def query_arrow(engine: Engine, query: Select[Any], batch: int = _BATCH) -> pa.Table:
    """The rows of ``query`` as an Arrow table typed from its columns."""
    arrow_schema = pa.schema([pa.field(c.name, arrow_type(c.type)) for c in query.selected_columns])
    names = arrow_schema.names
    batches = []
    with engine.connect() as conn:
        result = conn.execution_options(yield_per=batch).execute(query)
        for rows in result.partitions():
            columns = list(zip(*rows, strict=True)) if rows else [() for _ in names]
            batches.append(pa.RecordBatch.from_arrays(
                [pa.array(col, type=f.type) for col, f in zip(columns, arrow_schema, strict=True)],
                schema=arrow_schema))
    return pa.Table.from_batches(batches, schema=arrow_schema)


def table_arrow(engine: Engine, kind: str) -> pa.Table:
    """One store table, in key order; articles without their text and MinHash signature
    (the text of a million articles is not a frame; use ``iter_table`` or an export)."""
    table = schema.metadata.tables.get(kind)
    if table is None or kind == schema.meta.name:
        raise UsageError(f"unknown table {kind!r}")
    columns = [c for c in table.c if c.name != "minhash" and not (kind == "articles" and c.name == "text")]
    return query_arrow(engine, select(*columns).order_by(*table.primary_key.columns))
