"""Quotation marks: the quoted stretches of a text, found on characters alone.

A quotation that runs over several paragraphs follows the news convention: each
paragraph opens the quote again and only the last one closes it. Such paragraphs form
one *group*. An opening mark never closed, and not continued by the next paragraph, is
dropped (a stray or mistyped mark must not swallow the rest of a paragraph).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .data import mark_pairs

_PARAGRAPH = re.compile(r"[^\n]+")
_WORD = re.compile(r"\w")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quoted stretch: ``start``/``end`` inside the marks, ``outer_*`` with them."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    group: int
    closed: bool = True


def _mark_regex() -> re.Pattern[str]:
    marks = {m for pair in mark_pairs() for m in pair}
    # Longest first so that '' wins over a single apostrophe-like character.
    return re.compile("|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True)))


def _closers() -> dict[str, set[str]]:
    """Opening mark -> the marks that may close it."""
    out: dict[str, set[str]] = {}
    for o, c in mark_pairs():
        out.setdefault(o, set()).add(c)
    # Sloppy text mixes curly and straight double marks: let either close either.
    for o in ("“", '"'):
        out.setdefault(o, set()).update({"”", '"'})
    return out


def _is_opening(text: str, pos: int, mark: str, openers: set[str], closers_only: set[str]) -> bool:
    if mark not in openers:
        return False
    if mark in closers_only:  # a symmetric mark ("", '', ’): open only at a word's start
        before = text[pos - 1] if pos > 0 else " "
        after = text[pos + len(mark)] if pos + len(mark) < len(text) else " "
        return (before.isspace() or before in "([{—–-:/“‘") and not after.isspace()
    return True


def quote_spans(text: str) -> list[QuoteSpan]:
    """The outermost quoted stretches of ``text`` in order, multi-paragraph ones grouped."""
    mark_re = _mark_regex()
    closers = _closers()
    openers = set(closers)
    symmetric = {o for o, cs in closers.items() if o in cs} | {"’"}
    spans: list[QuoteSpan] = []
    next_group = 0
    pending: QuoteSpan | None = None  # an unclosed quote waiting for the next paragraph
    pending_mark = ""
    for para in _PARAGRAPH.finditer(text):
        stack: list[tuple[str, int, int]] = []  # (mark, position, group)
        first = True
        for m in mark_re.finditer(text, para.start(), para.end()):
            mark, pos = m.group(), m.start()
            leading = first and not text[para.start():pos].strip()
            first = False
            if stack and mark in closers.get(stack[-1][0], ()):
                after = text[m.end()] if m.end() < para.end() else " "
                if mark == "’" and after.isalpha():
                    continue  # an apostrophe inside a word: don’t
                opener, start, group = stack.pop()
                if not stack:
                    inner = (start + len(opener), pos)
                    if _WORD.search(text, *inner):
                        spans.append(QuoteSpan(inner[0], inner[1], start, m.end(), group))
                continue
            if mark == "‘" and stack and stack[-1][0] == "‘":
                continue
            if _is_opening(text, pos, mark, openers, symmetric):
                group = next_group
                if not stack and leading and pending is not None and mark in (pending_mark, "“", '"'):
                    spans.append(pending)  # the previous paragraph's quote goes on here
                    group = pending.group
                    pending = None
                elif not stack:
                    next_group += 1
                stack.append((mark, pos, group))
        pending = None  # a pending quote not continued here was a stray mark: dropped
        if stack:
            opener, start, group = stack[0]
            end = para.end()
            while end > start and text[end - 1].isspace():
                end -= 1
            if _WORD.search(text, start + len(opener), end):
                pending = QuoteSpan(start + len(opener), end, start, end, group, closed=False)
                pending_mark = opener
    return spans
