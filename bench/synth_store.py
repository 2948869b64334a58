"""Build a large store for load benchmarks by replicating a store of real extractions.

    .venv/bin/python bench/synth_store.py --source real.db --out big.db --events 100000

Each synthetic article is a copy of a real article of ``--source`` (its text, timexes,
mentions and quotes, so offsets and evidence stay real), moved to another date in
2012-2020. Its events are built on the real article too: each takes a real sentence and two
real mentions of different actors in it as source and target (offsets real), while the
CAMEO code, modality and date are drawn at random from the codebook and the modalities, so
that the big store has the cardinalities a real one would (hundreds of actors, 20 roots,
5 modalities, 8 years). This is load data: it says nothing about extraction quality.
Deterministic for a given ``--seed``.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import json
import random
import re
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from sqlalchemy import select  # noqa: E402

from dateline.api.cameo import cameo_roots  # noqa: E402
from dateline.model import (  # noqa: E402
    MODALITIES,
    Analysis,
    Article,
    Event,
    Mention,
    Participant,
    Quote,
    RecordDate,
    Timex,
)
from dateline.store import schema  # noqa: E402
from dateline.store.engine import open_engine  # noqa: E402
from dateline.store.writer import Batch, StoreWriter  # noqa: E402

MODALITY_WEIGHTS = (0.55, 0.2, 0.12, 0.08, 0.05)  # asserted, reported, planned, hypothetical, negated
FIRST_DAY, LAST_DAY = dt.date(2012, 1, 1), dt.date(2020, 12, 31)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@dataclasses.dataclass
class Source:
    article: Article
    timexes: list[Timex]
    mentions: list[Mention]
    quotes: list[Quote]
    sentences: list[tuple[int, int]]


def load_sources(db: str) -> list[Source]:
    engine = open_engine(db, create=False)
    out: list[Source] = []
    with engine.connect() as conn:
        articles = conn.execute(select(schema.articles).where(schema.articles.c.duplicate_of.is_(None))).all()
        for row in articles:
            a = row._mapping
            article = Article(id=a["id"], date=dt.date.fromisoformat(a["date"]), text=a["text"], title=a["title"],
                              source=a["source"], url=a["url"], ref=a["ref"])
            timexes = [Timex(article="", text=t.text, start=t.start, end=t.end, type=t.type, value=t.value, mod=t.mod)
                       for t in conn.execute(select(schema.timexes).where(schema.timexes.c.article == article.id))]
            mentions = [Mention(article="", text=m.text, start=m.start, end=m.end, actor=m.actor, name=m.name,
                                type=m.type, role=m.role)
                        for m in conn.execute(select(schema.mentions).where(schema.mentions.c.article == article.id))]
            quotes = [_quote(q._mapping) for q in
                      conn.execute(select(schema.quotes).where(schema.quotes.c.article == article.id))]
            out.append(Source(article, timexes, mentions, quotes, sentence_spans(article.text)))
    return out


def _quote(q: Any) -> Quote:
    speaker = None if q["speaker_text"] is None else Participant(
        q["speaker_text"], q["speaker_start"], q["speaker_end"], q["speaker_actor"], q["speaker_name"])
    date = RecordDate(q["date_value"], q["date_basis"], q["date_text"], q["date_start"], q["date_end"], q["date_mod"])
    return Quote(article="", text=q["text"], start=q["start"], end=q["end"], direct=bool(q["direct"]),
                 speaker=speaker, cue=q["cue"], date=date, medium=q["medium"])


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def codes() -> list[tuple[str, str, str]]:
    """(code, label, root) for the 20 roots and their first-level codes (root + '0')."""
    out = []
    for root, info in cameo_roots()["roots"].items():
        out.append((f"{root}0", info["name"], root))
        out.append((f"{root}1", info["name"] + " (specific)", root))
    return out


def synth_article(src: Source, k: int, rng: random.Random, per_article: int,
                  code_pool: list[tuple[str, str, str]]) -> Analysis:
    day = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
    article_id = hashlib.sha256(f"synth-{k}-{src.article.id}".encode()).hexdigest()[:20]
    article = dataclasses.replace(src.article, id=article_id, date=day, ref=f"synth-{k}")
    shift = day - src.article.date

    def moved(value: str) -> str:
        # Move a day-precise value by the article's shift; coarser values are kept.
        try:
            return (dt.date.fromisoformat(value) + shift).isoformat() if len(value) == 10 else value
        except ValueError:
            return value

    timexes = [dataclasses.replace(t, article=article_id, value=moved(t.value)) for t in src.timexes]
    mentions = [dataclasses.replace(m, article=article_id) for m in src.mentions]
    quotes = [dataclasses.replace(q, article=article_id, date=dataclasses.replace(q.date, value=moved(q.date.value)))
              for q in src.quotes]
    actors = [m for m in src.mentions if m.actor]
    # Sentences with mentions of two different actors make the most plausible evidence.
    pairs = []
    for span in src.sentences:
        found = [m for m in actors if span[0] <= m.start and m.end <= span[1]]
        if len({m.actor for m in found}) >= 2:
            pairs.append((span, found))
    events = []
    for _ in range(per_article if actors and src.sentences else 0):
        if pairs:
            (start, end), found = rng.choice(pairs)
            one = rng.choice(found)
            two = rng.choice([m for m in found if m.actor != one.actor])
        else:
            start, end = rng.choice(src.sentences)
            one, two = rng.choice(actors), rng.choice(actors)
        code, label, root = rng.choice(code_pool)
        if rng.random() < 0.6:
            back = rng.randrange(0, 400)
            value = (day - dt.timedelta(days=back)).isoformat()
            if rng.random() < 0.3:
                value = value[:7]  # month precision
            date = RecordDate(value=value, basis="text", text="(synthetic)")
        else:
            date = RecordDate(value=day.isoformat(), basis="article")
        events.append(Event(
            article=article_id, code=code, label=label, root=root, goldstein=None, plover=None,
            source=Participant(one.text, one.start, one.end, one.actor, one.name),
            target=Participant(two.text, two.start, two.end, two.actor, two.name),
            object=None, date=date, modality=rng.choices(MODALITIES, MODALITY_WEIGHTS)[0],  # type: ignore[arg-type]
            attributed_to=None, trigger="(synthetic)", sentence=src.article.text[start:end], start=start, end=end,
            extractor="bench.synth_store"))
    return Analysis(article, timexes, mentions, quotes, events)


def build(source: str, out: str, n_events: int, per_article: int, seed: int) -> dict[str, Any]:
    t0 = time.perf_counter()
    sources = [s for s in load_sources(source) if any(m.actor for m in s.mentions)]
    if not sources:
        sys.exit(f"{source} has no article with actor mentions to replicate")
    writer = StoreWriter.open(out)
    rng = random.Random(seed)
    pool = codes()
    written = 0
    k = 0
    batch: list[Any] = []
    while written < n_events:
        analysis = synth_article(sources[k % len(sources)], k, rng, min(per_article, n_events - written), pool)
        k += 1
        written += len(analysis.events)
        batch.append((analysis, None))
        if len(batch) >= 200:
            writer.write(None, Batch(analyses=batch))
            batch = []
    if batch:
        writer.write(None, Batch(analyses=batch))
    return {"out": out, "articles": k, "events": written, "seconds": round(time.perf_counter() - t0, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", required=True, help="A store of real extractions (dateline ingest).")
    parser.add_argument("--out", required=True, help="The store to create (must not exist).")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--per-article", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if Path(args.out).exists():
        sys.exit(f"{args.out} exists; remove it first")
    print(json.dumps(build(args.source, args.out, args.events, args.per_article, args.seed)))


if __name__ == "__main__":
    main()
