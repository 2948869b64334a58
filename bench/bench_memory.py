"""Memory: peak RSS of `dateline ingest` on 1,000 vs 10,000 allsides articles (bounded memory).

Each size runs as its own `python -m dateline ingest CORPUS --db NEW.db` process, in process
(no Dask: the ingest loop, dedup index, store writes and the pipeline all in one process);
its peak resident set size comes from the kernel (wait4's ru_maxrss), so nothing samples
or misses a peak. The small corpus is the first 1,000 articles of the large one.

    DATELINE_SHARED=/path/to/shared .venv/bin/python bench/bench_memory.py --small 1000 --large 10000
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import allsides_articles  # noqa: E402

YEARS = (2020, 2019, 2018, 2017, 2016, 2015, 2014, 2013, 2012)


def run_ingest(corpus: Path, db: Path) -> dict[str, float]:
    """Run `dateline ingest` as a child; its peak RSS (MiB) and wall time (s)."""
    cmd = [sys.executable, "-m", "dateline", "ingest", str(corpus), "--db", str(db)]
    t0 = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert child.stderr is not None
    stderr = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) not in (0, 1):  # 1: some inputs rejected, the run completed
        sys.exit(f"ingest failed: {stderr.decode(errors='replace')[-2000:]}")
    return {"peak_rss_mib": round(usage.ru_maxrss / 1024, 1), "seconds": round(seconds, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=10000)
    args = parser.parse_args()

    rows = [r for r in allsides_articles(args.large, years=YEARS)]
    if len(rows) < args.large:
        sys.exit(f"only {len(rows)} articles available")
    out: dict[str, object] = {"bench": "memory"}
    with tempfile.TemporaryDirectory() as tmp:
        for size in (args.small, args.large):
            corpus = Path(tmp) / f"corpus{size}.jsonl"
            with corpus.open("w", encoding="utf-8") as fh:
                for r in rows[:size]:
                    fh.write(json.dumps({"id": r["ID"], "date": r["date"], "title": r["title"],
                                         "text": r["content_original"]}) + "\n")
            result = run_ingest(corpus, Path(tmp) / f"store{size}.db")
            out[f"articles_{size}"] = result
    small, large = out[f"articles_{args.small}"], out[f"articles_{args.large}"]
    out["rss_ratio"] = round(large["peak_rss_mib"] / small["peak_rss_mib"], 3)  # type: ignore[index]
    out["articles_ratio"] = args.large / args.small
    print(json.dumps(out))


if __name__ == "__main__":
    main()
