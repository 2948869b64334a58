"""A page of events (limit/offset) found through the per-actor indexes equals the same page of
the fully sorted result, whatever the filters (store.query.StoreReader.event_query)."""

import contextlib
import random

import pytest
from sqlalchemy import insert

from dateline.store import browse, schema
from dateline.store.browse import EventQuery
from dateline.store.query import DateRange, StoreReader
from dateline.store.views import StoreViews
from dateline.store.writer import Batch, StoreWriter

from ..pg import new_pg_database
from .test_writer import analysis_of

CODES = ["TUR", "TURGOV", "TURMIL", "RUSGOV", "RUS", "USAGOV", "USA", "IRN", None]
DAYS = ["2019-01-05", "2019-03-01", "2019-03-01", "2019-07-20", "2020-02-29", None]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def reader(request, tmp_path_factory):
    with contextlib.ExitStack() as stack:
        if request.param == "sqlite":
            db = str(tmp_path_factory.mktemp("pages") / "store.db")
        else:
            db = stack.enter_context(new_pg_database())
        yield fill(db)
        StoreReader.open(db).engine.dispose()


def fill(db):
    writer = StoreWriter.open(db)
    analysis = analysis_of()
    writer.write(None, Batch(analyses=[(analysis, None)]))
    rng = random.Random(4)
    rows = []
    for i in range(300):
        first = rng.choice(DAYS)
        rows.append({"article": analysis.article.id, "code": rng.choice(["042", "057", "111"]), "label": "x",
                     "root": "04", "source_actor": rng.choice(CODES), "target_actor": rng.choice(CODES),
                     "source_text": "s", "target_text": "t", "date_value": first or "PAST_REF",
                     "date_basis": "text", "date_first": first, "date_last": first, "modality": "asserted",
                     "trigger": "t", "sentence": "s", "start": i, "end": i + 1, "extractor": "test"})
    with writer.engine.begin() as conn:
        conn.execute(insert(schema.events), rows)
    return StoreReader.open(db)


@pytest.mark.parametrize(
    "filters",
    [{}, {"actor": "TUR"}, {"actor": "TURGOV"}, {"actor": "RUS"}, {"pair": ("TUR", "RUS")}, {"pair": ("USA", "USA")},
     {"actor": "TUR", "dates": DateRange("2019-02-01", "2019-12-31")}, {"dates": DateRange("2019-03-01")},
     {"actor": "IRN", "code": "11"}, {"actor": "ZZZ"}, {"actor": "Ankara"}],
)
@pytest.mark.parametrize("limit, offset", [(5, 0), (7, 3), (100, 0), (40, 35)])
def test_event_pages_equal_slices_of_the_sorted_result(reader, filters, limit, offset):
    with reader.engine.connect() as conn:
        everything = [r.id for r in conn.execute(reader.event_query(**filters))]
    page = [e["id"] for e in reader.events(**filters, limit=limit, offset=offset)]
    assert page == everything[offset: offset + limit]


def test_event_pages_order_undated_last(reader):
    with reader.engine.connect() as conn:
        firsts = [r.date_first for r in conn.execute(reader.event_query(actor="TUR"))]
    dated = [f for f in firsts if f is not None]
    assert firsts == dated + [None] * (len(firsts) - len(dated)) and dated == sorted(dated)


@pytest.mark.parametrize(
    "query",
    [EventQuery(actor="TUR"), EventQuery(actor="USA"), EventQuery(pair=("TUR", "RUS")), EventQuery(pair=("USA", "USA")),
     EventQuery(actor="TUR", dates=DateRange("2019-02-01", "2019-12-31")), EventQuery(actor="ZZZ"),
     EventQuery(pair=("TURGOV", "IRN"), dates=DateRange("2019-03-01"))],
)
@pytest.mark.parametrize("common_share", [1, 10**9])  # no actor is common / every actor is
def test_browser_event_pages_equal_slices_whichever_way_found(reader, monkeypatch, query, common_share):
    # A common actor's page is read in date order, a rare one's from its own index ranges
    # (store.browse.StoreBrowser.event_ids): both must give the slices of the sorted result.
    monkeypatch.setattr(browse, "_COMMON_SHARE", common_share)
    browser = StoreViews(reader.engine)
    with reader.engine.connect() as conn:
        everything = list(conn.execute(browser.event_ids(query)).scalars())
    for limit, offset in [(5, 0), (7, 3), (100, 0), (40, 35)]:
        page = browser.event_page(query, limit=limit, offset=offset)
        assert [e["id"] for e in page.items] == everything[offset: offset + limit]
        assert page.total == len(everything)
