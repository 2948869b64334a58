"""The ingest loop with several batches in flight (as with Dask): dedup and write order.

A fake analyzer stands in for the model: it returns empty analyses, late (``max_pending``
batches are held unwritten), which is all the loop's bookkeeping depends on.
"""

import json

import pytest

from dateline.ingest.options import ReadOptions
from dateline.model import Analysis
from dateline.run.analyzers import Done
from dateline.run.ingest import KEEP_REJECTS, ingest
from dateline.store.query import StoreReader
from dateline.store.writer import StoreWriter

BASE = ("The foreign ministers of {a} and {b} met in Geneva on Monday to discuss a ceasefire, "
        "the release of prisoners and the reopening of two border crossings closed since {n}.")


class SlowAnalyzer:
    """Holds ``max_pending`` batches before the loop writes the oldest; records what it saw."""

    def __init__(self, max_pending: int) -> None:
        self.max_pending = max_pending
        self.submitted: list[list[str]] = []

    def submit(self, articles):
        self.submitted.append([a.id for a in articles])
        return Done(([Analysis(article=a) for a in articles], []))


def corpus(tmp_path, rows):
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def row(i, text=None, date="2020-06-24"):
    return {"id": f"r{i}", "date": date, "text": text or BASE.format(a=f"Country{i}", b=f"Land{i}", n=1990 + i)}


@pytest.mark.parametrize("max_pending", [0, 1, 3])
def test_inflight_exact_repeat_in_a_later_batch_is_stored_once(tmp_path, max_pending):
    rows = [row(i) for i in range(6)] + [row(0)] + [row(i) for i in range(6, 9)]
    writer = StoreWriter.open(str(tmp_path / "s.db"))
    analyzer = SlowAnalyzer(max_pending)
    summary = ingest([corpus(tmp_path, rows)], writer, None, ReadOptions(), batch_size=2, analyzer=analyzer)
    submitted = [i for batch in analyzer.submitted for i in batch]
    assert len(submitted) == len(set(submitted)) == 9  # the repeat never reaches the analyzer
    assert (summary.articles, summary.already_stored) == (9, 1)
    assert StoreReader.open(str(tmp_path / "s.db")).stats()["articles"] == 9


@pytest.mark.parametrize("max_pending", [0, 2])
def test_inflight_near_duplicate_of_an_unwritten_batch_is_linked(tmp_path, max_pending):
    first = BASE.format(a="Armenia", b="Azerbaijan", n=1994)
    rows = [row(0, first), row(1), row(2), row(3, first + " "), row(4)]  # row 3: same words, a new id
    rows[3]["date"] = "2020-06-25"
    db = str(tmp_path / "s.db")
    summary = ingest([corpus(tmp_path, rows)], StoreWriter.open(db), None, ReadOptions(), batch_size=2,
                     analyzer=SlowAnalyzer(max_pending))
    assert (summary.articles, summary.duplicates) == (4, 1)
    articles = {a["ref"]: a for a in StoreReader.open(db).articles()}
    assert articles["r3"]["duplicate_of"] == articles["r0"]["id"]


class Logged(Done):
    def __init__(self, results, n, log):
        super().__init__(results)
        self.n, self.log = n, log

    def result(self):
        self.log.append(self.n)
        return super().result()


@pytest.mark.parametrize("max_pending", [0, 2, 5])
def test_inflight_batches_awaited_in_submission_order(tmp_path, max_pending):
    awaited: list[int] = []

    class Analyzer(SlowAnalyzer):
        def submit(self, articles):
            super().submit(articles)
            return Logged(([Analysis(article=a) for a in articles], []), len(self.submitted), awaited)

    analyzer = Analyzer(max_pending)
    summary = ingest([corpus(tmp_path, [row(i) for i in range(10)])], StoreWriter.open(str(tmp_path / "s.db")),
                     None, ReadOptions(), batch_size=3, analyzer=analyzer)
    assert awaited == [1, 2, 3, 4] and summary.articles == 10


def test_inflight_rejects_counted_beyond_those_kept(tmp_path, monkeypatch):
    monkeypatch.setattr("dateline.run.ingest.KEEP_REJECTS", 3)
    bad = tmp_path / "in.jsonl"
    bad.write_text("".join("{not json\n" for _ in range(7)), encoding="utf-8")
    summary = ingest([str(bad)], StoreWriter.open(str(tmp_path / "s.db")), None, ReadOptions(), batch_size=2,
                     analyzer=SlowAnalyzer(1))
    assert summary.rejected == 7 and len(summary.rejects) == 3 and KEEP_REJECTS >= 3
    assert sum(summary.reject_reasons.values()) == 7
    assert StoreReader.open(str(tmp_path / "s.db")).stats()["rejects"] == 7


@pytest.mark.parametrize(
    "lengths, batch_size, max_chars, expected",
    [
        ([10, 10, 10], 2, 100, [2, 1]),
        ([60, 30, 20, 50], 10, 100, [2, 2]),
        ([150, 10, 10], 10, 100, [1, 2]),  # an article over the cap is a batch of its own
        ([10, 150, 10], 10, 100, [1, 1, 1]),
        ([], 4, 100, []),
    ],
)
def test_pipeline_char_batches_cap_count_and_characters(lengths, batch_size, max_chars, expected):
    from dateline.ingest.article import make_article
    from dateline.run.pipeline import char_batches

    articles = [make_article("x" * n, "2020-01-01") for n in lengths]
    batches = list(char_batches(articles, batch_size, max_chars))
    assert [len(b) for b in batches] == expected
    assert [a for b in batches for a in b] == articles
