"""Events stage overhead: seconds of ``dateline_events`` against the spaCy parse on the same Docs.

Prints one JSON line: articles, parse seconds, events seconds, their ratio (target <= 0.25),
and the events and unresolved predicates per sentence found on the sample.

    .venv/bin/python bench/bench_events.py --n 300
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300, help="number of allsides articles (2019-2020)")
    parser.add_argument("--shared", type=Path, default=None, help="the shared/ folder, if not ../shared")
    parser.add_argument("--dump", type=Path, default=None,
                        help="write each event (article, sentence, trigger, code, actors) as a JSON line")
    args = parser.parse_args()
    if args.shared is not None:
        common.ALLSIDES = args.shared / "data" / "news" / "allsides-article-bias"

    from dateline.extensions import register_extensions
    from dateline.nlp import COMPONENTS, build_pipeline, load_model

    register_extensions()
    rows = common.allsides_articles(args.n)
    texts = [r["content_original"] for r in rows]
    dates = [str(r.get("date") or "2020-01-01")[:10] for r in rows]
    bare, full = load_model(), build_pipeline()
    docs = []
    for text, date in zip(texts, dates, strict=True):
        doc = bare.make_doc(text)
        doc._.dl_date = date
        docs.append(doc)
    t0 = time.perf_counter()
    docs = list(bare.pipe(docs, batch_size=32))
    parse = time.perf_counter() - t0
    timings: dict[str, float] = {}
    for name in COMPONENTS:
        component = full.get_pipe(name)
        t0 = time.perf_counter()
        for doc in docs:
            component(doc)
        timings[name] = time.perf_counter() - t0
    sentences = sum(1 for doc in docs for _ in doc.sents)
    events = sum(len(doc._.dl_events or ()) for doc in docs)
    unresolved = sum(doc._.dl_unresolved_events or 0 for doc in docs)
    if args.dump is not None:
        with args.dump.open("w", encoding="utf-8") as fh:
            for i, doc in enumerate(docs):
                for e in doc._.dl_events or ():
                    fh.write(json.dumps({"article": i, "sentence": e["sentence"], "trigger": e["trigger"],
                                         "code": e["code"], "source": e["source"].get("actor"),
                                         "target": e["target"].get("actor"),
                                         "source_text": e["source"].get("text"),
                                         "target_text": e["target"].get("text"),
                                         "modality": e["modality"]}) + "\n")
    print(json.dumps({
        "bench": "events", "articles": len(docs), "sentences": sentences, "parse_s": round(parse, 2),
        "events_s": round(timings["dateline_events"], 3), "ratio": round(timings["dateline_events"] / parse, 4),
        "events_per_sentence": round(events / sentences, 3),
        "unresolved_per_sentence": round(unresolved / sentences, 3),
    }))


if __name__ == "__main__":
    main()
