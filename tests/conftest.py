"""Fixtures shared by the whole suite.

Tests that need the spaCy model use the session-wide ``nlp`` fixture and are marked
``model``; tests that need ``../shared`` use ``shared_path`` and skip with a reason
when it is absent (a user's clone has no ../shared; CI has it).
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.model import Article

REPO = Path(__file__).resolve().parents[1]
# ../shared next to the clone; DATELINE_SHARED overrides it (a worktree that lives elsewhere).
SHARED = Path(os.environ.get("DATELINE_SHARED") or REPO.parent / "shared")
EXAMPLE = REPO / "examples" / "s400-turkey-2020-06-24.txt"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when that data is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the shared data sets are not next to this clone)")
    return path


@pytest.fixture(scope="session")
def nlp():
    from dateline.nlp import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def example_article() -> Article:
    from dateline.ingest.dated_text import read_dated_text

    return read_dated_text(EXAMPLE.read_text(encoding="utf-8"), ref=str(EXAMPLE))


@pytest.fixture(scope="session")
def example_analysis(nlp, example_article):
    from dateline.analyze import analyze

    return analyze(example_article, nlp)


@contextlib.contextmanager
def deadline(seconds: int, message: str) -> Iterator[None]:
    """Fail with ``message``, rather than hang the suite, if the block runs past ``seconds``
    (SIGALRM: main thread only)."""
    def fail(*_: object) -> None:
        raise TimeoutError(message)

    previous = signal.signal(signal.SIGALRM, fail)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
