"""Throughput: end-to-end `dateline extract` vs bare spaCy `nlp.pipe`, same model, same articles.

Both sides run in this process on the same N allsides articles (written to a JSONL file
for dateline, which reads, deduplicates, analyzes and serializes them as JSONL; the bare
side gets the texts from memory). Model loading is excluded on both sides. The order of
the two runs alternates over --rounds and the best round of each is kept, so a burst of
load on this shared machine does not decide the ratio. The CPU seconds of each side
(this process, all threads) are reported too: on a busy machine their ratio is the steadier
figure, since waiting for a core counts in wall time but not in CPU time.

    .venv/bin/python bench/bench_throughput.py --articles 2000
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import allsides_articles  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()

    from dateline.ingest.options import ReadOptions
    from dateline.model import Analysis, Article
    from dateline.nlp import build_pipeline, load_model
    from dateline.run.extract import extract

    load_before = os.getloadavg()[0]
    rows = allsides_articles(args.articles)
    texts = [r["content_original"] for r in rows]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps({"id": r["ID"], "date": r["date"], "title": r["title"],
                                     "text": r["content_original"]}) + "\n")
        bare = load_model()
        full = build_pipeline()
        options = ReadOptions()
        best_bare = best_full = float("inf")
        cpu_bare = cpu_full = float("inf")
        n_records = 0
        with open(os.devnull, "w") as sink:
            for round_ in range(args.rounds):
                for side in (("bare", "full") if round_ % 2 == 0 else ("full", "bare")):
                    t0, c0 = time.perf_counter(), time.process_time()
                    if side == "bare":
                        for _ in bare.pipe(texts, batch_size=args.batch_size):
                            pass
                        best_bare = min(best_bare, time.perf_counter() - t0)
                        cpu_bare = min(cpu_bare, time.process_time() - c0)
                    else:
                        n_records = 0
                        for item in extract([str(corpus)], full, options, batch_size=args.batch_size):
                            if isinstance(item, Analysis):
                                objects = list(item.to_jsonl_objects())
                            elif isinstance(item, Article):
                                objects = [item.to_json()]  # a near duplicate: its article record only
                            else:
                                objects = []  # a reject
                            for obj in objects:
                                sink.write(json.dumps(obj) + "\n")
                                n_records += 1
                        best_full = min(best_full, time.perf_counter() - t0)
                        cpu_full = min(cpu_full, time.process_time() - c0)
    n = len(texts)
    print(json.dumps({
        "bench": "throughput", "articles": n, "rounds": args.rounds,
        "bare_spacy_articles_per_s": round(n / best_bare, 2),
        "dateline_extract_articles_per_s": round(n / best_full, 2),
        "ratio": round(best_bare / best_full, 3),
        "bare_cpu_s": round(cpu_bare, 1), "dateline_cpu_s": round(cpu_full, 1),
        "ratio_cpu": round(cpu_bare / cpu_full, 3),
        "records": n_records,
        "load_average_before": round(load_before, 2), "load_average_after": round(os.getloadavg()[0], 2),
    }))


if __name__ == "__main__":
    main()
