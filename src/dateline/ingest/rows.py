"""Rows of JSONL and CSV files (dicts of fields) to Articles."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import InputError
from ..model import Article, Reject
from .article import make_article
from .options import ReadOptions


def article_from_row(row: Mapping[str, Any], path: str, line: int, options: ReadOptions) -> Article | Reject:
    """One Article from a row, or a Reject naming the file and line.

    ``ref`` is the row's own id field if it has one, else ``path:line``.
    """
    text = options.pick(row, "text")
    if not isinstance(text, str):
        tried = ", ".join(options.fields["text"])
        reason = "text field is not a string" if text is not None else f"no text field (tried {tried})"
        return Reject(path, reason, line)
    date = options.pick(row, "date") or options.date
    if date is None:
        tried = ", ".join(options.fields["date"])
        return Reject(path, f"missing date (tried {tried}; or give --date)", line)
    own_id = options.pick(row, "id")
    ref = str(own_id) if own_id is not None else f"{path}:{line}"
    try:
        return make_article(
            text,
            date,
            title=_text_or_none(options.pick(row, "title")),
            source=_text_or_none(options.pick(row, "source")),
            url=_text_or_none(options.pick(row, "url")),
            ref=ref,
            max_chars=options.max_chars,
        )
    except InputError as err:
        return Reject(path, err.reason, line)


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)
