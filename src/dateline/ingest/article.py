"""Building a valid ``Article``: the date check, the size limit and the content-hash id."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from ..errors import InputError
from ..model import Article

#: Texts longer than this (in characters) are rejected unless the caller raises the limit.
DEFAULT_MAX_CHARS = 2_000_000

_SPACE = re.compile(r"\s+")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def normalize_text(text: str) -> str:
    """The text with all runs of white space folded to one space and the ends trimmed.

    Two copies of an article that differ only in line breaks or indentation get one id.
    """
    return _SPACE.sub(" ", text).strip()


def article_id(text: str, date: dt.date) -> str:
    """Content hash of the normalized text and the date: reading an article twice is a no-op."""
    digest = hashlib.sha256(f"{date.isoformat()}\n{normalize_text(text)}".encode())
    return digest.hexdigest()[:20]


def parse_date(value: object) -> dt.date:
    """A publication date from a reader's field: ISO date, or ISO datetime (date part kept).

    Raises InputError for a missing or impossible date (e.g. 2020-02-30).
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip() if value is not None else ""
    if not text:
        raise InputError("missing date")
    match = _ISO_DATE.match(text)
    if match is None:
        try:
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            raise InputError(f"not a date: {text[:40]!r} (expected YYYY-MM-DD)") from None
    year, month, day = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise InputError(f"impossible date: {match.group(0)}") from None


def make_article(
    text: str,
    date: object,
    *,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    ref: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Article:
    """A validated Article; raises InputError if the text is empty or too long or the date bad."""
    if not text or not text.strip():
        raise InputError("empty text")
    if len(text) > max_chars:
        raise InputError(f"text of {len(text):,} characters is over the limit of {max_chars:,}")
    if "\x00" in text:
        raise InputError("text contains NUL characters (binary data?)")
    day = parse_date(date)
    return Article(
        id=article_id(text, day),
        date=day,
        text=text,
        title=_clean(title),
        source=_clean(source),
        url=_clean(url),
        ref=ref,
    )


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None
