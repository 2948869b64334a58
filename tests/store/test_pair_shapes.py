"""A pair of actor codes is a parameter of its statements: pairs of the same plan share them,
and each still gets its own events, counts and timeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.store.browse import EventQuery
from dateline.store.engine import open_engine
from dateline.store.query import DateRange
from dateline.store.views import StoreViews
from tests.browse_store import build_store

# Pairs of the hand-made store (tests/browse_store.py), one that has no events, prefixes of
# codes, and one named rather than coded (its codes are compiled in).
PAIRS = [("USA", "TUR"), ("TUR", "USA"), ("CHN", "USA"), ("RUS", "TUR"), ("USA", "CHN"), ("MAL", "BOB"),
         ("RUS", "USA"), ("US", "TU"), ("Turkey", "USA")]
QUERIES = [EventQuery(), EventQuery(dates=DateRange("2019-01-01", "2020-12-31")), EventQuery(modality="asserted")]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("pairs") / "s.db")


def answers(views: StoreViews, q: EventQuery) -> tuple[list[int], int, list[int], int | None]:
    page = views.event_page(q, limit=1)  # a full page: its total is counted
    timeline = views.timeline_view(q, limit=1)
    return ([e["id"] for e in page.items], page.total, [i["id"] for i in timeline["items"]], timeline["total"])


@pytest.mark.parametrize("base", QUERIES)
def test_pair_shapes_shared_statements_answer_each_pair(db: Path, base: EventQuery) -> None:
    warm = StoreViews(open_engine(str(db), create=False))
    for one, two in PAIRS:
        q = EventQuery(pair=(one, two), modality=base.modality, dates=base.dates)
        fresh = StoreViews(open_engine(str(db), create=False))
        assert answers(warm, q) == answers(fresh, q), (one, two)


def test_pair_shapes_pairs_of_a_plan_are_compiled_once(db: Path) -> None:
    views = StoreViews(open_engine(str(db), create=False))
    coded = [pair for pair in PAIRS if pair[0].isupper() and pair[1].isupper()]
    for pair in coded:
        views.event_page(EventQuery(pair=pair), limit=1)
    pages = [key for key in views._memo if key[:2] == ("sql", "event page")]
    plans = {(views._source_unindexed(one, two), views._source_unindexed(two, one),
              views._common(EventQuery(pair=(one, two)))) for one, two in coded}
    assert len(pages) == len(plans) < len(coded)


# Actors of the hand-made store, prefixes, one without events, and names (their codes are
# compiled in), in an order where codes of one plan follow each other.
ACTORS = ["USA", "TUR", "CHN", "TURGOV", "RUS", "US", "MAL", "ZZZ", "Turkey", "usa", "?"]


@pytest.mark.parametrize("base", QUERIES)
def test_pair_shapes_shared_statements_answer_each_actor(db: Path, base: EventQuery) -> None:
    warm = StoreViews(open_engine(str(db), create=False))
    for actor in ACTORS:
        q = EventQuery(actor=actor, modality=base.modality, dates=base.dates)
        fresh = StoreViews(open_engine(str(db), create=False))
        assert answers(warm, q) == answers(fresh, q), actor
        assert warm.span(q) == fresh.span(q), actor  # span and focus run the actor's own conditions


def test_pair_shapes_actor_codes_of_a_plan_are_compiled_once(db: Path) -> None:
    views = StoreViews(open_engine(str(db), create=False))
    coded = [actor for actor in ACTORS if actor.isalnum() and actor.isupper() and len(actor) >= 3]
    for actor in coded:
        views.event_page(EventQuery(actor=actor), limit=1)
    pages = [key for key in views._memo if key[:2] == ("sql", "event page")]
    plans = {views._common(EventQuery(actor=actor)) for actor in coded}
    assert len(pages) == len(plans) < len(coded)
