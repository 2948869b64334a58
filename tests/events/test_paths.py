"""Arguments the predicate's own slots do not give: a possessive pronoun's antecedent, a meeting in
a phrase of occasion, a frame's nested complement, a threat's condition (rows written for these
tests, actors from the events stage's own lookup)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.events.coder import find_events

#: Sentence -> the (source, code, target) it must give.
_RECOVERED = [
    # A nominal predicate owned by a possessive pronoun is the clause subject's act.
    ("Japan reiterated its offer of aid to Nepal.", ("JPN", "033", "NPL")),
    ("Germany declared its support for the Kurdish fighters.", ("DEU", "051", "KURREB")),
    # ... but the pronoun of a reason for an act on someone stands for that one.
    ("The United States moved to punish Cuba over its support for Venezuela.", ("CUB", "051", "VEN")),
    # "his release from an Iranian prison": the owner of a release is the one released.
    ("The British sailor died after his release from an Iranian prison.", ("IRN", "0841", "GBR")),
    # A meeting named in a phrase of time or occasion is the clause subject's.
    ("After talks with Russia, Turkey said the deal would stand.", ("TUR", "046", "RUS")),
    # A frame's complement that names no one passes on to its own complement.
    ("Kenya refused to allow Somali troops to cross the border.", ("KEN", "120", "SOMMIL")),
    # A threat is aimed at whoever must meet its condition.
    ("Iran threatened to close the strait unless the United States lifts sanctions.", ("IRN", "1312", "USA")),
    ("Russia threatened to cut gas supplies if Ukraine does not pay its debts.", ("RUS", "1311", "UKR")),
]


@pytest.mark.model
@pytest.mark.parametrize("text, wanted", _RECOVERED)
def test_paths_arguments_recovered(bare_nlp, text, wanted):
    events, _ = find_events(bare_nlp(text), [], dt.date(2020, 1, 1))
    assert wanted in {(e.source.actor, e.code, e.target.actor) for e in events}


#: Sentence -> the (source, target) pairs it must give and no other.
_EXACT = [
    # The threatener's own condition names no target; a state's threat to its own people keeps
    # its own country as the target (the codebook's convention for 1324 and kin).
    ("Iraq threatened to impose martial law if it is unable to end the riots.", {("IRQ", "IRQ")}),
    # A possessive pronoun under a verb with an object of its own is not the subject's act.
    ("Egypt accused Israel of breaking its promise to Jordan.", {("EGY", "ISR")}),
]


@pytest.mark.model
@pytest.mark.parametrize("text, pairs", _EXACT)
def test_paths_no_more_pairs(bare_nlp, text, pairs):
    events, _ = find_events(bare_nlp(text), [], dt.date(2020, 1, 1))
    assert {(e.source.actor, e.target.actor) for e in events} == pairs
