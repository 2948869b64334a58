import dataclasses
import sqlite3

import pytest
from sqlalchemy import text

from dateline.errors import StoreError
from dateline.ingest.article import make_article
from dateline.ingest.dedup import NearDuplicates
from dateline.link.run import link_store
from dateline.model import Analysis, Event, Mention, Participant, Quote, RecordDate, Reject, Timex
from dateline.store.query import DateRange, StoreReader
from dateline.store.writer import Batch, StoreWriter

TEXT = "Moscow and Ankara signed a loan agreement in September 2017. Erdogan said “it is a done deal”."


def analysis_of(text=TEXT, date="2020-06-24"):
    article = make_article(text, date, ref="r1")
    aid = article.id
    moscow = Participant("Moscow", 0, 6, "RUSGOV", "Russia")
    ankara = Participant("Ankara", 11, 17, "TURGOV", "Turkey")
    when = RecordDate("2017-09", "text", "September 2017", 45, 59)
    return Analysis(
        article=article,
        timexes=[Timex(aid, "September 2017", 45, 59, "DATE", "2017-09")],
        mentions=[Mention(aid, "Moscow", 0, 6, "RUSGOV", "Russia", "government"),
                  Mention(aid, "Ankara", 11, 17, "TURGOV", "Turkey", "government"),
                  Mention(aid, "Erdogan", 61, 68, "TURGOV", "Recep Tayyip Erdogan", "person", "President")],
        quotes=[Quote(aid, "it is a done deal", 75, 92, True,
                      Participant("Erdogan", 61, 68, "TURGOV", "Recep Tayyip Erdogan"),
                      "said", RecordDate("2020-06-24", "article"))],
        events=[Event(aid, "057", "Sign formal agreement", "05", 8.0, "AGREE", src, tgt, None, when, "asserted", None,
                      "signed", TEXT[:60], 0, 60) for src, tgt in ((moscow, ankara), (ankara, moscow))],
    )


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "store.db")


def test_writer_writes_and_reads_back(any_db):
    writer = StoreWriter.open(any_db)
    run = writer.start_run("test")
    analysis = analysis_of()
    fp = NearDuplicates().fingerprint(analysis.article.text)
    result = writer.write(run, Batch(analyses=[(analysis, fp)], rejects=[Reject("bad.txt", "empty file")]))
    writer.finish_run(run, "done")
    assert (result.articles, result.events, result.rejects) == (1, 2, 1)
    reader = StoreReader.open(any_db)
    stats = reader.stats()
    assert {k: stats[k] for k in ("articles", "timexes", "mentions", "quotes", "events", "rejects", "runs")} == {
        "articles": 1, "timexes": 1, "mentions": 3, "quotes": 1, "events": 2, "rejects": 1, "runs": 1}
    events = reader.events()
    pairs = [(e["source"]["actor"], e["target"]["actor"]) for e in events]
    assert pairs == [("RUSGOV", "TURGOV"), ("TURGOV", "RUSGOV")]
    assert events[0]["date"]["first"] == "2017-09-01" and events[0]["date"]["last"] == "2017-09-30"
    assert events[0]["article_ref"] == "r1"


def test_writer_same_batch_twice_changes_nothing(any_db):
    writer = StoreWriter.open(any_db)
    analysis = analysis_of()
    writer.write(None, Batch(analyses=[(analysis, None)]))
    before = StoreReader.open(any_db).stats()
    result = writer.write(None, Batch(analyses=[(analysis, None)]))
    assert result.articles == 0 and result.skipped == 1
    assert StoreReader.open(any_db).stats() == before


def test_writer_registers_actors_not_people(db):
    StoreWriter.open(db).write(None, Batch(analyses=[(analysis_of(), None)]))
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT code, name FROM actors ORDER BY code").fetchall() == [
            ("RUSGOV", "Russia"), ("TURGOV", "Turkey")]
        assert ("TURGOV", "Ankara") in conn.execute("SELECT code, alias FROM actor_aliases").fetchall()


