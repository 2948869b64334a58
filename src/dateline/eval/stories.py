"""Scoring story clustering on ECB+ (982 documents in 86 event clusters, 43 topics x 2 events).

ECB+ has no publication dates, so every document is placed on one day and the clustering
rests on text alone; each topic holds two different events of the same kind on purpose
(e.g. two celebrities entering rehab), which makes it a test of separating events, not
topics. Documents are fed in a fixed shuffled order so that the file's grouping by topic
does not help. Odd topics are the development half (to choose the threshold), even topics
the test half.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import GoldDataError
from ..link.stories import ArticleTerms, cluster_stories
from ..link.vectors import Idf, terms
from .clustering import ClusterScores, bcubed

ECB_FILE = "ecbplus_doc_clusters.jsonl"
SHUFFLE_SEED = 13


@dataclass(frozen=True)
class EcbDoc:
    id: str
    topic: int
    cluster: str
    text: str


def load_ecb(folder: Path) -> list[EcbDoc]:
    path = folder / ECB_FILE if folder.is_dir() else folder
    if not path.exists():
        raise GoldDataError(f"no {ECB_FILE} in {folder}")
    docs = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            text = row["text"]
            if row.get("url"):  # sentence 0 of ecbplus documents is the source URL
                text = text.split("\n", 1)[-1]
            docs.append(EcbDoc(row["doc_id"], int(row["topic"]), row["cluster_id"], text))
    return docs


def score_stories(docs: Iterable[EcbDoc], threshold: float) -> ClusterScores:
    docs = list(docs)
    random.Random(SHUFFLE_SEED).shuffle(docs)
    counted = [(d, terms(d.text)) for d in docs]
    idf = Idf(c for _, c in counted)
    day = dt.date(2000, 1, 1)
    stream = (ArticleTerms(d.id, day, None, c) for d, c in counted)
    predicted = {}
    for story in cluster_stories(stream, idf, threshold=threshold):
        for article_id in story.articles:
            predicted[article_id] = story.id
    return bcubed(predicted, {d.id: d.cluster for d in docs})


def split(docs: list[EcbDoc], part: str) -> list[EcbDoc]:
    """``dev`` = odd topics, ``test`` = even topics, ``all`` = everything."""
    if part == "all":
        return docs
    wanted = 1 if part == "dev" else 0
    return [d for d in docs if d.topic % 2 == wanted]
