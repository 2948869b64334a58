"""Count the event coder's misses on the development sets, by cause.

Two dev sets (never the GSR or PLV test sets):

- ``plover_gsr`` (322 CAMEO-manual example sentences coded in PLOVER 0.5 with source and
  target countries): a hit is a predicted event whose source and target prefixes match a
  gold pair (either direction for a symmetric gold record) and whose PLOVER type is the gold
  type. Misses are put under one cause each: no event at all, the right type with other
  actors, the gold actors with another type, something else coded, a gold record without
  source or target.
- the CAMEO codebook examples (``icews_cameo-codes.csv``, one per code, no actors): a hit is
  any predicted event with the example's code (and, at the root level, its root).

Both run the full pipeline (actors, time, quotes, events) as ``dateline extract`` does.
Events per sentence are printed so that recall is not bought with over-coding.

    DATELINE_SHARED=/work/shared .venv/bin/python scripts/dev_events.py [--list CAUSE]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
from collections import Counter
from pathlib import Path

from dateline.analyze import analyze_many
from dateline.eval.events import actor_prefix, plv_root
from dateline.events import coder
from dateline.model import Article
from dateline.nlp import build_pipeline

SHARED = Path(os.environ.get("DATELINE_SHARED", "../shared"))
GSR = SHARED / "data/events/plover_gsr/PLOVER_GSR_CAMEO.json"
CODEBOOK = SHARED / "data/events/ontology/icews_cameo-codes.csv"
#: PLOVER 0.5b1 labels that later versions renamed or merged (the coder's CAMEO -> PLOVER
#: mapping uses the later names: DISAPPROVE and INVESTIGATE are ACCUSE there), and PLV's
#: merge of CONCEDE and RETREAT into YIELD, which plv_root applies to predictions.
OLD_LABELS = {"FIGHT": "ASSAULT", "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
              "CONCEDE": "YIELD", "RETREAT": "YIELD"}


#: (code, trigger, sources, targets) of every coded predicate of the sentence being coded.
_SEEN: list[tuple[str, str, list[str | None], list[str | None]]] = []


def _traced_arguments(original):  # type: ignore[no-untyped-def]
    def traced(c, index, coded=frozenset()):  # type: ignore[no-untyped-def]
        sources, targets = original(c, index, coded)
        _SEEN.append((c.code, c.trigger.text, [p.actor for p in sources], [p.actor for p in targets]))
        return sources, targets
    return traced


def _codes(actors: list[dict] | str | None) -> set[str]:
    if not isinstance(actors, list):  # a few records have "" (or a stray word) for no target
        return set()
    return {actor_prefix(a.get("code")) for a in actors if a.get("code")}


def _in(predicted: str, gold: set[str]) -> bool:
    """A predicted prefix matches a gold one; the PLOVER records code every IGO as plain "IGO"."""
    return predicted in gold or (predicted.startswith("IGO") and "IGO" in gold)


def plover_dev(nlp, show: str | None) -> None:  # type: ignore[no-untyped-def]
    records = [r for r in json.loads(GSR.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    articles = [Article(id=r["id"], date=dt.date(2000, 1, 1), text=r["text"]) for r in records]
    causes: Counter = Counter()
    events = 0
    for rec, analysis in zip(records, analyze_many(articles, nlp), strict=True):
        gold = OLD_LABELS.get(rec["event"], rec["event"])
        src, tgt = _codes(rec.get("source")), _codes(rec.get("target"))
        if not tgt and rec.get("comment", "").lower().startswith("compound"):
            tgt = src  # "SRC/TAR" compound actors act on each other
        found = [(actor_prefix(e.source.actor), actor_prefix(e.target.actor), plv_root(e), e.code, e.trigger)
                 for e in analysis.events]
        events += len(found)
        pairs = [(s, t) for s, t, *_ in found]
        hit = any(_in(s, src) and _in(t, tgt) and p == gold for s, t, p, *_ in found)
        if hit:
            cause = "hit"
        elif not src or not tgt:
            cause = "gold without source or target"
        elif not found:
            cause = "no event"
        elif any(p == gold for _, _, p, *_ in found):
            cause = "right type, other actors"
        elif any(_in(s, src) and _in(t, tgt) for s, t in pairs):
            cause = "gold actors, other type"
        else:
            cause = "other event"
        causes[cause] += 1
        if show and show in cause:
            print(f"{rec['id']} gold {sorted(src)}->{sorted(tgt)} {gold} [{rec.get('eventText')}]\n"
                  f"  {rec['text']}\n  predicted {found}\n  predicates {_SEEN}")
        _SEEN.clear()
    n = len(records)
    print(f"plover_gsr: {causes['hit']}/{n} hits ({causes['hit'] / n:.3f}); "
          f"events per sentence {events / n:.2f}")
    for cause, count in causes.most_common():
        print(f"  {cause}: {count}")


def codebook_dev(nlp, show: str | None) -> None:  # type: ignore[no-untyped-def]
    with CODEBOOK.open(encoding="utf-8", errors="replace", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r.get("example") and r["example"] != "NA"]
    articles = [Article(id=r["code"], date=dt.date(2000, 1, 1), text=r["example"].strip()) for r in rows]
    code_hits = root_hits = events = no_event = 0
    for row, analysis in zip(rows, analyze_many(articles, nlp), strict=True):
        codes = [e.code for e in analysis.events]
        events += len(codes)
        code_hits += row["code"] in codes
        root_ok = row["code"][:2] in {c[:2] for c in codes}
        root_hits += root_ok
        no_event += not codes
        if show == "codebook" and not root_ok:
            print(f"{row['code']} {row['name']}\n  {row['example'].strip()}\n  predicted "
                  f"{[(e.source.actor, e.target.actor, e.code, e.trigger) for e in analysis.events]}\n"
                  f"  predicates {_SEEN}")
        _SEEN.clear()
    n = len(rows)
    print(f"codebook examples: code {code_hits}/{n} ({code_hits / n:.3f}), root {root_hits}/{n} "
          f"({root_hits / n:.3f}); no event {no_event}; events per sentence {events / n:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--list", help="print the records of one cause (substring), or 'codebook'")
    args = parser.parse_args()
    nlp = build_pipeline()
    if args.list:
        coder._arguments = _traced_arguments(coder._arguments)  # type: ignore[assignment]
    plover_dev(nlp, args.list)
    codebook_dev(nlp, args.list)


if __name__ == "__main__":
    main()
