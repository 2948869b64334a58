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

``--args`` counts the coded predicates left without arguments; ``--coverage`` counts, per CAMEO
root (codebook examples) and per PLOVER type (plover_gsr, PLV_train), the sentences with a
predicate the dictionary codes at all and with one of the gold type, and lists the codebook
codes no dictionary entry can yield (the parse only, no actors needed).
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


# ---- argument diagnosis (--args) ------------------------------------------------------------
#: (side, description) of the argument heads of every coded predicate that made no event, and
#: the count of predicates by what they lacked.
_ARG_HEADS: Counter = Counter()
_ARG_MISSING: Counter = Counter()
_CURRENT: list = []


def _describe(token) -> str:  # type: ignore[no-untyped-def]
    """A head's kind: pronoun, entity, proper name, role noun (its lemma) or other noun."""
    from dateline.events.actor_index import role_of

    if token.pos_ == "PRON":
        return f"PRON {token.lower_}"
    if token.ent_type_:
        return f"ENT {token.ent_type_}"
    if token.pos_ == "PROPN":
        return "PROPN (no entity)"
    role = role_of(token)
    if role is not None:
        return f"NOUN role {role}: {token.lemma_.lower()}"
    return f"{token.pos_} {token.lemma_.lower()}"


def _heads(c, side: str) -> list:  # type: ignore[no-untyped-def]
    """The tokens that hold a predicate's source or target slot in the parse (none: no slot)."""
    from dateline.events.arguments import (
        OBJECT_DEPS,
        PASSIVE_SUBJECT_DEPS,
        TARGET_PREPS,
        agent_tokens,
        is_passive,
        prep_objects,
        subject_tokens,
    )

    t = c.trigger
    if side == "source":
        if c.kind == "noun":
            heads = [ch for ch in t.children if ch.dep_ in ("poss", "compound", "amod")]
            heads += [g for _, g in prep_objects(t, ("by",))]
            return heads or (subject_tokens(c.anchor) if c.anchor is not t else [])
        return agent_tokens(t) if is_passive(t) else subject_tokens(t)
    if c.kind != "noun" and is_passive(t):
        heads = [ch for ch in t.children if ch.dep_ in PASSIVE_SUBJECT_DEPS]
    else:
        heads = [ch for ch in t.children if ch.dep_ in OBJECT_DEPS]
    return heads or [g for _, g in prep_objects(t, TARGET_PREPS)][:1]


def _traced_pairs(original):  # type: ignore[no-untyped-def]
    def traced(code, sources, targets, *args, **kwargs):  # type: ignore[no-untyped-def]
        pairs = original(code, sources, targets, *args, **kwargs)
        c = _CURRENT[-1] if _CURRENT else None
        if c is None:
            return pairs
        unknown = [p for p in (*sources, *targets) if (p.actor or "---").startswith("---")]
        if pairs:
            _ARG_MISSING["made an event"] += 1
            if unknown:
                _ARG_MISSING["  of which with an actor of unknown country (---)"] += 1
            return pairs
        lacks = [side for side, found in (("source", sources), ("target", targets)) if not found]
        _ARG_MISSING["dropped, no " + (" and no ".join(lacks) if lacks else "pair (same actor)")] += 1
        for side in lacks:
            heads = _heads(c, side)
            for h in heads or [None]:
                _ARG_HEADS[(side, _describe(h) if h is not None else "no slot in the parse")] += 1
        return pairs
    return traced


def _traced_current(original):  # type: ignore[no-untyped-def]
    def traced(c, index, coded=frozenset()):  # type: ignore[no-untyped-def]
        _CURRENT[:] = [c]
        return original(c, index, coded)
    return traced


