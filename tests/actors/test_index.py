"""MentionIndex: the smallest mention covering a character range."""

from __future__ import annotations

import pytest

from dateline.actors.index import MentionIndex
from dateline.model import Mention

TEXT = "Russia's Deputy Prime Minister Yury Borisov told reporters that Ankara can buy more."
MENTIONS = [
    Mention(
        "a",
        "Russia's Deputy Prime Minister Yury Borisov",
        0,
        43,
        "RUSGOV",
        "Yury Borisov",
        "person",
        "deputy prime minister",
    ),
    Mention("a", "Russia", 0, 6, "RUS", "Russia", "country"),
    Mention("a", "Ankara", 64, 70, "TURGOV", "Turkey", "government"),
]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (31, 43, "Yury Borisov"),  # the name
        (36, 43, "Yury Borisov"),  # "Borisov"
        (0, 6, "Russia"),  # the country inside the title: the smaller mention
        (2, None, "Russia"),  # a point
        (64, 70, "Turkey"),
        (44, 48, None),  # "told"
        (0, 70, None),  # wider than any mention
    ],
)
def test_index_at(start: int, end: int | None, expected: str | None) -> None:
    found = MentionIndex(MENTIONS).at(start, end)
    assert (found.name if found else None) == expected


@pytest.mark.parametrize(
    ("start", "end", "names"),
    [
        (0, 43, ["Yury Borisov", "Russia"]),
        (44, 84, ["Turkey"]),
        (0, 84, ["Yury Borisov", "Russia", "Turkey"]),
    ],
)
def test_index_within(start: int, end: int, names: list[str]) -> None:
    assert [m.name for m in MentionIndex(MENTIONS).within(start, end)] == names


def test_index_empty() -> None:
    assert MentionIndex([]).at(0, 5) is None
