"""spaCy Doc extensions that carry dateline's inputs and results.

All are prefixed ``dl_`` and hold plain values only (strings and the JSON form of
records), so Docs stay serializable across processes (``nlp.pipe(n_process=...)``).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

#: name -> default. ``dl_date`` is the article date (ISO string), ``dl_article`` its id,
#: ``dl_source`` the outlet that published it (as the input names it, or None).
DOC_EXTENSIONS: dict[str, object] = {
    "dl_date": None,
    "dl_article": None,
    "dl_source": None,
    "dl_timexes": None,
    "dl_mentions": None,
    "dl_quotes": None,
    "dl_events": None,
    "dl_unresolved_events": 0,
}


def register_extensions() -> None:
    """Register the Doc extensions once; safe to call any number of times."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def doc_article_id(doc: Doc) -> str:
    """The article id the Doc carries, or "" in a user's own pipeline that set none."""
    return doc._.dl_article or ""


def doc_source(doc: Doc) -> str | None:
    """The outlet that published the article the Doc carries, or None if unset."""
    value = doc._.dl_source
    return str(value) if value else None


def doc_date(doc: Doc) -> dt.date | None:
    """The article date the Doc carries (``doc._.dl_date``), or None if unset."""
    value = doc._.dl_date
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


_TEXT_KEY = "dateline.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy rebuilds it from every token on each access
    (a Token object per token), and the stages read it several times per article (about 2%
    of the whole pipeline's time, measured on 100 AllSides articles). Tokenization never
    changes the text, so the first answer stays right."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text