def test_writer_names_an_actor_by_itself_not_by_a_place_in_it(db):
    """ "Ohio" (a location, code USA) before "the United States" in a batch: the actor is
    named and typed by the mention of the country; the place is one of its aliases."""
    base = analysis_of("Ohio sued China. The United States said so.")
    aid = base.article.id
    mentions = [Mention(aid, "Ohio", 0, 4, "USA", "Ohio", "location"),
                Mention(aid, "United States", 21, 34, "USA", "United States", "country")]
    analysis = dataclasses.replace(base, mentions=mentions, quotes=[], events=[])
    StoreWriter.open(db).write(None, Batch(analyses=[(analysis, None)]))
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT code, name, type FROM actors").fetchall() == [("USA", "United States", "country")]
        assert ("USA", "Ohio") in conn.execute("SELECT code, alias FROM actor_aliases").fetchall()


def test_writer_renames_a_place_named_actor_when_a_later_batch_names_the_actor(any_db):
    """Batch one knows code USA only as "Ohio"; batch two names the United States, and the
    actor takes that name and type; a third batch with a place only changes nothing."""
    base = analysis_of("Ohio sued China. The United States said so.")
    aid = base.article.id
    ohio = Mention(aid, "Ohio", 0, 4, "USA", "Ohio", "location")
    usa = Mention(aid, "United States", 21, 34, "USA", "United States", "country")
    texas = Mention(aid, "Texas", 0, 4, "USA", "Texas", "location")
    writer = StoreWriter.open(any_db)
    for i, mention in enumerate([ohio, usa, texas]):
        article = make_article(f"Story {i}: Ohio sued China. The United States said so.", "2020-06-24")
        analysis = dataclasses.replace(base, article=article, quotes=[], events=[], timexes=[],
                                       mentions=[dataclasses.replace(mention, article=article.id)])
        writer.write(None, Batch(analyses=[(analysis, None)]))
        expected = ("Ohio", "location") if i == 0 else ("United States", "country")
        with StoreReader.open(any_db).engine.connect() as conn:
            rows = conn.execute(text("SELECT name, type FROM actors WHERE code = 'USA'")).fetchall()
        assert [tuple(r) for r in rows] == [expected], i


def test_writer_near_duplicates_found_across_runs(any_db):
    writer = StoreWriter.open(any_db)
    first = analysis_of()
    dedup = NearDuplicates(writer.band_index())
    writer.write(None, Batch(analyses=[(first, dedup.fingerprint(first.article.text))]))
    copy = make_article(TEXT + " ", "2020-06-25")  # a day later, same words: a near duplicate
    assert copy.id != first.article.id
    assert dedup.find(dedup.fingerprint(copy.text)) == first.article.id
    other = make_article("A different story about trade talks in Geneva on Monday.", "2020-06-25")
    assert dedup.find(dedup.fingerprint(other.text)) is None
    writer.write(None, Batch(duplicates=[dataclasses.replace(copy, duplicate_of=first.article.id)]))
    assert StoreReader.open(any_db).stats()["duplicates"] == 1


def test_query_filters(any_db):
    StoreWriter.open(any_db).write(None, Batch(analyses=[(analysis_of(), None)]))
    reader = StoreReader.open(any_db)
    assert len(reader.events(actor="TUR")) == 2
    assert len(reader.events(actor="Ankara")) == 2  # by alias
    assert len(reader.events(pair=("RUS", "TUR"))) == 1
    assert reader.events(dates=DateRange("2018-01-01")) == []
    assert len(reader.events(dates=DateRange("2017-09-15", "2017-09-15"))) == 2
    assert len(reader.events(code="05")) == 2 and reader.events(code="13") == []
    assert [q["speaker"]["name"] for q in reader.quotes(search="done deal")] == ["Recep Tayyip Erdogan"]
    assert reader.quotes(search="sanctions") == []
    assert len(reader.articles(search="loan agreement")) == 1
    article = reader.article(reader.articles()[0]["id"])
    assert len(article["mentions"]) == 3 and len(article["events"]) == 2
    with pytest.raises(StoreError):
        reader.article("nope")


