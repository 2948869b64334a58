import datetime as dt
import gzip
import io

import pytest

from dateline.errors import UsageError
from dateline.ingest.options import DEFAULT_FIELDS, ReadOptions, parse_field_overrides
from dateline.ingest.sources import count_items, iter_articles
from dateline.model import Article, Reject

from .fixtures import HTML, PARAGRAPHS, RSS, TEXT, jsonl_lines, write_warc

OPTIONS = ReadOptions()


def read(paths, options=OPTIONS, stdin=None):
    items = list(iter_articles([str(p) for p in paths], options, stdin=stdin))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Reject)]


def test_sources_dated_text_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("date 2020-06-24\n" + TEXT, encoding="utf-8")
    articles, rejects = read([path])
    assert not rejects and len(articles) == 1
    assert articles[0].date == dt.date(2020, 6, 24) and articles[0].ref == str(path)


def test_sources_plain_text_needs_date(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text(TEXT, encoding="utf-8")
    articles, rejects = read([path])
    assert not articles and "no date" in rejects[0].reason
    articles, rejects = read([path], ReadOptions(date=dt.date(2020, 1, 2)))
    assert articles[0].date == dt.date(2020, 1, 2) and articles[0].text == TEXT


def test_sources_jsonl_default_fields_and_bad_lines(tmp_path):
    path = tmp_path / "a.jsonl"
    rows = [
        {"id": "n1", "published": "2020-06-24T08:00:00Z", "headline": "H1", "body": PARAGRAPHS[0], "link": "u1"},
        {"publish_date": "2019-07-12", "content": PARAGRAPHS[1], "source": "Wire"},
    ]
    path.write_text(jsonl_lines(rows) + "{not json\n" + '{"date": "2020-02-30", "text": "x"}\n' + "[1]\n",
                    encoding="utf-8")
    articles, rejects = read([path])
    assert [a.ref for a in articles] == ["n1", f"{path}:2"]
    assert articles[0].title == "H1" and articles[0].url == "u1" and articles[0].date == dt.date(2020, 6, 24)
    assert articles[1].source == "Wire"
    assert [(r.line, r.reason.split(":")[0].split(" (")[0]) for r in rejects] == [
        (3, "malformed JSON"), (4, "impossible date"), (5, "expected a JSON object, got list")]


def test_sources_json_array(tmp_path):
    path = tmp_path / "a.json"
    path.write_text('[{"date": "2020-01-01", "text": "One."}, {"date": "2020-01-02", "text": "Two."}]')
    articles, rejects = read([path])
    assert len(articles) == 2 and not rejects


def test_sources_jsonl_field_override(tmp_path):
    path = tmp_path / "allsides.jsonl"
    row = {"ID": "x9", "date": "2020-01-01", "content_original": "Body.", "content": "b o d y"}
    path.write_text(jsonl_lines([row]))
    options = ReadOptions(fields=parse_field_overrides(["text=content_original", "id=ID"]))
    articles, _ = read([path], options)
    assert articles[0].text == "Body." and articles[0].ref == "x9"


def test_sources_field_override_rejects_unknown_field():
    with pytest.raises(UsageError, match="bad --field"):
        parse_field_overrides(["words=body"])
    assert parse_field_overrides([]) == DEFAULT_FIELDS


def test_sources_csv_and_tsv(tmp_path):
    csv_path = tmp_path / "a.csv"
    csv_path.write_text('id,date,title,text\nc1,2020-06-24,T,"Line one, with comma.\nLine two."\nc2,,T2,No date.\n',
                        encoding="utf-8")
    articles, rejects = read([csv_path])
    assert [a.ref for a in articles] == ["c1"] and articles[0].text == "Line one, with comma.\nLine two."
    assert rejects[0].line == 4 and "missing date" in rejects[0].reason
    tsv_path = tmp_path / "a.tsv"
    tsv_path.write_text("date\tbody\n2020-06-24\tTabbed text.\n", encoding="utf-8")
    articles, rejects = read([tsv_path])
    assert articles[0].text == "Tabbed text." and not rejects


def test_sources_csv_missing_columns_rejects_file(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("id,words\n1,hello\n", encoding="utf-8")
    articles, rejects = read([path])
    assert not articles and len(rejects) == 1 and "no text or date column" in rejects[0].reason


def test_sources_csv_bad_utf8_rejects_only_that_row(tmp_path):
    path = tmp_path / "bytes.csv"
    path.write_bytes(b"date,text\n2020-01-01,good row\n2020-01-02,bad \xff row\n2020-01-03,good again\n")
    articles, rejects = read([path])
    assert [a.text for a in articles] == ["good row", "good again"]
    assert rejects[0].line == 3 and "UTF-8" in rejects[0].reason


def test_sources_html(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    articles, rejects = read([path])
    assert not rejects
    article = articles[0]
    assert article.date == dt.date(2020, 6, 24)
    assert "Moscow and Ankara signed" in article.text and "Copyright" not in article.text
    assert article.title and "S-400" in article.title


def test_sources_html_without_date_uses_option_or_rejects(tmp_path):
    path = tmp_path / "nodate.htm"
    path.write_text(HTML.replace('<meta property="article:published_time" content="2020-06-24T10:00:00Z">', ""))
    _, rejects = read([path])
    assert rejects and "no publication date" in rejects[0].reason
    articles, _ = read([path], ReadOptions(date=dt.date(2021, 3, 4)))
    assert articles[0].date == dt.date(2021, 3, 4)


def test_sources_rss_feed(tmp_path):
    path = tmp_path / "feed.rss"
    path.write_text(RSS, encoding="utf-8")
    articles, rejects = read([path])
    assert len(articles) == 1 and articles[0].date == dt.date(2020, 6, 24)
    assert articles[0].source == "Example Wire" and articles[0].url == "https://example.org/a1"
    assert PARAGRAPHS[1] in articles[0].text and "<p>" not in articles[0].text
    assert len(rejects) == 1 and "no published or updated date" in rejects[0].reason


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_sources_warc(tmp_path, name):
    path = tmp_path / name
    write_warc(path)
    articles, rejects = read([path])
    assert not rejects and len(articles) == 1
    assert articles[0].url == "https://example.org/s400" and articles[0].date == dt.date(2020, 6, 24)


def test_sources_directory_glob_gzip_and_stdin(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("date 2020-01-01 First article.")
    with gzip.open(tmp_path / "b.jsonl.gz", "wt") as fh:
        fh.write(jsonl_lines([{"date": "2020-01-02", "text": "Second article."}]))
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG\r\n")
    articles, rejects = read([tmp_path])
    assert sorted(a.text.strip() for a in articles) == ["First article.", "Second article."] and not rejects
    articles, _ = read([tmp_path / "**" / "*.txt"])
    assert [a.text.strip() for a in articles] == ["First article."]
    stdin = io.BytesIO(b'{"date": "2020-01-03", "text": "From stdin."}\n')
    articles, _ = read(["-"], stdin=stdin)
    assert articles[0].text == "From stdin."
    stdin = io.BytesIO(gzip.compress(b"date 2020-01-04 Gzipped stdin."))
    articles, _ = read(["-"], stdin=stdin)
    assert articles[0].date == dt.date(2020, 1, 4)


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("binary.txt", b"date 2020-01-01 \x00\x01\x02 PK", "binary file"),
        ("bad.txt", b"date 2020-01-01 caf\xe9", "invalid UTF-8"),
        ("date.txt", b"date 2020-02-30 Some text.", "impossible date"),
        ("header.txt", b"date 2020-01-01   ", "empty text"),
        ("corrupt.jsonl.gz", b"\x1f\x8b\x08\x00garbage", "corrupt gzip"),
        ("nofeed.rss", b"<rss><channel></channel></rss>", "feed has no entries"),
        ("broken.warc", b"WARC/1.0\r\nnot really", "not a valid WARC"),
    ],
)
def test_sources_bad_input_is_rejected_with_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    articles, rejects = read([path])
    assert not articles and len(rejects) == 1
    assert reason in rejects[0].reason and rejects[0].source == str(path)


def test_sources_size_limit(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("date 2020-01-01 " + "word " * 100)
    _, rejects = read([path], ReadOptions(max_chars=100))
    assert "over the limit" in rejects[0].reason or "size limit" in rejects[0].reason
    path.write_text("date 2020-01-01 " + "word " * 10_000)
    _, rejects = read([path], ReadOptions(max_chars=100))
    assert "size limit" in rejects[0].reason


def test_sources_missing_path_and_empty_glob(tmp_path):
    _, rejects = read([tmp_path / "nope.txt", tmp_path / "*.nothing"])
    assert [r.reason for r in rejects] == ["no such file or directory", "no file matches this pattern"]


def test_sources_unknown_input_format():
    with pytest.raises(UsageError):
        list(iter_articles(["x"], ReadOptions(input_format="pdf")))


def test_sources_count_items(tmp_path):
    (tmp_path / "a.jsonl").write_text(jsonl_lines([{"date": "2020-01-01", "text": "a"}] * 3) + "\n")
    (tmp_path / "b.csv").write_text("date,text\n2020-01-01,a\n2020-01-01,b\n")
    (tmp_path / "c.txt").write_text("date 2020-01-01 c")
    assert count_items([str(tmp_path)], OPTIONS) == 6
    (tmp_path / "d.rss").write_text(RSS)
    assert count_items([str(tmp_path)], OPTIONS) is None


REUTERS = b"""<?xml version="1.0"?>
<LEWIS>
<REUTERS NEWID="7"><DATE>26-FEB-1987 15:01:01.79</DATE><TEXT><TITLE>BAHIA COCOA REVIEW</TITLE>
<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the week \x01 in the Bahia zone.
</BODY></TEXT></REUTERS>
<REUTERS NEWID="8"><DATE>26-FEB-1987</DATE><TEXT><TITLE>TITLE ONLY</TITLE></TEXT></REUTERS>
<REUTERS NEWID="9"><DATE>31-FEB-1987</DATE><TEXT><BODY>Impossible date.</BODY></TEXT></REUTERS>
</LEWIS>
"""


def test_sources_reuters_xml_with_a_stray_byte(tmp_path):
    path = tmp_path / "reut2-000.xml"
    path.write_bytes(REUTERS)
    articles, rejects = read([path])
    assert [(a.ref, a.date.isoformat(), a.title) for a in articles] == [
        ("reuters-7", "1987-02-26", "BAHIA COCOA REVIEW")]
    assert articles[0].text.startswith("SALVADOR, Feb 26 - Showers continued")
    assert len(rejects) == 1 and "missing date" in rejects[0].reason


def test_sources_reuters_corpus_reads_every_story_with_a_body():
    from ..conftest import shared_path

    folder = shared_path("data", "news", "reuters21578")
    items = list(iter_articles([str(folder / "reut2-*.xml")], OPTIONS))
    assert sum(isinstance(i, Article) for i in items) == 19_043  # SOURCE.md: 19,043 stories have a <BODY>
    assert not [i for i in items if isinstance(i, Reject)]


def test_sources_json_error_reads_as_english(tmp_path):
    """json says "Invalid control character at"; the reject said "... at at column 11"."""
    path = tmp_path / "a.jsonl"
    path.write_text('{"bad json\n', encoding="utf-8")
    _, rejects = read([path])
    assert [r.reason for r in rejects] == ["malformed JSON: Invalid control character at column 11"]
