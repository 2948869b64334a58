"""Fixtures of the time stage's tests: the bare spaCy model (no dateline components)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Timex

Expected = list[tuple[str, str, str, str | None]]


@pytest.fixture(scope="session")
def parser():
    """The English model alone: the timex stage reads its tags and parse."""
    from dateline.nlp import load_model

    return load_model()


def tag(parser, text: str, date: str | None) -> list[Timex]:
    from dateline.time import find_timexes

    doc = parser(text)
    return find_timexes(doc, dt.date.fromisoformat(date) if date else None, "test")


def found(parser, text: str, date: str | None) -> Expected:
    """(text, type, value, mod) of every expression found, in text order."""
    return [(t.text, t.type, t.value, t.mod) for t in tag(parser, text, date)]
