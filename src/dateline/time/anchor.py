"""Dating events and statements: the temporal expression that governs a predicate."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Token

from ..model import RecordDate, Timex


def article_fallback(article_date: dt.date | None) -> RecordDate:
    """The article date as the date of a record the text does not date."""
    value = article_date.isoformat() if article_date is not None else "PRESENT_REF"
    return RecordDate(value=value, basis="article")


def date_for(predicate: Token, timexes: Sequence[Timex], article_date: dt.date | None) -> RecordDate:
    """The date the text gives to the clause of ``predicate``, else the article date.

    A first rule: a DATE timex in the predicate's sentence.
    """
    sent = predicate.sent
    for timex in timexes:
        if timex.type == "DATE" and sent.start_char <= timex.start and timex.end <= sent.end_char:
            return RecordDate(value=timex.value, basis="text", text=timex.text,
                              start=timex.start, end=timex.end, mod=timex.mod)
    return article_fallback(article_date)
