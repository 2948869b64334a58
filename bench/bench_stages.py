"""Stage costs: CPU of each of dateline's own stages against the spaCy parse, same articles.

The articles are parsed once by the pipeline's spaCy components (the entity ruler and the
paragraph marker included) and kept as a DocBin; each round then rebuilds the Docs and
runs dateline's stages (dates, actors, quotes, events) on them one after the other, timing
each. The parse's own CPU is timed once, in the same run, so the shares are of one machine
state. ``--docs FILE`` reuses a saved DocBin: run the same file under two checkouts
(``PYTHONPATH=OTHER/src``) to compare code alternately on identical input.

    .venv/bin/python bench/bench_stages.py --articles 150 --rounds 2
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

STAGES = ("dateline_timex", "dateline_actors", "dateline_quotes", "dateline_events")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--docs", type=Path, help="A DocBin to reuse (written first if missing).")
    args = parser.parse_args()

    from spacy.tokens import DocBin

    from dateline.nlp import build_pipeline

    nlp = build_pipeline()
    parse_cpu = None
    if args.docs is not None and args.docs.exists():
        docbin = DocBin().from_disk(args.docs)
    else:
        from common import allsides_articles

        texts = [r["content_original"] for r in allsides_articles(args.articles, years=(2019, 2016, 2014))]
        with nlp.select_pipes(disable=list(STAGES)):
            list(nlp.pipe(texts[:3]))  # warm-up
            c0 = time.process_time()
            docs = list(nlp.pipe(texts))
            parse_cpu = time.process_time() - c0
        docbin = DocBin(store_user_data=True, docs=docs)
        if args.docs is not None:
            docbin.to_disk(args.docs)
    cost: Counter[str] = Counter()
    for _ in range(args.rounds):
        docs = list(docbin.get_docs(nlp.vocab))
        for name in STAGES:
            stage = nlp.get_pipe(name)
            c0 = time.process_time()
            docs = [stage(doc) for doc in docs]
            cost[name.removeprefix("dateline_")] += (time.process_time() - c0) / args.rounds
    own = sum(cost.values())
    out: dict[str, object] = {
        "bench": "stages", "articles": len(docbin), "rounds": args.rounds,
        "stage_cpu_s": {k: round(v, 2) for k, v in cost.items()}, "own_cpu_s": round(own, 2),
        "load_average": round(os.getloadavg()[0], 2),
    }
    if parse_cpu is not None:
        out["parse_cpu_s"] = round(parse_cpu, 2)
        out["own_share_of_parse"] = round(own / parse_cpu, 3)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
