"""Shared by the benchmarks: sampling real articles and timing one pipeline stage.

Benchmarks print one JSON line each; ratios are measured in one run so that the
machine's load affects both sides alike.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

# ../shared next to the clone; DATELINE_SHARED overrides it (a worktree that lives elsewhere).
SHARED = Path(os.environ.get("DATELINE_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")
ALLSIDES = SHARED / "data" / "news" / "allsides-article-bias"


def allsides_articles(
    limit: int, years: tuple[int, ...] = (2019, 2020), topics: set[str] | None = None
) -> list[dict[str, Any]]:
    """The first ``limit`` articles of the given years (optionally of some topics), in file order."""
    if not ALLSIDES.is_dir():
        sys.exit(f"benchmark data not found: {ALLSIDES} (needs ../shared/data)")
    out: list[dict[str, Any]] = []
    for year in years:
        with gzip.open(ALLSIDES / f"articles_{year}.jsonl.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if topics and row.get("topic") not in topics:
                    continue
                out.append(row)
                if len(out) >= limit:
                    return out
    return out


def stage_overhead(component_names: list[str], texts: list[str], dates: list[str]) -> dict[str, float]:
    """Seconds spent by the bare model on ``texts`` and by each named dateline component.

    The model parses every text once (timed); then each component runs, in pipeline order,
    on the parsed Docs (each timed on its own), so the ratio component/parse is measured
    on the same Docs in the same run.
    """
    from dateline.extensions import register_extensions
    from dateline.nlp import COMPONENTS, build_pipeline, load_model

    register_extensions()
    bare = load_model()
    full = build_pipeline()
    docs = []
    for text, date in zip(texts, dates, strict=True):
        doc = bare.make_doc(text)
        doc._.dl_date = date
        docs.append(doc)
    t0 = time.perf_counter()
    docs = list(bare.pipe(docs, batch_size=32))
    timings: dict[str, float] = {"parse": time.perf_counter() - t0}
    for name in COMPONENTS:
        component = full.get_pipe(name)
        t0 = time.perf_counter()
        for doc in docs:
            component(doc)
        if name in component_names:
            timings[name] = time.perf_counter() - t0
    return timings

