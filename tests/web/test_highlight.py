"""Cutting article text at annotation offsets (web/highlight.py)."""

from __future__ import annotations

import pytest

from dateline.web.highlight import Mark, segments


def render(text: str, marks: list[Mark]) -> list[tuple[str, list[str]]]:
    return [(s.text, s.kinds) for s in segments(text, marks)]


@pytest.mark.parametrize(
    ("text", "marks", "expected"),
    [
        ("abc", [], [("abc", [])]),
        ("Turkey said", [Mark("mention", "m1", 0, 6)], [("Turkey", ["mention"]), (" said", [])]),
        # nested: a mention inside an event sentence
        ("A hit B.", [Mark("event", "e1", 0, 8), Mark("mention", "m1", 0, 1), Mark("mention", "m2", 6, 7)],
         [("A", ["event", "mention"]), (" hit ", ["event"]), ("B", ["event", "mention"]), (".", ["event"])]),
        # overlapping, neither inside the other
        ("abcdef", [Mark("quote", "q1", 0, 4), Mark("timex", "t1", 2, 6)],
         [("ab", ["quote"]), ("cd", ["quote", "timex"]), ("ef", ["timex"])]),
        # the same span twice, and marks touching end to start
        ("abcd", [Mark("mention", "m1", 0, 2), Mark("timex", "t1", 0, 2), Mark("quote", "q1", 2, 4)],
         [("ab", ["mention", "timex"]), ("cd", ["quote"])]),
        # bad offsets are skipped, the rest kept
        ("abcd", [Mark("mention", "m1", 2, 9), Mark("mention", "m2", -1, 2), Mark("timex", "t1", 3, 3),
                  Mark("quote", "q1", 1, 2)],
         [("a", []), ("b", ["quote"]), ("cd", [])]),
        ("", [Mark("mention", "m1", 0, 1)], []),
    ],
)
def test_highlight_segments(text: str, marks: list[Mark], expected: list[tuple[str, list[str]]]) -> None:
    assert render(text, marks) == expected


def test_highlight_segments_cover_the_text_exactly() -> None:
    text = "Late last month, the United States threatened Turkey."
    marks = [Mark("event", "e1", 0, len(text)), Mark("timex", "t1", 0, 15), Mark("mention", "m1", 21, 34),
             Mark("mention", "m2", 46, 52), Mark("focus", "e1", 0, len(text))]
    parts = segments(text, marks)
    assert "".join(p.text for p in parts) == text
    assert [p.start for p in parts] == sorted(p.start for p in parts)
    # anchors: each record mark once, where it begins; focus marks make none
    assert [a for p in parts for a in p.anchors] == ["e1", "t1", "m1", "m2"]
    assert parts[0].begins_focus and not parts[1].begins_focus
