"""Writing to the store: one transaction per batch, so a killed run loses nothing committed.

An article row and all its records are written in the same transaction; an article id
already in the store is skipped, so re-running the same input changes nothing. The one
exception: an article that another analysis produced (an older dateline, see
analysis_version.py) has its records replaced by the new analysis.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, delete, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from ..analysis_version import analysis_version
from ..ingest.dedup import Fingerprint
from ..model import Analysis, Article, Mention, Reject
from . import schema
from .engine import open_engine, write_transaction
from .rows import article_row, event_row, mention_row, quote_row, timex_row

log = logging.getLogger(__name__)
_RETRIES = 5


@dataclass
class Batch:
    """What one transaction writes."""

    analyses: list[tuple[Analysis, Fingerprint | None]] = field(default_factory=list)
    duplicates: list[Article] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.analyses) + len(self.duplicates) + len(self.rejects)


@dataclass
class BatchResult:
    articles: int = 0  # analyzed articles written, re-analyzed ones included
    reanalyzed: int = 0  # of them, articles whose records another analysis had produced
    duplicates: int = 0
    skipped: int = 0
    rejects: int = 0
    events: int = 0


class StoreWriter:
    """The one place that writes to a store.

    ``analysis`` names the analysis whose results it writes (by default the installed
    dateline's, see analysis_version.py).
    """

    def __init__(self, engine: Engine, analysis: str | None = None) -> None:
        self.engine = engine
        self.analysis = analysis if analysis is not None else analysis_version()

    @classmethod
    def open(cls, db: str) -> StoreWriter:
        return cls(open_engine(db, create=True))

    def start_run(self, command: str) -> int:
        with self.engine.begin() as conn:
            result = conn.execute(
                insert(schema.runs).values(started_at=_now(), command=command, status="running",
                                           articles=0, duplicates=0, skipped=0, rejects=0)
            )
            key = result.inserted_primary_key
            assert key is not None
            return int(key[0])

    def finish_run(self, run_id: int, status: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(schema.runs).where(schema.runs.c.id == run_id)
                         .values(finished_at=_now(), status=status))

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids are in the store and need nothing: near duplicates,
        and articles this analysis produced."""
        a = schema.articles.c
        with self.engine.connect() as conn:
            return _present(conn, list(set(ids)), or_(a.duplicate_of.is_not(None), a.analysis == self.analysis))

    def stale_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids are in the store with records another analysis
        produced: they are analyzed again, and ``write`` replaces their records."""
        with self.engine.connect() as conn:
            return _present(conn, list(set(ids)), self._stale())

    def _stale(self) -> Any:
        a = schema.articles.c
        return a.duplicate_of.is_(None) & (a.analysis.is_(None) | (a.analysis != self.analysis))

    def band_index(self) -> StoreBandIndex:
        return StoreBandIndex(self.engine)

    def write(self, run_id: int | None, batch: Batch) -> BatchResult:
        """Write a batch in one transaction; articles already stored are skipped.

        Safe with several processes writing the same store: an article is inserted with
        ON CONFLICT DO NOTHING and its records are written only if this transaction
        inserted it, so an article another process stored first (even one committed while
        this batch was being analyzed) is skipped, never stored twice. A PostgreSQL
        deadlock or serialization failure between two writers retries the whole batch.
        """
        for attempt in range(1, _RETRIES + 1):
            try:
                with write_transaction(self.engine) as conn:
                    return self._write(conn, run_id, batch)
            except DBAPIError as err:
                if attempt == _RETRIES or not _is_transient(err):
                    raise
                log.warning("batch write conflicted with another writer (%s); retrying", _sqlstate(err))
                time.sleep(0.05 * attempt)
        raise AssertionError("unreachable")

    def _write(self, conn: Connection, run_id: int | None, batch: Batch) -> BatchResult:
        result = BatchResult()
        candidates: dict[str, dict[str, Any]] = {}
        for analysis, fingerprint in batch.analyses:
            article = analysis.article
            candidates.setdefault(article.id, article_row(article, run_id, fingerprint.sig if fingerprint else None,
                                                          self.analysis))
        for duplicate in batch.duplicates:
            candidates.setdefault(duplicate.id, article_row(duplicate, run_id, None))
        # Sorted by id: two writers inserting overlapping batches take row locks in the same order.
        inserted = _insert_articles(conn, [candidates[i] for i in sorted(candidates)])
        # Articles stored by another analysis are claimed (marked as this analysis's) in the
        # same transaction; a concurrent writer that re-analyzed one first leaves nothing to claim.
        others = sorted({a.article.id for a, _ in batch.analyses} - inserted)
        replaced = self._claim(conn, others)
        _delete_records(conn, replaced)
        rows: dict[str, list[dict[str, Any]]] = {"timexes": [], "mentions": [], "quotes": [], "events": []}
        bands: list[dict[str, Any]] = []
        mentions: list[Mention] = []
        for analysis, fingerprint in batch.analyses:
            article = analysis.article
            if article.id in inserted:
                inserted.discard(article.id)  # the same article twice in a batch: its records once
                if fingerprint is not None:
                    bands.extend({"key": k, "article": article.id} for k in fingerprint.keys)
            elif article.id in replaced:
                replaced.discard(article.id)  # its bands are stored already
                result.reanalyzed += 1
            else:
                result.skipped += 1
                continue
            rows["timexes"].extend(timex_row(t) for t in analysis.timexes)
            rows["mentions"].extend(mention_row(m) for m in analysis.mentions)
            rows["quotes"].extend(quote_row(q) for q in analysis.quotes)
            rows["events"].extend(event_row(e) for e in analysis.events)
            mentions.extend(analysis.mentions)
            result.articles += 1
            result.events += len(analysis.events)
        for duplicate in batch.duplicates:
            if duplicate.id in inserted:
                inserted.discard(duplicate.id)
                result.duplicates += 1
            else:
                result.skipped += 1
        if bands:
            conn.execute(insert(schema.minhash_bands), bands)
        for name, table_rows in rows.items():
            if table_rows:
                conn.execute(insert(schema.metadata.tables[name]), table_rows)
        _register_actors(conn, mentions)
        if batch.rejects:
            conn.execute(insert(schema.rejects), [
                {"run_id": run_id, "source": r.source, "line": r.line, "reason": r.reason} for r in batch.rejects
            ])
            result.rejects = len(batch.rejects)
        if run_id is not None:
            runs = schema.runs.c
            conn.execute(update(schema.runs).where(runs.id == run_id).values(
                articles=runs.articles + result.articles, duplicates=runs.duplicates + result.duplicates,
                skipped=runs.skipped + result.skipped, rejects=runs.rejects + result.rejects))
        return result

    def _claim(self, conn: Connection, ids: Sequence[str]) -> set[str]:
        """Mark those of ``ids`` that another analysis produced as this one's; the ids marked."""
        a = schema.articles.c
        claimed: set[str] = set()
        for i in range(0, len(ids), 500):
            statement = (update(schema.articles).where(a.id.in_(list(ids[i : i + 500])), self._stale())
                         .values(analysis=self.analysis).returning(a.id))
            claimed.update(conn.execute(statement).scalars())
        return claimed


def _delete_records(conn: Connection, article_ids: set[str]) -> None:
    """Remove what an analysis stored for these articles (and the cross-article links to
    their events, which `dateline link` recomputes); the article rows and their near-duplicate
    bands stay."""
    if not article_ids:
        return
    ids = sorted(article_ids)
    events = select(schema.events.c.id).where(schema.events.c.article.in_(ids)).scalar_subquery()
    members, contradictions = schema.event_group_members.c, schema.contradictions.c
    conn.execute(delete(schema.event_group_members).where(members.event.in_(events)))
    conn.execute(delete(schema.contradictions).where(
        or_(contradictions.event_a.in_(events), contradictions.event_b.in_(events))))
    for table in (schema.events, schema.quotes, schema.mentions, schema.timexes):
        conn.execute(delete(table).where(table.c.article.in_(ids)))


def _insert_articles(conn: Connection, rows: list[dict[str, Any]]) -> set[str]:
    """Insert article rows, skipping ids already stored; the ids this statement inserted."""
    if not rows:
        return set()
    statement = _dialect_insert(conn, schema.articles).on_conflict_do_nothing().returning(schema.articles.c.id)
    return set(conn.execute(statement, rows).scalars())


class StoreBandIndex:
    """The near-duplicate band index kept in the store (see ingest.dedup.BandIndex)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def candidates(self, keys: list[int]) -> Iterable[tuple[str, bytes]]:
        a, b = schema.articles.c, schema.minhash_bands.c
        query = (select(a.id, a.minhash).join(schema.minhash_bands, b.article == a.id)
                 .where(b.key.in_(keys)).distinct())
        with self.engine.connect() as conn:
            return [(row.id, row.minhash) for row in conn.execute(query) if row.minhash is not None]

    def add(self, article_id: str, keys: list[int], sig: bytes) -> None:
        """Bands are written with their article by StoreWriter.write; nothing to do here."""


def _present(conn: Connection, ids: Sequence[str], condition: Any) -> set[str]:
    """Those of ``ids`` stored as articles that meet ``condition``."""
    if not ids:
        return set()
    found: set[str] = set()
    for i in range(0, len(ids), 500):
        chunk = list(ids[i : i + 500])
        query = select(schema.articles.c.id).where(schema.articles.c.id.in_(chunk), condition)
        found.update(conn.execute(query).scalars())
    return found


def _register_actors(conn: Connection, mentions: list[Mention]) -> None:
    """Add unseen actor codes and aliases (mention texts) to the actors tables (sorted, so
    that concurrent writers take locks in the same order)."""
    actors: dict[str, dict[str, Any]] = {}
    aliases: set[tuple[str, str]] = set()
    # A place ("Ohio", type location) carries its country's code but its own name: the actor's
    # name and type come from a mention of the actor itself when the batch has one.
    for m in sorted(mentions, key=lambda m: m.type == "location"):
        if not m.actor or m.type == "person":
            continue  # a person's code is whom they act for; the person is not that actor
        # A body of a kind ("Boeing", role "American companies") names its code by the kind.
        actors.setdefault(m.actor, {"code": m.actor, "name": m.role or m.name, "type": m.type})
        aliases.add((m.actor, m.text[:200]))
    if not actors:
        return
    # A row an earlier batch named after a place takes the first name of the actor itself.
    insert = _dialect_insert(conn, schema.actors)
    conn.execute(
        insert.on_conflict_do_update(
            index_elements=[schema.actors.c.code],
            set_={"name": insert.excluded.name, "type": insert.excluded.type},
            where=(schema.actors.c.type == "location") & (insert.excluded.type != "location"),
        ),
        [actors[code] for code in sorted(actors)],
    )
    _insert_ignore(conn, schema.actor_aliases, [{"code": c, "alias": a} for c, a in sorted(aliases)])


def _insert_ignore(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    conn.execute(_dialect_insert(conn, table).on_conflict_do_nothing(), rows)


def _dialect_insert(conn: Connection, table: Any) -> Any:
    """INSERT with the dialect's ON CONFLICT clause available."""
    dialect = conn.dialect.name
    if dialect == "sqlite":
        return sqlite.insert(table)
    if dialect == "postgresql":
        return postgresql.insert(table)
    raise NotImplementedError(dialect)  # pragma: no cover - other databases are not supported stores


def _sqlstate(err: DBAPIError) -> str | None:
    return getattr(err.orig, "sqlstate", None)


def _is_transient(err: DBAPIError) -> bool:
    """A failure that the same transaction, run again, will not meet: a PostgreSQL deadlock
    or serialization failure between concurrent writers."""
    return _sqlstate(err) in ("40P01", "40001")


def _now() -> str:
    # Run bookkeeping only; no extracted fact ever depends on the clock.
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")

