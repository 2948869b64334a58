"""Reading titles: role, code, class, implied country, former holders."""

from __future__ import annotations

import pytest

from dateline.actors.titles import read_title


@pytest.mark.parametrize(
    ("words", "role", "code", "role_class", "country", "former"),
    [
        ("deputy prime minister", "deputy prime minister", "GOV", "other", None, False),
        ("prime minister", "prime minister", "GOV", "head_of_government", None, False),
        ("presidential spokesman", "presidential spokesman", "GOV", "other", None, False),
        (
            "undersecretary for defence industries",
            "undersecretary for defence industries",
            "GOV",
            "other",
            None,
            False,
        ),
        ("secretary of state", "secretary of state", "GOV", "foreign_minister", "USA", False),
        ("defense secretary", "defense secretary", "GOVMIL", "defence_minister", None, False),
        ("former president", "president", "GOV", "head_of_state", None, True),
        ("top diplomat", "foreign minister", "GOV", "foreign_minister", None, False),
        ("sen.", "sen.", "LEG", "legislator", "USA", False),
        ("gen.", "gen.", "MIL", "other", None, False),
        ("white house press secretary", "white house press secretary", "GOV", "other", None, False),
        ("ways and means chairman", "ways and means chairman", "LEG", "other", None, False),
        (
            "the chairman of the joint chiefs of staff",
            "chairman of the joint chiefs of staff",
            "MIL",
            "other",
            "USA",
            False,
        ),
        ("analyst", "analyst", None, "other", None, False),
        ("correspondent", "correspondent", "MED", "other", None, False),
    ],
)
def test_titles_read_title(
    words: str, role: str, code: str | None, role_class: str, country: str | None, former: bool
) -> None:
    title = read_title(words.split())
    assert title is not None
    assert (title.role, title.code, title.role_class, title.country, title.former) == (
        role,
        code,
        role_class,
        country,
        former,
    )


@pytest.mark.parametrize("words", ["the", "reporters on wednesday", "big announcement", ""])
def test_titles_no_title(words: str) -> None:
    assert read_title(words.split()) is None
