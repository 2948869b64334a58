"""The CAMEO codebook and PLOVER mapping as the coder sees them."""

from __future__ import annotations

import pytest

from dateline.events.codebook import code_info, is_code


@pytest.mark.parametrize("code, label, root, goldstein, plover", [
    ("010", "Make statement", "01", 0.0, None),
    ("020", "Make an appeal or request", "02", 3.0, "REQUEST"),
    ("0233", "Appeal for humanitarian aid", "02", 3.4, "REQUEST"),
    ("030", "Express intent to cooperate", "03", 4.0, "AGREE"),
    ("0353", "Express intent to release persons or property", "03", 7.0, "AGREE"),
    ("040", "Consult", "04", 1.0, "CONSULT"),
    ("042", "Make a visit", "04", 1.9, "CONSULT"),
    ("057", "Sign formal agreement", "05", 8.0, "SUPPORT"),
    ("062", "Cooperate militarily", "06", 7.4, "COOPERATE"),
    ("072", "Provide military aid", "07", 8.3, "AID"),
    ("0841", "Return, release person(s)", "08", 7.0, "RETREAT"),
    ("085", "Ease economic sanctions, boycott, embargo", "08", 7.0, "RETREAT"),
    ("090", "Investigate", "09", -2.0, "ACCUSE"),
    ("1053", "Demand release of persons or property", "10", -5.0, "REQUEST"),
    ("112", "Accuse", "11", -2.0, "ACCUSE"),
    ("120", "Reject", "12", -4.0, "REJECT"),
    ("1312", "Threaten with sanctions, boycott, embargo", "13", -5.8, "THREATEN"),
    ("141", "Demonstrate or rally", "14", -6.5, "PROTEST"),
    ("154", "Mobilize or increase armed forces", "15", -7.2, "MOBILIZE"),
    ("1622", "Reduce or stop military assistance", "16", -5.6, "SANCTION"),
    ("163", "Impose embargo, boycott, or sanctions", "16", -8.0, "COERCE"),  # as CAMEO2PLOVER-2021 maps it
    ("173", "Arrest, detain, or charge with legal action", "17", -5.0, "COERCE"),
    ("190", "Use conventional military force, not specified below", "19", -10.0, "ASSAULT"),
    ("2041", "Use chemical, biological, or radiological weapons", "20", -10.0, "ASSAULT"),
])
def test_codebook_code_info(code, label, root, goldstein, plover):
    info = code_info(code)
    assert info.label.startswith(label.split(",")[0])
    assert (info.root, info.goldstein, info.plover) == (root, goldstein, plover)


@pytest.mark.parametrize("code, known", [("057", True), ("1214", False), ("21", False), ("0", False)])
def test_codebook_is_code(code, known):
    assert is_code(code) is known
