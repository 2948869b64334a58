"""Time the quotes stage against the spaCy parse on allsides articles; print one JSON line.

    .venv/bin/python bench/bench_quotes.py [N]     (N articles, default 300)

The issue's bar: the quotes stage adds at most 10% to the parse time.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402


def _locate_allsides() -> None:
    """Use $DATELINE_SHARED, or a shared/ two levels up (a git worktree), if ../shared is absent."""
    if common.ALLSIDES.is_dir():
        return
    root = Path(__file__).resolve().parents[1]
    for base in (os.environ.get("DATELINE_SHARED"), root.parent.parent / "shared"):
        if base:
            path = Path(base) / "data" / "news" / "allsides-article-bias"
            if path.is_dir():
                common.ALLSIDES = path
                return


def main(n: int = 300) -> None:
    _locate_allsides()
    rows = common.allsides_articles(n)
    texts = [r.get("content_original") or r.get("text") or "" for r in rows]
    dates = [str(r.get("date") or "2020-01-01")[:10] for r in rows]
    timings = common.stage_overhead(["dateline_quotes"], texts, dates)
    print(json.dumps({
        "bench": "quotes",
        "articles": len(texts),
        "chars": sum(len(t) for t in texts),
        "parse_s": round(timings["parse"], 3),
        "quotes_s": round(timings["dateline_quotes"], 3),
        "ratio": round(timings["dateline_quotes"] / timings["parse"], 4),
    }))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
