"""JSON Lines (one article object per line), or a JSON array of article objects."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from ..model import Article, Reject
from .options import ReadOptions
from .rows import article_from_row


def read_jsonl(stream: BinaryIO, path: str, options: ReadOptions) -> Iterator[Article | Reject]:
    """Articles from a JSONL stream; a bad line is rejected and reading goes on."""
    first = _peek_first_char(stream)
    if first == b"[":
        yield from _read_array(stream, path, options)
        return
    for number, raw in enumerate(stream, start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            yield Reject(path, f"invalid UTF-8 at byte {err.start} of the line", number)
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield Reject(path, f"malformed JSON: {_what(err)} at column {err.colno}", number)
            continue
        if not isinstance(obj, dict):
            yield Reject(path, f"expected a JSON object, got {type(obj).__name__}", number)
            continue
        yield article_from_row(obj, path, number, options)


def _read_array(stream: BinaryIO, path: str, options: ReadOptions) -> Iterator[Article | Reject]:
    try:
        data = json.loads(stream.read().decode("utf-8"))
    except UnicodeDecodeError as err:
        yield Reject(path, f"invalid UTF-8 at byte {err.start}")
        return
    except json.JSONDecodeError as err:
        yield Reject(path, f"malformed JSON: {_what(err)} at line {err.lineno} column {err.colno}", err.lineno)
        return
    for index, obj in enumerate(data, start=1):
        if not isinstance(obj, dict):
            yield Reject(path, f"item {index} of the JSON array is not an object")
            continue
        yield article_from_row(obj, path, index, options)


def _peek_first_char(stream: BinaryIO) -> bytes:
    """The first non-space byte, without consuming the stream (peek or seek)."""
    peek = getattr(stream, "peek", None)
    head = peek(64) if peek else b""
    if not head and stream.seekable():
        position = stream.tell()
        head = stream.read(64)
        stream.seek(position)
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return head[:1]


def _what(err: json.JSONDecodeError) -> str:
    # Some of json's messages end in "at" ("Invalid control character at"), before the place we add.
    return err.msg.removesuffix(" at")
