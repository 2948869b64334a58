"""Evaluation gate: the timex stage's TempEval-3 figures may not fall below the pinned floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import shared_path

FLOORS = json.loads((Path(__file__).parent / "timex_floors.json").read_text(encoding="utf-8"))


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize("split", ["train", "platinum"])
def test_timex_gate_tempeval3(split):
    from dateline.eval.timex import evaluate_dir

    gold = shared_path("data", "temporal", "tempeval3", split)
    figures = evaluate_dir(gold).as_dict()
    for name, floor in FLOORS[split].items():
        assert figures[name] >= floor, f"{split} {name} {figures[name]} < floor {floor}"


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize(("name", "file", "labels"), [
    ("allsides_dev", "allsides_timex_dev.jsonl", 181),
    ("allsides_dev2", "allsides_timex_dev2.jsonl", 149),  # seed 7: the recall round's set
])
def test_timex_gate_allsides_dev(name, file, labels):
    from dateline.eval.standoff import read_standoff
    from dateline.eval.timex import run, score, timex_pipeline

    gold = Path(__file__).resolve().parents[1] / "time" / "data" / file
    docs = read_standoff(gold, shared_path("data", "news", "allsides-article-bias"))
    assert len(docs) == 40 and sum(len(d.timexes) for d in docs) == labels
    figures = score(zip(docs, run(timex_pipeline(), docs), strict=True)).as_dict()
    for figure, floor in FLOORS[name].items():
        assert figures[figure] >= floor, f"{name} {figure} {figures[figure]} < floor {floor}"


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize(("name", "file", "labels"), [
    ("reuters_dev", "reuters_timex_dev.jsonl", 312),
    ("reuters_dev2", "reuters_timex_dev2.jsonl", 465),  # seed 4: economy and diplomacy stories
])
def test_timex_gate_reuters_dev(name, file, labels):
    from dateline.eval.standoff import read_standoff
    from dateline.eval.timex import run, score, timex_pipeline

    gold = Path(__file__).resolve().parents[1] / "time" / "data" / file
    docs = read_standoff(gold, reuters=shared_path("data", "news", "reuters21578"))
    assert len(docs) == 40 and sum(len(d.timexes) for d in docs) == labels
    figures = score(zip(docs, run(timex_pipeline(), docs), strict=True)).as_dict()
    for figure, floor in FLOORS[name].items():
        assert figures[figure] >= floor, f"{name} {figure} {figures[figure]} < floor {floor}"


@pytest.mark.model
def test_timex_cli_prints_toolkit_table(tmp_path):
    from typer.testing import CliRunner

    from dateline.cli import app

    (tmp_path / "d.tml").write_text(
        '<?xml version="1.0" ?>\n<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" '
        'functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>\nThey met <TIMEX3 tid="t1" '
        'type="DATE" value="2013-03-21">yesterday</TIMEX3>.\n</TEXT></TimeML>\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "timex", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for label in ("Strict Match", "Relaxed Match", "Value", "Type"):
        assert label in result.output
    assert "100.00" in result.output
