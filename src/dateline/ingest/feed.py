"""RSS and Atom feed files: one Article per entry, through feedparser."""

from __future__ import annotations

import datetime as dt
import time
import warnings
from collections.abc import Iterator

import feedparser

from ..errors import InputError
from ..model import Article, Reject
from .article import make_article
from .html import html_fragment_text
from .options import ReadOptions


def read_feed(data: bytes, path: str, options: ReadOptions) -> Iterator[Article | Reject]:
    """Articles from the entries of a feed; an entry without text or date is rejected."""
    try:
        parsed = feedparser.parse(data)
    except Exception as err:  # feedparser fails in many ways on mangled encodings and markup
        yield Reject(path, f"not an RSS/Atom feed ({type(err).__name__})")
        return
    if not parsed.entries:
        problem = getattr(parsed, "bozo_exception", None)
        reason = f"not an RSS/Atom feed ({problem})" if problem else "feed has no entries"
        yield Reject(path, reason)
        return
    feed_title = parsed.feed.get("title") if parsed.get("feed") else None
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{path}#entry{number}"
        body = _entry_html(entry)
        text = html_fragment_text(body) if body else ""
        date = _entry_date(entry) or options.date
        if date is None:
            yield Reject(where, "feed entry has no published or updated date (give one with --date)")
            continue
        try:
            yield make_article(
                text,
                date,
                title=html_fragment_text(entry.get("title", "")) or None,
                source=feed_title,
                url=entry.get("link"),
                ref=entry.get("id") or entry.get("link") or where,
                max_chars=options.max_chars,
            )
        except InputError as err:
            yield Reject(where, err.reason)


def _entry_html(entry: feedparser.FeedParserDict) -> str:
    """The fullest text the entry has: its content, else its summary."""
    for content in entry.get("content", ()):
        value = content.get("value")
        if value:
            return str(value)
    return str(entry.get("summary", "") or "")


def _entry_date(entry: feedparser.FeedParserDict) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        with warnings.catch_warnings():  # feedparser warns about its updated->published fallback
            warnings.simplefilter("ignore", DeprecationWarning)
            value = entry.get(key)
        if isinstance(value, time.struct_time):
            try:
                return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
            except ValueError:
                continue
    return None
