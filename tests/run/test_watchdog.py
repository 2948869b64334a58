"""The analysis time limit: an endless loop in a stage costs one article, not the run."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from dateline.model import Article
from dateline.run import pipeline
from dateline.run.watchdog import AnalysisTimeout, time_limit
from tests.conftest import deadline as conftest_deadline

LOOP = "LOOP FOREVER"


def spin(seconds: float | None = None) -> None:
    """Python bytecode without end (or for ``seconds``): what a stage stuck in a loop runs."""
    end = None if seconds is None else time.monotonic() + seconds
    n = 0
    while end is None or time.monotonic() < end:
        n += 1


def test_a_loop_in_this_thread_is_stopped() -> None:
    t0 = time.monotonic()
    with pytest.raises(AnalysisTimeout):
        with time_limit(0.2):
            spin()
    assert time.monotonic() - t0 < 10


def test_a_loop_in_a_worker_thread_is_stopped() -> None:
    # Dask runs tasks in worker threads, where signals cannot reach.
    def task() -> str:
        try:
            with time_limit(0.2):
                spin()
        except AnalysisTimeout:
            return "stopped"
        return "ran on"

    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(task).result(timeout=30) == "stopped"


def test_no_except_exception_in_a_stage_swallows_it() -> None:
    with pytest.raises(AnalysisTimeout):
        with time_limit(0.2):
            while True:
                try:
                    spin()
                except Exception:  # what a careless stage might do
                    pass


def test_a_block_that_ends_in_time_is_never_interrupted_later() -> None:
    with time_limit(0.2):
        spin(0.01)
    spin(0.6)  # past the limit, outside the block: nothing may arrive


def article(n: int, text: str = "Some words.") -> Article:
    return Article(id=f"a{n}", date=dt.date(2020, 6, 24), text=text)


def fake_analyze(item: Article, nlp: object = None) -> str:
    if LOOP in item.text:
        spin()
    return f"analysis of {item.id}"


def fake_analyze_many(items: Iterable[Article], nlp: object = None, batch_size: int = 16) -> Iterator[str]:
    for item in items:
        yield fake_analyze(item)


@pytest.fixture
def deadline() -> Iterator[None]:
    with conftest_deadline(20, "the analysis was not stopped at its time limit"):
        yield


def test_the_looping_article_is_rejected_and_its_batch_is_analyzed(monkeypatch: pytest.MonkeyPatch,
                                                                    deadline: None) -> None:
    monkeypatch.setattr(pipeline, "analyze", fake_analyze)
    monkeypatch.setattr(pipeline, "analyze_many", fake_analyze_many)
    monkeypatch.setattr(pipeline, "LIMIT_BASE_SECONDS", 0.3)
    monkeypatch.setattr(pipeline, "LIMIT_SECONDS_PER_CHAR", 0.0)
    articles = [article(1), article(2, f"Text that sends a stage into a {LOOP} loop."), article(3)]
    analyses, rejects = pipeline.analyze_safely(articles, None, batch_size=8)  # type: ignore[arg-type]
    assert analyses == ["analysis of a1", "analysis of a3"]
    assert [r.source for r in rejects] == ["a2"]
    assert rejects[0].reason.startswith("analysis stopped after") and "(time limit)" in rejects[0].reason


def test_the_limit_grows_with_the_text() -> None:
    short, long = article(1, "x" * 1000), article(2, "x" * 100_000)
    assert pipeline.time_allowed([long]) > pipeline.time_allowed([short]) >= pipeline.LIMIT_BASE_SECONDS
    assert pipeline.time_allowed([short, long]) == pipeline.time_allowed([short]) + pipeline.time_allowed([long])


def test_each_call_gives_freed_memory_back_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(pipeline, "analyze", fake_analyze)
    monkeypatch.setattr(pipeline, "analyze_many", fake_analyze_many)
    monkeypatch.setattr(pipeline, "release_free_memory", lambda: calls.append(1))
    pipeline.analyze_safely([article(1), article(2)], None, batch_size=1)  # type: ignore[arg-type]
    assert calls == [1]

