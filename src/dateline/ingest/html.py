"""HTML pages: main text, title and publication date through trafilatura."""

from __future__ import annotations

import datetime as dt
import logging

import trafilatura

from ..errors import InputError
from ..model import Article, Reject
from .article import make_article
from .options import ReadOptions

log = logging.getLogger(__name__)

# Only dates the page states as its own (meta tags, time elements, URL); no guessing from
# dates mentioned in the text, which would date an article by the events it reports.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def read_html(
    data: bytes | str,
    path: str,
    options: ReadOptions,
    *,
    url: str | None = None,
    fallback_date: dt.date | None = None,
) -> Article | Reject:
    """One Article from an HTML page.

    The date is the page's own publication date when trafilatura finds one, else
    ``--date``, else ``fallback_date`` (a WARC record's capture date), else a reject.
    """
    try:
        doc = trafilatura.bare_extraction(
            data, url=url, with_metadata=True, include_comments=False, date_extraction_params=_DATE_PARAMS
        )
    except Exception as err:  # trafilatura/lxml raise many kinds on hostile markup
        log.debug("trafilatura failed on %s: %r", path, err)
        return Reject(path, f"HTML could not be parsed ({type(err).__name__})")
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return Reject(path, "no main text found in the HTML page")
    date = getattr(doc, "date", None) or options.date or fallback_date
    if date is None:
        return Reject(path, "no publication date in the HTML page (give one with --date)")
    try:
        return make_article(
            text,
            date,
            title=getattr(doc, "title", None),
            source=getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
            url=getattr(doc, "url", None) or url,
            ref=url or path,
            max_chars=options.max_chars,
        )
    except InputError as err:
        return Reject(path, err.reason)


def html_fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), paragraphs kept apart."""
    if "<" not in fragment:
        return fragment.strip()
    text = trafilatura.html2txt(f"<html><body>{fragment}</body></html>")
    return (text or "").strip()
