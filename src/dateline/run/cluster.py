"""Analysis on a Dask distributed cluster: a LocalCluster of worker processes, or a scheduler.

Only the pure per-article analysis runs on the workers (``analyze_batch``); reading,
near-duplicate detection and the store writes stay in the calling process, which streams
batches out and results back with a bounded number in flight. The pipeline is loaded once
per worker process (``PipelinePlugin`` warms the per-process cache when a worker starts, and
again on a worker that replaces a dead one).

A worker that dies takes nothing with it: the scheduler runs its batches again elsewhere.
A batch that keeps killing workers (Dask gives up after ``distributed.scheduler.allowed-failures``
deaths) is split and each article retried alone, so only an article that itself kills its
worker is rejected.

Workers must have dateline and its model installed; run them with one thread each
(``dask worker tcp://HOST:8786 --nthreads 1 --nworkers N``): a spaCy pipeline is used by one
thread at a time, so more threads per worker only wait on each other.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import dask
from distributed import Client, KilledWorker, LocalCluster, WorkerPlugin

from ..errors import UsageError
from ..model import Article, Reject
from .analyzers import Results
from .pipeline import analyze_safely

log = logging.getLogger(__name__)


@functools.lru_cache(maxsize=2)
def _pipeline(model: str | None) -> tuple[Any, threading.Lock]:
    """This worker process's pipeline and the lock that serializes its use across threads."""
    from ..nlp import shared_pipeline

    return shared_pipeline(model), threading.Lock()


def analyze_batch(articles: Sequence[Article], model: str | None, batch_size: int) -> Results:
    """The task a worker runs: analyses of ``articles`` and rejects of those that failed."""
    nlp, lock = _pipeline(model)
    with lock:
        return analyze_safely(articles, nlp, batch_size)


def worker_pid() -> int:
    """The process id of the worker running this (tests kill workers by it)."""
    return os.getpid()


class PipelinePlugin(WorkerPlugin):  # type: ignore[misc]
    """Loads the pipeline when a worker starts, so no batch waits for it and timings are fair."""

    idempotent = True
    name = "dateline-pipeline"

    def __init__(self, model: str | None = None) -> None:
        self.model = model

    def setup(self, worker: Any) -> None:
        _pipeline(self.model)


class DaskAnalyzer:
    """Sends batches of articles to a Dask cluster (see run.analyzers.Analyzer)."""

    def __init__(self, client: Any, *, model: str | None = None, batch_size: int = 32,
                 max_pending: int | None = None, task: Callable[..., Results] = analyze_batch) -> None:
        self.client = client
        self.task = task  # what runs on the workers: analyze_batch (tests substitute one)
        self.model = model
        self.batch_size = batch_size
        workers = max(1, sum(client.nthreads().values()))
        # Two batches per worker thread keep every worker busy while the oldest is written.
        self.max_pending = max_pending if max_pending is not None else 2 * workers

    def submit(self, articles: Sequence[Article]) -> DaskPending:
        return DaskPending(self, list(articles))


class DaskPending:
    def __init__(self, analyzer: DaskAnalyzer, articles: list[Article]) -> None:
        self.analyzer = analyzer
        self.articles = articles
        self.future = self._submit(articles) if articles else None

    def _submit(self, articles: list[Article]) -> Any:
        a = self.analyzer
        return a.client.submit(a.task, articles, a.model, a.batch_size, pure=False)

    def result(self) -> Results:
        if self.future is None:
            return [], []
        try:
            return self.future.result()  # type: ignore[no-any-return]
        except KilledWorker:
            log.warning("a batch of %d articles kept killing its workers; retrying them one by one",
                        len(self.articles))
        finally:
            self.future = None  # release the result on the cluster
        analyses, rejects = [], []
        for article in self.articles:
            # One at a time: while a worker-killing article runs, no other article of this
            # batch waits on a worker it may take down.
            try:
                done, failed = self._submit([article]).result()
            except KilledWorker:
                log.error("article %s (%s) kills the worker that analyzes it", article.id, article.ref)
                done, failed = [], [Reject(article.ref or article.id, "analysis killed its worker process")]
            analyses.extend(done)
            rejects.extend(failed)
        return analyses, rejects


@contextlib.contextmanager
def dask_client(*, workers: int | None = None, scheduler: str | None = None,
                model: str | None = None) -> Iterator[Any]:
    """A Dask client on ``scheduler``, or on a new LocalCluster of ``workers`` processes
    (one per core if 0 or None), with the pipeline loaded on every worker."""
    with contextlib.ExitStack() as stack:
        # Dask's statistical profiler samples every worker thread's stack 100 times a second;
        # our tasks are long and CPU-bound, so that is pure overhead (also on the scheduler).
        # Its periodic checks are tuned for tasks of milliseconds; ours take seconds. An idle
        # LocalCluster of 2 workers spent 4.7% of a core in this process and 4.3% in the
        # workers at the defaults (event loop tick every 20 ms, memory check every 100 ms,
        # work stealing every 100 ms), 1.2% and 1.0% with them at 1 s (2026-11-25).
        stack.enter_context(dask.config.set({"distributed.worker.profile.enabled": False,
                                             "distributed.admin.system-monitor.interval": "2s",
                                             "distributed.admin.tick.interval": "1s",
                                             "distributed.worker.memory.monitor-interval": "1s",
                                             "distributed.scheduler.work-stealing-interval": "1s"}))
        if scheduler:
            try:
                client = stack.enter_context(Client(scheduler, timeout="30s"))
            except OSError as err:
                raise UsageError(f"cannot reach the Dask scheduler {scheduler}: {err}") from None
        else:
            n = workers or os.cpu_count() or 1
            cluster = stack.enter_context(LocalCluster(
                # ":0": any free port for the dashboard, never a clash with another cluster on 8787
                n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0",
                silence_logs=logging.ERROR))
            client = stack.enter_context(Client(cluster))
        client.register_plugin(PipelinePlugin(model), name=PipelinePlugin.name)
        yield client

