"""Reading the store: the queries behind the CLI, the HTTP API and the Python API.

Every query takes bound parameters only. Results are plain dicts in the JSON form of the
output contract (plus store ids), ready for printing or serving.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, Integer, and_, bindparam, false, func, or_, select, text, true, union
from sqlalchemy.sql import ColumnElement, Select

from ..analysis_version import analysis_version
from ..errors import StoreError, UsageError
from . import schema
from .engine import is_sqlite, open_engine
from .rows import event_json, quote_json

_CODE = re.compile(r"^[A-Z0-9]{3,}$")
#: Beyond this many (actor code, role) alternatives, an events page is found by one sorted scan.
_MAX_BRANCHES = 200
EXPORT_KINDS: tuple[str, ...] = ("articles", "timexes", "mentions", "quotes", "events", "rejects")


@dataclass(frozen=True)
class DateRange:
    """Inclusive ISO dates; either end may be open."""

    first: str | None = None
    last: str | None = None

    def overlaps(self, first_col: Any, last_col: Any) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if self.first:
            conditions.append(last_col >= self.first)
        if self.last:
            conditions.append(first_col <= self.last)
        return conditions


class StoreReader:
    """Read access to a store (``dateline.open(db)``)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, db: str) -> StoreReader:
        return cls(open_engine(db, create=False, mapped=True))

    # -- actors -------------------------------------------------------------------------

    def actor_codes(self, actor: str) -> list[str] | None:
        """Codes an ``--actor`` value names: a code prefix (TUR, USAGOV) or a name/alias.

        None means "a code prefix" (the caller matches with LIKE); a list gives exact codes.
        """
        if _CODE.match(actor):
            return None
        a, al = schema.actors.c, schema.actor_aliases.c
        needle = actor.lower()
        with self.engine.connect() as conn:
            codes = set(conn.execute(select(a.code).where(func.lower(a.name) == needle)).scalars())
            codes.update(conn.execute(select(al.code).where(func.lower(al.alias) == needle)).scalars())
        return sorted(codes)

    def _actor_condition(self, actor: str, *columns: Any) -> ColumnElement[bool]:
        codes = self.actor_codes(actor)
        if codes is None:
            return or_(*(c.like(f"{actor}%") for c in columns))
        if not codes:
            raise UsageError(f"no actor named {actor!r} in the store (see: dateline actors)")
        return or_(*(c.in_(codes) for c in columns))

    def actors(self, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Actors (countries, governments, organizations, people) with their mention counts."""
        m = schema.mentions.c
        query = (
            select(m.actor, m.name, m.type, func.count().label("mentions"),
                   func.count(func.distinct(m.article)).label("articles"))
            .where(m.actor.is_not(None))
            .group_by(m.actor, m.name, m.type)
            .order_by(func.count().desc(), m.actor)
            .limit(limit).offset(offset)
        )
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    # -- events -------------------------------------------------------------------------

    def events(
        self,
        *,
        actor: str | None = None,
        pair: tuple[str, str] | None = None,
        code: str | None = None,
        modality: str | None = None,
        dates: DateRange = DateRange(),
        article: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Events ordered by their own dates (the text's date, else the article's), then store id."""
        statement, values = self._event_statement(actor=actor, pair=pair, code=code, modality=modality, dates=dates,
                                                  article=article, limit=limit, offset=offset)
        with self.engine.connect() as conn:
            rows = conn.execute(statement, values)
            return [_with_article(event_json(dict(r._mapping)), r._mapping) for r in rows]

    def event_query(
        self,
        *,
        actor: str | None = None,
        pair: tuple[str, str] | None = None,
        code: str | None = None,
        modality: str | None = None,
        dates: DateRange = DateRange(),
        article: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> Select[Any]:
        """The SELECT behind :meth:`events` (flat event columns plus article_date/ref/title), in order.

        With a limit, the page is found without sorting every match (what keeps timeline and
        pair queries fast on millions of events): each exact actor code an ``--actor`` prefix
        or name stands for, in each role, is read from its (actor, date_first, date_last, id)
        index in date order, at most offset+limit rows each; the page is then taken from
        the union of those few rows. With a window start, each is read per date scale from
        its (actor, date_scale, date_first, ...) index, from the window start less the
        scale's longest span: an exact lower bound, so a window late in an actor's history
        does not read all its earlier events (see :meth:`_scale_starts`).
        """
        statement, values = self._event_statement(actor=actor, pair=pair, code=code, modality=modality, dates=dates,
                                                  article=article, limit=limit, offset=offset)
        return statement.params(values)

    def _event_statement(
        self,
        *,
        actor: str | None,
        pair: tuple[str, str] | None,
        code: str | None,
        modality: str | None,
        dates: DateRange,
        article: str | None,
        limit: int | None,
        offset: int,
    ) -> tuple[Select[Any], dict[str, Any]]:
        """:meth:`event_query` as a statement of the query's shape (kept: building one costs
        more CPU than running it) and the values of its parameters."""
        e = schema.events.c
        given = {"first": dates.first, "last": dates.last, "code": f"{code}%" if code else None,
                 "modality": modality, "article": article}
        values: dict[str, Any] = {name: value for name, value in given.items() if value}
        # Alternatives, each (actor column, code) equalities: an event matches if any does.
        alternatives: list[tuple[tuple[str, str], ...]] = [()]
        if actor:
            alternatives = [((column.name, c),) for column in (e.source_actor, e.target_actor)
                            for c in self._exact_codes(actor, column)]
        if pair:
            sources, targets = self._exact_codes(pair[0], e.source_actor), self._exact_codes(pair[1], e.target_actor)
            alternatives = [(*alt, ("source_actor", s), ("target_actor", t))
                            for alt in alternatives for s in sources for t in targets]
        for i, alt in enumerate(alternatives):
            values.update({f"actor_{i}_{j}": c for j, (_, c) in enumerate(alt)})
        starts = self._scale_starts(dates.first) if alternatives else {}
        values.update({f"start_{scale}": earliest for scale, earliest in starts.items() if earliest})
        paged = limit is not None and len(alternatives) <= _MAX_BRANCHES
        if limit is not None:
            values.update(limit=limit, offset=offset, top=limit + offset)
        bounds = [b for b in starts.values() if b is not None]
        if not paged and bounds and len(bounds) == len(starts):
            values["earliest"] = min(bounds)  # redundant but index-friendly: the loosest bound
        shape = _EventShape(
            alternatives=tuple(tuple(column for column, _ in alt) for alt in alternatives),
            filters=tuple(name for name in given if name in values),
            scales=tuple((scale, earliest is not None) for scale, earliest in starts.items()),
            limited=limit is not None, paged=paged, earliest="earliest" in values)
        return _event_statement(shape), values

    def _scale_starts(self, first: str | None) -> dict[int, str | None]:
        """For a window starting on ``first``: per date scale (the last only if the store has
        events of it), the earliest date_first an event of that scale reaching into the window
        can have (None: no bound).

        An event of scale k lasts at most SCALE_SPANS[k] days, the last scale at most the
        store's longest span (one seek on events_by_span), so one that ends on or after
        ``first`` starts on or after ``first`` less that. Empty without a window start.
        """
        if not first:
            return {}
        try:
            start = dt.date.fromisoformat(first)
        except ValueError:  # not a day (callers pass days): no bound, the overlap test alone
            return {scale: None for scale in range(len(schema.SCALE_SPANS) + 1)}
        with self.engine.connect() as conn:
            longest = conn.execute(select(func.max(schema.events.c.date_span))).scalar()
        spans = list(schema.SCALE_SPANS)
        if longest is not None and longest > spans[-1]:
            spans.append(longest)
        starts: dict[int, str | None] = {}
        for scale, days in enumerate(spans):
            starts[scale] = (start - dt.timedelta(days=days)).isoformat() if days < (start - dt.date.min).days else None
        return starts

    def _exact_codes(self, actor: str, column: Any) -> list[str]:
        """The codes in ``column`` an ``--actor`` value stands for: those under a code prefix
        (read from the column's index), or the codes a name or alias has."""
        codes = self.actor_codes(actor)
        if codes is not None:
            if not codes:
                raise UsageError(f"no actor named {actor!r} in the store (see: dateline actors)")
            return codes
        if not "A" <= actor[-1] < "Z":  # no index range to seek: scan
            with self.engine.connect() as conn:
                return list(conn.execute(select(column).distinct().where(column.like(f"{actor}%"))).scalars())
        # The distinct codes in [prefix, next prefix): a skip scan, one index seek per code
        # (a plain DISTINCT would read every event of the actor).
        table, name = column.table.name, column.name
        skip_scan = text(
            f"WITH RECURSIVE codes(code) AS ("
            f" SELECT min({name}) FROM {table} WHERE {name} >= :low AND {name} < :high"
            f" UNION ALL"
            f" SELECT (SELECT min({name}) FROM {table} WHERE {name} > codes.code AND {name} < :high)"
            f" FROM codes WHERE codes.code IS NOT NULL"
            f") SELECT code FROM codes WHERE code IS NOT NULL"
        )
        high = actor[:-1] + chr(ord(actor[-1]) + 1)
        with self.engine.connect() as conn:
            found = conn.execute(skip_scan, {"low": actor, "high": high}).scalars()
            return [code for code in found if code.startswith(actor)]

    def events_arrow(self, **filters: Any) -> Any:
        """Every event matching the filters of :meth:`events` (no limit) as a pyarrow Table,
        one typed column per store column, streamed from the store in batches."""
        from .frames import query_arrow

        return query_arrow(self.engine, self.event_query(**filters))

    def events_frame(self, **filters: Any) -> Any:
        """:meth:`events_arrow` as a pandas DataFrame, for analysis at scale."""
        return self.events_arrow(**filters).to_pandas()

    def table_arrow(self, kind: str) -> Any:
        """A whole table (articles without text, timexes, mentions, quotes, events, ...) as a pyarrow Table."""
        from .frames import table_arrow

        return table_arrow(self.engine, kind)

    def table_frame(self, kind: str) -> Any:
        return self.table_arrow(kind).to_pandas()

    timeline = events

    # -- quotes -------------------------------------------------------------------------

    def quotes(
        self,
        *,
        speaker: str | None = None,
        actor: str | None = None,
        dates: DateRange = DateRange(),
        search: str | None = None,
        article: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        q, a = schema.quotes.c, schema.articles.c
        query: Select[Any] = (
            select(schema.quotes, a.date.label("article_date"), a.ref.label("article_ref"),
                   a.title.label("article_title"))
            .join(schema.articles, a.id == q.article)
        )
        conditions = dates.overlaps(q.date_first, q.date_last)
        if speaker:
            pattern = f"%{speaker.lower()}%"
            conditions.append(or_(func.lower(q.speaker_name).like(pattern), func.lower(q.speaker_text).like(pattern)))
        if actor:
            conditions.append(self._actor_condition(actor, q.speaker_actor))
        if article:
            conditions.append(q.article == article)
        if search:
            conditions.append(self._text_match(schema.quotes, search))
        query = query.where(*conditions).order_by(q.date_first.is_(None), q.date_first, a.date, q.id)
        with self.engine.connect() as conn:
            rows = conn.execute(query.limit(limit).offset(offset))
            return [_with_article(quote_json(dict(r._mapping)), r._mapping) for r in rows]

    def _text_match(self, table: Any, search: str) -> ColumnElement[bool]:
        """Full-text condition on ``table``: every word must appear. Its FTS5 index on SQLite
        (each word quoted, so user input is never FTS syntax), its GIN tsvector index on
        PostgreSQL (plainto_tsquery: words only, never tsquery syntax)."""
        words = re.findall(r"\w+", search)
        if not words:
            raise UsageError("the search has no words")
        if is_sqlite(self.engine):
            match = " ".join(f'"{w}"' for w in words)
            fts = f"{table.name}_fts"
            clause = text(f"{table.name}.rowid IN (SELECT rowid FROM {fts} WHERE {fts} MATCH :match)")
            return clause.bindparams(match=match)  # type: ignore[return-value]
        if table.name in schema.POSTGRES_TSVECTOR:
            vector = schema.POSTGRES_TSVECTOR[table.name].format(t=f"{table.name}.")
            clause = text(f"{vector} @@ plainto_tsquery('simple'::regconfig, :match)")
            return clause.bindparams(match=" ".join(words))  # type: ignore[return-value]
        return table.c.text.ilike(f"%{search}%")

    # -- articles -----------------------------------------------------------------------

    def articles(self, *, search: str | None = None, dates: DateRange = DateRange(), limit: int = 100,
                 offset: int = 0) -> list[dict[str, Any]]:
        a = schema.articles.c
        query = select(a.id, a.ref, a.date, a.title, a.source, a.url, a.duplicate_of)
        conditions = dates.overlaps(a.date, a.date)
        if search:
            conditions.append(self._text_match(schema.articles, search))
        query = query.where(*conditions).order_by(a.date, a.id).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def article(self, article_id: str) -> dict[str, Any]:
        """One article with its text and every record found in it."""
        a = schema.articles.c
        with self.engine.connect() as conn:
            row = conn.execute(select(schema.articles).where(a.id == article_id)).first()
            if row is None:
                raise StoreError(f"no article {article_id!r} in the store")
            out = {k: v for k, v in row._mapping.items() if k != "minhash"}
            for name in ("timexes", "mentions"):
                table = schema.metadata.tables[name]
                rows = conn.execute(select(table).where(table.c.article == article_id).order_by(table.c.start))
                out[name] = [dict(r._mapping) for r in rows]
        out["quotes"] = self.quotes(article=article_id, limit=10_000)
        out["events"] = self.events(article=article_id, limit=10_000)
        return out

    # -- bookkeeping --------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        """Counts of everything in the store, and the span of article dates."""
        a = schema.articles.c
        out: dict[str, Any] = {}
        with self.engine.connect() as conn:
            out["articles"] = conn.execute(select(func.count()).where(a.duplicate_of.is_(None))).scalar_one()
            out["duplicates"] = conn.execute(select(func.count()).where(a.duplicate_of.is_not(None))).scalar_one()
            # Analyzed by another version of dateline: ingesting them again redoes them.
            out["articles_by_another_version"] = conn.execute(select(func.count()).where(
                a.duplicate_of.is_(None), a.analysis.is_(None) | (a.analysis != analysis_version()))).scalar_one()
            for name in ("timexes", "mentions", "quotes", "events", "rejects", "runs"):
                table = schema.metadata.tables[name]
                out[name] = conn.execute(select(func.count()).select_from(table)).scalar_one()
            out["actors"] = conn.execute(
                select(func.count(func.distinct(schema.mentions.c.actor)))).scalar_one()
            first, last = conn.execute(select(func.min(a.date), func.max(a.date))).one()
            out["article_dates"] = {"first": first, "last": last}
            e = schema.events.c
            out["events_by_modality"] = dict(conn.execute(select(e.modality, func.count()).group_by(e.modality)).all())
            out["events_dated_by_text"] = conn.execute(
                select(func.count()).where(e.date_basis == "text")).scalar_one()
        return out

    def rejects(self, run_id: int | None = None, limit: int = 100) -> list[dict[str, Any]]:
        r = schema.rejects.c
        query = select(schema.rejects).order_by(r.id).limit(limit)
        if run_id is not None:
            query = query.where(r.run_id == run_id)
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def iter_table(self, kind: str, batch: int = 1000) -> Iterator[dict[str, Any]]:
        """Every row of one table, streamed in id order (for exports)."""
        if kind not in EXPORT_KINDS:
            raise UsageError(f"unknown kind {kind!r}; choose from {', '.join(EXPORT_KINDS)}")
        table = schema.metadata.tables[kind]
        key = table.c.id
        columns = [c for c in table.c if c.name != "minhash"]
        last: Any = None
        with self.engine.connect() as conn:
            while True:
                query = select(*columns).order_by(key).limit(batch)
                if last is not None:
                    query = query.where(key > last)
                rows = [dict(r._mapping) for r in conn.execute(query)]
                if not rows:
                    return
                yield from rows
                last = rows[-1]["id"]


def _with_article(record: dict[str, Any], row: Any) -> dict[str, Any]:
    record["article_date"] = row["article_date"]
    record["article_ref"] = row["article_ref"]
    record["article_title"] = row["article_title"]
    return record


@dataclass(frozen=True)
class _EventShape:
    """What an events query's statement depends on, apart from its parameters' values."""

    alternatives: tuple[tuple[str, ...], ...]  # per alternative, the actor columns it sets
    filters: tuple[str, ...]  # which of first, last, code, modality, article are given
    scales: tuple[tuple[int, bool], ...]  # with a window start: each date scale, and whether it has a bound
    limited: bool
    paged: bool  # found through the per-alternative branches (else one filtered, sorted scan)
    earliest: bool  # the unpaged scan has a lower bound on date_first


@functools.lru_cache(maxsize=512)
def _event_statement(shape: _EventShape) -> Select[Any]:
    """The statement of :meth:`StoreReader.event_query` for ``shape``, with named parameters."""
    e, a = schema.events.c, schema.articles.c
    query = (
        select(schema.events, a.date.label("article_date"), a.ref.label("article_ref"),
               a.title.label("article_title"))
        .join(schema.articles, a.id == e.article)
    )
    conditions = {"first": e.date_last >= bindparam("first"), "last": e.date_first <= bindparam("last"),
                  "code": e.code.like(bindparam("code")), "modality": e.modality == bindparam("modality"),
                  "article": e.article == bindparam("article")}
    common: list[ColumnElement[bool]] = [conditions[name] for name in shape.filters]
    alternatives = [[e[column] == bindparam(f"actor_{i}_{j}") for j, column in enumerate(alt)]
                    for i, alt in enumerate(shape.alternatives)]
    order = (e.date_first.is_(None), e.date_first, e.date_last, e.id)
    if not alternatives:
        return query.where(false()).order_by(*order)
    limit, offset, top = (bindparam(name, type_=Integer) for name in ("limit", "offset", "top"))
    if not shape.paged:
        if shape.earliest:
            common.append(e.date_first >= bindparam("earliest"))
        query = query.where(*common, or_(*(and_(true(), *alt) for alt in alternatives))).order_by(*order)
        return query.limit(limit).offset(offset) if shape.limited else query
    branches = []
    for alt in alternatives:
        if shape.scales:  # a window start: nothing undated matches it; one seek per date scale
            for scale, bounded in shape.scales:
                bound = [e.date_first >= bindparam(f"start_{scale}")] if bounded else []
                dated = select(e.id, e.date_first, e.date_last).where(*common, *alt, e.date_scale == scale, *bound)
                branches.append(dated.order_by(e.date_first, e.date_last, e.id).limit(top))
            continue
        dated = select(e.id, e.date_first, e.date_last).where(*common, *alt, e.date_first.is_not(None))
        branches.append(dated.order_by(e.date_first, e.date_last, e.id).limit(top))
        if "last" not in shape.filters:  # undated events fall outside any window
            undated = select(e.id, e.date_first, e.date_last).where(*common, *alt, e.date_first.is_(None))
            branches.append(undated.order_by(e.id).limit(top))
    # The page's ids from the few rows the branches read (their ids and dates come from the
    # indexes), so that only the page's own rows are read from the table. UNION, not UNION
    # ALL: an event between two of an actor's codes comes from two branches.
    candidates = union(*(select(b.subquery()) for b in branches)).subquery()
    c = candidates.c
    page = select(c.id).order_by(c.date_first.is_(None), c.date_first, c.date_last, c.id).limit(top)
    return query.where(e.id.in_(page)).order_by(*order).limit(limit).offset(offset)
