import pytest

from dateline.errors import InputError
from dateline.ingest.dated_text import read_dated_text

from ..conftest import EXAMPLE


def test_dated_text_example_offsets_follow_design():
    article = read_dated_text(EXAMPLE.read_text(encoding="utf-8"))
    assert article.date.isoformat() == "2020-06-24"
    assert article.title is None
    # DESIGN.md: "Late last month" at 1..16 of the text as read (the text after the header).
    assert article.text[1:16] == "Late last month"


@pytest.mark.parametrize(
    "content, title",
    [
        ("date 2020-01-02\nRussia signs deal\n\nMoscow and Ankara signed.", "Russia signs deal"),
        ("date 2020-01-02\nMoscow and Ankara signed a deal.\nMore text.", None),
        ("  date 2020-01-02 Moscow and Ankara signed.", None),
        ("date 2020-01-02\nOnly one line", None),
    ],
)
def test_dated_text_headline(content, title):
    assert read_dated_text(content).title == title


@pytest.mark.parametrize(
    "content, reason",
    [
        ("Moscow and Ankara signed.", "no 'date"),
        ("date 2020-02-30 Text.", "impossible date"),
        ("date yesterday Text.", "not a date"),
        ("date 2020-01-02   \n  ", "empty text"),
    ],
)
def test_dated_text_rejects(content, reason):
    with pytest.raises(InputError, match=reason):
        read_dated_text(content)
