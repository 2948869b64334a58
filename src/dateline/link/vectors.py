"""Sparse TF-IDF vectors of article texts, for grouping articles into stories.

Terms are lower-cased content words (spaCy's English stop words left out) and
capitalized word pairs (names like "Tara Reid" weigh more than either word alone).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

from spacy.lang.en.stop_words import STOP_WORDS

Vector = dict[str, float]

_WORD = re.compile(r"[A-Za-z][A-Za-z\-']+")
_NAME_PAIR = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b")
MIN_WORD_LENGTH = 3


def terms(text: str) -> Counter[str]:
    """Term counts of a text: content words and capitalized pairs."""
    counts: Counter[str] = Counter()
    for word in _WORD.findall(text):
        lower = word.lower()
        if len(lower) >= MIN_WORD_LENGTH and lower not in STOP_WORDS:
            counts[lower] += 1
    for first, second in _NAME_PAIR.findall(text):
        if first.lower() not in STOP_WORDS:
            counts[f"{first} {second}".lower()] += 1
    return counts


class Idf:
    """Inverse document frequencies over a collection, with smoothing for unseen terms."""

    def __init__(self, documents: Iterable[Counter[str]]) -> None:
        df: Counter[str] = Counter()
        n = 0
        for doc in documents:
            df.update(doc.keys())
            n += 1
        self.n = n
        self.weights = {term: math.log((1 + n) / (1 + count)) + 1.0 for term, count in df.items()}
        self.unseen = math.log(1 + n) + 1.0

    def vector(self, counts: Counter[str]) -> Vector:
        """L2-normalized TF-IDF vector (sublinear term frequency)."""
        raw = {t: (1.0 + math.log(c)) * self.weights.get(t, self.unseen) for t, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in raw.values())) or 1.0
        return {t: v / norm for t, v in raw.items()}


def cosine(a: Vector, b: Vector) -> float:
    """Dot product of two normalized sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def add_into(total: Vector, vector: Vector) -> None:
    for t, v in vector.items():
        total[t] = total.get(t, 0.0) + v


def normalized(vector: Vector, keep: int = 300) -> Vector:
    """The vector's ``keep`` heaviest terms, renormalized (bounds centroid size)."""
    top = sorted(vector.items(), key=lambda kv: kv[1], reverse=True)[:keep]
    norm = math.sqrt(sum(v * v for _, v in top)) or 1.0
    return {t: v / norm for t, v in top}
