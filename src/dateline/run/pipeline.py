"""The per-batch work shared by `extract` and `ingest`: dedup, then analysis in batches.

An article that breaks the analysis is rejected on its own; the rest of its batch goes on.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from spacy.language import Language

from ..analyze import analyze, analyze_many
from ..ingest.dedup import BandIndex, Fingerprint, NearDuplicates
from ..model import Analysis, Article, Reject
from .heap import release_free_memory
from .watchdog import AnalysisTimeout, time_limit

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass
class Sorted:
    """One chunk of input, sorted by what must happen to each item."""

    to_analyze: list[tuple[Article, Fingerprint]] = field(default_factory=list)
    duplicates: list[Article] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    already_known: int = 0


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def sort_chunk(
    items: Sequence[Article | Reject],
    dedup: NearDuplicates,
    known: set[str],
    remember: BandIndex,
    stale: Collection[str] = (),
) -> Sorted:
    """Split a chunk into rejects, exact repeats (ids in ``known``), near duplicates and new articles.

    New articles are added to ``remember`` so later ones in the run find them. Articles in
    ``stale`` (stored, but by another analysis) are analyzed again; they stay originals, and
    are never taken for a near duplicate (of themselves, in the store's index).
    """
    out = Sorted()
    seen: set[str] = set(known)
    for item in items:
        if isinstance(item, Reject):
            out.rejects.append(item)
            continue
        if item.id in seen:
            out.already_known += 1
            continue
        seen.add(item.id)
        fingerprint = dedup.fingerprint(item.text)
        first = None if item.id in stale else dedup.find(fingerprint)
        if first is not None:
            out.duplicates.append(dataclasses.replace(item, duplicate_of=first))
            continue
        remember.add(item.id, fingerprint.keys, fingerprint.sig)
        out.to_analyze.append((item, fingerprint))
    return out


#: spaCy's peak memory grows with the text in one ``nlp.pipe`` batch (~20 MB per 6,000-character
#: news article with en_core_web_sm), so a batch is also capped by characters: the peak then
#: depends neither on the corpus size nor on how long articles happen to cluster together.
MAX_BATCH_CHARS = 100_000


def char_batches(articles: Sequence[Article], batch_size: int, max_chars: int = MAX_BATCH_CHARS
                 ) -> Iterator[list[Article]]:
    """Consecutive runs of at most ``batch_size`` articles and ``max_chars`` characters
    (an article longer than that is a batch of its own)."""
    batch: list[Article] = []
    chars = 0
    for article in articles:
        if batch and (len(batch) >= batch_size or chars + len(article.text) > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(article)
        chars += len(article.text)
    if batch:
        yield batch


# An article's analysis may take this long before it is stopped and the article rejected:
# a base for the pipeline's fixed costs plus a time per character about 20 times the rate
# measured on news articles (0.1 ms per character on one core), for a loaded machine.
LIMIT_BASE_SECONDS = 60.0
LIMIT_SECONDS_PER_CHAR = 0.002


def time_allowed(articles: Sequence[Article]) -> float:
    """Seconds the analysis of ``articles`` (one batch) may take."""
    return sum(LIMIT_BASE_SECONDS + LIMIT_SECONDS_PER_CHAR * len(a.text) for a in articles)


def analyze_safely(
    articles: Sequence[Article], nlp: Language, batch_size: int
) -> tuple[list[Analysis], list[Reject]]:
    """Analyses of ``articles`` in order; if a batch fails or runs past its time limit, each of
    its articles is retried alone, and one that fails or runs past its own limit is rejected."""
    analyses: list[Analysis] = []
    rejects: list[Reject] = []
    for batch in char_batches(articles, batch_size):
        try:
            with time_limit(time_allowed(batch)):
                done = list(analyze_many(batch, nlp, batch_size=len(batch)))  # all or none, never a part
            analyses.extend(done)
            continue
        except AnalysisTimeout:
            log.warning("a batch of %d articles ran past %.0f s; analyzing them one by one", len(batch),
                        time_allowed(batch))
        except Exception:  # one bad article must not lose the batch: retry one by one
            log.warning("a batch of %d articles failed; analyzing them one by one", len(batch), exc_info=True)
        for article in batch:
            try:
                with time_limit(time_allowed([article])):
                    analyses.append(analyze(article, nlp))
            except AnalysisTimeout:
                log.error("analysis of article %s (%s) ran past %.0f s", article.id, article.ref,
                          time_allowed([article]))
                rejects.append(Reject(article.ref or article.id,
                                      f"analysis stopped after {time_allowed([article]):.0f} s (time limit)"))
            except Exception as err:
                log.exception("analysis failed for article %s (%s)", article.id, article.ref)
                rejects.append(Reject(article.ref or article.id, f"analysis failed ({type(err).__name__}: {err})"))
    release_free_memory()
    return analyses, rejects
