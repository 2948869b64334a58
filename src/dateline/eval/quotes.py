"""`dateline eval quotes`: attribution extraction scored against PolNeAR.

The metrics are those citron reports on PARC3 (BBC R&D's quote extractor):

- exact: a predicted cue counts when its span equals a gold cue's; a predicted source
  (content) counts when its cue overlaps a gold cue and its spans equal that gold
  attribution's source (content) spans. Recall counts gold attributions the same way.
- overlap: tokens, not attributions. Precision is the number of predicted tokens that
  fall in a gold span of the same kind over all predicted tokens; recall the same over
  all gold tokens. "Quote" adds up source, cue and content.

Spans are compared without white space and ``,;:.`` at their edges (gold and
predicted alike). Tokens are words and punctuation marks (``\\w+|[^\\w\\s]``) of the article text.

dateline's quote content is the text inside the quotation marks; PolNeAR's includes the
marks (and the comma before a closing mark), so a direct quote's parts are widened to
their marks before scoring. Articles annotated by several annotators are scored
against the first annotator's file (in file-name order).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Article, Quote
from .brat import Attribution, GoldDoc, Span, parse_ann

SPLITS = ("train", "dev", "test")
FIELDS = ("source", "cue", "content")
_EDGE = ",;:."
_TOKEN = re.compile(r"\w+|[^\w\s]")
_OPEN_MARKS = "“\"‘«'`"
_CLOSE_MARKS = "”\"’»'"


def default_data_dir() -> Path | None:
    """PolNeAR under a ``shared/`` folder next to the repository (or to its parent)."""
    repo = Path(__file__).resolve().parents[3]
    for base in (Path.cwd().parent, repo.parent, repo.parent.parent):
        path = base / "shared" / "data" / "quotes" / "polnear"
        if path.is_dir():
            return path
    return None


def load_split(root: Path, split: str, limit: int | None = None) -> list[GoldDoc]:
    """The gold documents of one PolNeAR split, one annotator per article."""
    if split not in SPLITS and split != "annotator-training":
        raise ValueError(f"unknown split {split!r}")
    dates: dict[str, str] = {}
    meta = root / "data" / "metadata.tsv"
    if meta.exists():
        with meta.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                dates[row["filename"]] = row["publication_date"]
    docs: list[GoldDoc] = []
    seen: set[str] = set()
    for ann in sorted((root / "data" / split / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        if name in seen:
            continue
        seen.add(name)
        text = (root / "data" / split / "text" / f"{name}.txt").read_text(encoding="utf-8")
        docs.append(GoldDoc(name, text, dates.get(name), parse_ann(ann.read_text(encoding="utf-8"))))
        if limit is not None and len(docs) >= limit:
            break
    return docs


def widen_to_marks(text: str, span: Span) -> Span:
    """A direct quote's span with its quotation marks (and a comma inside them)."""
    start, end = span
    if start > 0 and text[start - 1] in _OPEN_MARKS:
        start -= 1
        if start > 0 and text[start - 1] in _OPEN_MARKS and text[start] in "'`":
            start -= 1  # '' and `` are two characters
    if end < len(text) and text[end] in ",." and end + 1 < len(text) and text[end + 1] in _CLOSE_MARKS:
        end += 1
    if end < len(text) and text[end] in _CLOSE_MARKS:
        end += 1
        if end < len(text) and text[end - 1] == "'" and text[end] == "'":
            end += 1
    return start, end


def as_attribution(quote: Quote, text: str) -> Attribution:
    """A dateline Quote in the gold's terms: source, cue and content spans."""
    parts = [tuple(p) for p in quote.parts] if quote.parts else [(quote.start, quote.end)]
    if quote.direct:
        parts = [widen_to_marks(text, (a, b)) for a, b in parts]
    source: tuple[Span, ...] = ()
    if quote.speaker is not None:
        source = ((quote.speaker.start, quote.speaker.end),)
    cue: tuple[Span, ...] = ()
    if quote.cue_start is not None and quote.cue_end is not None:
        cue = ((quote.cue_start, quote.cue_end),)
    return Attribution(source=source, cue=cue, content=tuple(sorted(parts)))  # type: ignore[arg-type]


