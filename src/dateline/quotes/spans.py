"""Token and character span helpers shared by the quote extractors."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

#: Quote marks as spaCy tokenizes them; they are kept at the edge of a content span.
QUOTE_TOKENS = frozenset({'"', "“", "”", "‘", "’", "''", "``", "«", "»", "'"})


_OPENING = {")": "(", "]": "["}
_CLOSING = frozenset(_OPENING)


def char_span(tokens: Iterable[Token]) -> tuple[int, int] | None:
    """The character extent of ``tokens`` (None when empty)."""
    toks = list(tokens)
    if not toks:
        return None
    first = min(toks, key=lambda t: t.i)
    last = max(toks, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)


def trimmed(doc: Doc, start: int, end: int, keep_quotes: bool = True) -> tuple[int, int] | None:
    """Token range [start, end) without punctuation and spaces at its edges, as chars.

    Quote marks stay when ``keep_quotes``: a content that ends on a quotation keeps its
    closing mark, as annotators of attribution corpora do.
    """

    def droppable(t: Token) -> bool:
        if t.is_space:
            return True
        if not t.is_punct:
            return False
        return not (keep_quotes and t.text in QUOTE_TOKENS)

    while start < end and droppable(doc[start]):
        start += 1
    while end > start and droppable(doc[end - 1]):
        if doc[end - 1].text in _CLOSING and _OPENING[doc[end - 1].text] in doc[start:end - 1].text:
            break  # "Sen. Mitch McConnell (R-Ky.)" keeps its closing bracket
        end -= 1
    if start >= end:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def subtree_range(token: Token) -> tuple[int, int]:
    """Token range [start, end) of ``token``'s subtree (projective parses: contiguous)."""
    return token.left_edge.i, token.right_edge.i + 1


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def contains(outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]
