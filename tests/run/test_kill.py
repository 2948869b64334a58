"""Killing `dateline ingest` with SIGKILL mid-run loses nothing committed and duplicates nothing."""

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from ..corpus import synthetic_articles, write_jsonl

TABLES = ("articles", "timexes", "mentions", "quotes", "events")


def ingest_cmd(corpus, db):
    return [sys.executable, "-m", "dateline", "ingest", str(corpus), "--db", str(db), "--batch-size", "4"]


def stored_articles(db) -> int:
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0  # not created yet


def per_article_counts(db) -> dict:
    with sqlite3.connect(db) as conn:
        out = {}
        for table in TABLES[1:]:
            out[table] = dict(conn.execute(
                f"SELECT a.ref, count(t.id) FROM articles a LEFT JOIN {table} t ON t.article = a.id GROUP BY a.ref"))
        out["articles"] = {r: 1 for (r,) in conn.execute("SELECT ref FROM articles")}
        return out


@pytest.mark.slow
@pytest.mark.model
def test_ingest_kill_9_then_resume_equals_clean_run(tmp_path):
    corpus = write_jsonl(tmp_path / "corpus.jsonl", synthetic_articles(160))
    killed_db, clean_db = tmp_path / "killed.db", tmp_path / "clean.db"
    process = subprocess.Popen(ingest_cmd(corpus, killed_db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while stored_articles(killed_db) < 12 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    at_kill = stored_articles(killed_db)
    assert 0 < at_kill < 160, "the kill must land mid-run for this test to mean anything"
    with sqlite3.connect(killed_db) as conn:  # what was committed is whole: every article has its records
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                            "(SELECT 1 FROM mentions m WHERE m.article = a.id)").fetchone()[0] == 0

    resumed = subprocess.run(ingest_cmd(corpus, killed_db), capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{at_kill} already stored" in resumed.stderr
    clean = subprocess.run(ingest_cmd(corpus, clean_db), capture_output=True, text=True)
    assert clean.returncode == 0, clean.stderr
    assert per_article_counts(killed_db) == per_article_counts(clean_db)

    again = subprocess.run(ingest_cmd(corpus, clean_db), capture_output=True, text=True)
    assert again.returncode == 0 and "ingested 0 article(s)" in again.stderr
    assert per_article_counts(clean_db) == per_article_counts(killed_db)
