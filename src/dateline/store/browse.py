"""Queries behind the HTTP API and the web UI: filtered pages with their totals, one event
with its evidence, and search across articles, quotes and events.

The timeline, the actor graph and the actor page are in ``store/views.py``. Every query
takes bound parameters only; user words reach FTS5 quoted word by word.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from sqlalchemy import (
    ColumnElement,
    Engine,
    String,
    bindparam,
    false,
    func,
    inspect,
    literal_column,
    or_,
    select,
    text,
    union,
)
from sqlalchemy import table as fts_table
from sqlalchemy.sql import Select, visitors

from . import schema
from .counts import ActorTest, PairCounts, Side, no_code
from .engine import is_sqlite
from .prepared import (
    ACTOR,
    PAGE_LIMIT,
    PAGE_OFFSET,
    PAGE_TOP,
    PAIR_ONE,
    PAIR_TWO,
    WINDOW_EARLIEST,
    WINDOW_FIRST,
    WINDOW_LAST,
    Prepared,
    day,
    fetch,
    number,
)
from .query import DateRange, StoreReader
from .rows import event_json, quote_json

_CODE = re.compile(r"^[A-Z0-9]{3,}$")
# An actor or pair in 1/this of all events or more is common (see event_ids).
_COMMON_SHARE = 20
# Kept counts and conditions (see StoreBrowser.memo); past this many, all are dropped.
_MEMO_SIZE = 20_000
# Kept article heads (see StoreBrowser.article_heads); past this many, all are dropped.
_HEADS_SIZE = 50_000
# Article ids a statement asks for at once (bound values: SQLite allows 32,766).
_IN_CHUNK = 500
DateField = Literal["event", "article"]
# Marks around the words FTS5 matched in a snippet: control characters that never occur in
# article text as read, so the UI can split on them and escape every piece.
MARK_START, MARK_END = "\x02", "\x03"


@dataclass(frozen=True)
class EventQuery:
    """Which events: every field narrows the set; None means "any"."""

    actor: str | None = None  # source or target: a code prefix (TUR, USAGOV) or a name (Turkey)
    source: str | None = None
    target: str | None = None
    pair: tuple[str, str] | None = None  # the two actors, in either direction
    code: str | None = None  # CAMEO code prefix: "13", "131", "1312"
    root: str | None = None  # CAMEO root, exact: "13"
    plover: str | None = None
    modality: str | None = None
    basis: str | None = None  # "text": dated by the text; "article": by the publication date
    dates: DateRange = field(default_factory=DateRange)
    by: DateField = "event"  # which date ``dates`` and the order use
    search: str | None = None  # words in the sentence or the label
    article: str | None = None


@dataclass
class Page:
    """One page of a list, with the size of the whole list."""

    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int

    def to_json(self) -> dict[str, Any]:
        return {"items": self.items, "total": self.total, "limit": self.limit, "offset": self.offset}


class StoreBrowser(StoreReader):
    """Read access for browsing: pages with totals, filters the CLI does not need."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(engine)
        # Stores made before events_fts existed fall back to LIKE for event text search.
        tables = set(inspect(engine).get_table_names())
        self.events_fts = is_sqlite(engine) and "events_fts" in tables
        # Stores made before `dateline link` existed have no story tables.
        self.has_stories = "story_articles" in tables
        # Actor counts from one GROUP BY (counts.py), whose prefix tests are SQLite's order.
        self.counts_by_pair = is_sqlite(engine)
        self._memo: dict[tuple[Any, ...], Any] = {}
        self._heads: dict[str, tuple[str, str | None, str | None]] = {}
        self._generation: int | None = None
        # Whether `dateline link` has put any article in a story: read with the generation,
        # since linking replaces the story tables without adding events.
        self.stories_linked = False
        generation: Select[Any] = select(func.max(schema.events.c.id))
        if self.has_stories:
            generation = generation.add_columns(
                select(schema.story_articles.c.article).limit(1).scalar_subquery())
        self._generation_sql = Prepared.compile(generation, engine)

    # -- building blocks ----------------------------------------------------------------

    def _actor_named(self, actor: str) -> tuple[list[str], str | None]:
        """What an actor filter names: exact codes (a name or alias, any case), else a code
        prefix; neither (``[]``, None) when it names nothing. The rule of :meth:`actor_match`
        and :meth:`actor_test` alike."""
        codes = [] if _CODE.match(actor) else (self.actor_codes(actor) or [])
        if codes:
            return codes, None
        code = actor.strip().upper()
        return [], code if _CODE.match(code) else None

    def actor_match(self, actor: str, *columns: Any) -> ColumnElement[bool]:
        """Rows whose ``columns`` name this actor: a name or alias (any case), else a code prefix.

        A value that names no actor matches nothing (a filter, not an error).
        """
        codes, prefix = self._actor_named(actor)
        if codes:
            return or_(*(c.in_(codes) for c in columns))
        if prefix is None:
            return false()
        return or_(*(prefix_match(c, prefix) for c in columns))

    def actor_test(self, actor: str) -> ActorTest:
        """:meth:`actor_match` as a test of one code (for counts made in Python: counts.py)."""
        codes, prefix = self._actor_named(actor)
        if codes:
            return frozenset(codes).__contains__
        if prefix is None:
            return no_code
        end = prefix_end(prefix)
        return lambda value: value is not None and prefix <= value < end

    def text_condition(self, table: Any, words: str, *columns: Any) -> ColumnElement[bool]:
        """Full-text match on the table's FTS5 index when it has one, else LIKE on ``columns``."""
        has_fts = table.name != "events" or self.events_fts
        if has_fts and is_sqlite(self.engine):
            return self._text_match(table, words)
        needle = f"%{escape_like(words.strip())}%"
        return or_(*(c.ilike(needle, escape="\\") for c in columns))

    def event_conditions(self, q: EventQuery) -> list[ColumnElement[bool]]:
        """The conditions that select ``q``'s events (on events, and articles for ``by=article``)."""
        conditions = self._plain_conditions(q)
        for branches in self._either_side(q):
            conditions.append(or_(*branches))
        return conditions

    def _plain_conditions(self, q: EventQuery, placed_only: bool = False) -> list[ColumnElement[bool]]:
        """All of ``q`` but its either-side actor conditions (``actor``, ``pair``)."""
        e, a = schema.events.c, schema.articles.c
        conditions: list[ColumnElement[bool]] = []
        if placed_only and q.by == "event":
            conditions.append(e.date_first.is_not(None))
        # The window's days are named parameters: a prepared shape takes other days (shape()).
        first, last = (a.date, a.date) if q.by == "article" else (e.date_first, e.date_last)
        if q.dates.first:
            conditions.append(last >= day(WINDOW_FIRST, q.dates.first))
        if q.dates.last:
            conditions.append(first <= day(WINDOW_LAST, q.dates.last))
        if q.dates.first and q.by == "event":
            # Redundant but index-friendly: an event that reaches into the range starts
            # at most its store's longest span before it.
            conditions.append(e.date_first >= day(WINDOW_EARLIEST, self._earliest(q.dates.first)))
        if q.source:
            conditions.append(self.actor_match(q.source, e.source_actor))
        if q.target:
            conditions.append(self.actor_match(q.target, e.target_actor))
        if q.code:
            conditions.append(prefix_match(e.code, q.code) if q.code.isdigit() else false())
        if q.root:
            conditions.append(e.root == q.root)
        if q.plover:
            conditions.append(func.lower(e.plover) == q.plover.lower())
        if q.modality:
            conditions.append(e.modality == q.modality)
        if q.basis:
            conditions.append(e.date_basis == q.basis)
        if q.article:
            conditions.append(e.article == q.article)
        if q.search:
            conditions.append(self.text_condition(schema.events, q.search, e.sentence, e.label))
        return conditions

    def _earliest(self, first: str) -> str:
        return (dt.date.fromisoformat(first) - dt.timedelta(days=self.longest_span())).isoformat()

    def shape(self, q: EventQuery) -> tuple[Any, ...]:
        """``q`` without the values its statements take as parameters: the key of the
        statements prepared for it. Those are its window's days, an actor code and, for a
        pair of codes, the two codes; what is left of a pair is its plan (see :meth:`_both`),
        so that a new pair of the same plan is not compiled again. (An actor's plan, whether
        it is common, is in the keys of the statements it changes.)"""
        plan: tuple[bool, bool] | None = None
        if q.pair and bound_pair(q.pair):
            one, two = q.pair
            plan = (self._source_unindexed(one, two), self._source_unindexed(two, one))
            q = replace(q, pair=None)
        actor_bound = bool(q.actor and _CODE.match(q.actor))
        if actor_bound:
            q = replace(q, actor=None)
        if q.dates.first or q.dates.last:
            q = replace(q, dates=DateRange("?" if q.dates.first else None, "?" if q.dates.last else None))
        return (q, plan, actor_bound)

    def window_values(self, q: EventQuery) -> dict[str, Any]:
        """The values of ``q``'s window for a statement prepared for its shape."""
        values: dict[str, Any] = {}
        if q.dates.first:
            values[WINDOW_FIRST] = q.dates.first
            if q.by == "event":
                values[WINDOW_EARLIEST] = self._earliest(q.dates.first)
        if q.dates.last:
            values[WINDOW_LAST] = q.dates.last
        if q.pair and bound_pair(q.pair):
            for code, (low, high) in zip(q.pair, (PAIR_ONE, PAIR_TWO), strict=True):
                values[low], values[high] = code, prefix_end(code)
        if q.actor and _CODE.match(q.actor):
            values[ACTOR[0]], values[ACTOR[1]] = q.actor, prefix_end(q.actor)
        return values

    def prepared(self, key: tuple[Any, ...], build: Callable[[], Select[Any]]) -> Prepared:
        """The statement ``build()`` makes, compiled once per ``key`` (a query shape) and kept
        like the memo (what it compiled in, e.g. an actor's codes, depends on the store)."""
        found: Prepared = self.memo(("sql", *key), lambda: Prepared.compile(build(), self.engine))
        return found

    def fetch(self, prepared: Prepared, values: dict[str, Any]) -> tuple[list[str], list[Any]]:
        return fetch(self.engine, prepared, values)

    def _either_side(self, q: EventQuery) -> list[list[ColumnElement[bool]]]:
        """For ``actor`` and ``pair``: the alternatives (one per side or direction) of each.
        Kept (a request builds them several times, each looking actor names up)."""
        if not (q.actor or q.pair):
            return []
        return list(self.memo(("sides", q.actor, q.pair), lambda: self._build_either_side(q)))

    def _build_either_side(self, q: EventQuery) -> list[list[ColumnElement[bool]]]:
        e = schema.events.c
        out: list[list[ColumnElement[bool]]] = []
        if q.actor and _CODE.match(q.actor):
            # The code as a parameter: one statement serves every actor code of the same plan.
            out.append([bound_prefix(e.source_actor, q.actor, ACTOR), bound_prefix(e.target_actor, q.actor, ACTOR)])
        elif q.actor:
            out.append([self.actor_match(q.actor, e.source_actor), self.actor_match(q.actor, e.target_actor)])
        if q.pair:
            one, two = q.pair
            if bound_pair(q.pair):
                # Codes as parameters: one statement serves every pair of the same plan.
                out.append([self._both(one, two, (PAIR_ONE, PAIR_TWO)), self._both(two, one, (PAIR_TWO, PAIR_ONE))])
            else:
                out.append([self._both(one, two), self._both(two, one)])
        return out

    def _both(self, source: str, target: str,
              bound: tuple[tuple[str, str], tuple[str, str]] | None = None) -> ColumnElement[bool]:
        """Events from ``source`` to ``target``, with only the smaller side's range open to
        an index: a range over both columns is read along the first one of the index
        SQLite picks, and for USA* that is most of the store. With ``bound`` (codes only),
        each side's range is bound under these parameter names (low, high)."""
        e = schema.events.c
        if bound is None:
            from_source, to_target = self.actor_match(source, e.source_actor), self.actor_match(target, e.target_actor)
        else:
            from_source = bound_prefix(e.source_actor, source, bound[0])
            to_target = bound_prefix(e.target_actor, target, bound[1])
        if self._source_unindexed(source, target):
            return self._unindexed(from_source) & to_target
        return from_source & self._unindexed(to_target)

    def _source_unindexed(self, source: str, target: str) -> bool:
        """Whether events from ``source`` to ``target`` are read off the target's index (the
        source having more events as a source than the target has as a target)."""
        return self._side_count(source, "source_actor") > self._side_count(target, "target_actor")

    def _side_count(self, actor: str, column: Side) -> int:
        """How many events have ``actor`` in ``column`` (kept: it reads the actor's whole range)."""
        e = schema.events.c

        def count() -> int:
            if self.counts_by_pair:
                return self.pair_counts().side(self.actor_test(actor), column)
            with self.engine.connect() as conn:
                return int(conn.execute(select(func.count()).select_from(schema.events)
                                        .where(self.actor_match(actor, e[column]))).scalar_one())

        return int(self.memo(("side", actor, column), count))

    def pair_counts(self) -> PairCounts:
        """The store's events counted by actor pair (counts.py), kept like the memo."""
        found: PairCounts = self.memo(("pair counts",), lambda: PairCounts.read(self.engine))
        return found

    def memo(self, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        """``compute()``, kept until the store gains events (see :meth:`refresh`)."""
        if self._generation is None:
            self.refresh()
        memo = self._memo  # another thread may swap in a new dict meanwhile: keep to this one
        if key not in memo:
            memo[key] = compute()
        return memo[key]

    def refresh(self) -> None:
        """Drop what :meth:`memo` kept if the store has gained events since. Events are only
        ever added (ids grow), so the highest id tells; it costs one index seek, where the
        counts kept read up to every event. Called once per request by its entry points."""
        _, rows = fetch(self.engine, self._generation_sql, {})
        generation = rows[0][0] or 0
        self.stories_linked = len(rows[0]) > 1 and rows[0][1] is not None
        if generation != self._generation or len(self._memo) > _MEMO_SIZE:
            self._memo = {}
            self._heads = {}
            self._generation = generation

    def article_heads(self, ids: Iterable[str]) -> dict[str, tuple[str, str | None, str | None]]:
        """Each article's (date, ref, title), of those of ``ids`` the store has.

        Kept per article like the memo: an article row is never changed once written
        (writer.py inserts or skips), and its events share it (twenty to one on the 100k
        store), so a page or a timeline reads its articles' heads from here instead of
        joining every event row to ``articles`` (two index searches a row: its key is text)."""
        heads = self._heads  # another thread may swap in a new dict meanwhile: keep to this one
        wanted = {article for article in ids if article not in heads}
        if wanted:
            if len(heads) + len(wanted) > _HEADS_SIZE:
                heads = self._heads = {}
            a = schema.articles.c
            query = select(a.id, a.date, a.ref, a.title).where(a.id.in_(bindparam("ids", expanding=True)))
            missing = sorted(wanted)
            with self.engine.connect() as conn:
                for i in range(0, len(missing), _IN_CHUNK):
                    for article, date, ref, title in conn.execute(query, {"ids": missing[i:i + _IN_CHUNK]}):
                        heads[article] = (date, ref, title)
        return heads

    def article_stories(self, ids: Iterable[str]) -> dict[str, tuple[int, str]]:
        """The story (id, label) `dateline link` put each of ``ids`` in (read each time:
        a new link replaces them all); empty at once when no article is in a story."""
        if not self.stories_linked:
            return {}
        sa, st = schema.story_articles.c, schema.stories.c
        query = (select(sa.article, st.id, st.label).join(schema.stories, st.id == sa.story)
                 .where(sa.article.in_(bindparam("ids", expanding=True))))
        wanted = sorted(set(ids))
        found: dict[str, tuple[int, str]] = {}
        with self.engine.connect() as conn:
            for i in range(0, len(wanted), _IN_CHUNK):
                for article, story, label in conn.execute(query, {"ids": wanted[i:i + _IN_CHUNK]}):
                    found[article] = (story, label)
        return found

    def longest_span(self) -> int:
        """Days between the first and last day of the longest-lasting event date in the
        store: what a date window must look back. Usually a month; not capped, since a
        decade ("in the 1990s") is a value too and its events must not drop out of windows."""
        e = schema.events.c

        def compute() -> int:
            with self.engine.connect() as conn:  # one seek on events_by_span
                return int(conn.execute(select(func.max(e.date_span))).scalar() or 0)

        return int(self.memo(("longest span",), compute))

    def _common(self, q: EventQuery) -> bool:
        """Whether ``q``'s actor or pair (whatever its other filters) is in at least
        1/_COMMON_SHARE of all events."""

        def share() -> bool:
            # The highest id stands for the number of events (ids grow, none is deleted):
            # near enough for a choice of plan, without counting them all.
            everything = self._generation or 0
            if self._most(q) * _COMMON_SHARE < everything:
                return False  # known without counting the actor's or pair's events
            return self._event_count(EventQuery(actor=q.actor, pair=q.pair), False) * _COMMON_SHARE >= everything

        return bool(q.actor or q.pair) and bool(self.memo(("common", q.actor, q.pair), share))

    def _most(self, q: EventQuery) -> int:
        """At most how many events ``q``'s actor or pair has, from the kept counts of each
        actor in each role (a pair is one side's events to the other, either direction)."""
        if q.actor:
            return self._side_count(q.actor, "source_actor") + self._side_count(q.actor, "target_actor")
        assert q.pair is not None
        one, two = q.pair
        return (min(self._side_count(one, "source_actor"), self._side_count(two, "target_actor"))
                + min(self._side_count(two, "source_actor"), self._side_count(one, "target_actor")))

    @staticmethod
    def _unindexed(condition: ColumnElement[bool]) -> ColumnElement[bool]:
        """``condition`` with its actor columns as ``column || ''``, which no index serves."""
        e = schema.events.c
        swap = {e.source_actor: e.source_actor.concat(""), e.target_actor: e.target_actor.concat("")}
        return visitors.replacement_traverse(condition, {}, lambda el: swap.get(el))  # type: ignore[call-overload]

    def event_ids(self, q: EventQuery, *, placed_only: bool = False, top: int | None = None) -> Select[Any]:
        """The ids of the events ``q`` selects, in order, from the events table alone (joined
        to articles only for publication dates), so that indexes cover the work.

        Ordered by the event's first day (NULL, e.g. PAST_REF, last) then id: both are in
        every date index, so no row is read to sort. An either-side condition (actor, pair)
        becomes a UNION of one branch per side, each served by its own index (SQLite would
        otherwise collect the rows of an OR and read each one to sort them); with ``top``
        (the caller wants no more than the first ``top``), each branch stops there. But the
        range of a common actor (USA) is too big to sort: it is found in date order instead.
        ``placed_only`` keeps only events with days (what a time axis can place).
        """
        e, a = schema.events.c, schema.articles.c
        if q.by == "article":
            query = select(e.id).join(schema.articles, a.id == e.article)
            return query.where(*self.event_conditions(q)).order_by(a.date, e.id)
        plain = self._plain_conditions(q, placed_only)
        sides = self._either_side(q)
        if len(sides) != 1:  # none, or both actor and pair (rare): plain conditions
            query = select(e.id).where(*plain, *(or_(*branches) for branches in sides))
            return query.order_by(e.date_first.nulls_last(), e.id)
        if top is not None and self._common(q):
            # Most events match: reading the date index in order and dropping the others
            # stops after about ``top`` rows. (``|| ''`` keeps SQLite off the actor indexes,
            # whose ranges would have to be sorted whole: all of USA is most of a US store.)
            either = [or_(*(self._unindexed(branch) for branch in sides[0]))]
            return select(e.id).where(*plain, *either).order_by(e.date_first.nulls_last(), e.id)
        branches = []
        for branch in sides[0]:
            part = select(e.id, e.date_first).where(*plain, branch)
            if top is not None:
                part = part.order_by(e.date_first.nulls_last(), e.id).limit(number(PAGE_TOP, top))
            inner = part.subquery()
            branches.append(select(inner.c.id, inner.c.date_first))
        both = union(*branches).subquery()
        return select(both.c.id).order_by(both.c.date_first.nulls_last(), both.c.id)

    def event_count(self, q: EventQuery, *, placed_only: bool = False) -> int:
        """How many events ``q`` selects, memoized until the store gains events (counting all
        the events of a big actor reads its whole index range: milliseconds a page).
        Either-side conditions are counted per side, less the events counted twice (a UNION
        would sort every id of both sides to count them)."""
        return int(self.memo(("count", q, placed_only), lambda: self._event_count(q, placed_only)))

    def _event_count(self, q: EventQuery, placed_only: bool) -> int:
        if (self.counts_by_pair and bool(q.actor) != bool(q.pair)
                and replace(q, actor=None, pair=None) == EventQuery()):
            # Only an actor or a pair, by the events' own dates: no statement (counts.py).
            if q.actor:
                return self.pair_counts().either(self.actor_test(q.actor), placed_only)
            assert q.pair is not None
            one, two = q.pair
            return self.pair_counts().pair(self.actor_test(one), self.actor_test(two), placed_only)
        sides = self._either_side(q)
        if q.by == "article" or len(sides) != 1:
            def build_all() -> Select[Any]:
                ids = self.event_ids(q, placed_only=placed_only).order_by(None).subquery()
                return select(func.count()).select_from(ids)

            prepared = self.prepared(("count ids", self.shape(q), placed_only), build_all)
            _, rows = self.fetch(prepared, self.window_values(q))
            return int(rows[0][0])

        def build() -> Select[Any]:
            plain = self._plain_conditions(q, placed_only)
            one, two = sides[0]
            counts = [select(func.count()).select_from(schema.events).where(*plain, *c).scalar_subquery()
                      for c in ([one], [two], [one, two])]
            return select(counts[0] + counts[1] - counts[2])

        _, rows = self.fetch(self.prepared(("count", self.shape(q), placed_only), build), self.window_values(q))
        return int(rows[0][0])

    def count(self, query: Select[Any]) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(query.order_by(None).subquery())).scalar_one())

    def page(self, query: Select[Any], items: list[dict[str, Any]], limit: int, offset: int) -> Page:
        """A page of ``items``; counts the whole list only when the page does not tell its size."""
        if len(items) < limit and (items or offset == 0):
            return Page(items, offset + len(items), limit, offset)
        return Page(items, self.count(query), limit, offset)

    # -- events -------------------------------------------------------------------------

    def event_page(self, q: EventQuery, limit: int = 50, offset: int = 0) -> Page:
        self.refresh()
        e = schema.events.c

        def build() -> Select[Any]:
            # The page's ids first (in a subquery): deep offsets skip index entries, not joined rows.
            # Events alone, unsorted: their articles' heads come from article_heads, and the
            # page's few rows are sorted here (SQLite would sort the whole wide rows again).
            ids = self.event_ids(q, top=offset + limit).limit(number(PAGE_LIMIT, limit))
            page = ids.offset(number(PAGE_OFFSET, offset)).subquery()
            return select(schema.events).select_from(page).join(schema.events, e.id == page.c.id)

        values = {**self.window_values(q), PAGE_LIMIT: limit, PAGE_OFFSET: offset, PAGE_TOP: offset + limit}
        # Whether the actor or pair is common picks the plan of event_ids: part of the key.
        names, rows = self.fetch(self.prepared(("event page", self.shape(q), self._common(q)), build), values)
        records = [dict(zip(names, row, strict=True)) for row in rows]
        heads = self.article_heads({record["article"] for record in records})
        records = [record for record in records if record["article"] in heads]  # as a join to articles would
        if q.by == "article":
            records.sort(key=lambda r: (heads[r["article"]][0], r["id"]))
        else:
            records.sort(key=lambda r: (r["date_first"] is None, r["date_first"] or "", r["id"]))
        items = [with_head(event_json(record), heads[record["article"]]) for record in records]
        if len(items) < limit and (items or offset == 0):
            return Page(items, offset + len(items), limit, offset)
        return Page(items, self.event_count(q), limit, offset)

    def event(self, event_id: int) -> dict[str, Any] | None:
        """One event with the article it comes from (without the article's whole text)."""
        e, a = schema.events.c, schema.articles.c
        query = (
            select(schema.events, a.date.label("article_date"), a.ref.label("article_ref"),
                   a.title.label("article_title"), a.source.label("article_source"), a.url.label("article_url"))
            .join(schema.articles, a.id == e.article).where(e.id == event_id)
        )
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        if row is None:
            return None
        out = with_article(event_json(dict(row._mapping)), row._mapping)
        out["article_source"] = row.article_source
        out["article_url"] = row.article_url
        return out

    # -- quotes, articles, actors -------------------------------------------------------

    def quote_page(self, *, speaker: str | None = None, actor: str | None = None, dates: DateRange = DateRange(),
                   search: str | None = None, article: str | None = None, limit: int = 50,
                   offset: int = 0) -> Page:
        q, a = schema.quotes.c, schema.articles.c
        conditions = dates.overlaps(q.date_first, q.date_last)
        if speaker:
            pattern = f"%{escape_like(speaker.lower())}%"
            conditions.append(or_(func.lower(q.speaker_name).like(pattern, escape="\\"),
                                  func.lower(q.speaker_text).like(pattern, escape="\\")))
        if actor:
            conditions.append(self.actor_match(actor, q.speaker_actor))
        if article:
            conditions.append(q.article == article)
        if search:
            conditions.append(self.text_condition(schema.quotes, search, q.text, q.speaker_name))
        query = (
            select(schema.quotes, a.date.label("article_date"), a.ref.label("article_ref"),
                   a.title.label("article_title"))
            .join(schema.articles, a.id == q.article).where(*conditions)
            .order_by(q.date_first.is_(None), q.date_first, q.id)
        )
        with self.engine.connect() as conn:
            rows = conn.execute(query.limit(limit).offset(offset))
            items = [with_article(quote_json(dict(r._mapping)), r._mapping) for r in rows]
        return self.page(query, items, limit, offset)

    def article_page(self, *, search: str | None = None, dates: DateRange = DateRange(), limit: int = 50,
                     offset: int = 0) -> Page:
        a = schema.articles.c
        conditions = dates.overlaps(a.date, a.date)
        if search:
            conditions.append(self.text_condition(schema.articles, search, a.title, a.text))
        query = (select(a.id, a.ref, a.date, a.title, a.source, a.url, a.duplicate_of)
                 .where(*conditions).order_by(a.date, a.id))
        with self.engine.connect() as conn:
            items = [dict(r._mapping) for r in conn.execute(query.limit(limit).offset(offset))]
        return self.page(query, items, limit, offset)

    def has_article(self, article_id: str) -> bool:
        a = schema.articles.c
        with self.engine.connect() as conn:
            return conn.execute(select(a.id).where(a.id == article_id)).first() is not None

    def actor_page(self, *, search: str | None = None, limit: int = 50, offset: int = 0) -> Page:
        """Actors by mention count; ``search`` matches a code prefix or part of a name."""
        m = schema.mentions.c
        conditions: list[ColumnElement[bool]] = [m.actor.is_not(None)]
        if search:
            needle = escape_like(search.strip())
            conditions.append(or_(m.actor.like(f"{needle.upper()}%", escape="\\"),
                                  func.lower(m.name).like(f"%{needle.lower()}%", escape="\\")))
        query = (
            select(m.actor, m.name, m.type, func.count().label("mentions"),
                   func.count(func.distinct(m.article)).label("articles"))
            .where(*conditions).group_by(m.actor, m.name, m.type)
            .order_by(func.count().desc(), m.actor, m.name)
        )
        with self.engine.connect() as conn:
            items = [dict(r._mapping) for r in conn.execute(query.limit(limit).offset(offset))]
        return self.page(query, items, limit, offset)

    # -- search across kinds ------------------------------------------------------------

    def search(self, words: str, limit: int = 10) -> dict[str, Page]:
        """Articles, quotes and events matching ``words``, each kind a page of its own."""
        return {
            "articles": self.article_hits(words, limit),
            "quotes": self.quote_page(search=words, limit=limit),
            "events": self.event_page(EventQuery(search=words), limit=limit),
        }

    def article_hits(self, words: str, limit: int = 10) -> Page:
        """Articles matching ``words`` with a snippet around the match (SQLite FTS5 only)."""
        a = schema.articles.c
        if not is_sqlite(self.engine):
            page = self.article_page(search=words, limit=limit)
            for item in page.items:
                item["snippet"] = None
            return page
        # Straight from the FTS5 table: snippet() needs the match's own row context.
        snippet = func.snippet(literal_column("articles_fts"), 1, MARK_START, MARK_END, "…", 16)
        query = (
            select(a.id, a.ref, a.date, a.title, a.source, a.url, snippet.label("snippet"))
            .select_from(schema.articles)
            .join(fts_table("articles_fts"), literal_column("articles_fts.rowid") == literal_column("articles.rowid"))
            .where(text("articles_fts MATCH :match").bindparams(match=fts_words(words)))
            .order_by(a.date, a.id)
        )
        with self.engine.connect() as conn:
            items = [dict(r._mapping) for r in conn.execute(query.limit(limit))]
        return self.page(query, items, limit, 0)


