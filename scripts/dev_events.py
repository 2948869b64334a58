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
codes no dictionary entry can yield (the parse only, no actors needed). ``--paths`` takes the
coded predicates that made no event, keeps those of the gold type on the parse path between the
gold source and target (plover_gsr actor texts, PLV_train marks), and counts each missing
argument by the path from the predicate to the gold head (``--list x`` prints examples).
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
    def traced(c, index, *rest):  # type: ignore[no-untyped-def]
        sources, targets = original(c, index, *rest)
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
    events = right = 0
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
        # Precision: a predicted event matching the gold pair (either direction) and type.
        right += sum(1 for s, t, p, *_ in found
                     if p == gold and ((_in(s, src) and _in(t, tgt)) or (_in(t, src) and _in(s, tgt))))
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
          f"events per sentence {events / n:.2f}; {right}/{events} events match a gold record "
          f"({right / max(events, 1):.3f})")
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
    def traced(c, index, *rest):  # type: ignore[no-untyped-def]
        _CURRENT[:] = [c]
        return original(c, index, *rest)
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


# ---- where the missing arguments are (--paths) -----------------------------------------------
#: Per path category: (side, category, whether the phrase there names an actor) -> count.
_PATHS: Counter = Counter()
_SIGNATURES: Counter = Counter()
#: (side, head kind) of gold heads in the predicate's own slot that name no actor.
_SLOT_HEADS: Counter = Counter()
#: doc text -> [(source char spans, target char spans, PLOVER type)] of the gold records.
_GOLD: dict[str, list[tuple[list[tuple[int, int]], list[tuple[int, int]], str | None]]] = {}
_EXAMPLES: dict[str, list[str]] = {}
_SPEECH = frozenset({"say", "announce", "accuse", "tell", "state", "claim", "report", "declare", "add",
                     "warn", "insist", "deny", "confirm", "reveal", "charge", "allege", "argue", "note"})


def _alias(label: str) -> str:
    from dateline.eval.events import PLV_ALIASES

    return PLV_ALIASES.get(label, label)


def _plover(code: str) -> str:
    from dateline.events.codebook import code_info

    return _alias(code_info(code).plover or "NONE")


def _own_slot(c, gold, side: str) -> bool:  # type: ignore[no-untyped-def]
    """The gold head is in a slot the coder reads for this side (so the miss is the actor, not the path)."""
    from dateline.events.arguments import OBJECT_DEPS, agent_tokens, prep_objects, subject_tokens

    holders = {c.trigger, c.anchor} | ({c.complement} if c.complement is not None else set())
    slots: set = set()
    for h in holders:
        slots.update(subject_tokens(h))
        slots.update(agent_tokens(h))
        slots.update(ch for ch in h.children if ch.dep_ in OBJECT_DEPS or ch.dep_ in ("poss", "nsubjpass"))
        slots.update(g for _, g in prep_objects(h, [ch.lower_ for ch in h.children if ch.dep_ == "prep"]))
    slots.update(conj for t in list(slots) for conj in t.conjuncts)
    return gold in slots


def _chain(token):  # type: ignore[no-untyped-def]
    out = [token]
    while out[-1].head is not out[-1] and len(out) < 40:
        out.append(out[-1].head)
    return out


def _path(a, b) -> tuple[list, list]:  # type: ignore[no-untyped-def]
    """(a's tokens up to the lowest common ancestor, the common ancestor's path down to b)."""
    ca, cb = _chain(a), _chain(b)
    common = next((t for t in ca if t in cb), None)
    if common is None:
        return [], []
    return ca[: ca.index(common) + 1], list(reversed(cb[: cb.index(common)]))


