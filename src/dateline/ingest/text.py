"""Text files: the dated-text format (``date YYYY-MM-DD`` header), or plain text with ``--date``."""

from __future__ import annotations

from ..errors import InputError
from ..model import Article, Reject
from .article import make_article
from .dated_text import has_date_header, headline, read_dated_text
from .options import ReadOptions


def read_text(data: bytes, path: str, options: ReadOptions) -> Article | Reject:
    """One Article from a text file; the header's date wins over ``--date``."""
    try:
        content = data.decode("utf-8")
    except UnicodeDecodeError as err:
        return Reject(path, f"invalid UTF-8 at byte {err.start}")
    content = content.removeprefix("\ufeff")
    try:
        if has_date_header(content):
            return read_dated_text(content, ref=path, max_chars=options.max_chars)
        if options.date is None:
            return Reject(path, "no date: no 'date YYYY-MM-DD' header and no --date given")
        text = content if content.startswith("\n") else "\n" + content
        return make_article(content, options.date, title=headline(text), ref=path, max_chars=options.max_chars)
    except InputError as err:
        return Reject(path, err.reason)
