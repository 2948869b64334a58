"""Readings a sentence must not get (full pipeline): a verb's sense picked by a word that is
not its object."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.analyze import analyze
from dateline.model import Article

ROWS = [
    # "hold ... leaders" is detention (173) only when the leaders are what is held
    ("Mr. Kim also is expected to hold meetings separately with Vietnamese leaders before negotiating with Mr. Trump.",
     "173"),
    ("Kim will hold a rally with Vietnamese leaders.", "173"),
]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "code"), ROWS)
def test_not_coded(nlp, sentence: str, code: str) -> None:
    events = analyze(Article(id="t", date=dt.date(2019, 2, 20), text=sentence), nlp).events
    assert code not in {e.code for e in events}
