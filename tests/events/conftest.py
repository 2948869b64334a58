"""Fixtures of the events tests: the bare spaCy model and a one-sentence coder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ARTICLE_DATE = dt.date(2020, 6, 24)


def read_cases(name: str) -> list[tuple[str, ...]]:
    """Rows of a tab-separated case file (comment lines start with #)."""
    rows = []
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(tuple(line.split("\t")))
    return rows


@pytest.fixture(scope="session")
def bare_nlp():
    from dateline.extensions import register_extensions
    from dateline.nlp import load_model

    register_extensions()
    return load_model()


@pytest.fixture(scope="session")
def code_sentence(bare_nlp):
    """sentence -> events, with actors from the events stage's own fallback lookup only."""
    from dateline.events.coder import find_events

    def run(text: str):
        doc = bare_nlp(text)
        events, _ = find_events(doc, [], ARTICLE_DATE)
        return events

    return run
