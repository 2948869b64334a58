"""WARC files: HTML responses go through the HTML reader, dated by the page or the capture."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..model import Article, Reject
from .html import read_html
from .options import ReadOptions


def read_warc(stream: BinaryIO, path: str, options: ReadOptions, max_bytes: int) -> Iterator[Article | Reject]:
    """Articles from the HTML response records of a (possibly gzipped) WARC file."""
    pages = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if "html" not in content_type.lower():
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{path}#{uri}" if uri else path
            payload = record.content_stream().read(max_bytes + 1)
            if len(payload) > max_bytes:
                yield Reject(where, f"HTML response over {max_bytes:,} bytes")
                continue
            capture = _warc_date(record.rec_headers.get_header("WARC-Date"))
            pages += 1
            yield read_html(payload, where, options, url=uri, fallback_date=capture)
    except ArchiveLoadFailed as err:
        yield Reject(path, f"not a valid WARC file ({str(err).strip() or 'unreadable'})")
        return
    except (ValueError, AttributeError, TypeError, IndexError, KeyError) as err:
        # warcio fails in these ways on malformed record headers
        yield Reject(path, f"not a valid WARC file (malformed record: {type(err).__name__})")
        return
    if pages == 0:
        yield Reject(path, "not a valid WARC file, or one with no HTML responses")


def _warc_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
