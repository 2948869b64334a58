"""Date windows: the per-scale lower bound on date_first (store.query.StoreReader._scale_starts)
finds exactly the events the plain overlap test finds (last day on or after the window start,
first day on or before its end), above all those whose span crosses the window start; and a
store of schema version 1 is migrated to the generated date_span/date_scale columns on open."""

import contextlib
import datetime as dt

import pytest
from sqlalchemy import create_engine, insert, inspect, select, text

from dateline.store import schema
from dateline.store.engine import database_url
from dateline.store.query import DateRange, StoreReader
from dateline.store.writer import Batch, StoreWriter

from ..pg import new_pg_database
from .test_writer import analysis_of

START = dt.date(2019, 6, 15)

# (first day, last day, source, target): spans of every scale, placed around the window
# starts the tests use (START and the days near it).
EVENTS = [
    (START, START, "TUR", "RUS"),  # one day, on the start
    (START - dt.timedelta(days=1), START - dt.timedelta(days=1), "TUR", "RUS"),  # the day before
    (dt.date(2019, 6, 10), dt.date(2019, 6, 16), "TUR", "USA"),  # a week across the start
    (dt.date(2019, 6, 1), dt.date(2019, 6, 30), "RUS", "TUR"),  # a month across it
    (dt.date(2019, 5, 15), START, "TUR", "RUS"),  # 31 days (the longest of scale 1), ending on it
    (dt.date(2019, 5, 14), START, "TUR", "RUS"),  # 32 days (scale 2), ending on it
    (dt.date(2019, 5, 14), START - dt.timedelta(days=1), "TUR", "RUS"),  # 31 days, ending the day before
    (dt.date(2019, 4, 1), dt.date(2019, 6, 30), "TUR", "IRN"),  # a quarter
    (dt.date(2019, 1, 1), dt.date(2019, 12, 31), "TUR", "RUS"),  # a year
    (dt.date(2018, 6, 14), START, "TUR", "RUS"),  # 366 days (the longest of scale 2)
    (dt.date(2018, 6, 13), START, "TUR", "RUS"),  # 367 days (scale 3)
    (dt.date(2018, 6, 13), START - dt.timedelta(days=1), "TUR", "RUS"),  # 366 days, ending the day before
    (dt.date(2010, 1, 1), dt.date(2019, 12, 31), "TUR", "RUS"),  # a decade ("the 2010s")
    (dt.date(1901, 1, 1), dt.date(2000, 12, 31), "USA", "TUR"),  # a century, ending long before
    (dt.date(1990, 1, 1), dt.date(1999, 12, 31), "TUR", "RUS"),  # a decade, ending long before
    (dt.date(2019, 7, 1), dt.date(2019, 7, 1), "TUR", "RUS"),  # after the start
    (dt.date(2020, 1, 1), dt.date(2020, 12, 31), "TUR", "RUS"),  # a year, later
    (dt.date(2019, 6, 15), dt.date(2019, 6, 15), "IRN", "USA"),  # neither actor
    (None, None, "TUR", "RUS"),  # undated
]
# Many short events of TUR before the windows, as in a long history: the bound skips them.
EVENTS += [(dt.date(2015, 1, 1) + dt.timedelta(days=d), dt.date(2015, 1, 1) + dt.timedelta(days=d), "TUR", "RUS")
           for d in range(0, 1200, 3)]

WINDOWS = [
    DateRange(START.isoformat(), None),
    DateRange(START.isoformat(), "2019-06-30"),
    DateRange((START - dt.timedelta(days=1)).isoformat(), START.isoformat()),
    DateRange((START + dt.timedelta(days=1)).isoformat(), "2019-12-31"),
    DateRange("2001-01-01", "2001-12-31"),  # only the long events reach it
    DateRange("2000-12-31", "2000-12-31"),  # the last day of the century
    DateRange("0001-01-01", "0001-12-31"),  # no earlier day to bound by
    DateRange("2030-01-01", None),  # after everything
]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def reader(request, tmp_path_factory):
    with contextlib.ExitStack() as stack:
        if request.param == "sqlite":
            db = str(tmp_path_factory.mktemp("windows") / "store.db")
        else:
            db = stack.enter_context(new_pg_database())
        yield fill(db)
        StoreReader.open(db).engine.dispose()


def event_rows(article: str) -> list[dict]:
    rows = []
    for i, (first, last, source, target) in enumerate(EVENTS):
        rows.append({"article": article, "code": "042", "label": "x", "root": "04", "source_actor": source,
                     "target_actor": target, "source_text": "s", "target_text": "t",
                     "date_value": first.isoformat() if first else "PAST_REF", "date_basis": "text",
                     "date_first": first and first.isoformat(), "date_last": last and last.isoformat(),
                     "modality": "asserted", "trigger": "t", "sentence": "s", "start": i, "end": i + 1,
                     "extractor": "test"})
    return rows


def fill(db: str) -> StoreReader:
    writer = StoreWriter.open(db)
    analysis = analysis_of()
    writer.write(None, Batch(analyses=[(analysis, None)]))
    with writer.engine.begin() as conn:
        conn.execute(insert(schema.events), event_rows(analysis.article.id))
    return StoreReader.open(db)


def stored(reader: StoreReader) -> list[tuple]:
    """Every event as (id, first, last, source, target), read plainly: the reference's input
    (the store holds the events of analysis_of() too)."""
    e = schema.events.c
    with reader.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(e.id, e.date_first, e.date_last, e.source_actor, e.target_actor))]


