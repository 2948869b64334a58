"""Throughput: end-to-end `dateline extract` vs bare spaCy `nlp.pipe`, same model, same articles.

Both sides run in this process on the same N allsides articles (dateline reads them from a
JSONL file, deduplicates, analyzes and serializes them as JSONL; the bare side gets the texts
from memory). Model loading (and a warm-up on 5 articles) is excluded on both sides. The articles go through in chunks
(``--chunk``), each chunk through both sides back to back, the side that goes first
alternating: this shared machine's speed drifts by 20-30% within minutes, and only sides
timed side by side see the same machine. Totals over all chunks give the ratios; the spread
of the per-chunk CPU ratios shows how noisy the run was. The CPU seconds (this process,
all threads) are the steadier figure on a busy machine, since waiting for a core counts in
wall time but not in CPU time. Dateline deduplicates within a chunk only, so near duplicates
in different chunks are analyzed in full (more work for dateline, not less).

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
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import allsides_articles  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--chunk", type=int, default=50, help="Articles timed on both sides back to back.")
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()

    from dateline.nlp import build_pipeline, load_model

    load_before = os.getloadavg()[0]
    rows = allsides_articles(args.articles)
    bare = load_model()
    full = build_pipeline()
    wall = {"bare": 0.0, "full": 0.0}
    cpu = {"bare": 0.0, "full": 0.0}
    chunk_ratios: list[float] = []
    n_records = 0
    with tempfile.TemporaryDirectory() as tmp, open(os.devnull, "w") as sink:
        warm_up = Path(tmp) / "warm_up.jsonl"  # lazily loaded data files count as model loading
        write_corpus(warm_up, rows[:5])
        write_extraction(warm_up, full, args.batch_size, sink)
        for _ in bare.pipe([r["content_original"] for r in rows[:5]]):
            pass
        for k, start in enumerate(range(0, len(rows), args.chunk)):
            chunk = rows[start:start + args.chunk]
            corpus = Path(tmp) / f"chunk{k}.jsonl"
            write_corpus(corpus, chunk)
            texts = [r["content_original"] for r in chunk]
            spent: dict[str, float] = {}
            for side in ("bare", "full") if k % 2 == 0 else ("full", "bare"):
                t0, c0 = time.perf_counter(), time.process_time()
                if side == "bare":
                    for _ in bare.pipe(texts, batch_size=args.batch_size):
                        pass
                else:
                    n_records += write_extraction(corpus, full, args.batch_size, sink)
                wall[side] += time.perf_counter() - t0
                spent[side] = time.process_time() - c0
                cpu[side] += spent[side]
            chunk_ratios.append(spent["bare"] / spent["full"])
    n = len(rows)
    # In input order, by quarter of the run: a ratio that falls from quarter to quarter would
    # mean dateline slows down as it goes (something growing), not a uniform cost.
    quarters = [chunk_ratios[len(chunk_ratios) * q // 4:len(chunk_ratios) * (q + 1) // 4] for q in range(4)]
    by_quarter = [round(sorted(part)[len(part) // 2], 3) if part else None for part in quarters]
    chunk_ratios.sort()
    print(json.dumps({
        "bench": "throughput", "articles": n, "chunk": args.chunk,
        "bare_spacy_articles_per_s": round(n / wall["bare"], 2),
        "dateline_extract_articles_per_s": round(n / wall["full"], 2),
        "ratio": round(wall["bare"] / wall["full"], 3),
        "bare_cpu_s": round(cpu["bare"], 1), "dateline_cpu_s": round(cpu["full"], 1),
        "ratio_cpu": round(cpu["bare"] / cpu["full"], 3),
        "chunk_ratio_cpu": {"min": round(chunk_ratios[0], 3), "median": round(chunk_ratios[len(chunk_ratios) // 2], 3),
                            "max": round(chunk_ratios[-1], 3), "median_by_quarter": by_quarter},
        "records": n_records,
        "load_average_before": round(load_before, 2), "load_average_after": round(os.getloadavg()[0], 2),
    }))


def write_corpus(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            record = {"id": r["ID"], "date": r["date"], "title": r["title"], "text": r["content_original"]}
            fh.write(json.dumps(record) + "\n")


def write_extraction(corpus: Path, nlp: Any, batch_size: int, sink: Any) -> int:
    """Run `dateline extract` on one JSONL file and write its records as JSONL; the record count."""
    from dateline.ingest.options import ReadOptions
    from dateline.model import Analysis, Article
    from dateline.run.extract import extract

    n_records = 0
    for item in extract([str(corpus)], nlp, ReadOptions(), batch_size=batch_size):
        if isinstance(item, Analysis):
            objects = list(item.to_jsonl_objects())
        elif isinstance(item, Article):
            objects = [item.to_json()]  # a near duplicate: its article record only
        else:
            objects = []  # a reject
        for obj in objects:
            sink.write(json.dumps(obj) + "\n")
            n_records += 1
    return n_records


if __name__ == "__main__":
    main()