@dataclass(slots=True)
class Counts:
    """Running totals for one field: exact tp/fp/fn and overlap token counts."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    overlap: int = 0
    predicted: int = 0
    gold: int = 0

    def exact(self) -> tuple[float, float, float]:
        return _prf(self.tp, self.tp + self.fp, self.tp + self.fn)

    def overlapping(self) -> tuple[float, float, float]:
        return _prf(self.overlap, self.predicted, self.gold)


def _prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass(slots=True)
class Score:
    fields: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in (*FIELDS, "quote")})
    documents: int = 0
    predicted: int = 0
    gold: int = 0


class _Tokens:
    """Token index of each character, to count overlaps in tokens."""

    def __init__(self, text: str) -> None:
        self.of = [-1] * (len(text) + 1)
        for i, m in enumerate(_TOKEN.finditer(text)):
            for c in range(m.start(), m.end()):
                self.of[c] = i

    def tokens(self, spans: Iterable[Span]) -> set[int]:
        out: set[int] = set()
        for a, b in spans:
            out.update(t for t in self.of[max(a, 0):max(b, 0)] if t >= 0)
        return out


def _overlap(a: Sequence[Span], b: Sequence[Span]) -> bool:
    return any(x[0] < y[1] and y[0] < x[1] for x in a for y in b)


def _norm(text: str, spans: Sequence[Span]) -> tuple[Span, ...]:
    """Spans without white space and ``,;:.`` at their edges, on both sides alike, so
    that an exact match does not turn on the comma after an appositive."""
    out = []
    for a, b in spans:
        while a < b and (text[a].isspace() or text[a] in _EDGE):
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in _EDGE):
            b -= 1
        if b > a:
            out.append((a, b))
    return tuple(sorted(out))


def score_document(text: str, predicted: Sequence[Attribution], gold: Sequence[Attribution],
                   score: Score) -> None:
    """Add one document's predictions against its gold attributions to ``score``."""
    tok = _Tokens(text)
    pred = [{f: _norm(text, getattr(a, f)) for f in FIELDS} for a in predicted]
    gld = [{f: _norm(text, getattr(a, f)) for f in FIELDS} for a in gold]
    score.documents += 1
    score.predicted += len(pred)
    score.gold += len(gld)
    for f in FIELDS:
        c = score.fields[f]
        for p in pred:
            if f == "cue":
                hit = any(p["cue"] and p["cue"] == g["cue"] for g in gld)
            else:
                hit = any(_overlap(p["cue"], g["cue"]) and p[f] == g[f] for g in gld)
            c.tp += hit
            c.fp += not hit
        for g in gld:
            if f == "cue":
                hit = any(g["cue"] and p["cue"] == g["cue"] for p in pred)
            else:
                hit = any(_overlap(p["cue"], g["cue"]) and p[f] == g[f] for p in pred)
            c.fn += not hit
        gold_tokens = tok.tokens(s for g in gld for s in g[f])
        pred_tokens = [tok.tokens(p[f]) for p in pred]
        c.predicted += sum(len(t) for t in pred_tokens)
        c.gold += len(gold_tokens)
        c.overlap += sum(len(t & gold_tokens) for t in pred_tokens)
    # The whole quote: overlap adds up the three fields; an exact match needs all three.
    q = score.fields["quote"]
    q.overlap = sum(score.fields[f].overlap for f in FIELDS)
    q.predicted = sum(score.fields[f].predicted for f in FIELDS)
    q.gold = sum(score.fields[f].gold for f in FIELDS)
    for p in pred:
        hit = any(all(p[f] == g[f] for f in FIELDS) for g in gld)
        q.tp += hit
        q.fp += not hit
    for g in gld:
        q.fn += not any(all(p[f] == g[f] for f in FIELDS) for p in pred)


def evaluate(docs: Sequence[GoldDoc], nlp: object, batch_size: int = 8) -> Score:
    """Run dateline's pipeline on the gold documents and score its quotes."""
    from ..analyze import analyze_many

    articles = [
        Article(id=d.name, date=dt.date.fromisoformat(d.date) if d.date else dt.date(2016, 1, 1), text=d.text)
        for d in docs
    ]
    score = Score()
    for doc, analysis in zip(docs, analyze_many(articles, nlp, batch_size=batch_size), strict=True):  # type: ignore[arg-type]
        predicted = [as_attribution(q, doc.text) for q in analysis.quotes]
        score_document(doc.text, predicted, doc.attributions, score)
    return score
