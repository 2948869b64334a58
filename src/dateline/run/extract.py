"""`dateline extract`: read, deduplicate and analyze articles without a store."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language

from ..ingest.dedup import MemoryBandIndex, NearDuplicates
from ..ingest.options import ReadOptions
from ..ingest.sources import iter_articles
from ..model import Analysis, Article, Reject
from .pipeline import analyze_safely, chunked, sort_chunk


def extract(
    inputs: Iterable[str], nlp: Language, options: ReadOptions, *, batch_size: int = 32
) -> Iterator[Analysis | Article | Reject]:
    """Analyses of new articles, near duplicates (Articles with ``duplicate_of``) and rejects, in input order
    within each batch: rejects first, then duplicates, then analyses."""
    seen = MemoryBandIndex()
    dedup = NearDuplicates(seen)
    known: set[str] = set()
    for chunk in chunked(iter_articles(inputs, options), batch_size):
        sorted_chunk = sort_chunk(chunk, dedup, known, seen)
        yield from sorted_chunk.rejects
        yield from sorted_chunk.duplicates
        articles = [article for article, _ in sorted_chunk.to_analyze]
        known.update(article.id for article in articles)
        known.update(article.id for article in sorted_chunk.duplicates)
        analyses, failed = analyze_safely(articles, nlp, batch_size)
        yield from failed
        yield from analyses
