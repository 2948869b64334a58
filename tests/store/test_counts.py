"""Actor and pair counts from the per-pair table (store/counts.py) equal the COUNT statements
they replace, for codes, prefixes, names, unknown and malformed actors, NULL sides and undated
events."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.store.browse import EventQuery
from dateline.store.views import StoreViews

from .test_event_pages import fill

ACTORS = ["TUR", "TURGOV", "TU", "RUS", "RUSGOV", "USA", "IRN", "ZZZ", "tur", " TUR ", "Turkey", "Ankara",
          "nobody", "T-R", "12"]
PAIRS = [("TUR", "RUS"), ("RUS", "TUR"), ("USA", "USA"), ("TU", "TURGOV"), ("TURGOV", "IRN"), ("Turkey", "USA"),
         ("ZZZ", "TUR"), ("T-R", "RUS"), ("IRN", "IRN")]


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> tuple[StoreViews, StoreViews]:
    """The same store counted from the pair table and by statements."""
    db = str(Path(tmp_path_factory.mktemp("counts")) / "store.db")
    engine = fill(db).engine
    by_pair, by_statement = StoreViews(engine), StoreViews(engine)
    assert by_pair.counts_by_pair  # SQLite
    by_statement.counts_by_pair = False
    return by_pair, by_statement


@pytest.mark.parametrize("actor", ACTORS)
def test_counts_actor_sides_and_totals_equal_the_statements(stores: tuple[StoreViews, StoreViews],
                                                            actor: str) -> None:
    by_pair, by_statement = stores
    for column in ("source_actor", "target_actor"):
        assert by_pair._side_count(actor, column) == by_statement._side_count(actor, column)
    for placed_only in (False, True):
        q = EventQuery(actor=actor)
        assert by_pair._event_count(q, placed_only) == by_statement._event_count(q, placed_only)


@pytest.mark.parametrize("pair", PAIRS)
def test_counts_pair_totals_equal_the_statements(stores: tuple[StoreViews, StoreViews],
                                                 pair: tuple[str, str]) -> None:
    by_pair, by_statement = stores
    for placed_only in (False, True):
        q = EventQuery(pair=pair)
        assert by_pair._event_count(q, placed_only) == by_statement._event_count(q, placed_only)
        assert by_pair._common(q) == by_statement._common(q)


def test_counts_some_events_are_undated_or_one_sided(stores: tuple[StoreViews, StoreViews]) -> None:
    """The store exercises what the table must count apart: NULL sides and events without days."""
    rows = stores[0].pair_counts().rows
    assert any(source is None for source, _, _, _ in rows) and any(target is None for _, target, _, _ in rows)
    assert any(placed < events for _, _, events, placed in rows)
    assert stores[0]._event_count(EventQuery(actor="Turkey"), False) > 0  # a name: its exact codes


@pytest.mark.parametrize("q", [EventQuery(actor="TUR", modality="asserted"), EventQuery(actor="TUR", by="article"),
                               EventQuery(actor="TUR", pair=("TUR", "RUS"))])
def test_counts_filtered_queries_still_count_by_statement(stores: tuple[StoreViews, StoreViews],
                                                          q: EventQuery) -> None:
    by_pair, by_statement = stores
    assert by_pair._event_count(q, False) == by_statement._event_count(q, False)
