"""The dateline_events component: Doc extensions, unresolved counts, and bad sentences."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from dateline.events import coder
from dateline.events.coder import find_events
from dateline.model import Event, Mention, from_json

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, events, unresolved", [
    ("Russia attacked Ukraine.", 1, 0),
    ("The rebels attacked the village.", 0, 1),   # coded, but neither side is a known actor
    ("It rained in Paris.", 0, 0),
    ("Russia attacked Ukraine. The rebels attacked the village.", 1, 1),
])
def test_component_sets_events_and_unresolved_count(bare_nlp, text, events, unresolved):
    from dateline.events.component import EventsComponent

    doc = bare_nlp(text)
    doc._.dl_date = "2020-06-24"
    doc._.dl_article = "a1"
    doc = EventsComponent(bare_nlp, "dateline_events")(doc)
    found = [from_json(Event, e) for e in doc._.dl_events]
    assert len(found) == events and doc._.dl_unresolved_events == unresolved
    assert all(e.article == "a1" and e.date.value == "2020-06-24" and e.date.basis == "article" for e in found)


def test_component_a_bad_sentence_loses_only_itself(bare_nlp, monkeypatch, caplog):
    doc = bare_nlp("Russia attacked Ukraine. Israel bombed Gaza. China criticized Japan.")
    real = coder._sentence_events

    def flaky(sent, ctx):
        if "Israel" in sent.text:
            raise RuntimeError("bad parse")
        return real(sent, ctx)

    monkeypatch.setattr(coder, "_sentence_events", flaky)
    with caplog.at_level(logging.ERROR, logger="dateline.events.coder"):
        events, _ = find_events(doc, [], dt.date(2020, 6, 24), "a1")
    assert [e.code for e in events] == ["190", "111"]
    assert "event coding failed" in caplog.text


@pytest.mark.parametrize("text, mention, source, target", [
    # The actors stage's mentions win over the events stage's own lookup.
    ("The Kremlin criticized Kyiv.", ("The Kremlin", "RUSGOV"), "RUSGOV", "UKRGOV"),
    ("Gazprom sued Naftogaz.", ("Gazprom", "RUSBUS"), "RUSBUS", None),
])
def test_component_uses_actor_mentions(bare_nlp, text, mention, source, target):
    doc = bare_nlp(text)
    start = text.index(mention[0])
    mentions = [Mention("a1", mention[0], start, start + len(mention[0]), mention[1], None, "organization")]
    events, unresolved = find_events(doc, mentions, None)
    if target is None:
        assert events == [] and unresolved == 1
    else:
        assert [(e.source.actor, e.target.actor) for e in events] == [(source, target)]


@pytest.mark.parametrize("start, end", [(30, 20), (-5, 3), (5000, 5010), (8, 8)])
def test_component_bad_offsets_from_other_stages_are_survived(bare_nlp, start, end):
    from dateline.model import Participant, Quote, RecordDate

    doc = bare_nlp("Russia attacked Ukraine. Israel bombed Gaza.")
    mentions = [Mention("a1", "x", start, end, "RUS", None, "country")]
    quotes = [Quote("a1", "x", start, end, True, Participant("x", start, end, "RUS"), "said",
                    RecordDate("2020-06-24", "article"))]
    events, _ = find_events(doc, mentions, None, "a1", (), quotes)
    assert {e.code for e in events} >= {"190", "195"}
