"""Ingest on a Dask LocalCluster: the same store as in-process, and a killed worker loses nothing."""

import os
import signal
import sqlite3

import cloudpickle
import dask
import pytest

from dateline.ingest.options import ReadOptions
from dateline.run.cluster import DaskAnalyzer, analyze_batch, dask_client, worker_pid
from dateline.run.ingest import ingest
from dateline.store.writer import StoreWriter

from ..corpus import synthetic_articles, write_jsonl
from . import poison

pytestmark = [pytest.mark.slow, pytest.mark.model]

TABLES = ("timexes", "mentions", "quotes", "events")


def per_article_counts(db) -> dict:
    """For each article ref: how many records of each kind it has (what a run must reproduce)."""
    with sqlite3.connect(db) as conn:
        out = {"articles": sorted(r for (r,) in conn.execute("SELECT ref FROM articles"))}
        for table in TABLES:
            out[table] = dict(conn.execute(
                f"SELECT a.ref, count(t.id) FROM articles a LEFT JOIN {table} t ON t.article = a.id GROUP BY a.ref"))
        return out


@pytest.fixture(scope="module")
def client():
    with dask_client(workers=2) as client:
        yield client


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return str(write_jsonl(tmp_path_factory.mktemp("corpus") / "c.jsonl", synthetic_articles(96, seed=11)))


@pytest.fixture(scope="module")
def local_counts(corpus, nlp, tmp_path_factory):
    db = tmp_path_factory.mktemp("local") / "local.db"
    ingest([corpus], StoreWriter.open(str(db)), nlp, ReadOptions(), batch_size=8)
    return per_article_counts(db)


def test_cluster_ingest_equals_in_process_ingest(client, corpus, local_counts, tmp_path):
    db = tmp_path / "dask.db"
    summary = ingest([corpus], StoreWriter.open(str(db)), None, ReadOptions(), batch_size=8,
                     analyzer=DaskAnalyzer(client, batch_size=8))
    assert summary.articles == 96 and summary.rejected == 0
    assert per_article_counts(db) == local_counts
    assert len(set(client.run(worker_pid).values())) == 2  # two worker processes did the work
    again = ingest([corpus], StoreWriter.open(str(db)), None, ReadOptions(), batch_size=8,
                   analyzer=DaskAnalyzer(client, batch_size=8))
    assert (again.articles, again.already_stored) == (0, 96)


def test_cluster_worker_killed_mid_run_loses_nothing(client, corpus, local_counts, tmp_path):
    db = tmp_path / "killed.db"
    killed: list[int] = []
    written_at_kill: list[int] = []

    def kill_a_worker(summary, _rejects):
        if not killed:  # after the first batch is written, with more batches in flight
            pid = next(iter(client.run(worker_pid).values()))
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)
            written_at_kill.append(summary.articles)

    summary = ingest([corpus], StoreWriter.open(str(db)), None, ReadOptions(), batch_size=8,
                     analyzer=DaskAnalyzer(client, batch_size=8), on_batch=kill_a_worker)
    assert killed and written_at_kill[0] < 96, "the kill must land mid-run"
    assert summary.articles == 96 and summary.rejected == 0
    assert per_article_counts(db) == local_counts
    client.wait_for_workers(2, timeout=120)  # the nanny replaced the killed worker
    assert killed[0] not in client.run(worker_pid).values()


def test_cluster_article_that_kills_every_worker_is_rejected_alone(corpus, tmp_path):
    cloudpickle.register_pickle_by_value(poison)  # the workers cannot import the tests package
    rows = synthetic_articles(12, seed=5)
    rows[5]["text"] += " " + poison.MARK
    path = write_jsonl(tmp_path / "poisoned.jsonl", rows)
    db = tmp_path / "poisoned.db"
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}), dask_client(workers=2) as client:
        analyzer = DaskAnalyzer(client, batch_size=4, task=poison.analyze_or_die)
        summary = ingest([str(path)], StoreWriter.open(str(db)), None, ReadOptions(), batch_size=4,
                         analyzer=analyzer)
    assert (summary.articles, summary.rejected) == (11, 1)
    assert summary.rejects[0].source == "syn-5" and "killed its worker" in summary.rejects[0].reason
    assert analyze_batch is not poison.analyze_or_die


@pytest.mark.parametrize("how", ["--scheduler", "--workers"])
def test_cluster_cli_ingest(client, local_counts, corpus, tmp_path, how):
    import subprocess
    import sys

    db = tmp_path / "cli.db"
    where = [how, client.scheduler.address] if how == "--scheduler" else [how, "2"]
    done = subprocess.run([sys.executable, "-m", "dateline", "ingest", corpus, "--db", str(db), "--batch-size", "8",
                           *where], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "ingested 96 article(s)" in done.stderr
    assert "INFO" not in done.stderr  # Dask's own chatter stays out of the summary
    assert per_article_counts(db) == local_counts
