"""Stand-off TIMEX3 gold over news in ../shared, read as TimeML documents for the scorer.

The hand-labelled news development sets (``tests/time/data/allsides_timex_dev.jsonl``,
``tests/time/data/reuters_timex_dev.jsonl``) keep article ids, offsets and expression texts
only: the news texts belong to their publishers and stay in ../shared. Each line is one
article: ``corpus`` (``allsides``, the default, or ``reuters21578``), ``article`` (the AllSides
id, or the Reuters reader's ``reuters-NEWID``), ``date`` (its DCT), ``end`` (the labelled lead
is ``text[:end]``, the text as dateline reads it) and ``timexes`` (``start``, ``end``, ``text``,
``type``, ``value``, ``mod``). The lead becomes the TEXT of a ``TimeMLDoc`` so that the
TempEval-3 scorer pairs and scores it exactly as it does ``.tml`` files.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Article
from .actors import load_articles
from .timeml import GoldTimex, TimeMLDoc, read_timeml_dir


def _shared() -> Path:
    return Path(os.environ.get("DATELINE_SHARED") or "../shared")


def default_allsides() -> Path:
    """The AllSides folder: under $DATELINE_SHARED, else ../shared beside the working directory."""
    return _shared() / "data" / "news" / "allsides-article-bias"


def default_reuters() -> Path:
    """The Reuters-21578 folder: under $DATELINE_SHARED, else ../shared beside the working directory."""
    return _shared() / "data" / "news" / "reuters21578"


def load_reuters(folder: Path, ids: set[str] | None = None) -> dict[str, Article]:
    """The Reuters-21578 stories with a body (all, or those with the given ``reuters-NEWID`` ids),
    read by dateline's own Reuters reader so that offsets point into the text dateline analyzes."""
    from ..ingest.options import ReadOptions
    from ..ingest.sources import read_path

    out: dict[str, Article] = {}
    for path in sorted(folder.glob("reut2-*.xml")):
        for item in read_path(path, ReadOptions(input_format="reuters")):
            if isinstance(item, Article) and item.ref and (ids is None or item.ref in ids):
                out[item.ref] = item
    return out


def read_standoff(path: Path, allsides: Path | None = None, reuters: Path | None = None) -> list[TimeMLDoc]:
    """The articles of a stand-off gold file as TimeML documents (their labelled leads)."""
    items: list[dict[str, Any]] = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                                   if line.strip()]
    texts: dict[str, str] = {}
    for corpus in sorted({i.get("corpus", "allsides") for i in items}):
        ids = {i["article"] for i in items if i.get("corpus", "allsides") == corpus}
        if corpus == "allsides":
            folder = allsides or default_allsides()
            if not folder.is_dir():
                raise InputError(f"AllSides data not found at {folder} (set DATELINE_SHARED)")
            texts.update((i, a.text) for i, a in load_articles(folder, ids).items())
        elif corpus == "reuters21578":
            folder = reuters or default_reuters()
            if not folder.is_dir():
                raise InputError(f"Reuters-21578 data not found at {folder} (set DATELINE_SHARED)")
            texts.update((i, a.text) for i, a in load_reuters(folder, ids).items())
        else:
            raise InputError(f"{path}: unknown corpus {corpus!r} (allsides or reuters21578)")
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
