"""The pattern dictionary, sentence by sentence: who did what to whom, and how sure the text is.

Each row of cases.tsv is a sentence written from a CAMEO category definition with the
expected source and target (country or IGO prefix), code and, where the row gives one,
modality; "none" rows must code nothing.
"""

from __future__ import annotations

import pytest

from dateline.eval.events import actor_prefix

from .conftest import read_cases

CASES = [pytest.param(r, marks=pytest.mark.xfail(reason=r[5][6:].strip(), strict=True))
         if len(r) > 5 and r[5].startswith("xfail:") else r for r in read_cases("cases.tsv")]


def _id(row) -> str:
    row = row.values[0] if hasattr(row, "values") else row
    return f"{row[3]}:{row[0][:40]}"


@pytest.mark.model
@pytest.mark.parametrize("row", CASES, ids=[_id(r) for r in CASES])
def test_coding_sentence_gives_expected_event(code_sentence, row):
    sentence, source, target, code = row[:4]
    modality = row[4] if len(row) > 4 else None
    events = code_sentence(sentence)
    found = [(actor_prefix(e.source.actor), actor_prefix(e.target.actor), e.code, e.modality) for e in events]
    if code == "none":
        assert found == []
        return
    wanted = (actor_prefix(source), actor_prefix(target), code)
    matches = [f for f in found if f[:3] == wanted]
    assert matches, f"{wanted} not in {found}"
    if modality:
        assert modality in {f[3] for f in matches}, f"modality {modality} not in {matches}"