def _category(c, gold, side: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """(category, raw signature) of the path from a predicate to the head of its missing argument."""
    trigger = c.trigger
    up, down = _path(trigger, gold)
    if not up:
        return "other sentence", "-"
    ups = [t.dep_ for t in up[:-1]]
    downs = [t.dep_ for t in down]
    top = up[-1]
    sig = "^" + "/".join(ups) + " v" + "/".join(f"{t.dep_}({t.lower_})" if t.dep_ == "prep" else t.dep_ for t in down)
    subj = {"nsubj", "nsubjpass", "csubj"}
    if gold is trigger or gold in up:
        return "the predicate itself or above it", sig
    if c.anchor is not trigger and gold in [ch for ch in c.anchor.children] + list(_path(c.anchor, gold)[1][:1]):
        pass
    if not ups:  # below the predicate
        if downs == ["poss"]:
            return "possessor of a nominal predicate", sig
        if downs[:1] == ["prep"] and down[0].lower_ == "between":
            return "between X and Y", sig
        if downs[:1] in (["prep"], ["agent"]) and len(downs) >= 2:
            return f"object of a PP on the predicate ({down[0].lower_})", sig
        if "appos" in downs:
            return "an apposition below a slot", sig
        if downs and downs[-1] == "conj":
            return "a conjunct of a slot", sig
        return f"below: {'/'.join(downs)}", sig
    first = ups[0]
    if down and downs[0] in subj or (down and downs[0] == "agent"):
        via = set(ups)
        if first == "xcomp":
            return "control: subject of the governing verb (xcomp)", sig
        if first == "conj":
            return "conjoined verbs sharing a subject", sig
        if first == "advcl" and trigger.tag_ in ("VBG", "VBN"):
            return "participle clause: subject of the clause it modifies", sig
        if first == "advcl":
            return "adverbial clause: subject of the main clause", sig
        if first == "pobj" or (c.kind == "noun" and "pobj" in via):
            return "nominal predicate in a PP: subject of the verb", sig
        if first in ("dobj", "nsubj", "attr") and c.kind == "noun":
            return "nominal predicate as object/subject: subject of its verb", sig
        if first == "ccomp" and top.lemma_.lower() in _SPEECH:
            return "subject of a governing speech clause", sig
        if first == "ccomp":
            return "subject of a governing clause (ccomp)", sig
        if downs[0] == "agent":
            return "agent of a passive further up", sig
        if first in ("relcl", "acl"):
            return "subject of the verb above a relative/participle clause", sig
        return f"subject up: {'/'.join(ups)}", sig
    if first in ("relcl", "acl") and gold is trigger.head:
        return "relative/participle clause head", sig
    if downs and downs[0] == "appos" or "appos" in ups:
        return "apposition", sig
    if down and downs[0] == "prep" and down[0].lower_ == "between":
        return "between X and Y", sig
    if down and downs[0] in ("dobj", "dative"):
        return f"object of a verb above ({'/'.join(ups)})", sig
    if down and downs[0] == "prep":
        return f"PP of a head above ({'/'.join(ups)}; {down[0].lower_})", sig
    return f"other: {'/'.join(ups)} -> {'/'.join(downs)}", sig


def _traced_paths(original):  # type: ignore[no-untyped-def]
    def traced(code, sources, targets, *args, **kwargs):  # type: ignore[no-untyped-def]
        from dateline.events.arguments import np_actors

        pairs = original(code, sources, targets, *args, **kwargs)
        if pairs or not _CURRENT:
            return pairs
        c, index = _CURRENT[-1]
        doc = c.trigger.doc
        golds = _GOLD.get(doc.text, [])
        lacks = [side for side, found in (("source", sources), ("target", targets)) if not found]
        if not lacks:
            _PATHS[("-", "same actor twice", "-")] += 1
            return pairs
        for src_spans, tgt_spans, gold_type in golds:
            heads = {}
            for side, spans in (("source", src_spans), ("target", tgt_spans)):
                toks = [s.root for a, b in spans if (s := doc.char_span(a, b, alignment_mode="expand")) is not None]
                heads[side] = [t for t in toks if t.sent == c.trigger.sent]
            if not heads["source"] or not heads["target"]:
                continue
            # Only the predicate that links the gold pair: on the parse path between the two heads.
            if gold_type is not None and _plover(c.code) != gold_type:
                _PATHS[("-", "predicate not of the gold type", "-")] += 1
                break
            up, down = _path(heads["source"][0], heads["target"][0])
            nodes = {t.i for t in up + down}
            if c.trigger.i not in nodes and c.anchor.i not in nodes:
                _PATHS[("-", "predicate off the gold pair's path", "-")] += 1
                break
            for side in lacks:
                gold = heads[side][0]
                if c.swap:
                    gold = heads["target" if side == "source" else "source"][0]
                category, sig = _category(c, gold, side)
                if _own_slot(c, gold, side):
                    category = "the predicate's own slot"
                    _SLOT_HEADS[(side, _describe(gold))] += 1
                elif not _heads(c, side):
                    category += " (no slot)"
                named = "names an actor" if np_actors(gold, index) else "no actor there"
                _PATHS[(side, category, named)] += 1
                _SIGNATURES[(side, sig)] += 1
                key = f"{side}: {category} [{named}]"
                if len(_EXAMPLES.setdefault(key, [])) < 40:
                    _EXAMPLES[key].append(f"{c.trigger.text} -> {gold.text} | {c.trigger.sent.text[:160]}")
            break
        else:
            _PATHS[("-", "no gold pair in the sentence", "-")] += 1
        return pairs
    return traced


def _traced_index(original):  # type: ignore[no-untyped-def]
    def traced(c, index, *rest):  # type: ignore[no-untyped-def]
        _CURRENT[:] = [(c, index)]
        return original(c, index, *rest)
    return traced


def _gold_spans(text: str, actors: list[dict] | str | None) -> list[tuple[int, int]]:
    if not isinstance(actors, list):
        return []
    out = []
    for a in actors:
        name = (a.get("actorText") or "").strip()
        at = text.find(name) if name else -1
        if at >= 0:
            out.append((at, at + len(name)))
    return out


def paths_dev(nlp, plv_train: Path, show: bool) -> None:  # type: ignore[no-untyped-def]
    """Where the missing argument of a coded predicate that made no event is in the parse, on the
    plover_gsr sentences (gold actor texts) and PLV_train (marked pairs): only predicates on the
    parse path between the gold source and target count, and each missing side is put under one
    path category, with whether the phrase found there names an actor at all."""
    from dateline.eval.events import load_plv

    records = [r for r in json.loads(GSR.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    texts = []
    for r in records:
        src, tgt = _gold_spans(r["text"], r.get("source")), _gold_spans(r["text"], r.get("target"))
        if not tgt and r.get("comment", "").lower().startswith("compound") and len(src) >= 2:
            src, tgt = src[:1], src[1:2]
        _GOLD.setdefault(r["text"], []).append((src, tgt, _alias(OLD_LABELS.get(r["event"], r["event"]))))
        texts.append(r["text"])
    for row in load_plv(plv_train):
        if row.source and row.target:
            _GOLD.setdefault(row.sentence, []).append(([row.source], [row.target], _alias(row.gold)))
    texts += sorted({r.sentence for r in load_plv(plv_train)})
    texts = list(dict.fromkeys(texts))
    coder._arguments = _traced_index(coder._arguments)  # type: ignore[assignment]
    coder._pairs = _traced_paths(coder._pairs)  # type: ignore[assignment]
    articles = [Article(id=str(i), date=dt.date(2000, 1, 1), text=t) for i, t in enumerate(texts)]
    events = sum(len(a.events) for a in analyze_many(articles, nlp))
    print(f"missing-argument paths on {len(texts)} dev sentences (plover_gsr, PLV_train); "
          f"events per sentence {events / len(texts):.3f}")
    for (side, category, named), count in sorted(_PATHS.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {side:6} {category} [{named}]: {count}")
    print("  gold heads in the predicate's own slot (side, kind):")
    for (side, kind), count in _SLOT_HEADS.most_common(25):
        print(f"    {side:6} {kind}: {count}")
    print("  raw paths (predicate up ^ to the common head, down v to the gold head):")
    for (side, sig), count in _SIGNATURES.most_common(30):
        print(f"    {side:6} {sig}: {count}")
    if show:
        for key, lines in sorted(_EXAMPLES.items()):
            print(key)
            for line in lines:
                print("   ", line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--list", help="print the records of one cause (substring), or 'codebook'")
    parser.add_argument("--args", action="store_true", help="count the predicates left without arguments instead")
    parser.add_argument("--paths", action="store_true",
                        help="put each missing argument of the dropped predicates under a parse path instead")
    parser.add_argument("--coverage", action="store_true",
                        help="count the dictionary's coverage of the dev sentences and codes instead")
    args = parser.parse_args()
    nlp = build_pipeline()
    if args.coverage:
        coverage_dev(nlp)
        return
    if args.paths:
        paths_dev(nlp, SHARED / "data/events/zsp_plv/PLV_train.tsv", bool(args.list))
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
