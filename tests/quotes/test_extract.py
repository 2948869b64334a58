"""Quotes and reported statements in hand-written sentences (needs the model)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.analyze import analyze
from dateline.model import Article, Quote

DATE = dt.date(2020, 6, 24)


def _quotes(nlp, text: str) -> list[Quote]:
    return analyze(Article(id="t", date=DATE, text=text), nlp).quotes


def _one(quotes: list[Quote], cue: str) -> Quote:
    found = [q for q in quotes if q.cue == cue]
    assert len(found) == 1, [(q.cue, q.text) for q in quotes]
    return found[0]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content", "direct"),
    [
        # direct quotes, every quote style
        ("“We will conclude the agreement,” Borisov told reporters on Wednesday.",
         "told", "Borisov", "We will conclude the agreement,", True),
        ('"We will not back down," the ministry said in a statement.',
         "said", "the ministry", "We will not back down,", True),
        ("‘We are ready,’ Putin told TASS.", "told", "Putin", "We are ready,", True),
        ("«We are ready», Putin said.", "said", "Putin", "We are ready", True),
        # quote split around its cue: one statement in two parts
        ("“No one is going to talk,” Kerry said, “for the sake of talking.”",
         "said", "Kerry", "No one is going to talk, for the sake of talking.", True),
        # inverted cue
        ("“The deal is done,” said the secretary.", "said", "the secretary", "The deal is done,", True),
        # a quotation signed with a dash and the speaker's name (readers' comments, epigraphs)
        ("Readers wrote in.\n“We need better schools for our kids.” ― Maria Lopez",
         "―", "Maria Lopez", "We need better schools for our kids.", True),
        ("Readers wrote in.\n“Nobody listens to us.” — Tom R. Baker.",
         "—", "Tom R. Baker", "Nobody listens to us.", True),
        # a speaker with a long description the parser hung on the quoted clause
        ("“We will never give in to pressure,” Ms. Aldana, now 64 and retired in Leeds, said on Friday.",
         "said", "Ms. Aldana, now 64 and retired in Leeds", "We will never give in to pressure,", True),
        # indirect speech
        ("Pompeo warned that sanctions would follow.",
         "warned", "Pompeo", "that sanctions would follow", False),
        ("The president told reporters that the talks had failed.",
         "told", "The president", "that the talks had failed", False),
        ("The Foreign Ministry denied the allegations on Twitter.",
         "denied", "The Foreign Ministry", "the allegations", False),
        # a finite verb the tagger read as a participle on its subject
        ("A new poll found last week that the governor would win.",
         "found", "A new poll", "that the governor would win", False),
        # a name the parser hung on an introductory phrase with no comma after it
        ("In an interview with the editorial board of the Boston Globe Lopez said that the plan was dead.",
         "said", "Lopez", "that the plan was dead", False),
        # the story's dateline is no part of the speaker
        ("WASHINGTON (AP) — Donald Trump and House Speaker Paul Ryan said on Thursday that they would meet.",
         "said", "Donald Trump and House Speaker Paul Ryan", "that they would meet", False),
        ("New York (AFP) – Vice President Joe Biden said Monday that the talks would go on.",
         "said", "Vice President Joe Biden", "that the talks would go on", False),
        # an embedded question hung as an adverbial clause
        ("The mayor asked the workers if they planned to strike.",
         "asked", "The mayor", "if they planned to strike", False),
        ("The spokesman would not say whether the talks would resume.",
         "say", "The spokesman", "whether the talks would resume", False),
        # a phrase saying when is no part of what was said
        ("The opposition criticized the budget on Monday.",
         "criticized", "The opposition", "the budget", False),
        ("The minister also mentioned the drought in the south.",
         "mentioned", "The minister", "the drought in the south", False),
        ("The senator, a former judge, noted the new rule in an interview.",
         "noted", "The senator, a former judge", "the new rule", False),
        ("According to the ministry, the talks will resume in May.",
         "According to", "the ministry", "the talks will resume in May", False),
        ("Erdogan was quoted by Reuters as saying that the deal was final.",
         "saying", "Erdogan", "that the deal was final", False),
        ("Moscow will respond, TASS reported.", "reported", "TASS", "Moscow will respond", False),
        # a partial quote inside a sentence, attributed through the verb that governs it
        ("The deployment, described by President Erdogan as a “done” deal, went ahead.",
         "described", "President Erdogan", "done", True),
    ],
)
def test_extract_statement(nlp, text: str, cue: str, speaker: str, content: str, direct: bool) -> None:
    q = _one(_quotes(nlp, text), cue)
    assert q.speaker is not None and q.speaker.text == speaker
    assert q.text == content
    assert q.direct is direct
    assert text[q.speaker.start:q.speaker.end] == speaker
    assert text[q.cue_start:q.cue_end] == cue
    for start, end in q.parts:  # the parts are exact spans of the text
        assert text[start:end] in content


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "medium"),
    [
        ("“We will conclude the agreement,” Borisov told reporters.", "told", "reporters"),
        ('"We will not back down," the ministry said in a statement.', "said", "statement"),
        ("The Foreign Ministry denied the allegations on Twitter.", "denied", "Twitter"),
        ("Erdogan was quoted by Reuters as saying that the deal was final.", "saying", "Reuters"),
        ("Pompeo warned that sanctions would follow.", "warned", None),
    ],
)
def test_extract_medium(nlp, text: str, cue: str, medium: str | None) -> None:
    assert _one(_quotes(nlp, text), cue).medium == medium


@pytest.mark.model
def test_extract_quote_over_paragraphs(nlp) -> None:
    text = "“The first paragraph of a long statement.\n\n“The second one ends here,” Merkel said."
    q = _one(_quotes(nlp, text), "said")
    assert [text[a:b] for a, b in q.parts] == [
        "The first paragraph of a long statement.", "The second one ends here,"]
    assert q.start == 1 and q.end == text.index("”")


@pytest.mark.model
def test_extract_continues_into_next_quote_paragraph(nlp) -> None:
    text = "“We are ready,” Putin said. “We have always been ready.”\n\n“And we will stay ready.”"
    q = _one(_quotes(nlp, text), "said")
    assert [text[a:b] for a, b in q.parts] == [
        "We are ready,", "We have always been ready.", "And we will stay ready."]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The weather was fine and the roads were open.",
        "He bought a “smart” phone.",  # scare quotes with no cue are not statements
    ],
)
def test_extract_no_statement(nlp, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.model
def test_extract_dates_statement_from_its_sentence(nlp) -> None:
    q = _one(_quotes(nlp, "On Monday, the minister said that the talks had failed."), "said")
    assert q.date.basis in ("text", "article")
    assert q.date.value  # date_for gives the article date when the text gives none


@pytest.mark.model
def test_extract_bad_sentence_is_skipped(nlp, monkeypatch) -> None:
    from dateline.quotes import extract, verbs

    real = verbs.verb_candidate

    def flaky(verb, *args):
        if verb.text == "warned":
            raise RuntimeError("boom")
        return real(verb, *args)

    monkeypatch.setattr(extract, "verb_candidate", flaky)
    text = "Pompeo warned that sanctions would follow.\n\nThe minister said that the talks had failed."
    quotes = _quotes(nlp, text)
    assert [q.cue for q in quotes] == ["said"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "“It is over” — and the crowd went home.",  # a dash that goes on with the sentence
        "The talks ended — Maria Lopez left first.",  # no quotation before the dash
    ],
)
def test_extract_dash_without_signature(nlp, text: str) -> None:
    assert not [q for q in _quotes(nlp, text) if q.cue in ("—", "―")]
