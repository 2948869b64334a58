"""One phrase never acts on itself: no event's source and target share words (full pipeline,
where the actors stage finds "U.S. military" and "U.S." inside it)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.analyze import analyze
from dateline.model import Article


def _events(nlp, text: str):  # type: ignore[no-untyped-def]
    return analyze(Article(id="t", date=dt.date(2019, 5, 1), text=text), nlp).events


@pytest.mark.model
def test_overlap_no_event_pairs_a_phrase_with_its_own_words(nlp) -> None:
    # Coded "U.S. -> U.S. military" and "U.S. military -> U.S." (190) before.
    for e in _events(nlp, 'Pompeo said U.S. military action was "possible" in Venezuela.'):
        assert not (e.source.start < e.target.end and e.target.start < e.source.end), (e.source, e.target)


@pytest.mark.model
def test_overlap_a_distinct_target_still_makes_the_event(nlp) -> None:
    found = [(e.code, e.source.text, e.target.text) for e in _events(nlp, "U.S. military forces attacked Iraq.")]
    assert ("190", "U.S. military forces", "Iraq") in found
