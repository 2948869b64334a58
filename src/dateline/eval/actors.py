"""Scoring actor resolution against hand-labelled mentions in AllSides articles.

A gold item names an article (its AllSides id), a span (character offsets of a mention
spaCy's bare NER found) and the right reading: ``actor`` (code or null), ``type``
("none" when the span names no actor, place or object), ``name`` for people, and ``alt``
(other acceptable codes, for the rare genuinely ambiguous case). The system's reading is
its mention that overlaps the span most (the smallest on ties). A person's name counts as
right when the last words agree ("Mohamed Morsi" and "Mohammed Morsi" are one person).
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..actors.data import fold, norm
from ..actors.gazetteer import gazetteer
from ..analyze import analyze
from ..model import Article, Mention


@dataclass(slots=True)
class ActorScore:
    """How many gold mentions the resolver read right, and the ones it did not."""

    total: int = 0
    correct: int = 0
    by_type: dict[str, list[int]] = field(default_factory=dict)  # gold type -> [correct, total]
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The gold items of a JSONL file (one item a line)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_articles(allsides: Path, ids: set[str]) -> dict[str, Article]:
    """The AllSides articles with the given ids, as dateline Articles (text as read)."""
    out: dict[str, Article] = {}
    for path in sorted(allsides.glob("articles_*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if row["ID"] in ids:
                    out[row["ID"]] = Article(
                        id=row["ID"],
                        date=dt.date.fromisoformat(row["date"]),
                        text=row["content_original"],
                        title=row.get("title"),
                        source=row.get("source"),
                    )
    return out


def system_reading(mentions: Iterable[Mention], start: int, end: int) -> Mention | None:
    """The mention overlapping ``[start, end)`` most (the smallest one on ties)."""
    best: tuple[int, int] | None = None
    chosen = None
    for m in mentions:
        overlap = min(end, m.end) - max(start, m.start)
        if overlap <= 0:
            continue
        key = (-overlap, m.end - m.start)
        if best is None or key < best:
            best, chosen = key, m
    return chosen


def _last_word(name: str | None) -> str:
    words = fold(name or "").lower().replace("’", "'").split()
    return words[-1] if words else ""


def is_right(gold: dict[str, Any], mention: Mention | None) -> bool:
    """Whether the system's reading of a span agrees with the gold reading."""
    if gold["type"] == "none":
        return mention is None
    if mention is None:
        return False
    actors = {gold["actor"], *gold.get("alt", [])}
    if mention.actor not in actors or mention.type != gold["type"]:
        return False
    if gold["type"] == "person" and gold.get("name"):
        return _last_word(mention.name) == _last_word(gold["name"]) or _same_person(gold["name"], mention.name)
    return True


def _same_person(gold_name: str, name: str | None) -> bool:
    """Whether the gold name is one the gazetteer gives for the canonical name the system
    chose: a spelling ("Moammar Gadhafi" for Muammar Gaddafi) or a fuller form ("Mohammed bin
    Zayed Al Nahyan"), not another person."""
    return bool(name) and name in gazetteer().names.get(norm(gold_name), set())


def score(items: list[dict[str, Any]], nlp: Language, articles: dict[str, Article]) -> ActorScore:
    """Run the pipeline on each article once and compare every gold item with its reading."""
    result = ActorScore()
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        by_article[item["article"]].append(item)
    for article_id, group in by_article.items():
        mentions = analyze(articles[article_id], nlp).mentions
        for item in group:
            gold = item["gold"]
            mention = system_reading(mentions, item["start"], item["end"])
            right = is_right(gold, mention)
            result.total += 1
            result.correct += right
            counts = result.by_type.setdefault(gold["type"], [0, 0])
            counts[0] += right
            counts[1] += 1
            if not right:
                result.errors.append(
                    {
                        "article": article_id,
                        "text": item["text"],
                        "gold": gold,
                        "system": None
                        if mention is None
                        else {
                            "text": mention.text,
                            "actor": mention.actor,
                            "type": mention.type,
                            "name": mention.name,
                        },
                    }
                )
    return result
