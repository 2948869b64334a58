"""Query latency on a store of >= 1M events: timeline and actor-pair queries, SQLite and PostgreSQL.

The store holds real extractions replicated: a seed store is made by ingesting articles
with the current pipeline (``--seed allsides``: N allsides articles; ``--seed synthetic``:
the test suite's generated articles, for when the event stage finds too few events in real
news; ``--seed-db``: any existing store), then its articles and events are copied until the
store has ``--events`` events. Copy r gets new article ids and all its dates (article date,
event first/last day) shifted by r mod 730 days, so the dates spread over the seed span plus
two years. Copied articles keep their metadata but not their text (the event queries never
read it; the store stays a manageable size).

Then, after ANALYZE (what a maintained server does), it times, through StoreReader (the
code the CLI and the HTTP API use), ``--queries`` of each kind with actors drawn from the
store's own actor frequencies:

- timeline: ``events(actor=CODE, dates=<a random one-year window>, limit=100)``
- pair:     ``events(pair=(SOURCE, TARGET), limit=100)`` for a pair that occurs

    DATELINE_SHARED=/path/to/shared .venv/bin/python bench/bench_query.py --seed allsides \
        --pg postgresql://postgres@/postgres?host=/tmp/pg
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import allsides_articles  # noqa: E402

CHUNK = 20_000
SPREAD_DAYS = 730


def make_seed(kind: str, articles: int, db: str) -> None:
    from dateline.ingest.options import ReadOptions
    from dateline.nlp import build_pipeline
    from dateline.run.ingest import ingest
    from dateline.store.writer import StoreWriter

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "seed.jsonl"
        if kind == "allsides":
            rows = [{"id": r["ID"], "date": r["date"], "title": r["title"], "text": r["content_original"]}
                    for r in allsides_articles(articles)]
        else:
            from tests.corpus import synthetic_articles

            rows = synthetic_articles(articles, seed=2020)
        corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        ingest([str(corpus)], StoreWriter.open(db), build_pipeline(), ReadOptions())


def shift(day: str | None, days: int) -> str | None:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat() if day else None


def replicate(seed_db: str, target: str, events_wanted: int) -> dict[str, int]:
    """Copy the seed's articles and events into ``target`` until it has ``events_wanted`` events."""
    from sqlalchemy import insert, select

    from dateline.store import schema
    from dateline.store.engine import open_engine
    from dateline.store.writer import Batch, StoreWriter

    seed = open_engine(seed_db, create=False)
    with seed.connect() as conn:
        articles = [dict(r._mapping) for r in conn.execute(select(schema.articles).where(
            schema.articles.c.id.in_(select(schema.events.c.article))))]
        events = [dict(r._mapping) for r in conn.execute(select(schema.events))]
        actors = [dict(r._mapping) for r in conn.execute(select(schema.actors))]
        aliases = [dict(r._mapping) for r in conn.execute(select(schema.actor_aliases))]
    if not events:
        sys.exit("the seed store has no events: the pipeline found none in these articles (try --seed synthetic)")
    writer = StoreWriter.open(target)
    writer.write(None, Batch())  # creates the schema
    engine = writer.engine
    with engine.begin() as conn:
        if actors:
            conn.execute(insert(schema.actors), actors)
        if aliases:
            conn.execute(insert(schema.actor_aliases), aliases)
    copies = -(-events_wanted // len(events))
    pending_articles: list[dict[str, Any]] = []
    pending_events: list[dict[str, Any]] = []

    def flush() -> None:
        with engine.begin() as conn:
            if pending_articles:
                conn.execute(insert(schema.articles), pending_articles)
            if pending_events:
                conn.execute(insert(schema.events), pending_events)
        pending_articles.clear()
        pending_events.clear()

    for copy in range(copies):
        days = copy % SPREAD_DAYS
        for a in articles:
            pending_articles.append({**a, "id": f"{a['id'][:30]}-{copy}", "text": "", "minhash": None,
                                     "run_id": None, "date": shift(a["date"], days), "duplicate_of": None})
        for e in events:
            # not the id, nor the columns the database computes (date_span, date_scale)
            row = {k: v for k, v in e.items() if k != "id" and schema.events.c[k].computed is None}
            row.update(article=f"{e['article'][:30]}-{copy}", date_first=shift(e["date_first"], days),
                       date_last=shift(e["date_last"], days))
            pending_events.append(row)
        if len(pending_events) >= CHUNK:
            flush()
    flush()
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    return {"seed_articles": len(articles), "seed_events": len(events), "copies": copies,
            "events": copies * len(events), "articles": copies * len(articles)}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def time_queries(db: str, n: int, rng: random.Random) -> dict[str, Any]:
    from sqlalchemy import func, select

    from dateline.store import schema
    from dateline.store.query import DateRange, StoreReader

    reader = StoreReader.open(db)
    e = schema.events.c
    with reader.engine.connect() as conn:
        # Ordered, so that the same seed draws the same queries whatever plan the store's indexes give.
        pairs = conn.execute(select(e.source_actor, e.target_actor, func.count()).where(
            e.source_actor.is_not(None), e.target_actor.is_not(None)).group_by(e.source_actor, e.target_actor)
            .order_by(e.source_actor, e.target_actor)).all()
        first, last = conn.execute(select(func.min(e.date_first), func.max(e.date_last))).one()
    weights = [c for _, _, c in pairs]
    span = (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days
    out: dict[str, Any] = {}
    for kind in ("timeline", "pair"):
        latencies, found = [], []
        for _ in range(n):
            source, target, _ = rng.choices(pairs, weights=weights)[0]
            if kind == "timeline":
                start = dt.date.fromisoformat(first) + dt.timedelta(days=rng.randrange(max(1, span - 365)))
                window = DateRange(start.isoformat(), (start + dt.timedelta(days=365)).isoformat())
                actor = rng.choice([source, target])
                t0 = time.perf_counter()
                rows = reader.events(actor=actor, dates=window, limit=100)
            else:
                t0 = time.perf_counter()
                rows = reader.events(pair=(source, target), limit=100)
            latencies.append((time.perf_counter() - t0) * 1000)
            found.append(len(rows))
        out[kind] = {"queries": n, "p50_ms": round(percentile(latencies, 0.5), 1),
                     "p95_ms": round(percentile(latencies, 0.95), 1), "max_ms": round(max(latencies), 1),
                     "mean_rows": round(statistics.mean(found), 1)}
    reader.engine.dispose()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", choices=("allsides", "synthetic"), default="allsides")
    parser.add_argument("--seed-articles", type=int, default=500)
    parser.add_argument("--seed-db", help="use this store as the seed instead of ingesting one")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--pg", help="a PostgreSQL server URL; a new database is made on it (and dropped, "
                        "unless --workdir is given)")
    parser.add_argument("--workdir", help="keep the stores here (and the PostgreSQL database), and reuse complete "
                        "ones found there (default: a temporary directory)")
    args = parser.parse_args()

    rng = random.Random(8)
    out: dict[str, Any] = {"bench": "query", "seed": args.seed_db or args.seed}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(args.workdir or tmp)
        work.mkdir(parents=True, exist_ok=True)
        seed_db = args.seed_db or str(work / "seed.db")
        if not args.seed_db and not Path(seed_db).exists():
            make_seed(args.seed, args.seed_articles, seed_db)
        targets = {"sqlite": str(work / "big.db")}
        if args.pg:
            targets["postgresql"] = _pg_database(args.pg, keep=bool(args.workdir))
        for backend, db in targets.items():
            t0 = time.perf_counter()
            kept = _kept_store(db, args.events) if args.workdir else None
            if kept:
                out["store"] = kept  # built by an earlier run with the same --workdir: rebuilding takes minutes
            else:
                if backend == "sqlite" and Path(db).exists():
                    Path(db).unlink()
                elif backend == "postgresql" and args.workdir:  # an incomplete one: start again
                    db = targets[backend] = _pg_database(args.pg, keep=False)
                out["store"] = replicate(seed_db, db, args.events)
            out[backend] = {"load_s": round(time.perf_counter() - t0, 1), **time_queries(db, args.queries, rng)}
        if args.pg and not args.workdir:
            _drop_pg_database(args.pg, targets["postgresql"])
    print(json.dumps(out))


def _kept_store(db: str, events_wanted: int) -> dict[str, Any] | None:
    """The counts of a store a previous run left in --workdir (or on the --pg server), if it is complete."""
    if "://" not in db and not Path(db).exists():
        return None
    from sqlalchemy import func, select

    from dateline.store import schema
    from dateline.store.engine import open_engine

    engine = open_engine(db, create=True)  # as a writer would: migrates it, adds the indexes added since
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
        events = conn.execute(select(func.count()).select_from(schema.events)).scalar_one()
        articles = conn.execute(select(func.count()).select_from(schema.articles)).scalar_one()
    engine.dispose()
    return {"events": events, "articles": articles, "reused": True} if events >= events_wanted else None


def _pg_database(url: str, keep: bool) -> str:
    """The bench's database on the server: a new one, or with ``keep`` the one an earlier run left."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from dateline.store.engine import database_url

    name = "dateline_bench_query"
    admin = create_engine(database_url(url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}).first()
        if not (keep and exists):
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _drop_pg_database(url: str, db: str) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from dateline.store.engine import database_url

    admin = create_engine(database_url(url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {make_url(db).database} WITH (FORCE)"))
    admin.dispose()


if __name__ == "__main__":
    main()
