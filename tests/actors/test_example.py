"""The example article, mention by mention: every person, country, government, body, outlet
and weapon system resolves to the right actor (the table is the article read by hand)."""

from __future__ import annotations

import pytest

TUR = ("TUR", "country", "Turkey")
RUS = ("RUS", "country", "Russia")
USA = ("USA", "country", "United States")
ANKARA = ("TURGOV", "government", "Turkey")
MOSCOW = ("RUSGOV", "government", "Russia")
S400 = (None, "object", "S-400")
F35 = (None, "object", "F-35")
BORISOV = ("RUSGOV", "person", "Yury Borisov")
DEMIR = ("TURGOV", "person", "Ismail Demir")
KALIN = ("TURGOV", "person", "Ibrahim Kalin")
ERDOGAN = ("TURGOV", "person", "Recep Tayyip Erdogan")

#: (text, (actor, type, name)) in text order; nested mentions after the one that contains them.
EXPECTED = [
    ("Ankara", ANKARA),
    ("S-400", S400),
    ("Turkey", TUR),
    ("Russia’s Deputy Prime Minister Yury Borisov", BORISOV),
    ("Russia", RUS),
    ("Ankara", ANKARA),
    ("Moscow", MOSCOW),
    ("Russian", RUS),
    ("S-400", S400),
    ("Turkey", TUR),
    ("Borisov", BORISOV),
    ("Turkish Undersecretary for Defence Industries Ismail Demir", DEMIR),
    ("Turkish", TUR),
    ("Moscow", MOSCOW),
    ("Ankara", ANKARA),
    ("S-400s", S400),
    ("him", DEMIR),
    ("Turkey", TUR),
    ("Demir", DEMIR),
    ("Turkish", TUR),
    ("Milliyet", ("TURMED", "media", "Milliyet")),
    ("S-400", S400),
    ("Turkey", TUR),
    ("Turkish presidential spokesman Ibrahim Kalin", KALIN),
    ("Turkish", TUR),
    ("Turkey", TUR),
    ("S-400", S400),
    ("Russia", RUS),
    ("US", USA),
    ("Turkish", TUR),
    ("S-400", S400),
    ("Turkey", TUR),
    ("US", USA),
    ("Ankara", ANKARA),
    ("S-400", S400),
    ("Turkish President Recep Tayyip Erdogan", ERDOGAN),
    ("Turkish", TUR),
    ("White House", ("USAGOV", "government", "United States")),
    ("Turkey", TUR),
    ("S-400s", S400),
    ("F-35", F35),
    ("Ankara", ANKARA),
    ("AP Photo", ("USAMED", "media", "Associated Press")),
    ("Turkish Defence Ministry", ("TURGOVMIL", "government", "Turkey defence ministry")),
    ("Turkish", TUR),
    ("S-400", S400),
    ("Russian", RUS),
    ("Ankara", ("TUR", "location", "Ankara")),
    ("Turkey", TUR),
    ("US", USA),
    ("Russian", RUS),
    ("NATO", ("IGOWSTNAT", "organization", "NATO")),
    ("F-35", F35),
    ("Turkey", TUR),
    ("Moscow", MOSCOW),
    ("Ankara", ANKARA),
    ("S-400s", S400),
    ("Turkey", TUR),
    ("Russia", RUS),
    ("S-400", S400),
    ("Turkey", TUR),
    ("Erdogan", ERDOGAN),
    ("S-400s", S400),
]


@pytest.mark.model
def test_example_mentions_one_by_one(example_analysis) -> None:
    got = [(m.text, (m.actor, m.type, m.name)) for m in example_analysis.mentions]
    assert len(got) == len(EXPECTED)
    for n, (mention, expected) in enumerate(zip(got, EXPECTED, strict=True)):
        assert mention == expected, f"mention {n}"


@pytest.mark.model
def test_example_mentions_carry_evidence(example_article, example_analysis) -> None:
    for m in example_analysis.mentions:
        assert example_article.text[m.start : m.end] == m.text
        assert m.article == example_article.id
        assert m.extractor == "dateline.actors.v1"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Russia’s Deputy Prime Minister Yury Borisov", "deputy prime minister"),
        ("Turkish presidential spokesman Ibrahim Kalin", "presidential spokesman"),
        ("Turkish President Recep Tayyip Erdogan", "president"),
    ],
)
def test_example_roles(example_analysis, text: str, role: str) -> None:
    assert [m.role for m in example_analysis.mentions if m.text == text] == [role]
