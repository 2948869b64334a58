"""Store queries for browsing (store/browse.py, store/views.py) beyond what the API tests show."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from dateline.store import schema
from dateline.store.browse import EventQuery, StoreBrowser, escape_like, fts_words, prefix_match
from dateline.store.engine import open_engine
from dateline.store.query import DateRange
from dateline.store.views import StoreViews
from tests.browse_store import build_store


@pytest.mark.parametrize(("value", "expected"), [("50%", "50\\%"), ("a_b", "a\\_b"), ("c:\\x", "c:\\\\x"),
                                                 ("plain", "plain")])
def test_browse_escape_like(value: str, expected: str) -> None:
    assert escape_like(value) == expected


@pytest.mark.parametrize(("words", "expected"), [("S-400 deal", '"S" "400" "deal"'), ('a" OR b*', '"a" "OR" "b"'),
                                                 ("NEAR(x y)", '"NEAR" "x" "y"'), ("***", "")])
def test_browse_fts_words_are_quoted(words: str, expected: str) -> None:
    assert fts_words(words) == expected


@pytest.mark.parametrize(("codes", "prefix", "matched"), [
    (["TUR", "TURGOV", "TUN", "TURX9", "TUS"], "TUR", ["TUR", "TURGOV", "TURX9"]),
    (["130", "131", "1312", "14", "13"], "13", ["13", "130", "131", "1312"]),
    (["USA", "USAGOV", "USB"], "USAGOV", ["USAGOV"]),
])
def test_browse_prefix_match(tmp_path: Path, codes: list[str], prefix: str, matched: list[str]) -> None:
    engine = open_engine(str(tmp_path / "s.db"), create=True)
    with engine.begin() as conn:
        conn.execute(schema.actors.insert(), [{"code": c} for c in codes])
        found = conn.execute(select(schema.actors.c.code).where(prefix_match(schema.actors.c.code, prefix))
                             .order_by(schema.actors.c.code)).scalars()
        assert list(found) == matched


def test_browse_event_search_without_events_fts(tmp_path: Path) -> None:
    """A store made before events_fts existed still answers event text searches (LIKE)."""
    db = build_store(tmp_path / "old.db")
    engine = open_engine(str(db), create=False)
    with engine.begin() as conn:
        for trigger in ("events_fts_insert", "events_fts_delete"):
            conn.execute(text(f"DROP TRIGGER {trigger}"))
        conn.execute(text("DROP TABLE events_fts"))
    browser = StoreBrowser(open_engine(str(db), create=False))
    assert not browser.events_fts
    page = browser.event_page(EventQuery(search="sanctions"))
    assert [e["code"] for e in page.items] == ["1312"]
    assert browser.event_page(EventQuery(search="100%")).total == 0


@pytest.mark.parametrize(("first", "last", "codes"), [
    ("2020-05-31", "2020-05-31", ["1312"]),  # the last day of "late last month" (2020-05)
    ("2020-06-01", "2020-06-23", []),
    ("2021-12-31", None, ["061"]),  # "next year" (2021) reaches its last day
    ("2019-03-08", "2019-03-08", ["040"]),
])
def test_browse_date_ranges_overlap_the_days_a_date_covers(tmp_path: Path, first: str, last: str | None,
                                                           codes: list[str]) -> None:
    views = StoreViews(open_engine(str(build_store(tmp_path / "s.db")), create=False))
    page = views.event_page(EventQuery(dates=DateRange(first, last)))
    assert [e["code"] for e in page.items] == codes
    timeline = views.timeline_view(EventQuery(dates=DateRange(first, last)))
    assert [i["code"] for i in timeline["items"]] == codes and timeline["span"] is None


def test_browse_date_window_finds_events_dated_by_a_decade(tmp_path: Path) -> None:
    """An event "in the 1990s" covers ten years: a window in 1995 must find it (no look-back cap)."""
    engine = open_engine(str(build_store(tmp_path / "s.db")), create=False)
    with engine.begin() as conn:
        conn.execute(text("UPDATE events SET date_value = '199', date_first = '1990-01-01', "
                          "date_last = '1999-12-31' WHERE code = '040'"))
    views = StoreViews(engine)
    page = views.event_page(EventQuery(dates=DateRange("1995-06-01", "1995-06-30")))
    assert [e["code"] for e in page.items] == ["040"]
    timeline = views.timeline_view(EventQuery(dates=DateRange("1995-06-01", "1995-06-30")))
    assert [i["code"] for i in timeline["items"]] == ["040"]


def _event(source: tuple[str, str], target: tuple[str, str]) -> dict[str, object]:
    return {"source": {"actor": source[0], "name": source[1]}, "target": {"actor": target[0], "name": target[1]},
            "story": None, "article": "a", "article_title": None, "article_date": "2020-01-01"}


def test_browse_pair_lanes_name_a_side_by_its_code_when_several_people_share_it() -> None:
    """USAGOV covers every US official: a lane is not named after whoever came first."""
    from dateline.store.views import lanes

    items = [_event(("USAGOV", "Donald Trump"), ("PRKGOV", "Kim Jong Un")),
             _event(("USAGOV", "Mike Pompeo"), ("PRKGOV", "Kim Jong Un")),
             _event(("USAGOV", "Donald Trump"), ("RUSGOV", "Vladimir Putin"))]
    found = {g["id"]: (g["label"], g["title"], g["count"]) for g in lanes(items, "pair")}
    assert found == {
        "PRKGOV|USAGOV": ("Kim Jong Un – USAGOV", "Kim Jong Un – Donald Trump, Mike Pompeo", 2),
        "RUSGOV|USAGOV": ("Vladimir Putin – Donald Trump", "Vladimir Putin – Donald Trump", 1),
    }
    assert [i["group"] for i in items] == ["PRKGOV|USAGOV", "PRKGOV|USAGOV", "RUSGOV|USAGOV"]


def test_browse_pair_lanes_that_would_look_alike_show_their_codes() -> None:
    """"Russia – Turkey" as RUS|TUR and as RUSGOV|TURGOV were two lanes with one name."""
    from dateline.store.views import lanes

    items = [_event(("RUSGOV", "Russia"), ("TURGOV", "Turkey")), _event(("TUR", "Turkey"), ("RUS", "Russia")),
             _event(("USA", "United States"), ("TUR", "Turkey"))]
    labels = {g["id"]: g["label"] for g in lanes(items, "pair")}
    assert labels == {"RUSGOV|TURGOV": "Russia – Turkey (RUSGOV – TURGOV)", "RUS|TUR": "Russia – Turkey (RUS – TUR)",
                      "TUR|USA": "Turkey – United States"}


def test_browse_graph_nodes_that_share_a_name_show_their_codes(tmp_path: Path) -> None:
    """Turkey the country and Turkey's government were two nodes both labelled "Turkey"."""
    import dataclasses

    from dateline.model import Mention, Participant
    from dateline.store.writer import Batch, StoreWriter
    from tests.store.test_writer import analysis_of

    analysis = analysis_of()  # RUSGOV <-> TURGOV, both named after their country
    aid = analysis.article.id
    turkey, usa = Participant("Turkey", 0, 6, "TUR", "Turkey"), Participant("U.S.", 0, 4, "USA", "United States")
    extra = dataclasses.replace(analysis.events[0], source=usa, target=turkey, code="112", root="11")
    analysis = dataclasses.replace(
        analysis, events=[*analysis.events, extra],
        mentions=[*analysis.mentions, Mention(aid, "Turkey", 0, 6, "TUR", "Turkey", "country"),
                  Mention(aid, "U.S.", 0, 4, "USA", "United States", "country")])
    db = str(tmp_path / "s.db")
    StoreWriter.open(db).write(None, Batch(analyses=[(analysis, None)]))
    nodes = StoreViews(open_engine(db, create=False)).graph(["05"])["nodes"]
    assert {n["id"]: n["label"] for n in nodes} == {"RUSGOV": "Russia", "TURGOV": "Turkey (TURGOV)",
                                                    "TUR": "Turkey (TUR)", "USA": "United States"}
