"""TempEval-3 Task A scoring of the timex stage (temporal expression extraction).

Follows the official TempEval-3 toolkit (UzZaman et al. 2013): system and gold TIMEX3 of
each document's TEXT are paired one-to-one in document order when their extents
overlap (the DCT is not scored); a pair is a strict match when the extents are
identical. Precision counts over the system's expressions, recall over the gold ones.
Type and value are judged on the pairs: the attribute F1 is the attribute's accuracy
over the pairs times the relaxed F1, as the toolkit reports it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from ..model import Timex
from .standoff import read_gold
from .timeml import GoldTimex, TimeMLDoc


@dataclass(slots=True)
class Pair:
    """One gold expression and the system expression paired with it (None: missed)."""

    doc: str
    gold: GoldTimex | None
    system: Timex | None


@dataclass(slots=True)
class TimexScores:
    """Counts over a corpus and the toolkit's figures derived from them (0..1)."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_match: int = 0
    value_match: int = 0
    pairs: list[Pair] = field(default_factory=list)

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def _pr(self, matched: int) -> tuple[float, float]:
        return (matched / self.system if self.system else 0.0, matched / self.gold if self.gold else 0.0)

    @property
    def strict_p(self) -> float:
        return self._pr(self.strict)[0]

    @property
    def strict_r(self) -> float:
        return self._pr(self.strict)[1]

    @property
    def strict_f1(self) -> float:
        return self._f1(self.strict_p, self.strict_r)

    @property
    def relaxed_p(self) -> float:
        return self._pr(self.relaxed)[0]

    @property
    def relaxed_r(self) -> float:
        return self._pr(self.relaxed)[1]

    @property
    def relaxed_f1(self) -> float:
        return self._f1(self.relaxed_p, self.relaxed_r)

    @property
    def value_accuracy(self) -> float:
        return self.value_match / self.relaxed if self.relaxed else 0.0

    @property
    def type_accuracy(self) -> float:
        return self.type_match / self.relaxed if self.relaxed else 0.0

    @property
    def value_f1(self) -> float:
        return self.value_accuracy * self.relaxed_f1

    @property
    def type_f1(self) -> float:
        return self.type_accuracy * self.relaxed_f1

    def as_dict(self) -> dict[str, float | int]:
        """The toolkit's figures as percentages rounded to two decimals, and the counts."""
        figures = {
            "strict_f1": self.strict_f1, "strict_p": self.strict_p, "strict_r": self.strict_r,
            "relaxed_f1": self.relaxed_f1, "relaxed_p": self.relaxed_p, "relaxed_r": self.relaxed_r,
            "value_f1": self.value_f1, "type_f1": self.type_f1,
            "value_accuracy": self.value_accuracy, "type_accuracy": self.type_accuracy,
        }
        out: dict[str, float | int] = {k: round(100 * v, 2) for k, v in figures.items()}
        out.update(gold=self.gold, system=self.system, strict=self.strict, relaxed=self.relaxed)
        return out


def pair(doc: str, gold: Sequence[GoldTimex], system: Sequence[Timex]) -> list[Pair]:
    """Pair gold and system expressions one-to-one in document order by overlap."""
    system = sorted(system, key=lambda t: (t.start, t.end))
    used = [False] * len(system)
    out: list[Pair] = []
    for g in sorted(gold, key=lambda t: (t.start, t.end)):
        match = None
        for i, s in enumerate(system):
            if not used[i] and s.start < g.end and g.start < s.end:
                used[i], match = True, s
                break
        out.append(Pair(doc, g, match))
    out.extend(Pair(doc, None, s) for i, s in enumerate(system) if not used[i])
    return out


def score(docs: Iterable[tuple[TimeMLDoc, Sequence[Timex]]]) -> TimexScores:
    """Score system expressions against each document's gold ones."""
    scores = TimexScores()
    for doc, system in docs:
        scores.gold += len(doc.timexes)
        scores.system += len(system)
        for p in pair(doc.name, doc.timexes, system):
            scores.pairs.append(p)
            if p.gold is None or p.system is None:
                continue
            scores.relaxed += 1
            scores.strict += (p.gold.start, p.gold.end) == (p.system.start, p.system.end)
            scores.type_match += p.gold.type == p.system.type
            scores.value_match += p.gold.value == p.system.value
    return scores


def timex_pipeline(model: str | None = None) -> Language:
    """The bare spaCy model with the timex component only (what the scorer times)."""
    from ..extensions import register_extensions
    from ..nlp import load_model

    register_extensions()
    nlp = load_model(model)
    nlp.add_pipe("dateline_timex")
    return nlp


def run(nlp: Language, docs: Sequence[TimeMLDoc]) -> list[list[Timex]]:
    """The timex stage's output for each document, each with its DCT as article date."""
    from ..model import from_json

    spacy_docs = []
    for d in docs:
        doc = nlp.make_doc(d.text)
        doc._.dl_date = d.dct.isoformat() if isinstance(d.dct, dt.date) else None
        doc._.dl_article = d.name
        spacy_docs.append(doc)
    out = []
    for doc in nlp.pipe(spacy_docs, batch_size=16):
        out.append([from_json(Timex, t) for t in (doc._.dl_timexes or [])])
    return out


def evaluate_dir(gold_dir: Path, nlp: Language | None = None) -> TimexScores:
    """Run the timex stage on every ``.tml`` document under ``gold_dir`` (or every article of a
    stand-off ``.jsonl`` gold file, see ``standoff``) and score it."""
    docs = read_gold(gold_dir)
    nlp = nlp or timex_pipeline()
    return score(zip(docs, run(nlp, docs), strict=True))
