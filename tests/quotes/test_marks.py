"""Quotation marks found on characters alone (no model)."""

from __future__ import annotations

import pytest

from dateline.quotes.marks import quote_spans


def _inner(text: str) -> list[tuple[str, int, bool]]:
    """(quoted text, group relative to the first, closed) per span."""
    spans = quote_spans(text)
    base = spans[0].group if spans else 0
    return [(text[s.start:s.end], s.group - base, s.closed) for s in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“They have the right,” Borisov said.", [("They have the right,", 0, True)]),
        ('"We will not back down," the ministry said.', [("We will not back down,", 0, True)]),
        ("‘We are ready,’ Putin told TASS.", [("We are ready,", 0, True)]),
        ("«We are ready», Putin said.", [("We are ready", 0, True)]),
        ("''Not only are they here,'' he said.", [("Not only are they here,", 0, True)]),
        # a split quote: two groups, one on each side of the cue
        ("“No one is going to talk,” Kerry said, “for the sake of talking.”",
         [("No one is going to talk,", 0, True), ("for the sake of talking.", 1, True)]),
        # a partial quote inside a sentence
        ("described by Erdogan as a “done” deal.", [("done", 0, True)]),
        # apostrophes are not quotation marks
        ("The systems’ activation and Turkey’s drive don’t count.", []),
        # a single quote nested in a double quote stays inside it
        ("“He said ‘never’ to me,” she said.", [("He said ‘never’ to me,", 0, True)]),
        # a quote running over paragraphs: each opens again, the last one closes
        ("“First part.\n\n“Second part.\n\n“Third part,” Merkel said.",
         [("First part.", 0, False), ("Second part.", 0, False), ("Third part,", 0, True)]),
        # an opening mark never closed nor continued is a stray mark: dropped
        ("He said “this is not closed.\n\nA new paragraph without a mark.", []),
        ('"', []),
        ("", []),
    ],
)
def test_marks_quote_spans(text: str, expected: list[tuple[str, int, bool]]) -> None:
    assert _inner(text) == expected


@pytest.mark.parametrize("text", ["“a” “b” “c”", 'x "y" z "w"'])
def test_marks_spans_are_ordered_and_disjoint(text: str) -> None:
    spans = quote_spans(text)
    for a, b in zip(spans, spans[1:], strict=False):
        assert a.outer_end <= b.outer_start
    for s in spans:
        assert s.outer_start < s.start <= s.end < s.outer_end
