"""The ``dateline_timex`` component: reads the Doc's article date and id, writes JSON."""

from __future__ import annotations

import pytest

from dateline.model import Timex, from_json


@pytest.mark.model
def test_component_sets_doc_timexes(parser):
    from dateline.extensions import register_extensions
    from dateline.time.component import TimexComponent

    register_extensions()
    component = TimexComponent(parser, "dateline_timex")
    doc = parser.make_doc("The minister resigned yesterday.")
    doc._.dl_date = "2020-06-24"
    doc._.dl_article = "a1"
    for _, proc in parser.pipeline:
        doc = proc(doc)
    doc = component(doc)
    timexes = [from_json(Timex, t) for t in doc._.dl_timexes]
    assert [(t.article, t.text, t.value, t.extractor) for t in timexes] == [
        ("a1", "yesterday", "2020-06-23", "dateline.time.v1")]


@pytest.mark.model
def test_component_survives_a_failing_normalizer(parser, monkeypatch):
    from dateline.time import normalize, tagger

    real = normalize.NORMALIZERS["weekday"]

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setitem(normalize.NORMALIZERS, "weekday", broken)
    doc = parser("He left on Monday and came back yesterday.")
    import datetime as dt

    found = [t.text for t in tagger.find_timexes(doc, dt.date(2020, 6, 24), "a")]
    assert found == ["yesterday"]
    monkeypatch.setitem(normalize.NORMALIZERS, "weekday", real)


def test_component_without_parse_uses_words_for_tense():
    import datetime as dt

    import spacy

    from dateline.time import find_timexes

    nlp = spacy.blank("en")
    past = find_timexes(nlp("The deal was signed in July."), dt.date(2020, 6, 24))
    future = find_timexes(nlp("The ministers will meet in July."), dt.date(2020, 6, 24))
    assert [t.value for t in past] == ["2019-07"]
    assert [t.value for t in future] == ["2020-07"]
