"""Reading what cross-article linking needs, and writing its results, in one place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Engine, delete, insert, select
from sqlalchemy.engine import Connection

from ..link.events import Disagreement, EventFacts, EventGroup
from ..link.stories import Story
from . import schema


@dataclass(frozen=True)
class ArticleText:
    id: str
    date: dt.date
    title: str | None
    text: str


def iter_article_texts(engine: Engine, batch: int = 500) -> Iterator[ArticleText]:
    """Analyzed (not duplicate) articles in date order, streamed."""
    a = schema.articles.c
    query = (select(a.id, a.date, a.title, a.text).where(a.duplicate_of.is_(None)).order_by(a.date, a.id)
             .execution_options(yield_per=batch))
    with engine.connect() as conn:
        for row in conn.execute(query):
            yield ArticleText(row.id, dt.date.fromisoformat(row.date), row.title, row.text)


def iter_event_facts(engine: Engine, by: tuple[str, ...], batch: int = 2000) -> Iterator[EventFacts]:
    """Events with both actors and a date interval, ordered by the columns ``by`` (for grouping)."""
    e = schema.events.c
    query = (
        select(e.id, e.article, e.source_actor, e.target_actor, e.code, e.date_first, e.date_last, e.modality,
               e.attributed_name, e.attributed_text)
        .where(e.source_actor.is_not(None), e.target_actor.is_not(None))
        .order_by(*(e[c] for c in by), e.id)
        .execution_options(yield_per=batch)
    )
    with engine.connect() as conn:
        for r in conn.execute(query):
            yield EventFacts(
                id=r.id, article=r.article, source=r.source_actor, target=r.target_actor, code=r.code,
                first=dt.date.fromisoformat(r.date_first) if r.date_first else None,
                last=dt.date.fromisoformat(r.date_last) if r.date_last else None,
                modality=r.modality, attributed=r.attributed_name or r.attributed_text,
            )


class LinkWriter:
    """Replaces all link tables in one transaction, written as results stream in.

    Use as a context manager: the old links are deleted on entry and the new ones
    committed on exit (or nothing changes if linking fails).
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._conn: Connection | None = None
        self._groups = 0

    def __enter__(self) -> LinkWriter:
        self._conn = self.engine.connect()
        self._transaction = self._conn.begin()
        for table in (schema.contradictions, schema.event_group_members, schema.event_groups,
                      schema.story_articles, schema.stories):
            self._conn.execute(delete(table))
        return self

    def __exit__(self, kind: object, error: object, tb: object) -> None:
        assert self._conn is not None
        if kind is None:
            self._transaction.commit()
        else:
            self._transaction.rollback()
        self._conn.close()

    @property
    def conn(self) -> Connection:
        assert self._conn is not None, "use LinkWriter as a context manager"
        return self._conn

    def add_story(self, story: Story) -> None:
        self.conn.execute(insert(schema.stories).values(
            id=story.id, label=story.label[:500], first_date=story.first.isoformat(),
            last_date=story.last.isoformat(), articles=len(story.articles)))
        self.conn.execute(insert(schema.story_articles), [{"article": a, "story": story.id} for a in story.articles])

    def add_groups(self, groups: list[EventGroup]) -> None:
        for group in groups:
            self._groups += 1
            self.conn.execute(insert(schema.event_groups).values(
                id=self._groups, source_actor=group.key[0], target_actor=group.key[1], code=group.key[2],
                date_first=group.first.isoformat(), date_last=group.last.isoformat(),
                events=len(group.members), articles=group.articles))
            self.conn.execute(insert(schema.event_group_members),
                              [{"event": m.id, "event_group": self._groups} for m in group.members])

    def add_disagreements(self, found: list[Disagreement]) -> None:
        if found:
            self.conn.execute(insert(schema.contradictions), [
                {"event_a": d.event_a, "event_b": d.event_b, "reason": d.reason} for d in found])
