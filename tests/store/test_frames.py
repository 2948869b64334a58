"""The analysis API: store tables and event queries as Arrow tables and pandas DataFrames."""

import pyarrow as pa
import pytest

from dateline.errors import UsageError
from dateline.store.query import DateRange, StoreReader
from dateline.store.writer import Batch, StoreWriter

from .test_writer import analysis_of


@pytest.fixture
def reader(any_db):
    StoreWriter.open(any_db).write(None, Batch(analyses=[(analysis_of(), None)]))
    return StoreReader.open(any_db)


@pytest.mark.parametrize(
    "filters, pairs",
    [
        ({}, [("RUSGOV", "TURGOV"), ("TURGOV", "RUSGOV")]),
        ({"actor": "RUS"}, [("RUSGOV", "TURGOV"), ("TURGOV", "RUSGOV")]),
        ({"pair": ("TUR", "RUS")}, [("TURGOV", "RUSGOV")]),
        ({"dates": DateRange("2018-01-01")}, []),
        ({"code": "13"}, []),
    ],
)
def test_frames_events_frame_filters_like_events(reader, filters, pairs):
    frame = reader.events_frame(**filters)
    assert list(zip(frame["source_actor"], frame["target_actor"], strict=True)) == pairs
    as_dicts = reader.events(**filters)
    assert [(e["source"]["actor"], e["target"]["actor"]) for e in as_dicts] == pairs


def test_frames_events_arrow_typed_columns(reader):
    table = reader.events_arrow()
    assert table.num_rows == 2
    assert table.schema.field("id").type == pa.int64()
    assert table.schema.field("goldstein").type == pa.float64()
    assert table.schema.field("attributed_start").type == pa.int64()  # all NULL, still an integer column
    assert table.column("date_first").to_pylist() == ["2017-09-01", "2017-09-01"]
    assert table.column("article_ref").to_pylist() == ["r1", "r1"]


@pytest.mark.parametrize("kind, rows", [("mentions", 3), ("quotes", 1), ("timexes", 1), ("articles", 1)])
def test_frames_table_frame_rows(reader, kind, rows):
    frame = reader.table_frame(kind)
    assert len(frame) == rows
    assert "minhash" not in frame.columns
    assert ("text" in frame.columns) == (kind != "articles")


def test_frames_unknown_table_is_a_usage_error(reader):
    with pytest.raises(UsageError):
        reader.table_arrow("dateline_meta")
    with pytest.raises(UsageError):
        reader.table_arrow("nope")
