"""Sample AllSides article leads for the hand-labelled TIMEX3 development set.

Draws ``--n`` articles with a fixed seed from all years of the AllSides corpus and keeps the
lead of each: the first paragraphs up to about ``--chars`` characters, cut at a paragraph end.
It writes one line per article (id, date, lead length, empty ``timexes``) for a person to
label; the news texts stay in ../shared (the file keeps ids, offsets and expression texts only).
``--show`` prints each lead with its date, for the person labelling it.

    .venv/bin/python scripts/sample_timex_dev.py --out /tmp/timex_dev.jsonl
    .venv/bin/python scripts/sample_timex_dev.py --show /tmp/timex_dev.jsonl
    .venv/bin/python scripts/sample_timex_dev.py --labels labels.txt /tmp/timex_dev.jsonl \
        --out tests/time/data/allsides_timex_dev.jsonl

``--labels`` turns hand-written labels into offsets: one line per expression,
``article|text|nth|type|value|mod`` (``nth``: which whole-word occurrence of ``text`` in the
lead, from 0, a space matching any white space; ``#`` starts a comment). It fails on a text
that is not there or on overlaps.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DATELINE_SHARED") or REPO.parent / "shared")
ALLSIDES = SHARED / "data" / "news" / "allsides-article-bias"
SEED = 3  # issue #3


def articles() -> dict[str, dict[str, Any]]:
    """Every AllSides article by id, in file order."""
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(ALLSIDES.glob("articles_*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                out[row["ID"]] = row
    return out


def lead_end(text: str, chars: int) -> int:
    """The offset of the first paragraph end at or after ``chars`` (the whole text if none)."""
    cut = text.find("\n", chars)
    return len(text) if cut < 0 else cut


def from_labels(labels: Path, sample: Path, texts: dict[str, str]) -> list[dict[str, Any]]:
    """The sample's lines with their ``timexes`` filled from a labels file (see the module doc);
    ``texts`` maps each article id to its full text."""
    items = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines()]
    by_id = {i["article"]: i for i in items}
    for line in labels.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        article, text, nth, kind, value, mod = line.split("|")
        lead = texts[article][: by_id[article]["end"]]
        # a space in a label matches any run of white space: wire stories break lines mid-phrase
        words = r"\s+".join(re.escape(w) for w in text.split())
        hits = [m.span() for m in re.finditer(rf"(?<!\w){words}(?!\w)", lead)]
        start, end = hits[int(nth)]  # IndexError: the text is not there that often
        by_id[article]["timexes"].append(
            {"start": start, "end": end, "text": lead[start:end], "type": kind, "value": value, "mod": mod or None}
        )
    for item in items:
        item["timexes"].sort(key=lambda t: t["start"])
        for a, b in zip(item["timexes"], item["timexes"][1:], strict=False):
            if b["start"] < a["end"]:
                raise SystemExit(f"{item['article']}: {a['text']!r} overlaps {b['text']!r}")
    return items


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--chars", type=int, default=1200)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--show", type=Path)
    ap.add_argument("--labels", nargs=2, type=Path, metavar=("LABELS", "SAMPLE"))
    args = ap.parse_args()
    corpus = articles()
    if args.show:
        for line in args.show.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            text = corpus[item["article"]]["content_original"][: item["end"]]
            print(f"=== {item['article']} {item['date']} ({corpus[item['article']]['source']})\n{text}\n")
        return
    if args.labels:
        items = from_labels(*args.labels, {i: row["content_original"] for i, row in corpus.items()})
        args.out.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
        return
    ids = random.Random(args.seed).sample(sorted(corpus), args.n)
    with args.out.open("w", encoding="utf-8") as fh:
        for article_id in ids:
            row = corpus[article_id]
            end = lead_end(row["content_original"], args.chars)
            fh.write(json.dumps({"article": article_id, "date": row["date"], "end": end, "timexes": []}) + "\n")


if __name__ == "__main__":
    main()
