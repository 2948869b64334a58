"""Benchmark: time of actor resolution (and the entity ruler) against the spaCy parse.

Prints one JSON line: articles, parse seconds, ruler seconds, actors seconds and their ratios
to the parse. The parse and the stage run on the same Docs in one run (bench/common.py).

    .venv/bin/python bench/bench_actors.py [N]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import allsides_articles, stage_overhead  # noqa: E402

WORLD = {
    "world",
    "middle_east",
    "foreign_policy",
    "north_korea",
    "russia",
    "isis",
    "china",
    "europe",
    "israel",
    "terrorism",
    "great_britain",
    "mexico",
    "asia",
    "palestine",
    "africa",
    "south_korea",
    "nuclear_weapons",
    "national_security",
    "defense",
    "us_military",
}


def ruler_seconds(texts: list[str]) -> float:
    """Time of the entity ruler alone, on tokenized Docs (it runs before ``ner``)."""
    from dateline.nlp import build_pipeline

    ruler = build_pipeline().get_pipe("dateline_entity_ruler")
    bare = build_pipeline()
    docs = [bare.make_doc(t) for t in texts]
    t0 = time.perf_counter()
    for doc in docs:
        ruler(doc)
    return time.perf_counter() - t0


def main(n: int = 300) -> None:
    rows = allsides_articles(n, years=(2017, 2018, 2019, 2020), topics=WORLD)
    texts = [r["content_original"] for r in rows]
    dates = [r["date"] for r in rows]
    timings = stage_overhead(["dateline_actors"], texts, dates)
    ruler = ruler_seconds(texts)
    parse = timings["parse"]
    actors = timings["dateline_actors"]
    print(
        json.dumps(
            {
                "bench": "actors",
                "articles": len(texts),
                "chars": sum(map(len, texts)),
                "parse_s": round(parse, 3),
                "actors_s": round(actors, 3),
                "ruler_s": round(ruler, 3),
                "actors_ratio": round(actors / parse, 4),
                "actors_plus_ruler_ratio": round((actors + ruler) / parse, 4),
            }
        )
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
