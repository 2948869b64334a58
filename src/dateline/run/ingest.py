"""`dateline ingest`: read, deduplicate, analyze and store articles, batch by batch.

Each batch is one transaction. Killing the process loses at most the batch in flight;
re-running skips what is stored (article ids are content hashes) and goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.language import Language

from ..ingest.dedup import MemoryBandIndex, NearDuplicates
from ..ingest.options import ReadOptions
from ..ingest.sources import iter_articles
from ..model import Reject
from ..store.writer import Batch, StoreWriter
from .pipeline import analyze_safely, chunked, sort_chunk


@dataclass
class IngestSummary:
    run_id: int
    articles: int = 0
    duplicates: int = 0
    already_stored: int = 0
    events: int = 0
    rejects: list[Reject] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.articles + self.duplicates + self.already_stored + len(self.rejects)


#: Called after each batch with the running summary and the rejects of that batch.
ProgressCallback = Callable[[IngestSummary, list[Reject]], None]


def ingest(
    inputs: Iterable[str],
    writer: StoreWriter,
    nlp: Language,
    options: ReadOptions,
    *,
    command: str = "ingest",
    batch_size: int = 32,
    on_batch: ProgressCallback | None = None,
) -> IngestSummary:
    """Ingest every input into the store; returns what was added, skipped and rejected."""
    summary = IngestSummary(run_id=writer.start_run(command))
    in_flight = MemoryBandIndex()  # this batch's articles, not yet in the store
    dedup = NearDuplicates(in_flight, writer.band_index())
    status = "failed"
    try:
        for chunk in chunked(iter_articles(inputs, options), batch_size):
            ids = [item.id for item in chunk if not isinstance(item, Reject)]
            sorted_chunk = sort_chunk(chunk, dedup, writer.known_ids(ids), in_flight)
            articles = [article for article, _ in sorted_chunk.to_analyze]
            analyses, failed = analyze_safely(articles, nlp, batch_size)
            fingerprints = {article.id: fp for article, fp in sorted_chunk.to_analyze}
            batch = Batch(
                analyses=[(a, fingerprints[a.article.id]) for a in analyses],
                duplicates=sorted_chunk.duplicates,
                rejects=sorted_chunk.rejects + failed,
            )
            result = writer.write(summary.run_id, batch)
            in_flight.clear()
            summary.articles += result.articles
            summary.duplicates += result.duplicates
            summary.already_stored += sorted_chunk.already_known + result.skipped
            summary.events += result.events
            summary.rejects.extend(batch.rejects)
            if on_batch is not None:
                on_batch(summary, batch.rejects)
        status = "done"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        writer.finish_run(summary.run_id, status)
    return summary
