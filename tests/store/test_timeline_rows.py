"""The timeline reads events alone and their articles' heads and stories once per article:
it must give what one statement joining every event to its article and story gives, in the
same order, and see stories linked after it was first asked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from dateline.link.stories import Story
from dateline.store import schema
from dateline.store.browse import EventQuery
from dateline.store.engine import open_engine
from dateline.store.links import LinkWriter
from dateline.store.query import DateRange
from dateline.store.views import StoreViews
from tests.browse_store import build_store

QUERIES = [
    EventQuery(), EventQuery(by="article"), EventQuery(dates=DateRange("2019-01-01", "2020-12-31")),
    EventQuery(dates=DateRange("2020-01-01", None), by="article"), EventQuery(actor="USA"),
    EventQuery(pair=("USA", "TUR")), EventQuery(modality="asserted", by="article"), EventQuery(actor="Turkey"),
]


def reference(views: StoreViews, q: EventQuery, limit: int) -> list[tuple[Any, ...]]:
    """(id, article date, title, story id, story label) of the timeline's items, by one
    statement that joins each event to its article and story and sorts them."""
    e, a, sa, st = schema.events.c, schema.articles.c, schema.story_articles.c, schema.stories.c
    ids = views.event_ids(q, placed_only=True).subquery()
    order = (a.date, e.id) if q.by == "article" else (e.date_first.nulls_last(), e.id)
    query = (select(e.id, a.date, a.title, st.id, st.label).select_from(ids).join(schema.events, e.id == ids.c.id)
             .join(schema.articles, a.id == e.article).outerjoin(schema.story_articles, sa.article == e.article)
             .outerjoin(schema.stories, st.id == sa.story).order_by(*order).limit(limit))
    with views.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(query)]


def answer(views: StoreViews, q: EventQuery, limit: int) -> list[tuple[Any, ...]]:
    items = views.timeline_view(q, "story", limit)["items"]
    return [(i["id"], i["article_date"], i["article_title"], *(i["story"] or {"id": None, "label": None}).values())
            for i in items]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("timeline") / "s.db")


def link(db: Path, stories: list[Story]) -> None:
    with LinkWriter(open_engine(str(db), create=False)) as writer:
        for story in stories:
            writer.add_story(story)


def test_timeline_rows_as_one_joined_statement_before_and_after_linking(db: Path) -> None:
    views = StoreViews(open_engine(str(db), create=False))
    for stage in ("unlinked", "linked", "relinked"):
        if stage == "linked":
            day = dt.date(2020, 1, 1)
            link(db, [Story(1, day, day, ["a-s400", "a-xss"], ["Turkey and the S-400"])])
        elif stage == "relinked":  # a new link replaces the stories: the same ids, other articles
            day = dt.date(2019, 1, 1)
            link(db, [Story(1, day, day, ["a-trade"], ["Trade talks"])])
        for q in QUERIES:
            for limit in (1, 2, 300):
                expected = reference(views, q, limit)
                assert answer(views, q, limit) == expected, (stage, q, limit)
        stories = {row[3] for q in QUERIES for row in answer(views, q, 300)}
        assert (stories == {None}) == (stage == "unlinked"), stage


def test_timeline_rows_event_pages_as_one_joined_statement(db: Path) -> None:
    """Events pages read their events alone too (and count whole lists through prepared statements)."""
    views = StoreViews(open_engine(str(db), create=False))
    e, a = schema.events.c, schema.articles.c
    for q in QUERIES:
        ids = views.event_ids(q).subquery()
        order = (a.date, e.id) if q.by == "article" else (e.date_first.nulls_last(), e.id)
        query = (select(e.id, a.date, a.ref, a.title).select_from(ids).join(schema.events, e.id == ids.c.id)
                 .join(schema.articles, a.id == e.article).order_by(*order))
        with views.engine.connect() as conn:
            everything = [tuple(row) for row in conn.execute(query)]
        for limit, offset in ((1, 0), (2, 1), (50, 0), (1, 50)):
            page = views.event_page(q, limit=limit, offset=offset)
            got = [(i["id"], i["article_date"], i["article_ref"], i["article_title"]) for i in page.items]
            assert got == everything[offset:offset + limit], (q, limit, offset)
            assert page.total == len(everything), (q, limit, offset)
