"""Where the per-article analysis runs: in this process, or elsewhere (see run.cluster).

An Analyzer takes a batch of articles and hands back a Pending whose ``result()`` gives
their analyses and the rejects of those that failed, in input order. The ingest loop keeps
up to ``max_pending`` batches in flight and writes them in submission order, so reading and
writing overlap with analysis when it runs on other processes, and memory stays bounded.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from spacy.language import Language

from ..model import Analysis, Article, Reject
from .pipeline import analyze_safely

Results = tuple[list[Analysis], list[Reject]]


class Pending(Protocol):
    def result(self) -> Results: ...


class Analyzer(Protocol):
    #: How many submitted batches may wait unwritten before the oldest is awaited.
    max_pending: int

    def submit(self, articles: Sequence[Article]) -> Pending: ...


class Done:
    """A batch analyzed already."""

    def __init__(self, results: Results) -> None:
        self._results = results

    def result(self) -> Results:
        return self._results


class LocalAnalyzer:
    """Analysis in this process, one batch at a time (``nlp.pipe`` batches the spaCy work)."""

    max_pending = 0

    def __init__(self, nlp: Language, batch_size: int = 32) -> None:
        self.nlp = nlp
        self.batch_size = batch_size

    def submit(self, articles: Sequence[Article]) -> Pending:
        return Done(analyze_safely(articles, self.nlp, self.batch_size))
