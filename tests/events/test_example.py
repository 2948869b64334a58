"""The example article's key events (issue 5, "Done when"): codes, actors, modality, dates."""

from __future__ import annotations

import pytest

from dateline.eval.events import actor_prefix

pytestmark = pytest.mark.model


def _events(analysis, code, source, target, trigger=None):
    return [e for e in analysis.events
            if e.code == code and actor_prefix(e.source.actor) == source and actor_prefix(e.target.actor) == target
            and (trigger is None or trigger in e.trigger)]


def _timex_in(analysis, sentence_start, word):
    return any(t.start >= sentence_start and word in t.text for t in analysis.timexes)


@pytest.mark.parametrize("code, source, target, trigger, modality, date, obj", [
    # "Moscow and Ankara signed a loan agreement ... in September 2017": both directions.
    ("057", "RUS", "TUR", "signed", "asserted", "2017-09", "S-400"),
    ("057", "TUR", "RUS", "signed", "asserted", "2017-09", "S-400"),
    # "Russia completed the first shipment of S-400 components to Turkey in late July 2019".
    ("062", "RUS", "TUR", "shipment", "asserted", "2019-07", "S-400"),
    # "The White House has repeatedly threatened to sanction Turkey": a threat, not a sanction.
    ("1312", "USA", "TUR", "threatened", "asserted", None, "S-400"),
    # "... even deciding to suspend the delivery of fifth-generation F-35 fighter jets to Ankara".
    ("1622", "USA", "TUR", "suspend", "asserted", None, "F-35"),
    # "The US claims that the Russian missile systems are incompatible ..." and Turkey's rejection.
    ("112", "USA", "RUS", "claims", "asserted", None, None),
    ("120", "TUR", "USA", "rejects", "asserted", None, None),
])
def test_example_key_event(example_analysis, code, source, target, trigger, modality, date, obj):
    found = _events(example_analysis, code, source, target, trigger)
    assert len(found) == 1, [(e.code, e.source.actor, e.target.actor, e.trigger) for e in example_analysis.events]
    event = found[0]
    assert event.modality == modality
    assert event.attributed_to is None
    if date is not None:
        assert event.date.value.startswith(date) and event.date.basis == "text"
    if obj is not None:
        assert event.object == obj


def test_example_threat_is_not_coded_as_sanction(example_analysis):
    assert not [e for e in example_analysis.events if e.root == "16" and e.code != "1622"]
    assert not [e for e in example_analysis.events if e.code == "163"]


def test_example_new_deal_is_hypothetical_and_reported_by_borisov(example_analysis):
    found = _events(example_analysis, "057", "TUR", "RUS", "conclude")
    assert len(found) == 1
    event = found[0]
    assert event.modality == "hypothetical"
    assert event.attributed_to is not None and "Borisov" in event.attributed_to.text
    assert actor_prefix(event.attributed_to.actor) == "RUS"
    if not _timex_in(example_analysis, event.start, "end of this year"):
        pytest.xfail("the time stage on this branch does not read 'before the end of this year'")
    assert event.date.value.startswith("2020") and event.date.basis == "text"


def test_example_accord_in_principle_reported_by_demir(example_analysis):
    found = _events(example_analysis, "057", "RUS", "TUR", "accord") + _events(example_analysis, "057", "TUR", "RUS",
                                                                               "accord")
    assert len(found) == 2
    for event in found:
        assert event.modality == "reported"
        assert "Demir" in event.attributed_to.text
    if not _timex_in(example_analysis, found[0].start, "June"):
        pytest.xfail("the time stage on this branch does not read 'earlier in June'")
    assert all(e.date.value == "2020-06" and e.date.basis == "text" for e in found)


def test_example_events_have_evidence_and_no_duplicates(example_analysis, example_article):
    keys = [(e.start, e.trigger, e.source.actor, e.target.actor) for e in example_analysis.events]
    assert len(keys) == len(set(keys))
    for e in example_analysis.events:
        assert example_article.text[e.start:e.end] == e.sentence
        assert e.source.actor and e.target.actor and e.source.actor != e.target.actor
        assert e.extractor == "dateline.events.v1"
        assert e.plover and e.label and e.root == e.code[:2]
