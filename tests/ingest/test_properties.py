"""Property tests: whatever bytes a reader is fed, it yields Articles or Rejects, never raises."""

import gzip
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.ingest.options import ReadOptions
from dateline.ingest.sources import FORMATS, iter_articles
from dateline.model import Article, Reject

from .fixtures import HTML, RSS

# Random bytes, and mutations of valid inputs (more likely to get deep into the parsers).
SEEDS = [
    b"date 2020-06-24 Text.",
    b'{"date": "2020-06-24", "text": "Text."}\n',
    b"date,text\n2020-06-24,Text.\n",
    HTML.encode(),
    RSS.encode(),
    b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 10\r\n\r\n0123456789",
    b'<LEWIS><REUTERS NEWID="1"><DATE>26-FEB-1987</DATE><TEXT><BODY>Text.</BODY></TEXT></REUTERS></LEWIS>',
]


@st.composite
def mutated(draw):
    seed = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(0, 8))):
        if not seed:
            break
        position = draw(st.integers(0, len(seed) - 1))
        action = draw(st.sampled_from(["flip", "cut", "insert"]))
        if action == "flip":
            seed[position] = draw(st.integers(0, 255))
        elif action == "cut":
            del seed[position : position + draw(st.integers(1, 64))]
        else:
            seed[position:position] = draw(st.binary(max_size=16))
    return bytes(seed)


INPUTS = st.one_of(st.binary(max_size=2048), mutated())
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _items(data: bytes, fmt: str | None):
    options = ReadOptions(input_format=fmt)
    return list(iter_articles(["-"], options, stdin=io.BufferedReader(io.BytesIO(data))))


@pytest.mark.parametrize("fmt", [None, *FORMATS])
@SETTINGS
@given(data=INPUTS)
def test_properties_any_bytes_give_articles_or_rejects(fmt, data):
    for item in _items(data, fmt):
        assert isinstance(item, (Article, Reject))
        # the readers themselves handled it: the last-resort net for reader bugs did not fire
        assert not (isinstance(item, Reject) and item.reason.startswith("unreadable ("))


SUFFIXES = [".txt", ".jsonl", ".csv", ".html", ".rss", ".xml", ".warc", ".warc.gz", ".jsonl.gz"]


@pytest.mark.parametrize("suffix", SUFFIXES)
@SETTINGS
@given(data=INPUTS, compress=st.booleans())
def test_properties_any_file_gives_articles_or_rejects(tmp_path_factory, suffix, data, compress):
    path = tmp_path_factory.mktemp("prop") / f"input{suffix}"
    path.write_bytes(gzip.compress(data) if compress and suffix.endswith(".gz") else data)
    for item in iter_articles([str(path)], ReadOptions()):
        assert isinstance(item, (Article, Reject))
        assert not (isinstance(item, Reject) and item.reason.startswith("unreadable ("))
