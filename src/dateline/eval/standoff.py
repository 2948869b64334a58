"""Stand-off TIMEX3 gold over AllSides articles, read as TimeML documents for the scorer.

The hand-labelled news development set (``tests/time/data/allsides_timex_dev.jsonl``) keeps
article ids, offsets and expression texts only: the news texts belong to their publishers and
stay in ../shared. Each line is one article: ``article`` (AllSides id), ``date`` (its DCT),
``end`` (the labelled lead is ``content_original[:end]``) and ``timexes`` (``start``, ``end``,
``text``, ``type``, ``value``, ``mod``). The lead becomes the TEXT of a ``TimeMLDoc`` so that
the TempEval-3 scorer pairs and scores it exactly as it does ``.tml`` files.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from ..errors import InputError
from .actors import load_articles
from .timeml import GoldTimex, TimeMLDoc, read_timeml_dir


def default_allsides() -> Path:
    """The AllSides folder: under $DATELINE_SHARED, else ../shared beside the working directory."""
    shared = Path(os.environ.get("DATELINE_SHARED") or "../shared")
    return shared / "data" / "news" / "allsides-article-bias"


def read_standoff(path: Path, allsides: Path | None = None) -> list[TimeMLDoc]:
    """The articles of a stand-off gold file as TimeML documents (their labelled leads)."""
    items: list[dict[str, Any]] = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                                   if line.strip()]
    allsides = allsides or default_allsides()
    if not allsides.is_dir():
        raise InputError(f"AllSides data not found at {allsides} (set DATELINE_SHARED)")
    texts = {i: a.text for i, a in load_articles(allsides, {i["article"] for i in items}).items()}
    docs = []
    for item in items:
        text = texts[item["article"]][: item["end"]]
        timexes = []
        for t in item["timexes"]:
            if text[t["start"]:t["end"]] != t["text"]:  # the gold must point at the text it names
                raise InputError(f"{item['article']}: {t['text']!r} not at {t['start']}..{t['end']}")
            timexes.append(GoldTimex(t["start"], t["end"], t["text"], t["type"], t["value"], t.get("mod")))
        docs.append(TimeMLDoc(item["article"], dt.date.fromisoformat(item["date"]), text, timexes))
    return docs


def read_gold(path: Path) -> list[TimeMLDoc]:
    """Gold documents from a folder of ``.tml`` files or a stand-off ``.jsonl`` file."""
    return read_standoff(path) if path.is_file() and path.suffix == ".jsonl" else read_timeml_dir(path)
