"""Every statement of the example article, with its speaker (needs the model)."""

from __future__ import annotations

import pytest

from dateline.model import Quote


def _find(quotes: list[Quote], cue: str, content_start: str) -> Quote:
    found = [q for q in quotes if q.cue == cue and q.text.startswith(content_start)]
    assert len(found) == 1, [(q.cue, q.text[:40]) for q in quotes]
    return found[0]


@pytest.mark.model
@pytest.mark.parametrize(
    ("cue", "content_start", "speaker_in", "direct"),
    [
        ("said", "that it is sticking to the S-400 agreement “as before”", "Ankara", False),
        ("stated", "that Ankara can conclude a new deal", "Borisov", False),
        ("told", "They have the right to do so", "Borisov", True),
        ("announcement", "that Moscow and Ankara reached an accord", "Demir", False),
        ("According to", "the two countries only need to clarify", "Demir", False),
        ("saying", "that “the deployment of the S-400", "Demir", False),
        ("saying", "that in April, Turkey was unable to deploy", "Kalin", False),
        ("described", "done", "Erdogan", True),
        ("claims", "that the Russian missile systems are incompatible", "US", False),
        ("rejects", "allegations", "Turkey", False),
        ("stating", "that the S-400s will be fully operational", "Erdogan", False),
    ],
)
def test_example_statement_speakers(example_analysis, cue: str, content_start: str, speaker_in: str,
                                    direct: bool) -> None:
    q = _find(example_analysis.quotes, cue, content_start)
    assert q.speaker is not None
    # the speaker's resolved name (a pronoun resolves to the earlier mention: "him" -> Demir), or
    # its text where the canonical name differs from it ("Ankara" is the government of Turkey)
    assert speaker_in in (q.speaker.name or "") or speaker_in in q.speaker.text
    assert q.direct is direct


@pytest.mark.model
def test_example_borisov_told_reporters(example_analysis, example_article) -> None:
    q = _find(example_analysis.quotes, "told", "They have the right")
    text = example_article.text
    assert text[q.start:q.end] == q.text
    assert text[q.start - 1] == "“" and text[q.end] == "”"
    assert q.medium == "reporters"


@pytest.mark.model
def test_example_demir_cited_by_milliyet(example_analysis) -> None:
    q = _find(example_analysis.quotes, "saying", "that “the deployment")
    assert q.medium is not None and "Milliyet" in q.medium
    assert q.text.endswith("“some missile systems have been put into operation”")


@pytest.mark.model
def test_example_us_claim_excludes_the_writers_comment(example_analysis) -> None:
    q = _find(example_analysis.quotes, "claims", "that the Russian")
    assert "allegations" not in q.text


@pytest.mark.model
def test_example_contents_are_exact_spans(example_analysis, example_article) -> None:
    text = example_article.text
    for q in example_analysis.quotes:
        for start, end in q.parts:
            assert text[start:end] in q.text
        assert q.speaker is None or text[q.speaker.start:q.speaker.end] == q.speaker.text
        assert q.cue_start is not None and text[q.cue_start:q.cue_end] == q.cue
