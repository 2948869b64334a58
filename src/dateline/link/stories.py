"""Stories: articles about the same happening, grouped by single-pass clustering in date order.

Each article joins the most similar active story (cosine of TF-IDF vectors against the
story's centroid at least ``threshold``), or starts a new one. A story stays active while
its newest article is within ``window_days`` of the article being placed, so memory holds
only the stories of the current window, however long the corpus.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .vectors import Idf, Vector, add_into, cosine, normalized

DEFAULT_THRESHOLD = 0.2  # chosen on the ECB+ development half (odd topics); see eval/stories.py
DEFAULT_WINDOW_DAYS = 7


@dataclass
class Story:
    id: int
    first: dt.date
    last: dt.date
    articles: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    centroid_sum: Vector = field(default_factory=dict)
    centroid: Vector = field(default_factory=dict)

    def add(self, article_id: str, date: dt.date, title: str | None, vector: Vector) -> None:
        self.articles.append(article_id)
        if title:
            self.titles.append(title)
        self.first, self.last = min(self.first, date), max(self.last, date)
        add_into(self.centroid_sum, vector)
        self.centroid = normalized(self.centroid_sum)

    @property
    def label(self) -> str:
        """The first title, as a readable name for the story."""
        return self.titles[0] if self.titles else f"story {self.id}"


@dataclass(frozen=True)
class ArticleTerms:
    id: str
    date: dt.date
    title: str | None
    terms: Counter[str]


def cluster_stories(
    articles: Iterable[ArticleTerms],
    idf: Idf,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> Iterator[Story]:
    """Stories of articles given in date order; each story is yielded once it is closed."""
    active: list[Story] = []
    next_id = 1
    window = dt.timedelta(days=window_days)
    for article in articles:
        still_active = []
        for story in active:
            if article.date - story.last > window:
                yield story
            else:
                still_active.append(story)
        active = still_active
        vector = idf.vector(article.terms)
        best, best_score = None, threshold
        for story in active:
            score = cosine(vector, story.centroid)
            if score >= best_score:
                best, best_score = story, score
        if best is None:
            best = Story(id=next_id, first=article.date, last=article.date)
            next_id += 1
            active.append(best)
        best.add(article.id, article.date, article.title, vector)
    yield from active
