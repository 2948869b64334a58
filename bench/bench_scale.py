"""Scale: `dateline ingest` on a Dask LocalCluster with 1 and with 2 worker processes.

The same N allsides articles (a JSONL file) are ingested into a new SQLite store through
the Dask runner (reading, dedup and writes in this process; analysis on the workers), once
per cluster size, in one run. Cluster start-up and model loading are excluded (the
workers load the pipeline when they start); everything from the first read to the last
commit is timed. The 1-worker rate is the per-worker figure used to size a cluster.

    DATELINE_SHARED=/path/to/shared .venv/bin/python bench/bench_scale.py --articles 2000
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import allsides_articles  # noqa: E402

ARTICLES_PER_DAY = 1_000_000


def worker_cpu_seconds() -> float:
    """CPU time (user + system) of the calling process; runs on each worker."""
    times = os.times()
    return times.user + times.system


def timed_ingest(corpus: Path, db: Path, workers: int, batch_size: int) -> tuple[float, int, float, float]:
    """Wall seconds, articles stored, and CPU seconds spent by the workers and by this process."""
    from dateline.ingest.options import ReadOptions
    from dateline.run.cluster import DaskAnalyzer, dask_client
    from dateline.run.ingest import ingest
    from dateline.store.writer import StoreWriter

    with dask_client(workers=workers) as client:
        client.wait_for_workers(workers)
        writer = StoreWriter.open(str(db))
        cpu_before = sum(client.run(worker_cpu_seconds).values())
        driver_before = time.process_time()
        t0 = time.perf_counter()
        summary = ingest([str(corpus)], writer, None, ReadOptions(), batch_size=batch_size,
                         analyzer=DaskAnalyzer(client, batch_size=batch_size))
        seconds = time.perf_counter() - t0
        driver_cpu = time.process_time() - driver_before
        workers_cpu = sum(client.run(worker_cpu_seconds).values()) - cpu_before
    return seconds, summary.articles + summary.duplicates, workers_cpu, driver_cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=2, help="alternate the order; keep each size's best")
    args = parser.parse_args()

    rows = allsides_articles(args.articles)
    out: dict[str, object] = {"bench": "scale", "articles": len(rows), "cores": os.cpu_count(),
                              "load_average_before": os.getloadavg()[0]}
    rates: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps({"id": r["ID"], "date": r["date"], "title": r["title"],
                                     "text": r["content_original"]}) + "\n")
        for round_ in range(args.rounds):
            for workers in args.workers if round_ % 2 == 0 else args.workers[::-1]:
                seconds, stored, workers_cpu, driver_cpu = timed_ingest(
                    corpus, Path(tmp) / f"w{workers}-{round_}.db", workers, args.batch_size)
                if len(rows) / seconds > rates.get(workers, 0.0):
                    rates[workers] = len(rows) / seconds
                    out[f"workers_{workers}"] = {
                        "seconds": round(seconds, 1), "articles_per_s": round(rates[workers], 2), "stored": stored,
                        # CPU time does not depend on how many other processes share the cores:
                        "worker_cpu_s_per_article": round(workers_cpu / len(rows), 4),
                        "driver_cpu_s_per_article": round(driver_cpu / len(rows), 4)}
    first, last = min(rates), max(rates)
    out["speedup"] = round(rates[last] / rates[first], 3)
    per_worker = rates[first] / first
    needed = ARTICLES_PER_DAY / 86_400
    out["per_worker_articles_per_s"] = round(per_worker, 2)
    out["workers_for_1M_articles_per_day"] = math.ceil(needed / per_worker)
    # The same on dedicated cores: a worker analyzes 1 / (its CPU seconds per article) articles/s.
    cpu_per_article = out[f"workers_{first}"]["worker_cpu_s_per_article"]  # type: ignore[index]
    out["per_worker_articles_per_cpu_s"] = round(1 / cpu_per_article, 2)
    out["workers_for_1M_articles_per_day_on_dedicated_cores"] = math.ceil(needed * cpu_per_article)
    out["load_average_after"] = os.getloadavg()[0]
    print(json.dumps(out))


if __name__ == "__main__":
    main()
