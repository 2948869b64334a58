"""Speaker resolution against the actors stage's mentions, on hand-built Docs (no model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dateline.model import Mention
from dateline.quotes.speaker import resolve_speaker

_NLP = spacy.blank("en")
# "Demir spoke . According to him , talks go on ."
WORDS = ["Demir", "spoke", ".", "According", "to", "him", ",", "talks", "go", "on", "."]
SPACES = [True, False, True, True, True, False, True, True, True, False, False]


def _doc() -> Doc:
    return Doc(_NLP.vocab, words=WORDS, spaces=SPACES)


def _m(text: str, start: int, kind: str, name: str | None, actor: str | None = None) -> Mention:
    return Mention("a", text, start, start + len(text), actor, name, kind)


DEMIR = _m("Demir", 0, "person", "Ismail Demir", "TURGOV")
HIM = _m("him", 26, "person", "Ismail Demir", "TURGOV")  # the actors stage resolved it
TURKEY = _m("Turkey", 100, "country", "Turkey", "TUR")  # after the pronoun: never its antecedent


@pytest.mark.parametrize(
    ("source", "head", "mentions", "expected"),
    [
        # a name: the mention covering the head word
        ((0, 1), 0, [DEMIR], ("Demir", "Ismail Demir", "TURGOV")),
        # a pronoun the actors stage resolved: used as is
        ((5, 6), 5, [DEMIR, HIM], ("him", "Ismail Demir", "TURGOV")),
        # a pronoun it did not resolve: the nearest earlier mention of a person
        ((5, 6), 5, [DEMIR, TURKEY], ("him", "Ismail Demir", "TURGOV")),
        # no mention at all: the source text alone
        ((0, 1), 0, [], ("Demir", None, None)),
    ],
)
def test_speaker_resolution(source, head, mentions, expected) -> None:
    doc = _doc()
    p = resolve_speaker(doc, doc.text, source, doc[head], mentions)
    assert p is not None
    assert (p.text, p.name, p.actor) == expected
    assert doc.text[p.start:p.end] == p.text


def test_speaker_relative_pronoun_is_named_by_its_noun() -> None:
    """ "a statement that said ...": the span stays the pronoun (PolNeAR marks it so), the name
    is the noun's phrase (the CLI printed "that" as the speaker)."""
    words = ["They", "issued", "a", "statement", "that", "said", "no", "."]
    heads = [1, 1, 3, 1, 5, 3, 5, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "nsubj", "relcl", "ccomp", "punct"]
    doc = Doc(_NLP.vocab, words=words, heads=heads, deps=deps)
    p = resolve_speaker(doc, doc.text, (4, 5), doc[4], [])
    assert p is not None and (p.text, p.name, p.actor) == ("that", "a statement", None)
