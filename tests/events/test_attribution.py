"""Who an event is attributed to: the speaker of the clause that reports it, named as the text names them."""

from __future__ import annotations

import pytest

ROWS = [
    # (sentence, CAMEO code of the reported event, modality, attributed_to text)
    ("Iran said Israel attacked Syria.", "190", "reported", "Iran"),
    # a relative pronoun stands for the noun its clause modifies, and that clause is not the speaker's name
    ("Analysts who said that Russia attacked Ukraine were surprised.", "190", "reported", "Analysts"),
    ("The officials, who said that Russia attacked Ukraine, spoke to reporters.", "190", "reported", "The officials"),
    # the "it" of a passive speech verb stands for the clause: reported, by no one named
    ("It has been reported that Russia attacked Ukraine.", "190", "reported", None),
    ("It was widely reported that Iran threatened Israel.", "130", "reported", None),
    ("Russia attacked Ukraine.", "190", "asserted", None),
]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "code", "modality", "speaker"), ROWS)
def test_attribution_names_the_speaker(code_sentence, sentence: str, code: str, modality: str,
                                       speaker: str | None) -> None:
    found = [(e.modality, e.attributed_to.text if e.attributed_to else None)
             for e in code_sentence(sentence) if e.code == code]
    assert found == [(modality, speaker)]
