"""`dateline extract`: read, deduplicate and analyze articles without a store."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language

from ..ingest.dedup import NearDuplicates
from ..ingest.options import ReadOptions
from ..ingest.sources import iter_articles
from ..model import Analysis, Article, Reject
from .pipeline import analyze_safely, chunked, sort_chunk
from .spill import DiskIndex


def extract(
    inputs: Iterable[str], nlp: Language, options: ReadOptions, *, batch_size: int = 32
) -> Iterator[Analysis | Article | Reject]:
    """Analyses of new articles, near duplicates (Articles with ``duplicate_of``) and rejects, in input order
    within each batch: rejects first, then duplicates, then analyses."""
    with DiskIndex() as seen:  # ids and signatures of the whole run: on disk, not in memory
        dedup = NearDuplicates(seen)
        for chunk in chunked(iter_articles(inputs, options), batch_size):
            known = seen.known(item.id for item in chunk if not isinstance(item, Reject))
            sorted_chunk = sort_chunk(chunk, dedup, known, seen)
            yield from sorted_chunk.rejects
            yield from sorted_chunk.duplicates
            articles = [article for article, _ in sorted_chunk.to_analyze]
            seen.remember(article.id for article in articles)
            seen.remember(article.id for article in sorted_chunk.duplicates)
            analyses, failed = analyze_safely(articles, nlp, batch_size)
            yield from failed
            yield from analyses