def overlapping(reader: StoreReader, window: DateRange, actor: str | None = None,
                pair: tuple[str, str] | None = None) -> list[int]:
    """The ids of the events the plain overlap test keeps, in timeline order, found in Python."""
    keep = []
    for i, first, last, source, target in stored(reader):
        if first is None or last is None:
            continue
        if window.first and last < window.first or window.last and first > window.last:
            continue
        if actor and not (source or "").startswith(actor) and not (target or "").startswith(actor):
            continue
        if pair and not ((source or "").startswith(pair[0]) and (target or "").startswith(pair[1])):
            continue
        keep.append((first, last, i))
    return [i for _, _, i in sorted(keep)]


@pytest.mark.parametrize("window", WINDOWS, ids=lambda w: f"{w.first}..{w.last}")
@pytest.mark.parametrize("who", [{}, {"actor": "TUR"}, {"actor": "RUS"}, {"pair": ("TUR", "RUS")}], ids=str)
@pytest.mark.parametrize("limit, offset", [(5, 0), (3, 4), (1000, 0)])
def test_date_windows_pages_equal_the_overlap_test(reader, window, who, limit, offset):
    expected = overlapping(reader, window, **who)
    page = [e["id"] for e in reader.events(**who, dates=window, limit=limit, offset=offset)]
    assert page == expected[offset: offset + limit]
    with reader.engine.connect() as conn:  # and without a limit (the path of exports)
        assert [r.id for r in conn.execute(reader.event_query(**who, dates=window))] == expected


def test_date_windows_cross_the_start(reader):
    # The cases the bound exists for: events that start before the window and end in it.
    found = {e["id"] for e in reader.events(actor="TUR", dates=DateRange(START.isoformat()), limit=1000)}
    day = START.isoformat()
    crossing = {i for i, first, last, source, target in stored(reader)
                if first and first < day <= last and "TUR" in (source, target)}
    assert len(crossing) >= 8 and crossing <= found


@pytest.mark.parametrize(
    "first, last, span, scale",
    [("2019-06-15", "2019-06-15", 0, 0), ("2019-06-10", "2019-06-16", 6, 1), ("2019-02-01", "2019-02-28", 27, 1),
     ("2019-05-15", "2019-06-15", 31, 1), ("2019-05-14", "2019-06-15", 32, 2), ("2020-01-01", "2020-12-31", 365, 2),
     ("2018-06-14", "2019-06-15", 366, 2), ("2018-06-13", "2019-06-15", 367, 3),
     ("1901-01-01", "2000-12-31", 36524, 3), (None, None, None, None)],
)
def test_date_windows_generated_span_and_scale(reader, first, last, span, scale):
    e = schema.events.c
    with reader.engine.begin() as conn:
        row = conn.execute(insert(schema.events).values(
            event_rows("x")[0] | {"article": reader.events(limit=1)[0]["article"], "date_first": first,
                                  "date_last": last}).returning(e.date_span, e.date_scale)).one()
        conn.rollback()
    assert (row.date_span, row.date_scale) == (span, scale)


def downgrade_to_v1(db: str) -> None:
    """Make ``db`` what schema version 1 made: no date_span/date_scale, none of their indexes,
    and no articles.analysis (schema version 3)."""
    reader = StoreReader.open(db)
    with reader.engine.begin() as conn:
        for index in schema.events.indexes:
            if {"date_span", "date_scale"} & {c.name for c in index.columns}:
                conn.execute(text(f"DROP INDEX {index.name}"))
        conn.execute(text("ALTER TABLE events DROP COLUMN date_scale"))
        conn.execute(text("ALTER TABLE events DROP COLUMN date_span"))
        conn.execute(text("ALTER TABLE articles DROP COLUMN analysis"))
        conn.execute(text("UPDATE dateline_meta SET value = '1' WHERE key = 'schema_version'"))
    reader.engine.dispose()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_date_windows_v1_store_is_migrated_on_open(tmp_path, backend):
    with contextlib.ExitStack() as stack:
        db = str(tmp_path / "store.db") if backend == "sqlite" else stack.enter_context(new_pg_database())
        fill(db).engine.dispose()
        downgrade_to_v1(db)
        raw = create_engine(database_url(db))  # not open_engine, which would migrate
        assert not {"date_span", "date_scale"} & {c["name"] for c in inspect(raw).get_columns("events")}
        assert "analysis" not in {c["name"] for c in inspect(raw).get_columns("articles")}
        raw.dispose()
        reader = StoreReader.open(db)  # a reader migrates too: its queries need the columns
        with reader.engine.connect() as conn:
            version = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")).scalar()
            spans = conn.execute(select(schema.events.c.date_span).order_by(schema.events.c.id)).scalars().all()
            analyses = set(conn.execute(select(schema.articles.c.analysis)).scalars())
        assert analyses == {None}  # stored by an unknown analysis: ingesting them again redoes them
        indexes = {i["name"] for i in inspect(reader.engine).get_indexes("events")}
        assert version == str(schema.SCHEMA_VERSION)
        assert {i.name for i in schema.events.indexes} <= indexes
        assert spans[-len(EVENTS):] == [(last - first).days if first and last else None for first, last, *_ in EVENTS]
        window = DateRange(START.isoformat(), "2019-06-30")
        expected = overlapping(reader, window, "TUR")
        assert len(expected) >= 8
        assert [e["id"] for e in reader.events(actor="TUR", dates=window, limit=100)] == expected
        reader.engine.dispose()