def args_dev(nlp, plv_train: Path) -> None:  # type: ignore[no-untyped-def]
    """Count the coded predicates that made no event, by what they lacked, and the heads of the
    missing arguments, on the plover_gsr sentences, the codebook examples and PLV_train's
    sentences (its marks removed: the full pipeline finds the actors)."""
    from dateline.eval.events import load_plv

    coder._arguments = _traced_current(coder._arguments)  # type: ignore[assignment]
    coder._pairs = _traced_pairs(coder._pairs)  # type: ignore[assignment]
    texts = [r["text"] for r in json.loads(GSR.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    with CODEBOOK.open(encoding="utf-8", errors="replace", newline="") as fh:
        texts += [r["example"].strip() for r in csv.DictReader(fh) if r.get("example") and r["example"] != "NA"]
    texts += sorted({r.sentence for r in load_plv(plv_train)})
    articles = [Article(id=str(i), date=dt.date(2000, 1, 1), text=t) for i, t in enumerate(texts)]
    events = sum(len(a.events) for a in analyze_many(articles, nlp))
    print(f"argument diagnosis on {len(texts)} dev sentences (plover_gsr, codebook examples, PLV_train); "
          f"events per sentence {events / len(texts):.3f}")
    for what, count in sorted(_ARG_MISSING.items()):
        print(f"  {what}: {count}")
    print("  heads of the missing arguments (side, kind): count")
    for (side, kind), count in _ARG_HEADS.most_common(40):
        print(f"    {side:6} {kind}: {count}")


# ---- dictionary coverage (--coverage) --------------------------------------------------------
def _dictionary_codes() -> Counter:
    """How many entries of the pattern dictionary can yield each code (verb and noun rules,
    frame map targets and defaults)."""
    from dateline.events.patterns import load_patterns

    p = load_patterns()
    n: Counter = Counter()
    for table in (p.verbs, p.nouns):
        for rules in table.values():
            for r in rules:
                n[r.code] += 1
    for frame in {id(f): f for f in p.frames.values()}.values():
        n[frame.default] += 1
        for code in frame.mapping.values():
            n[code] += 1
    return n


def coverage_dev(nlp) -> None:  # type: ignore[no-untyped-def]
    """Per CAMEO root, how many codebook examples have a predicate the dictionary codes (any
    code), and which codebook codes no dictionary entry can yield."""
    from dateline.events.patterns import load_patterns
    from dateline.events.predicates import Coder

    patterns = load_patterns()
    with CODEBOOK.open(encoding="utf-8", errors="replace", newline="") as fh:
        book = list(csv.DictReader(fh))
    rows = [r for r in book if r.get("example") and r["example"] != "NA"]
    covered: Counter = Counter()
    total: Counter = Counter()
    right_root: Counter = Counter()
    for row, doc in zip(rows, nlp.pipe(r["example"].strip() for r in rows), strict=True):
        codes = [c.code for sent in doc.sents for c in Coder(sent, patterns).predicates()]
        root = row["code"][:2]
        total[root] += 1
        covered[root] += bool(codes)
        right_root[root] += any(c[:2] == root for c in codes)
    print("codebook examples with a coded predicate (any code) / with one of the example's root, per root:")
    for root in sorted(total):
        print(f"  {root}: {covered[root]:3}/{total[root]:3} any, {right_root[root]:3} right root")
    print(f"  all: {sum(covered.values())}/{sum(total.values())} any, {sum(right_root.values())} right root")
    # plover_gsr and PLV_train: per (gold) PLOVER type, sentences with a coded predicate of any
    # type / of the gold type (the CAMEO -> PLOVER table of the package).
    from dateline.eval.events import PLV_ALIASES, load_plv
    from dateline.events.codebook import code_info

    def plover(code: str) -> str:
        p = code_info(code).plover or "NONE"
        return PLV_ALIASES.get(p, p)

    gsr = [r for r in json.loads(GSR.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    plv = {r.sentence: r.gold for r in load_plv(SHARED / "data/events/zsp_plv/PLV_train.tsv")}
    sets = [("plover_gsr", [(r["text"], OLD_LABELS.get(r["event"], r["event"])) for r in gsr]),
            ("PLV_train", sorted(plv.items()))]
    for name, items in sets:
        any_: Counter = Counter()
        right: Counter = Counter()
        tot: Counter = Counter()
        for (_, label), doc in zip(items, nlp.pipe(t for t, _ in items), strict=True):
            types = {plover(c.code) for sent in doc.sents for c in Coder(sent, patterns).predicates()}
            label = PLV_ALIASES.get(label, label)
            tot[label] += 1
            any_[label] += bool(types)
            right[label] += label in types
        print(f"{name}: sentences with a coded predicate (any type) / of the gold PLOVER type, per type:")
        for label in sorted(tot):
            print(f"  {label:12} {any_[label]:4}/{tot[label]:4} any, {right[label]:4} right type")
        print(f"  all: {sum(any_.values())}/{sum(tot.values())} any, {sum(right.values())} right type")
    n = _dictionary_codes()
    codes = [r["code"] for r in book if len(r["code"]) >= 3]
    missing = [c for c in codes if not n.get(c)]
    print(f"codebook codes (3-4 digits) no dictionary entry yields: {len(missing)}/{len(codes)}")
    by_root: dict[str, list[str]] = {}
    for c in missing:
        by_root.setdefault(c[:2], []).append(c)
    for root, cs in sorted(by_root.items()):
        print(f"  {root}: {' '.join(cs)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--list", help="print the records of one cause (substring), or 'codebook'")
    parser.add_argument("--args", action="store_true", help="count the predicates left without arguments instead")
    parser.add_argument("--coverage", action="store_true",
                        help="count the dictionary's coverage of the dev sentences and codes instead")
    args = parser.parse_args()
    nlp = build_pipeline()
    if args.coverage:
        coverage_dev(nlp)
        return
    if args.args:
        args_dev(nlp, SHARED / "data/events/zsp_plv/PLV_train.tsv")
        return
    if args.list:
        coder._arguments = _traced_arguments(coder._arguments)  # type: ignore[assignment]
    plover_dev(nlp, args.list)
    codebook_dev(nlp, args.list)


if __name__ == "__main__":
    main()
