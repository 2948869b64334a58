"""Sample entity mentions from world/foreign-policy AllSides articles for hand labelling.

Mentions are the spans spaCy's bare English model tags (GPE, NORP, ORG, PERSON, PRODUCT,
LOC, FAC), not dateline's output, so that the sample does not depend on the resolver it
measures. Articles are split by a hash of their id into a development half (``dev``: for
building rules) and a test half (``test``: for measuring only). The output file keeps only
article ids, offsets and the mention text (the news texts stay in ../shared, unpublished);
``--show`` prints each sampled mention in its sentence, for the person labelling it.

    .venv/bin/python scripts/sample_mentions.py --split test --n 240 \
        --out tests/actors/data/allsides_mentions.jsonl
    .venv/bin/python scripts/sample_mentions.py --show tests/actors/data/allsides_mentions.jsonl

New development samples leave out the articles of earlier ones (``--exclude FILE...``) and
can be aimed at some spaCy labels (``--labels PERSON ORG``) or years (``--years 2012 2016 2020``).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import random
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DATELINE_SHARED") or REPO.parent / "shared")
ALLSIDES = SHARED / "data" / "news" / "allsides-article-bias"

#: AllSides topics about world affairs and foreign policy.
WORLD_TOPICS = {
    "world",
    "middle_east",
    "foreign_policy",
    "north_korea",
    "russia",
    "isis",
    "china",
    "europe",
    "israel",
    "terrorism",
    "great_britain",
    "mexico",
    "asia",
    "palestine",
    "africa",
    "south_korea",
    "nuclear_weapons",
}
LABELS = {"GPE", "NORP", "ORG", "PERSON", "PRODUCT", "LOC", "FAC"}
PER_ARTICLE = 3


def split_of(article_id: str) -> str:
    """``dev`` or ``test``, fixed by the article id (half and half)."""
    return "dev" if int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 2 == 0 else "test"


YEARS = range(2012, 2021)


def world_articles(years: Iterable[int] = YEARS) -> Iterator[dict[str, Any]]:
    for year in years:
        with gzip.open(ALLSIDES / f"articles_{year}.jsonl.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if row.get("topic") in WORLD_TOPICS:
                    yield row


def sample(
    split: str,
    n: int,
    seed: int,
    exclude: set[str] | None = None,
    labels: set[str] | None = None,
    years: Iterable[int] = YEARS,
) -> list[dict[str, Any]]:
    from dateline.nlp import load_model

    nlp = load_model()
    exclude = exclude or set()
    articles = [a for a in world_articles(years) if split_of(a["ID"]) == split and a["ID"] not in exclude]
    rng = random.Random(seed)
    rng.shuffle(articles)
    out: list[dict[str, Any]] = []
    for article in articles:
        doc = nlp(article["content_original"])
        ents = [e for e in doc.ents if e.label_ in (labels or LABELS)]
        rng.shuffle(ents)
        seen: set[str] = set()
        for ent in ents:
            if ent.text in seen or len(seen) >= PER_ARTICLE:
                continue
            seen.add(ent.text)
            out.append(
                {
                    "article": article["ID"],
                    "date": article["date"],
                    "start": ent.start_char,
                    "end": ent.end_char,
                    "text": ent.text,
                    "label": ent.label_,
                    "gold": None,
                }
            )
            if len(out) >= n:
                return out
    return out


def load_articles(ids: set[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for year in range(2012, 2021):
        with gzip.open(ALLSIDES / f"articles_{year}.jsonl.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if row["ID"] in ids:
                    found[row["ID"]] = row
    return found


def show(path: Path) -> None:
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = load_articles({i["article"] for i in items})
    for n, item in enumerate(items):
        text = articles[item["article"]]["content_original"]
        s, e = item["start"], item["end"]
        left = text.rfind("\n", 0, s) + 1
        left = max(left, s - 300)
        right = text.find("\n", e)
        right = min(right if right >= 0 else len(text), e + 200)
        print(f"### {n} {item['date']} {item['label']} {item['text']!r}")
        print(text[left:s] + "[[" + text[s:e] + "]]" + text[e:right])
        if item["label"] in ("PERSON", "ORG", "NORP"):
            last = item["text"].split()[-1].rstrip("’'s")
            first = text.find(last)
            if 0 <= first < left:
                print("  first:", text[max(0, first - 150) : first + 60].replace("\n", " "))
        print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=("dev", "test"), default="test")
    parser.add_argument("--n", type=int, default=240)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--show", type=Path, help="print the contexts of a sample file")
    parser.add_argument(
        "--exclude", type=Path, nargs="*", default=[], help="sample files whose articles are left out"
    )
    parser.add_argument(
        "--labels",
        nargs="*",
        choices=sorted(LABELS),
        help="sample only spans of these spaCy labels (aim a dev sample at, e.g., PERSON and ORG)",
    )
    parser.add_argument(
        "--years",
        type=int,
        nargs="*",
        help="sample only articles of these years (aim a dev sample at the years earlier ones used least)",
    )
    args = parser.parse_args()
    if not ALLSIDES.is_dir():
        sys.exit(f"data not found: {ALLSIDES}")
    if args.show:
        show(args.show)
        return
    excluded = {
        json.loads(line)["article"]
        for path in args.exclude
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    labels = set(args.labels) if args.labels else None
    items = sample(args.split, args.n, args.seed, excluded, labels, args.years or YEARS)
    lines = "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items)
    if args.out:
        args.out.write_text(lines, encoding="utf-8")
    else:
        sys.stdout.write(lines)


if __name__ == "__main__":
    main()