def prefix_match(column: Any, prefix: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix`` (an actor code of [A-Z0-9]), as a range an index serves."""
    return (column >= prefix) & (column < prefix_end(prefix))


def prefix_end(prefix: str) -> str:
    """The first string after every string that starts with ``prefix``."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def bound_prefix(column: Any, prefix: str, names: tuple[str, str]) -> ColumnElement[bool]:
    """:func:`prefix_match` with the range's ends bound as parameters ``names`` (low, high)."""
    low, high = names
    return (column >= bindparam(low, prefix, type_=String)) & (column < bindparam(high, prefix_end(prefix),
                                                                                   type_=String))


def bound_pair(pair: tuple[str, str]) -> bool:
    """Whether a pair's statements take its actors as parameters: two codes (a name's codes
    are a list of any length, which is part of a statement's shape)."""
    return all(_CODE.match(actor) for actor in pair)


def fts_words(words: str) -> str:
    """An FTS5 query of ``words``, each quoted: user input is never FTS syntax."""
    return " ".join(f'"{w}"' for w in re.findall(r"\w+", words))


def escape_like(value: str) -> str:
    """``value`` for a LIKE pattern with ``escape='\\'``: its %, _ and \\ match themselves."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def with_head(record: dict[str, Any], head: tuple[str, str | None, str | None]) -> dict[str, Any]:
    """:func:`with_article` from the article's (date, ref, title) (:meth:`StoreBrowser.article_heads`)."""
    record["article_date"], record["article_ref"], record["article_title"] = head
    return record


def with_article(record: dict[str, Any], row: Any) -> dict[str, Any]:
    record["article_date"] = row["article_date"]
    record["article_ref"] = row["article_ref"]
    record["article_title"] = row["article_title"]
    return record