@pytest.mark.parametrize(
    "search, found", [('"done', 1), ("NEAR(done deal)", 0), ("deal, done!", 1), ("done OR AND", 0), ("text:done", 0)]
)
def test_query_search_input_is_never_fts_syntax(any_db, search, found):
    StoreWriter.open(any_db).write(None, Batch(analyses=[(analysis_of(), None)]))
    # every word must appear: operators and column filters are plain words, never FTS syntax
    assert len(StoreReader.open(any_db).quotes(search=search)) == found


def test_query_search_without_words_is_a_usage_error(any_db):
    from dateline.errors import UsageError

    StoreWriter.open(any_db).write(None, Batch(analyses=[(analysis_of(), None)]))
    with pytest.raises(UsageError):
        StoreReader.open(any_db).quotes(search="*")


def test_store_open_errors(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        StoreReader.open(str(tmp_path / "missing.db"))
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        StoreWriter.open(str(junk))
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE people (name TEXT)")
    with pytest.raises(StoreError, match="not a dateline store"):
        StoreWriter.open(str(other))


def test_store_is_wal_and_has_fts(db):
    StoreWriter.open(db).write(None, Batch(analyses=[(analysis_of(), None)]))
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'loan'").fetchone()[0] == 1


def _counts(db):
    engine = StoreReader.open(db).engine
    with engine.connect() as conn:
        counts = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                  for t in ("articles", "events", "mentions", "quotes", "timexes", "minhash_bands",
                            "event_group_members")}
        analysis = conn.execute(text("SELECT analysis FROM articles")).scalars().all()
    engine.dispose()
    return counts, analysis


def test_writer_replaces_the_records_another_analysis_stored(any_db):
    """An article stored by an older dateline: its records are replaced, not kept beside the
    new ones, and the cross-article links to its old events go (`dateline link` redoes them)."""
    old = StoreWriter(StoreWriter.open(any_db).engine, analysis="0.0.9+old")
    first = analysis_of()
    fp = NearDuplicates().fingerprint(first.article.text)
    old.write(None, Batch(analyses=[(dataclasses.replace(first, events=first.events[:1]), fp)]))
    link_store(old.engine)
    before, _ = _counts(any_db)
    assert before["events"] == 1 and before["event_group_members"] == 1

    new = StoreWriter(old.engine, analysis="0.1.0+new")
    assert new.known_ids([first.article.id]) == set() and new.stale_ids([first.article.id]) == {first.article.id}
    result = new.write(None, Batch(analyses=[(first, fp)]))
    assert (result.articles, result.reanalyzed, result.skipped, result.events) == (1, 1, 0, 2)
    after, analysis = _counts(any_db)
    assert after == {**before, "events": 2, "event_group_members": 0}
    assert analysis == ["0.1.0+new"]
    assert new.known_ids([first.article.id]) == {first.article.id} and new.stale_ids([first.article.id]) == set()
    again = new.write(None, Batch(analyses=[(first, fp)]))  # the same analysis again: nothing changes
    assert (again.articles, again.skipped) == (0, 1) and _counts(any_db)[0] == after


def test_writer_never_reanalyzes_a_near_duplicate(db):
    original = analysis_of()
    duplicate = dataclasses.replace(make_article(TEXT + " More.", "2020-06-24"), duplicate_of=original.article.id)
    StoreWriter(StoreWriter.open(db).engine, analysis="old").write(
        None, Batch(analyses=[(original, None)], duplicates=[duplicate]))
    new = StoreWriter(StoreWriter.open(db).engine, analysis="new")
    assert new.known_ids([duplicate.id, original.article.id]) == {duplicate.id}
    assert new.stale_ids([duplicate.id, original.article.id]) == {original.article.id}


def test_writer_names_a_code_of_many_bodies_by_their_kind(db):
    """Boeing and Twitter are both USABUS: the code is "American companies", not the first seen."""
    analysis = analysis_of()
    aid = analysis.article.id
    companies = [Mention(aid, "Boeing", 0, 6, "USABUS", "Boeing", "organization", "American companies"),
                 Mention(aid, "Twitter", 7, 14, "USABUS", "Twitter", "organization", "American companies")]
    StoreWriter.open(db).write(None, Batch(analyses=[(dataclasses.replace(analysis, mentions=companies), None)]))
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT name FROM actors WHERE code = 'USABUS'").fetchall() == [("American companies",)]
