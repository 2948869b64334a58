"""Side by side on PolNeAR: dateline's quotes against textacy's ``direct_quotations``.

Both read the same spaCy parse of the same articles and are scored by the same scorer
(``dateline.eval.quotes``, citron's metrics). textacy finds direct quotations only, so
its recall on PolNeAR (which also annotates indirect speech) is bounded; the comparison
is also printed restricted to gold attributions whose content holds a quotation mark.
Prints one JSON line. Run it through ``make -f bench/quotes.mk textacy-bench`` (textacy
lives in its own venv, never in dateline's dependencies).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import time
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from dateline.analyze import analysis_from_doc, make_doc
from dateline.eval.brat import Attribution, Span
from dateline.eval.quotes import FIELDS, Score, as_attribution, default_data_dir, load_split, score_document
from dateline.model import Article
from dateline.nlp import build_pipeline

log = logging.getLogger("bench_quotes_textacy")
_MARKS = set("\"“”‘’«»'")


def _runs(tokens: list[Token]) -> tuple[Span, ...]:
    """Consecutive tokens as character spans."""
    out: list[Span] = []
    for tok in sorted(tokens, key=lambda t: t.i):
        end = tok.idx + len(tok.text)
        if out and tok.i > 0 and out[-1][1] >= tok.doc[tok.i - 1].idx + len(tok.doc[tok.i - 1].text) \
                and tok.doc[tok.i - 1] in tokens:
            out[-1] = (out[-1][0], end)
        else:
            out.append((tok.idx, end))
    return tuple(out)


def textacy_attributions(doc: Doc) -> list[Attribution]:
    from textacy.extract.triples import direct_quotations

    out = []
    for triple in direct_quotations(doc):
        content = triple.content
        out.append(Attribution(source=_runs(list(triple.speaker)), cue=_runs(list(triple.cue)),
                               content=((content.start_char, content.end_char),)))
    return out


def _table(score: Score) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, counts in score.fields.items():
        ep, er, ef = counts.exact()
        op, orr, of = counts.overlapping()
        out[name] = {"exact_f1": round(100 * ef, 1), "overlap_p": round(100 * op, 1),
                     "overlap_r": round(100 * orr, 1), "overlap_f1": round(100 * of, 1)}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", default="test")
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    root = args.data or default_data_dir()
    if root is None:
        raise SystemExit("PolNeAR not found: pass --data")
    docs = load_split(root, args.split, args.limit)
    nlp = build_pipeline()
    scores = {"dateline": Score(), "textacy": Score()}
    direct_only = {"dateline": Score(), "textacy": Score()}
    seconds = {"dateline": 0.0, "textacy": 0.0}
    failures = 0
    quotes_pipe = nlp.get_pipe("dateline_quotes")
    with nlp.select_pipes(disable=["dateline_events"]):
        articles = [Article(id=d.name, date=dt.date.fromisoformat(d.date or "2016-01-01"), text=d.text)
                    for d in docs]
        parsed = nlp.pipe((make_doc(nlp, a) for a in articles), batch_size=8)
        for gold, article, doc in zip(docs, articles, parsed, strict=True):
            t0 = time.perf_counter()
            quotes_pipe(doc)
            seconds["dateline"] += time.perf_counter() - t0
            ours = [as_attribution(q, gold.text) for q in analysis_from_doc(article, doc).quotes]
            t0 = time.perf_counter()
            try:
                theirs = textacy_attributions(doc)
            except Exception:  # textacy raises on some unbalanced quotation marks
                log.warning("textacy failed on %s", gold.name, exc_info=True)
                failures += 1
                theirs = []
            seconds["textacy"] += time.perf_counter() - t0
            quoted_gold = [g for g in gold.attributions
                           if any(_MARKS & set(gold.text[a:b]) for a, b in g.content)]
            for name, predicted in (("dateline", ours), ("textacy", theirs)):
                score_document(gold.text, predicted, gold.attributions, scores[name])
                direct_pred = [p for p in predicted
                               if any(_MARKS & set(gold.text[max(a - 1, 0):b + 1]) for a, b in p.content)]
                score_document(gold.text, direct_pred, quoted_gold, direct_only[name])
    print(json.dumps({
        "bench": "quotes_vs_textacy",
        "split": args.split,
        "articles": len(docs),
        "gold_attributions": scores["dateline"].gold,
        "fields": list(FIELDS),
        "all": {name: _table(s) | {"predicted": s.predicted} for name, s in scores.items()},
        "quoted_only": {name: _table(s) | {"predicted": s.predicted, "gold": s.gold}
                        for name, s in direct_only.items()},
        "extract_seconds": {k: round(v, 3) for k, v in seconds.items()},
        "textacy_failures": failures,
    }))


if __name__ == "__main__":
    main()
