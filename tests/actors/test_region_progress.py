"""read_region steps through a title region even when the mention index is stale.

A mention cut shorter after it was indexed (an entity split in two, a body whose country word
was taken off) used to leave index entries past its new end; read_region jumped to that end,
which was at or before where it stood, and looped forever, growing its list of affiliations
until memory ran out (found by the 10,000-article memory benchmark on real AllSides news).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import spacy

from dateline.actors.found import Found
from dateline.actors.people import read_region
from tests.conftest import deadline as conftest_deadline


@pytest.fixture
def deadline() -> Iterator[None]:
    with conftest_deadline(10, "read_region did not finish: it no longer steps forward"):
        yield


@pytest.mark.parametrize(
    ("text", "stale_at", "found_span"),
    [
        ("the Russian Turkish envoy", 1, (0, 1)),  # indexed at 1, now ends at 1
        ("the Russian Turkish envoy", 2, (0, 1)),  # indexed at 2, now ends before it
        ("Turkish Defence Minister", 1, (0, 1)),
    ],
)
def test_read_region_steps_past_a_stale_mention(deadline: None, text: str, stale_at: int,
                                                 found_span: tuple[int, int]) -> None:
    doc = spacy.blank("en").make_doc(text)
    stale = Found(found_span[0], found_span[1], "RUS", "Russia", "country")
    title, affiliation = read_region(doc, stale_at, len(doc), {stale_at: stale})
    assert affiliation in (None, stale)
    assert title is None or title.key
