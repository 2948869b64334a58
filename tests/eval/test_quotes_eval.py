"""The PolNeAR reader and the citron-style scorer, on hand-written annotations."""

from __future__ import annotations

import pytest

from dateline.eval.brat import Attribution, parse_ann
from dateline.eval.quotes import Score, as_attribution, score_document, widen_to_marks
from dateline.model import Participant, Quote, RecordDate

TEXT = "“We are ready,” Putin said. Lavrov said that talks go on."
#       0         1         2         3         4         5
ANN = (
    "T1\tContent 0 15\t“We are ready,”\n"
    "T2\tSource 16 21\tPutin\n"
    "T3\tCue 22 26\tsaid\n"
    "T4\tAttribution 22 26\tsaid\n"
    "E1\tAttribution:T4 Source:T2 Cue:T3 Content:T1\n"
    "T5\tSource 28 34\tLavrov\n"
    "T6\tCue 35 39\tsaid\n"
    "T7\tContent 40 56\tthat talks go on\n"
    "E2\tAttribution:T6 Source:T5 Cue:T6 Content:T7\n"
    "#1\tAnnotatorNotes T1\ta note\n"
)
GOLD = parse_ann(ANN)
PUTIN = Attribution(source=((16, 21),), cue=((22, 26),), content=((0, 15),))
LAVROV = Attribution(source=((28, 34),), cue=((35, 39),), content=((40, 56),))


def test_brat_parse_ann() -> None:
    assert GOLD == [PUTIN, LAVROV]


def test_brat_parse_discontinuous_span() -> None:
    ann = "T1\tContent 0 5;10 15\tx\nT2\tCue 6 9\ty\nE1\tAttribution:T2 Cue:T2 Content:T1\n"
    assert parse_ann(ann) == [Attribution(cue=((6, 9),), content=((0, 5), (10, 15)))]


def _score(predicted: list[Attribution]) -> Score:
    score = Score()
    score_document(TEXT, predicted, GOLD, score)
    return score


@pytest.mark.parametrize(
    ("predicted", "field", "exact_f1", "overlap_f1"),
    [
        ([PUTIN, LAVROV], "source", 1.0, 1.0),
        ([PUTIN, LAVROV], "content", 1.0, 1.0),
        ([], "source", 0.0, 0.0),
        ([PUTIN], "cue", 2 / 3, 2 / 3),  # P 1/1, R 1/2 both ways (one token per cue)
        # the right cue, a source one token short: no exact match, half the tokens overlap
        ([Attribution(source=((28, 31),), cue=((35, 39),), content=((40, 56),))], "source", 0.0, 2 / 3),
        # a content with a trailing comma still matches exactly (edge punctuation is ignored)
        ([Attribution(source=((28, 34),), cue=((35, 39),), content=((40, 57),))], "content", 2 / 3, None),
    ],
)
def test_quotes_eval_scores(predicted, field, exact_f1, overlap_f1) -> None:
    counts = _score(predicted).fields[field]
    assert counts.exact()[2] == pytest.approx(exact_f1)
    if overlap_f1 is not None:
        assert counts.overlapping()[2] == pytest.approx(overlap_f1)


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("“We are ready,” he said", (1, 13), (0, 15)),
        ("''We are ready,'' he said", (2, 14), (0, 17)),
        ("a “done” deal", (3, 7), (2, 8)),
        ("no marks here", (3, 8), (3, 8)),
    ],
)
def test_quotes_eval_widen_to_marks(text, span, expected) -> None:
    assert widen_to_marks(text, span) == expected


def test_quotes_eval_quote_as_attribution() -> None:
    q = Quote("a", "We are ready,", 1, 14, True, Participant("Putin", 16, 21), "said",
              RecordDate("2020-01-01", "article"), cue_start=22, cue_end=26, parts=[[1, 14]])
    assert as_attribution(q, TEXT) == PUTIN
