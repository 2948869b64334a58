"""The store seen as the UI shows it: a timeline in lanes, an actor graph, an actor's page."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from operator import itemgetter
from typing import Any, Literal

from sqlalchemy import case, func, select
from sqlalchemy.sql import Select

from . import schema
from .browse import EventQuery, StoreBrowser, prefix_match
from .focus import densest_stretch
from .prepared import PAGE_LIMIT, PAGE_TOP, number
from .query import DateRange

Grouping = Literal["pair", "story", "none"]


class StoreViews(StoreBrowser):
    """Aggregated reads: what the timeline, the graph and the actor page need."""

    # -- timeline -----------------------------------------------------------------------

    def timeline_view(self, q: EventQuery, group: Grouping = "pair", limit: int = 300) -> dict[str, Any]:
        """Events placed by their own dates (or publication dates, ``q.by``), in lanes.

        Lanes are actor pairs (either direction) or stories: the story `dateline link` put the
        article in, else the article alone. Items are ordered by date; when more than
        ``limit`` match, ``truncated`` says so, the first ``limit`` are given and ``total`` is
        None (not counted).
        """
        self.refresh()
        prepared = self.prepared(("timeline", self.shape(q), self._common(q)), lambda: self._timeline_rows(q, limit))
        _, rows = self.fetch(prepared, {**self.window_values(q), PAGE_LIMIT: limit + 1, PAGE_TOP: limit + 1})
        articles = {row[1] for row in rows}
        heads, stories = self.article_heads(articles), self.article_stories(articles)
        # What each article gives its items, made once per article (a story's dict is shared).
        about = {article: (heads[article][0], heads[article][2], _story(stories.get(article)))
                 for article in articles if article in heads}
        rows = [row for row in rows if row[1] in about]  # as a join to articles would
        # The page's order, as event_ids gives it (the statement does not sort its wide rows
        # again): by the event's first day (never NULL here: placed only) then id, or by
        # publication date then id.
        if q.by == "article":
            rows.sort(key=lambda row: (about[row[1]][0], row[0]))
        else:
            rows.sort(key=itemgetter(10, 0))
        items = [timeline_item(row, about[row[1]]) for row in rows]
        truncated = len(items) > limit
        del items[limit:]
        # A truncated window is not counted (a count scans the whole window; the UI only needs
        # to say "zoom in"): total is None then.
        total = None if truncated else len(items)
        groups = lanes(items, group)
        # The span of all matching events (whatever the window) only on a first, unwindowed load.
        unwindowed = not (q.dates.first or q.dates.last)
        span = self.span(q) if unwindowed else None
        focus = self.focus(q, limit) if unwindowed else None
        return {"group": group, "by": q.by, "total": total, "limit": limit, "truncated": truncated,
                "span": span, "focus": focus, "groups": groups, "items": items}

    def _timeline_rows(self, q: EventQuery, limit: int) -> Select[Any]:
        """The statement behind :meth:`timeline_view`: one more row than ``limit`` tells it is
        truncated. Events only, unsorted: their articles' heads and stories are read once per
        article (:meth:`article_heads`, :meth:`article_stories`) and the rows sorted in Python."""
        e = schema.events.c
        # PAST_REF and the like have no place on a time axis.
        page = self.event_ids(q, placed_only=True, top=limit + 1).limit(number(PAGE_LIMIT, limit + 1)).subquery()
        columns = [e.id, e.article, e.code, e.label, e.root, e.modality, e.date_value, e.date_basis, e.date_text,
                   e.date_mod, e.date_first, e.date_last, e.source_actor,
                   func.coalesce(e.source_name, e.source_text), e.target_actor,
                   func.coalesce(e.target_name, e.target_text)]
        return select(*columns).select_from(page).join(schema.events, e.id == page.c.id)

    def span(self, q: EventQuery) -> dict[str, str | None]:
        """First and last day on which the events ``q`` selects start (by publication date
        with ``q.by == "article"``)."""
        e, a = schema.events.c, schema.articles.c
        if q.by == "article":
            query = (select(func.min(a.date), func.max(a.date)).select_from(schema.events)
                     .join(schema.articles, a.id == e.article).where(*self.event_conditions(q)))
        else:  # min and max of date_first: both read off the events_by_date index
            query = select(func.min(e.date_first), func.max(e.date_first)).where(*self.event_conditions(q))
        with self.engine.connect() as conn:
            lo, hi = conn.execute(query).one()
        return {"first": lo, "last": hi}

    def focus(self, q: EventQuery, limit: int) -> dict[str, str] | None:
        """The shortest stretch of days on which half of ``q``'s events start, or half of
        ``limit`` if that is fewer: where the UI opens. Half, so that the window around the
        stretch (a margin, dates that start before it and reach into it) still fits in
        ``limit`` and is shown whole. Kept per query until the store gains events (it reads
        every matching event's day)."""
        e, a = schema.events.c, schema.articles.c
        if q.by == "article":
            query = (select(a.date, func.count()).select_from(schema.events)
                     .join(schema.articles, a.id == e.article)
                     .where(*self.event_conditions(q)).group_by(a.date).order_by(a.date))
        else:
            query = (select(e.date_first, func.count()).where(e.date_first.is_not(None), *self.event_conditions(q))
                     .group_by(e.date_first).order_by(e.date_first))

        def compute() -> dict[str, str] | None:
            with self.engine.connect() as conn:
                counts = [(day, int(n)) for day, n in conn.execute(query) if day]
            stretch = densest_stretch(counts, min(max(1, limit // 2), (sum(n for _, n in counts) + 1) // 2))
            return None if stretch is None else {"first": stretch[0], "last": stretch[1]}

        found: dict[str, str] | None = self.memo(("focus", q, limit), compute)
        return found

    # -- graph --------------------------------------------------------------------------

    def graph(self, cooperation_roots: Collection[str], *, dates: DateRange = DateRange(), actor: str | None = None,
              edges: int = 150, min_weight: int = 1) -> dict[str, Any]:
        """Actors as nodes, coded interactions (source -> target) as weighted edges.

        An edge carries its event count, how many of them are cooperation (CAMEO roots in
        ``cooperation_roots``) and the mean Goldstein score. The ``edges`` heaviest are given.
        """
        e = schema.events.c
        self.refresh()
        conditions = [e.source_actor.is_not(None), e.target_actor.is_not(None),
                      *self.event_conditions(EventQuery(dates=dates))]
        if actor:
            conditions.append(self.actor_match(actor, e.source_actor, e.target_actor))
        weight = func.count().label("weight")
        query = (
            select(e.source_actor.label("source"), e.target_actor.label("target"), weight,
                   func.sum(case((e.root.in_(list(cooperation_roots)), 1), else_=0)).label("cooperation"),
                   func.avg(e.goldstein).label("goldstein"))
            .where(*conditions).group_by(e.source_actor, e.target_actor)
            .having(func.count() >= min_weight).order_by(weight.desc(), e.source_actor, e.target_actor)
        )
        with self.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(query.limit(edges + 1))]
        truncated = len(rows) > edges
        rows = rows[:edges]
        names = self.actor_names(code for r in rows for code in (r["source"], r["target"]))
        nodes: dict[str, dict[str, Any]] = {}
        out_edges = []
        for r in rows:
            for code in (r["source"], r["target"]):
                node = nodes.setdefault(code, {"id": code, **names.get(code, {"name": None, "type": None}),
                                               "weight": 0})
                node["weight"] += r["weight"]
            cooperation = int(r["cooperation"] or 0)
            goldstein = None if r["goldstein"] is None else round(float(r["goldstein"]), 2)
            out_edges.append({"id": f"{r['source']}>{r['target']}", "source": r["source"], "target": r["target"],
                              "weight": r["weight"], "cooperation": cooperation,
                              "conflict": r["weight"] - cooperation, "goldstein": goldstein})
        # Turkey the country (TUR) and its government (TURGOV) share a name: such nodes show their codes.
        shared = Counter(node["name"] for node in nodes.values())
        for node in nodes.values():
            name = node["name"]
            node["label"] = name if name and shared[name] == 1 else f"{name} ({node['id']})" if name else node["id"]
        return {"nodes": sorted(nodes.values(), key=lambda n: (-n["weight"], n["id"])), "edges": out_edges,
                "truncated": truncated}

    def actor_names(self, codes: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Name and type of each code from the actors table (codes it lacks are left out)."""
        wanted = sorted(set(codes))
        ac = schema.actors.c
        out: dict[str, dict[str, Any]] = {}
        with self.engine.connect() as conn:
            for i in range(0, len(wanted), 500):
                for row in conn.execute(select(ac.code, ac.name, ac.type).where(ac.code.in_(wanted[i:i + 500]))):
                    out[row.code] = {"name": row.name, "type": row.type}
        return out

    # -- one actor ----------------------------------------------------------------------

    def actor(self, code: str, cooperation_roots: Collection[str], limit: int = 50) -> dict[str, Any] | None:
        """An actor (and its sub-codes: TUR covers TURGOV) with its events, quotes, partners,
        the people who act for it and the names it goes by; None if the store never saw it."""
        m, e, al = schema.mentions.c, schema.events.c, schema.actor_aliases.c
        known = self.actor_names([code]).get(code)
        with self.engine.connect() as conn:
            mentions, articles = conn.execute(
                select(func.count(), func.count(func.distinct(m.article))).where(prefix_match(m.actor, code))).one()
            in_events = conn.execute(select(func.count()).where(
                prefix_match(e.source_actor, code) | prefix_match(e.target_actor, code))).scalar_one()
            if known is None and not mentions and not in_events:
                return None
            if known is None:
                row = conn.execute(select(m.name, m.type).where(m.actor == code, m.type != "person")
                                   .group_by(m.name, m.type).order_by(func.count().desc()).limit(1)).first()
                known = {"name": row.name, "type": row.type} if row else {"name": None, "type": None}
            aliases = list(conn.execute(select(al.alias).where(al.code == code).order_by(al.alias).limit(30)).scalars())
            people = [dict(r._mapping) for r in conn.execute(
                select(m.name, m.role, func.count().label("mentions")).where(prefix_match(m.actor, code),
                                                                              m.type == "person")
                .group_by(m.name, m.role).order_by(func.count().desc(), m.name).limit(20))]
        return {
            "code": code, **known, "mentions": mentions, "articles": articles, "aliases": aliases,
            "people": people,
            "events": self.event_page(EventQuery(actor=code), limit=limit).to_json(),
            "quotes": self.quote_page(actor=code, limit=limit).to_json(),
            "partners": self.partners(code, cooperation_roots),
        }

    def partners(self, code: str, cooperation_roots: Collection[str], limit: int = 30) -> list[dict[str, Any]]:
        """The actors ``code`` interacts with (either direction), most events first."""
        e = schema.events.c
        coop = func.sum(case((e.root.in_(list(cooperation_roots)), 1), else_=0))
        totals: dict[str, dict[str, Any]] = {}
        with self.engine.connect() as conn:
            for mine, theirs, direction in ((e.source_actor, e.target_actor, "to"),
                                            (e.target_actor, e.source_actor, "from")):
                rows = conn.execute(
                    select(theirs.label("partner"), func.count().label("n"), coop.label("cooperation"))
                    .where(prefix_match(mine, code), theirs.is_not(None)).group_by(theirs))
                for row in rows:
                    entry = totals.setdefault(row.partner, {"code": row.partner, "events": 0, "cooperation": 0,
                                                            "to": 0, "from": 0})
                    entry["events"] += row.n
                    entry["cooperation"] += int(row.cooperation or 0)
                    entry[direction] += row.n
        ranked = sorted(totals.values(), key=lambda p: (-p["events"], p["code"]))[:limit]
        names = self.actor_names(p["code"] for p in ranked)
        for p in ranked:
            p["conflict"] = p["events"] - p["cooperation"]
            p["name"] = names.get(p["code"], {}).get("name")
        return ranked


def timeline_item(row: Sequence[Any], about: tuple[str | None, str | None, dict[str, Any] | None]) -> dict[str, Any]:
    """A timeline row as the UI places it (the evidence is one click away: /events/{id}), with
    its article's date, title and story (``{"id", "label"}`` or None)."""
    (id_, article, code, label, root, modality, value, basis, text, mod, first, last, source_actor, source_name,
     target_actor, target_name) = row
    article_date, article_title, story = about
    return {
        "id": id_, "article": article, "article_date": article_date, "article_title": article_title,
        "story": story, "code": code, "label": label, "root": root, "modality": modality,
        "date": {"value": value, "basis": basis, "text": text, "mod": mod, "first": first, "last": last},
        "source": {"actor": source_actor, "name": source_name},
        "target": {"actor": target_actor, "name": target_name},
    }


def _story(story: tuple[int, str] | None) -> dict[str, Any] | None:
    return None if story is None else {"id": story[0], "label": story[1]}


def lanes(items: list[dict[str, Any]], group: Grouping) -> list[dict[str, Any]]:
    """Give each item its lane (``item["group"]``) and return the lanes, busiest first."""
    if group == "pair":
        return _pair_lanes(items)
    found: dict[str, dict[str, Any]] = {}
    for item in items:
        if group == "story" and item["story"] is not None:
            story = item["story"]
            key, label, title = f"story:{story['id']}", story["label"], f"story: {story['label']}"
        elif group == "story":  # an article no story holds (or `dateline link` has not run)
            key, label = item["article"], item["article_title"] or item["article"]
            title = f"{item['article_date']}: {label}"
        else:
            key, label, title = "all", "events", "all events"
        item["group"] = key
        lane = found.get(key)
        if lane is None:
            lane = found[key] = {"id": key, "label": label, "title": title, "count": 0}
        lane["count"] += 1
    return sorted(found.values(), key=lambda g: (-g["count"], g["label"]))


def _pair_lanes(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Lanes of actor pairs, either direction: a side is its actor code when it has one, else
    its words. (Hundreds of items a request: written for speed, plain tuples and dicts.)"""
    counts: dict[str, int] = {}
    names: dict[str, tuple[dict[str, str], dict[str, str]]] = {}  # lane -> each side's names -> code
    for item in items:
        source, target = item["source"], item["target"]
        code, label = source["actor"], source["name"] or source["actor"] or "?"
        one = (code or f"?{label}", label)
        code, label = target["actor"], target["name"] or target["actor"] or "?"
        two = (code or f"?{label}", label)
        if two < one:
            one, two = two, one
        key = f"{one[0]}|{two[0]}"
        item["group"] = key
        if key in counts:
            counts[key] += 1
            first, second = names[key]
        else:
            counts[key] = 1
            first, second = names[key] = ({}, {})
        first[one[1]] = one[0]
        second[two[1]] = two[0]
    found = []
    for key, (first, second) in names.items():
        # One code covers many people (USAGOV: every US official): a lane named after the first
        # person seen would mislabel the others' events, so a side with several names shows its code.
        label = " – ".join(dict.fromkeys(_side_label(side) for side in (first, second)))
        title = " – ".join(dict.fromkeys(", ".join(side) for side in (first, second)))
        found.append({"id": key, "label": label, "title": title, "count": counts[key]})
    # The same names over different codes ("Russia – Turkey" as RUS|TUR and RUSGOV|TURGOV):
    # lanes that would look alike show their codes.
    seen = Counter(lane["label"] for lane in found)
    for lane in found:
        label, key = str(lane["label"]), str(lane["id"])
        if seen[label] > 1:
            lane["label"] = f"{label} ({' – '.join(code.lstrip('?') for code in key.split('|'))})"
    return sorted(found, key=lambda g: (-g["count"], g["label"]))


def _side_label(names: dict[str, str]) -> str:
    """One side of a pair lane: its only name, else the actor code its names share."""
    if len(names) == 1:
        return next(iter(names))
    return next(iter(names.values()))
