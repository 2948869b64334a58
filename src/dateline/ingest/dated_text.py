"""The dated-text format of the example articles: ``date YYYY-MM-DD`` then the text.

Optional leading white space, the header, then the text. The text is everything after
the header, exactly as read, so offsets match the file minus the header. If the header
stands on a line of its own and the first line after it reads as a headline, that line
is the title (it stays in the text too, so offsets are unaffected).
"""

from __future__ import annotations

import re

from ..errors import InputError
from ..model import Article
from .article import DEFAULT_MAX_CHARS, make_article

_HEADER = re.compile(r"\s*date[ \t]+(\S+)", re.IGNORECASE)
_SENTENCE_END = tuple(".!?…:;\"”’'")
MAX_TITLE_CHARS = 250


def has_date_header(content: str) -> bool:
    """Whether ``content`` starts (after white space) with a ``date ...`` header."""
    return _HEADER.match(content) is not None


def read_dated_text(content: str, ref: str | None = None, max_chars: int = DEFAULT_MAX_CHARS) -> Article:
    """One Article from dated-text content; InputError if the header is missing or bad."""
    match = _HEADER.match(content)
    if match is None:
        raise InputError("no 'date YYYY-MM-DD' header (give the date with --date for plain text)")
    text = content[match.end():]
    return make_article(text, match.group(1), title=headline(text), ref=ref, max_chars=max_chars)


def headline(text: str) -> str | None:
    """The first line of ``text`` if it stands alone and reads as a headline, else None."""
    if not text.startswith(("\n", "\r\n")):
        return None  # the text starts on the header's line: no headline
    lines = text.strip().splitlines()
    if len(lines) < 2:
        return None
    first = lines[0].strip()
    if not first or len(first) > MAX_TITLE_CHARS or first.endswith(_SENTENCE_END):
        return None
    return first
