"""`dateline ingest`: read, deduplicate, analyze and store articles, batch by batch.

Each batch is one transaction. Killing the process loses at most the batches in flight;
re-running skips what is stored (article ids are content hashes) and goes on.

Memory is bounded whatever the corpus size: the readers are lazy, the near-duplicate index
of past batches is in the store, and only the batches in flight (at most
``analyzer.max_pending + 1``) are held, with their ids and band keys.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language

from ..ingest.dedup import MemoryBandIndex, NearDuplicates
from ..ingest.options import ReadOptions
from ..ingest.sources import iter_articles
from ..model import Reject
from ..store.writer import Batch, StoreWriter
from .analyzers import Analyzer, LocalAnalyzer, Pending
from .pipeline import Sorted, chunked, sort_chunk

#: Rejects kept in the summary to show; the rest are counted (all are in the store).
KEEP_REJECTS = 1000


@dataclass
class IngestSummary:
    run_id: int
    articles: int = 0  # analyzed and written, re-analyzed ones included
    reanalyzed: int = 0  # of them, articles an older analysis had stored
    duplicates: int = 0
    already_stored: int = 0
    events: int = 0
    rejects: list[Reject] = field(default_factory=list)  # the first KEEP_REJECTS of them
    rejected: int = 0
    reject_reasons: Counter[str] = field(default_factory=Counter)

    @property
    def seen(self) -> int:
        return self.articles + self.duplicates + self.already_stored + self.rejected


#: Called after each batch with the running summary and the rejects of that batch.
ProgressCallback = Callable[[IngestSummary, list[Reject]], None]


@dataclass
class _InFlight:
    """A batch sent for analysis and not yet written."""

    chunk: Sorted
    ids: set[str]
    index: MemoryBandIndex
    pending: Pending | None = None


class _InFlightIndex:
    """The near-duplicate index of the batches in flight (past batches are in the store)."""

    def __init__(self, window: deque[_InFlight]) -> None:
        self.window = window

    def candidates(self, keys: list[int]) -> Iterator[tuple[str, bytes]]:
        for batch in self.window:
            yield from batch.index.candidates(keys)

    def add(self, article_id: str, keys: list[int], sig: bytes) -> None:
        self.window[-1].index.add(article_id, keys, sig)


def ingest(
    inputs: Iterable[str],
    writer: StoreWriter,
    nlp: Language | None,
    options: ReadOptions,
    *,
    command: str = "ingest",
    batch_size: int = 32,
    on_batch: ProgressCallback | None = None,
    analyzer: Analyzer | None = None,
) -> IngestSummary:
    """Ingest every input into the store; returns what was added, skipped and rejected.

    The analysis runs in this process with ``nlp``, or wherever ``analyzer`` sends it (e.g.
    a Dask cluster, see run.cluster); everything else (reading, dedup, writing) runs here.
    """
    if analyzer is None:
        if nlp is None:
            raise ValueError("ingest needs a pipeline or an analyzer")
        analyzer = LocalAnalyzer(nlp, batch_size)
    summary = IngestSummary(run_id=writer.start_run(command))
    window: deque[_InFlight] = deque()
    dedup = NearDuplicates(_InFlightIndex(window), writer.band_index())
    status = "failed"
    try:
        for chunk in chunked(iter_articles(inputs, options), batch_size):
            ids = {item.id for item in chunk if not isinstance(item, Reject)}
            known = writer.known_ids(ids)
            for batch in window:  # exact repeats of articles still in flight
                known.update(ids & batch.ids)
            stale = writer.stale_ids(ids - known)
            window.append(_InFlight(Sorted(), set(), MemoryBandIndex()))
            sorted_chunk = sort_chunk(chunk, dedup, known, _InFlightIndex(window), stale)
            current = window[-1]
            current.chunk = sorted_chunk
            current.ids = {a.id for a, _ in sorted_chunk.to_analyze} | {d.id for d in sorted_chunk.duplicates}
            current.pending = analyzer.submit([article for article, _ in sorted_chunk.to_analyze])
            while len(window) > analyzer.max_pending:
                _finish(window.popleft(), writer, summary, on_batch)
        while window:
            _finish(window.popleft(), writer, summary, on_batch)
        status = "done"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        writer.finish_run(summary.run_id, status)
    return summary


def _finish(batch: _InFlight, writer: StoreWriter, summary: IngestSummary, on_batch: ProgressCallback | None) -> None:
    """Wait for a batch's analyses and write it in one transaction."""
    assert batch.pending is not None
    analyses, failed = batch.pending.result()
    fingerprints = {article.id: fp for article, fp in batch.chunk.to_analyze}
    rejects = batch.chunk.rejects + failed
    result = writer.write(summary.run_id, Batch(
        analyses=[(a, fingerprints[a.article.id]) for a in analyses],
        duplicates=batch.chunk.duplicates,
        rejects=rejects,
    ))
    summary.articles += result.articles
    summary.reanalyzed += result.reanalyzed
    summary.duplicates += result.duplicates
    summary.already_stored += batch.chunk.already_known + result.skipped
    summary.events += result.events
    summary.rejected += len(rejects)
    summary.rejects.extend(rejects[: max(0, KEEP_REJECTS - len(summary.rejects))])
    summary.reject_reasons.update(r.reason_kind() for r in rejects)
    if on_batch is not None:
        on_batch(summary, rejects)
