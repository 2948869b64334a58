"""Finding the resolved mention at a place in the text, for the quotes and events stages.

``MentionIndex(mentions).at(start, end)`` is the smallest mention that covers the
character range; mentions nest (a person's mention "Russia's Deputy Prime Minister Yury
Borisov" covers the country mention "Russia"), so the smallest is the most specific.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from spacy.tokens import Span, Token

from ..model import Mention


class MentionIndex:
    """Mentions of one article, searchable by character offsets."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self.mentions: list[Mention] = sorted(mentions, key=lambda m: (m.start, -m.end))
        self._starts = [m.start for m in self.mentions]
        self._longest = max((m.end - m.start for m in self.mentions), default=0)

    def __len__(self) -> int:
        return len(self.mentions)

    def _near(self, start: int, end: int) -> Sequence[Mention]:
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_right(self._starts, end)
        return self.mentions[lo:hi]

    def at(self, start: int, end: int | None = None) -> Mention | None:
        """The smallest mention covering ``[start, end)`` (a point when ``end`` is None)."""
        end = start + 1 if end is None else end
        covering = [m for m in self._near(start, end) if m.start <= start and end <= m.end]
        return min(covering, key=lambda m: (m.end - m.start, m.start), default=None)

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions inside ``[start, end)``, in text order."""
        return [m for m in self._near(start, end) if start <= m.start and m.end <= end]

    def for_token(self, token: Token) -> Mention | None:
        """The mention covering a token."""
        return self.at(token.idx, token.idx + len(token.text))

    def for_span(self, span: Span) -> Mention | None:
        """The mention covering a span, else the one covering the span's syntactic head."""
        return self.at(span.start_char, span.end_char) or self.for_token(span.root)
