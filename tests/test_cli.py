import json
import sqlite3

import pytest
from typer.testing import CliRunner

from dateline.cli import app

from .conftest import EXAMPLE
from .corpus import synthetic_articles, write_jsonl

runner = CliRunner()
COMMANDS = ["extract", "ingest", "timeline", "stats", "actors", "quotes", "export"]


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_command_has_help_with_example(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and f"dateline {command}" in result.output


def test_cli_help_paragraphs_wrap_to_the_terminal_not_to_the_source():
    # The docstring breaks "(model loaded" / "once per worker)" across two source lines.
    result = runner.invoke(app, ["ingest", "--help"], env={"COLUMNS": "200"}, terminal_width=200)
    assert result.exit_code == 0
    assert "Dask workers (model loaded once per worker); reading" in result.output


@pytest.mark.model
def test_cli_extract_jsonl_follows_the_contract(nlp):
    result = runner.invoke(app, ["extract", str(EXAMPLE), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    article = records[0]
    assert article["kind"] == "article" and article["date"] == "2020-06-24" and article["ref"] == str(EXAMPLE)
    text = EXAMPLE.read_text(encoding="utf-8").split("2020-06-24", 1)[1]
    kinds = {r["kind"] for r in records[1:]}
    assert {"timex", "mention", "quote"} <= kinds
    for record in records[1:]:
        assert record["article"] == article["id"]
        assert 0 <= record["start"] < record["end"] <= len(text)
        if record["kind"] in ("timex", "mention", "quote"):
            assert text[record["start"] : record["end"]] == record["text"]


@pytest.mark.model
def test_cli_extract_rejects_give_exit_code_1_and_keep_going(tmp_path, nlp):
    good = tmp_path / "good.txt"
    good.write_text("date 2020-01-01 Russia criticized Turkey on Monday.")
    bad = tmp_path / "bad.txt"
    bad.write_text("date 2020-02-30 Impossible.")
    result = runner.invoke(app, ["extract", str(bad), str(good), "--format", "json"])
    assert result.exit_code == 1
    parsed = json.loads(result.stdout)
    assert [a["ref"] for a in parsed] == [str(good)]
    assert "impossible date" in result.stderr and "1 input(s) rejected" in result.stderr


@pytest.mark.model
def test_cli_ingest_analyzes_again_what_another_dateline_stored(tmp_path, nlp):
    """A store made by an older dateline (its articles' analysis NULL, as after the schema 3
    migration, or another version's): ingesting the same article again replaces its records
    instead of skipping it or taking it for a near duplicate of itself."""
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["ingest", str(EXAMPLE), "--db", db]).exit_code == 0
    before = json.loads(runner.invoke(app, ["stats", "--db", db, "--json"]).stdout)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE articles SET analysis = NULL")
        conn.execute("DELETE FROM events WHERE id = (SELECT min(id) FROM events)")  # what the old one found
    stale = json.loads(runner.invoke(app, ["stats", "--db", db, "--json"]).stdout)
    assert (before["articles_by_another_version"], stale["articles_by_another_version"]) == (0, 1)
    again = runner.invoke(app, ["ingest", str(EXAMPLE), "--db", db])
    assert again.exit_code == 0, again.output
    assert "ingested 1 article(s)" in again.stderr and "1 of them stored by another version" in again.stderr
    after = json.loads(runner.invoke(app, ["stats", "--db", db, "--json"]).stdout)
    assert {k: v for k, v in after.items() if k != "runs"} == {k: v for k, v in before.items() if k != "runs"}
    third = runner.invoke(app, ["ingest", str(EXAMPLE), "--db", db])
    assert "1 already stored" in third.stderr and "another version" not in third.stderr


@pytest.mark.model
def test_cli_ingest_twice_changes_no_counts_then_queries(tmp_path, nlp):
    corpus = write_jsonl(tmp_path / "c.jsonl", synthetic_articles(12))
    db = str(tmp_path / "s.db")
    first = runner.invoke(app, ["ingest", str(corpus), str(EXAMPLE), "--db", db])
    assert first.exit_code == 0, first.output
    counts = runner.invoke(app, ["stats", "--db", db, "--json"]).stdout
    second = runner.invoke(app, ["ingest", str(corpus), str(EXAMPLE), "--db", db])
    assert second.exit_code == 0 and "13 already stored" in second.stderr
    after = json.loads(runner.invoke(app, ["stats", "--db", db, "--json"]).stdout)
    before = json.loads(counts)
    assert {k: v for k, v in after.items() if k != "runs"} == {k: v for k, v in before.items() if k != "runs"}
    assert after["articles"] == 13 and after["runs"] == 2

    for command in (["timeline"], ["actors"], ["quotes"], ["timeline", "--actor", "TUR", "--from", "2019-01-01"]):
        result = runner.invoke(app, [*command, "--db", db])
        assert result.exit_code == 0, result.output
    out = tmp_path / "events.csv"
    assert runner.invoke(app, ["export", "--format", "csv", "-o", str(out), "--db", db]).exit_code == 0
    parquet = tmp_path / "mentions.parquet"
    result = runner.invoke(app, ["export", "-f", "parquet", "-k", "mentions", "-o", str(parquet), "--db", db])
    assert result.exit_code == 0
    import pyarrow.parquet as pq

    with sqlite3.connect(db) as conn:
        assert pq.read_table(parquet).num_rows == conn.execute("SELECT count(*) FROM mentions").fetchone()[0]


@pytest.mark.model
def test_cli_ingest_records_rejects_in_store(tmp_path, nlp):
    corpus = tmp_path / "mixed.jsonl"
    corpus.write_text('{"date": "2020-01-01", "text": "Russia criticized Turkey."}\n{oops\n')
    db = str(tmp_path / "r.db")
    result = runner.invoke(app, ["ingest", str(corpus), "--db", db])
    assert result.exit_code == 1
    assert f"{corpus}:2: malformed JSON" in result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT source, line FROM rejects").fetchall() == [(str(corpus), 2)]


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["timeline", "--db", "{tmp}/missing.db"], 3, "no store at"),
        (["stats", "--db", "{tmp}/junk.db"], 3, "cannot open store"),
        (["timeline", "--from", "2020-13-01", "--db", "{tmp}/empty.db"], 2, "--from/--to"),
        (["export", "--format", "xml", "--db", "{tmp}/empty.db"], 2, "choose from"),
        (["export", "--format", "parquet", "--db", "{tmp}/empty.db"], 2, "give --output"),
        (["quotes", "--search", "***", "--db", "{tmp}/empty.db"], 2, "no words"),
        (["extract", "x.txt", "--date", "someday"], 2, "--date"),
        (["extract", "x.txt", "--field", "nope=1"], 2, "bad --field"),
    ],
)
def test_cli_errors_are_one_line_with_exit_codes(tmp_path, args, code, message):
    (tmp_path / "junk.db").write_bytes(b"not sqlite" * 50)
    from dateline.store.writer import StoreWriter

    StoreWriter.open(str(tmp_path / "empty.db"))
    result = runner.invoke(app, [a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.exit_code == code, result.output
    assert message in result.stderr and "Traceback" not in result.output


def test_cli_reject_summary_counts_every_reject_even_past_five_kinds(tmp_path):
    # Six kinds of bad input: the summary names the five commonest and counts the rest, so
    # its figures add up to the total.
    (tmp_path / "a.txt").write_text("")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "c.txt").write_text("no date header here")
    (tmp_path / "d.csv").write_text("id,text\n1,hello\n")
    (tmp_path / "e.jsonl").write_text('{"text": "x", "date": "2020-13-45"}\n{"text": "y", "date": "2020-13-45"}\n')
    (tmp_path / "f.jsonl").write_text("{bad json\n")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    summary = result.stderr.strip().splitlines()[-1]
    assert summary.startswith("7 input(s) rejected (2 impossible date, ")
    assert summary.endswith(", 1 other)")


@pytest.mark.model
def test_cli_tables_print_the_texts_brackets_as_written(tmp_path, nlp, monkeypatch):
    # Rich reads "[...]" as markup: an editor's "[the deal]" in a quote vanished and a
    # headline's "[bold]" restyled the row, until the tables escaped the text they print.
    corpus = tmp_path / "b.jsonl"
    corpus.write_text(json.dumps({
        "id": "v1", "date": "2020-01-06", "title": "[VIDEO] Russia and [bold]Turkey",
        "text": 'Russia criticized Turkey on Monday. "We will not accept [the deal]," Erdogan said.',
    }) + "\n")
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["ingest", str(corpus), "--db", db]).exit_code == 0
    wide = {"env": {"COLUMNS": "250"}, "terminal_width": 250}
    from dateline.cli.common import out

    monkeypatch.setattr(out, "width", 250)  # the console's width is fixed when it is made
    quotes = runner.invoke(app, ["quotes", "--db", db], **wide)
    assert "We will not accept [the deal]," in quotes.stdout
    assert "[VIDEO] Russia and [bold]Turkey" in quotes.stdout  # the quote's article by its headline
    timeline = runner.invoke(app, ["timeline", "--db", db], **wide)
    assert "[VIDEO] Russia and [bold]Turkey" in timeline.stdout
    extract = runner.invoke(app, ["extract", str(corpus), "--format", "table"], **wide)
    assert "[the deal]" in extract.stdout


def test_cli_timeline_fits_an_80_column_terminal(tmp_path, monkeypatch):
    """An event dated by its article put "(article)" beside the date, which took a fifth of an
    80-column terminal and cut the event's name ("Sign formal agreeme…")."""
    import dataclasses

    from dateline.model import RecordDate
    from dateline.store.writer import Batch, StoreWriter

    from .store.test_writer import analysis_of

    analysis = analysis_of()
    undated = [dataclasses.replace(e, date=RecordDate("2020-06-24", "article")) for e in analysis.events]
    db = str(tmp_path / "s.db")
    StoreWriter.open(db).write(None, Batch(analyses=[(dataclasses.replace(analysis, events=undated), None)]))
    from dateline.cli.common import out

    monkeypatch.setattr(out, "width", 80)  # the console's width is fixed when it is made
    result = runner.invoke(app, ["timeline", "--db", db])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= 80
    what = [line.split("│")[2] for line in lines if line.startswith("│")]
    assert sum("agreement" in cell for cell in what) == 2 and not any("…" in cell for cell in what)
    assert "(article)" in result.output
