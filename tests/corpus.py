"""A synthetic corpus of distinct dated articles, for tests that need many of them."""

from __future__ import annotations

import json
import random
from pathlib import Path

ACTORS = ["Russia", "Turkey", "the United States", "China", "Iran", "Germany", "France", "Japan", "India", "Brazil"]
VERBS = ["criticized", "praised", "threatened", "met", "accused", "urged", "visited", "thanked"]
TOPICS = ["trade", "missile defence", "energy prices", "border security", "refugees", "climate", "tariffs", "oil"]
WHEN = ["on Monday", "last week", "in May", "earlier this year", "on Friday", "in March 2019", "yesterday"]


def synthetic_articles(n: int, seed: int = 7) -> list[dict[str, str]]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        sentences = []
        for _ in range(rng.randint(6, 10)):
            a, b = rng.sample(ACTORS, 2)
            sentences.append(f"{a} {rng.choice(VERBS)} {b} over {rng.choice(TOPICS)} {rng.choice(WHEN)}, "
                             f"officials said in statement number {rng.randint(1, 10**6)}.")
        day = 1 + i % 28
        rows.append({"id": f"syn-{i}", "date": f"2020-0{1 + i % 9}-{day:02d}", "title": f"Story {i}",
                     "text": " ".join(sentences)})
    return rows


def write_jsonl(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path
