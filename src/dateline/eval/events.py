"""Scoring event coding.

GSR (``PETR2_GSR_validation.gold.jsonl``): 78 news sentences with (source, target, CAMEO)
gold; a test set. Each story's predicted events are compared with its gold events as
multisets of (source, target, code) at the exact-code and root level, actors cut to their
country or IGO prefix ("TURGOV" -> "TUR", "IGOUNOMIL" -> "IGOUNO"); precision, recall and
F1 are micro-averaged over stories. Records without text (one, whose sentence survives only in
its parse) are skipped and counted apart. The number of events per sentence is reported
too: GDELT-style coders over-code.

PLV (``zsp_plv/PLV_{train,test}.tsv``): sentences with a marked source and target and the
PLOVER root of their interaction. The marked spans are given to the coder as the only
actors; the prediction is the PLOVER type of the event coded from source to target (else
target to source), or NONE. Accuracy and a confusion matrix are reported, on all rows and
on the rows that are not CAMEO-manual example sentences. Rows that lack a source or target
mark stay in the denominator and count as misses.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from ..errors import GoldDataError
from ..events.codebook import code_info
from ..events.coder import code_pair, find_events
from ..model import Article, Event, Mention

#: PLV's label set merges PLOVER's CONCEDE and RETREAT into YIELD.
PLV_ALIASES = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}
NONE = "NONE"


def actor_prefix(code: str | None) -> str:
    """A CAMEO actor code cut to its country or IGO prefix ("TURGOV" -> "TUR", "IGOUNOMIL" -> "IGOUNO")."""
    if not code:
        return "---"
    code = code.upper()
    return code[:6] if code.startswith("IGO") else code[:3]


@dataclass(slots=True)
class PRF:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, predicted: Iterable[tuple[str, ...]], gold: Iterable[tuple[str, ...]]) -> None:
        p, g = Counter(predicted), Counter(gold)
        self.tp += sum((p & g).values())
        self.predicted += sum(p.values())
        self.gold += sum(g.values())


@dataclass(slots=True)
class GsrStory:
    id: str
    date: dt.date
    text: str
    gold: list[tuple[str, str, str]]


@dataclass(slots=True)
class GsrReport:
    stories: int = 0
    sentences: int = 0
    code: PRF = field(default_factory=PRF)
    root: PRF = field(default_factory=PRF)
    events: int = 0
    gold_events: int = 0
    unresolved: int = 0
    skipped: int = 0  # records without text: nothing to code, so not scored (their gold is reported apart)
    skipped_gold: int = 0
    details: list[dict] = field(default_factory=list)

    @property
    def events_per_sentence(self) -> float:
        return self.events / self.sentences if self.sentences else 0.0

    @property
    def gold_events_per_sentence(self) -> float:
        return self.gold_events / self.sentences if self.sentences else 0.0


def _gsr_date(text: str) -> dt.date:
    """GSR dates are YYYYMMDD, one is YYMMDD."""
    return dt.datetime.strptime(text, "%Y%m%d" if len(text) == 8 else "%y%m%d").date()


def load_gsr(path: Path) -> list[GsrStory]:
    if not path.exists():
        raise GoldDataError(f"GSR gold not found: {path}")
    stories = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            date = _gsr_date(row["date"])
            gold = [(e["source"], e["target"], e["cameo"]) for e in row["events"]]
            stories.append(GsrStory(row["id"], date, row["text"], gold))
    return stories


def _triples(events: Iterable[Event], root: bool) -> list[tuple[str, str, str]]:
    return [(actor_prefix(e.source.actor), actor_prefix(e.target.actor), e.root if root else e.code) for e in events]


def _gold_triples(gold: list[tuple[str, str, str]], root: bool) -> list[tuple[str, str, str]]:
    return [(actor_prefix(s), actor_prefix(t), c[:2] if root else c) for s, t, c in gold]


def score_gsr(stories: list[GsrStory], nlp: Language) -> GsrReport:
    """Run the full pipeline on each story and score its events against the gold."""
    from ..analyze import analyze

    report = GsrReport()
    for story in stories:
        if not story.text.strip():
            # One GSR record (its XML <Text> is empty; the sentence survives only in its <Parse>)
            # gives the coder nothing to read: counting its gold as misses would score the data, not the coder.
            report.skipped += 1
            report.skipped_gold += len(story.gold)
            continue
        article = Article(id=story.id, date=story.date, text=story.text)
        analysis = analyze(article, nlp)
        report.stories += 1
        report.sentences += 1
        report.events += len(analysis.events)
        report.gold_events += len(story.gold)
        report.unresolved += analysis.unresolved_events
        report.code.add(_triples(analysis.events, False), _gold_triples(story.gold, False))
        report.root.add(_triples(analysis.events, True), _gold_triples(story.gold, True))
        report.details.append({"id": story.id, "gold": story.gold,
                               "predicted": [(e.source.actor, e.target.actor, e.code) for e in analysis.events]})
    return report


# ---- PLV -----------------------------------------------------------------------------------
@dataclass(slots=True)
class PlvRow:
    id: str
    sentence: str
    source: tuple[int, int] | None  # None: the row lacks this mark (14 test rows lack a target)
    target: tuple[int, int] | None
    gold: str


_MARK = re.compile(r"</?[st]>")


def _spans(marked: str) -> tuple[str, tuple[int, int] | None, tuple[int, int] | None]:
    """The plain sentence and the character spans of its <s>...</s> and <t>...</t> marks."""
    plain: list[str] = []
    pos = 0
    open_at: dict[str, int] = {}
    spans: dict[str, tuple[int, int]] = {}
    for m in _MARK.finditer(marked):
        plain.append(marked[pos:m.start()])
        offset = sum(len(p) for p in plain)
        tag = m.group()
        if tag.startswith("</"):
            spans[tag[2]] = (open_at.get(tag[2], offset), offset)
        else:
            open_at[tag[1]] = offset
        pos = m.end()
    plain.append(marked[pos:])
    return "".join(plain), spans.get("s"), spans.get("t")


def load_plv(path: Path) -> list[PlvRow]:
    if not path.exists():
        raise GoldDataError(f"PLV data not found: {path}")
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh, delimiter="\t")):
            text, s, t = _spans(row["marked_sentence"])
            rows.append(PlvRow(row.get("uid") or row.get("sentence_id") or str(i), text, s, t, row["gold_root"]))
    return rows


def plv_root(event: Event) -> str:
    """The PLV label of a coded event: its PLOVER type, CONCEDE/RETREAT as YIELD."""
    plover = event.plover or code_info(event.code).plover or NONE
    return PLV_ALIASES.get(plover, plover)


def predict_plv(row: PlvRow, doc) -> str:  # type: ignore[no-untyped-def]
    """The PLV root the coder gives the marked pair of a parsed sentence (NONE without a pair)."""
    if row.source is None or row.target is None:
        return NONE
    mentions = [Mention("", doc.text[row.source[0]:row.source[1]], row.source[0], row.source[1], "SRC", None, "actor"),
                Mention("", doc.text[row.target[0]:row.target[1]], row.target[0], row.target[1], "TGT", None, "actor")]
    events, _ = find_events(doc, mentions, None, use_fallback=False)
    for wanted in (("SRC", "TGT"), ("TGT", "SRC")):
        for e in events:
            if (e.source.actor, e.target.actor) == wanted:
                root = plv_root(e)
                if root != NONE:
                    return root
    # The coder found no event with these two as source and target: code the predicate that
    # links the two marked spans in the parse.
    code = code_pair(doc, row.source, row.target)
    if code is None:
        return NONE
    plover = code_info(code).plover or NONE
    return PLV_ALIASES.get(plover, plover)


@dataclass(slots=True)
class PlvReport:
    rows: int = 0
    correct: int = 0
    confusion: Counter = field(default_factory=Counter)  # (gold, predicted) -> count
    subset_rows: int = 0
    subset_correct: int = 0
    predictions: list[tuple[str, str, str]] = field(default_factory=list)  # (id, gold, predicted)

    @property
    def accuracy(self) -> float:
        return self.correct / self.rows if self.rows else 0.0

    @property
    def subset_accuracy(self) -> float:
        return self.subset_correct / self.subset_rows if self.subset_rows else 0.0

    @property
    def coverage(self) -> float:
        return sum(v for (g, p), v in self.confusion.items() if p != NONE) / self.rows if self.rows else 0.0


def _normal(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def manual_examples(paths: Iterable[Path]) -> set[str]:
    """Normalized texts of the CAMEO-manual example sentences (PLOVER GSR, codebook examples)."""
    texts: set[str] = set()
    for path in paths:
        if not path.exists():
            continue
        if path.suffix == ".json":
            for rec in json.loads(path.read_text(encoding="utf-8")):
                if rec.get("text"):
                    texts.add(_normal(rec["text"]))
        else:
            with path.open(encoding="utf-8", errors="replace", newline="") as fh:
                for row in csv.DictReader(fh):
                    if row.get("example") and row["example"] != "NA":
                        texts.add(_normal(row["example"]))
    return texts


def score_plv(rows: list[PlvRow], nlp: Language, exclude: set[str] | None = None) -> PlvReport:
    """PLOVER root accuracy on the marked pairs; ``exclude`` texts form the reported subset's complement."""
    report = PlvReport()
    docs = nlp.pipe((r.sentence for r in rows), batch_size=64)
    for row, doc in zip(rows, docs, strict=True):
        predicted = predict_plv(row, doc)
        ok = predicted == row.gold
        report.rows += 1
        report.correct += ok
        report.confusion[(row.gold, predicted)] += 1
        report.predictions.append((row.id, row.gold, predicted))
        if exclude is None or _normal(row.sentence) not in exclude:
            report.subset_rows += 1
            report.subset_correct += ok
    return report
