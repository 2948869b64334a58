"""Two `dateline ingest` processes at once on overlapping input, into one store (SQLite and PostgreSQL)."""

import re
import subprocess
import sys

import pytest
from sqlalchemy import text

from dateline.ingest.options import ReadOptions
from dateline.run.ingest import ingest
from dateline.store import schema
from dateline.store.engine import open_engine
from dateline.store.writer import StoreWriter

from ..corpus import synthetic_articles, write_jsonl

pytestmark = [pytest.mark.slow, pytest.mark.model]

TABLES = ("timexes", "mentions", "quotes", "events")


def per_article_counts(db: str) -> dict:
    engine = open_engine(db, create=False)
    with engine.connect() as conn:
        out = {"articles": sorted(r for (r,) in conn.execute(text("SELECT ref FROM articles")))}
        for table in TABLES:
            query = f"SELECT a.ref, count(t.id) FROM articles a LEFT JOIN {table} t ON t.article = a.id GROUP BY a.ref"
            out[table] = dict(tuple(row) for row in conn.execute(text(query)).all())
        out["actors"] = sorted(r for (r,) in conn.execute(text("SELECT code FROM actors")))
    engine.dispose()
    return out


def ingest_cmd(corpus, db):
    return [sys.executable, "-m", "dateline", "ingest", str(corpus), "--db", db, "--batch-size", "4"]


def test_concurrent_ingests_overlapping_input_store_each_article_once(any_db, nlp, tmp_path):
    rows = synthetic_articles(90, seed=3)
    first = write_jsonl(tmp_path / "first.jsonl", rows[:60])
    second = write_jsonl(tmp_path / "second.jsonl", rows[30:][::-1])  # meets the first in the middle
    processes = [subprocess.Popen(ingest_cmd(path, any_db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                  text=True) for path in (first, second)]
    outcomes = [(p.wait(timeout=600), p.stderr.read()) for p in processes]
    for code, stderr in outcomes:
        assert code == 0, stderr
    ingested = [int(re.search(r"ingested (\d+) article", stderr).group(1)) for _, stderr in outcomes]
    skipped = [int(re.search(r"(\d+) already stored", stderr).group(1)) for _, stderr in outcomes]
    assert sum(ingested) == 90 and sum(skipped) == 30  # each overlapping article stored by exactly one

    clean = str(tmp_path / "clean.db")
    ingest([str(write_jsonl(tmp_path / "all.jsonl", rows))], StoreWriter.open(clean), nlp, ReadOptions())
    assert per_article_counts(any_db) == per_article_counts(clean)


def test_concurrent_store_creation_by_two_processes(any_db):
    # Both create the schema of an empty store at the same moment; both must succeed.
    code = "import sys; from dateline.store.writer import StoreWriter; StoreWriter.open(sys.argv[1])"
    processes = [subprocess.Popen([sys.executable, "-c", code, any_db], stderr=subprocess.PIPE, text=True)
                 for _ in range(3)]
    for p in processes:
        assert p.wait(timeout=120) == 0, p.stderr.read()
    assert per_article_counts(any_db)["articles"] == []


def test_concurrent_migration_of_an_old_store_by_three_processes(any_db):
    # Three readers open a schema-version-1 store at the same moment: one migrates it under
    # the schema lock, the others find it migrated; all must succeed.
    from ..store.test_date_windows import downgrade_to_v1, fill

    fill(any_db).engine.dispose()
    downgrade_to_v1(any_db)
    code = "import sys; from dateline.store.query import StoreReader; StoreReader.open(sys.argv[1]).events(limit=5)"
    processes = [subprocess.Popen([sys.executable, "-c", code, any_db], stderr=subprocess.PIPE, text=True)
                 for _ in range(3)]
    for p in processes:
        assert p.wait(timeout=120) == 0, p.stderr.read()
    engine = open_engine(any_db, create=False)
    with engine.connect() as conn:
        version = conn.execute(text("SELECT value FROM dateline_meta WHERE key = 'schema_version'")).scalar()
        spans = conn.execute(text("SELECT count(*) FROM events WHERE date_span IS NOT NULL")).scalar()
    engine.dispose()
    assert version == str(schema.SCHEMA_VERSION) and spans > 0
