"""Reuters-21578 (the XML version): ``<LEWIS>`` files of ``<REUTERS>`` stories.

The text is the dateline followed by the body (as a wire story reads); the title is
``<TITLE>``; the date is the ``<DATE>`` timestamp (``26-FEB-1987 15:01:01.79``). lxml's
recovering parser reads past the one stray byte the corpus is known to have.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from lxml import etree

from ..errors import InputError
from ..model import Article, Reject
from .article import make_article
from .options import ReadOptions

_DATE = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})")
_MONTHS = {m: i for i, m in enumerate(("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
                                        "NOV", "DEC"), start=1)}


def is_reuters(head: bytes) -> bool:
    return b"<LEWIS" in head[:2048] or b"<REUTERS" in head[:2048]


def read_reuters(data: bytes, path: str, options: ReadOptions) -> Iterator[Article | Reject]:
    parser = etree.XMLParser(recover=True, huge_tree=False, resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as err:
        yield Reject(path, f"not a Reuters-21578 XML file ({err})")
        return
    if root is None:
        yield Reject(path, "not a Reuters-21578 XML file")
        return
    stories = root.iter("REUTERS")
    for number, story in enumerate(stories, start=1):
        where = f"{path}#{story.get('NEWID') or number}"
        body = story.findtext("TEXT/BODY") or ""
        if not body.strip():
            continue  # about 2,500 stories are title-only: nothing to analyze, nothing lost
        dateline = (story.findtext("TEXT/DATELINE") or "").strip()
        text = f"{dateline} {body.strip()}" if dateline else body.strip()
        try:
            yield make_article(
                text,
                _date(story.findtext("DATE") or "") or options.date,
                title=(story.findtext("TEXT/TITLE") or "").strip() or None,
                source="Reuters",
                ref=f"reuters-{story.get('NEWID')}" if story.get("NEWID") else where,
                max_chars=options.max_chars,
            )
        except InputError as err:
            yield Reject(where, err.reason)


def _date(value: str) -> dt.date | None:
    match = _DATE.search(value)
    if match is None:
        return None
    month = _MONTHS.get(match.group(2).upper())
    if month is None:
        return None
    try:
        return dt.date(int(match.group(3)), month, int(match.group(1)))
    except ValueError:
        return None
