"""The on-disk id set and near-duplicate index of `dateline extract` (run.spill.DiskIndex)."""

import os

import pytest

from dateline.ingest.dedup import NearDuplicates
from dateline.run.spill import DiskIndex

TEXT = "The foreign ministers met in Geneva on Monday to discuss a ceasefire and the release of prisoners."


def test_spill_known_ids_are_those_remembered():
    with DiskIndex() as index:
        assert index.known(["a", "b"]) == set()
        index.remember(["a", "c"])
        index.remember(["a"])
        assert index.known(["a", "b", "c"]) == {"a", "c"}
        assert index.known(f"id{i}" for i in range(2000)) == set()  # more ids than one statement binds


def test_spill_finds_near_duplicates_like_the_memory_index():
    with DiskIndex() as index:
        dedup = NearDuplicates(index)
        first = dedup.fingerprint(TEXT)
        index.add("first", first.keys, first.sig)
        assert dedup.find(dedup.fingerprint(TEXT + " ")) == "first"
        assert dedup.find(dedup.fingerprint("A different story about trade talks in Vienna.")) is None


def test_spill_file_removed_on_close():
    index = DiskIndex()
    folder = index._dir.name
    assert os.path.isdir(folder)
    index.close()
    assert not os.path.exists(folder)


@pytest.mark.model
def test_spill_extract_skips_repeats_and_links_near_duplicates(nlp, tmp_path):
    import json

    from dateline.ingest.options import ReadOptions
    from dateline.model import Analysis, Article
    from dateline.run.extract import extract

    rows = [{"id": "a", "date": "2020-06-24", "text": TEXT}, {"id": "b", "date": "2020-06-24", "text": TEXT},
            {"id": "c", "date": "2020-06-25", "text": TEXT + " "}, {"id": "d", "date": "2020-06-25", "text": "Talks."}]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = list(extract([str(path)], nlp, ReadOptions(), batch_size=2))
    analyzed = [item.article.ref for item in out if isinstance(item, Analysis)]
    duplicates = [(item.ref, item.duplicate_of) for item in out if isinstance(item, Article)]
    first = next(item.article.id for item in out if isinstance(item, Analysis) and item.article.ref == "a")
    assert analyzed == ["a", "d"] and duplicates == [("c", first)]  # b: the same article again, skipped
