"""Evaluation gate: the quotes stage's PolNeAR figures may not fall below the pinned floors.

The whole test split (84 articles) runs in about a minute, so the gate scores all of it;
dev is scored too, as the split the stage is developed on. Floors are overlap F1 (percent)
for the source and content spans, the issue's bar (quotes_floors.json).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import shared_path

FLOORS = json.loads((Path(__file__).parent / "quotes_floors.json").read_text(encoding="utf-8"))


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize("split", ["dev", "test"])
def test_quotes_gate_polnear(nlp, split: str) -> None:
    from dateline.eval.quotes import evaluate, load_split

    root = shared_path("data", "quotes", "polnear")
    docs = load_split(root, split)
    with nlp.select_pipes(disable=["dateline_events"]):  # events do not feed the quotes
        score = evaluate(docs, nlp)
    for name, floor in FLOORS[split].items():
        field, _, metric = name.partition("_")
        counts = score.fields[field]
        figure = 100 * (counts.overlapping() if metric == "overlap_f1" else counts.exact())[2]
        assert figure >= floor, f"PolNeAR {split} {name} {figure:.1f} < floor {floor}"
