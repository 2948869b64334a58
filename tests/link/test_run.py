import dataclasses
import sqlite3

from dateline.ingest.article import make_article
from dateline.link.run import link_store
from dateline.model import Analysis, Event, Participant, RecordDate
from dateline.store.engine import open_engine
from dateline.store.writer import Batch, StoreWriter

TURKEY = Participant("Turkey", 0, 6, "TUR", "Turkey")
S400 = Participant("the S-400", 10, 19, "RUSMIL", "S-400")


def article_with(text, date, modality, speaker, when):
    article = make_article(text, date, title=text[:30])
    event = Event(article.id, "0874", "Deploy", "08", 5.0, None, TURKEY, S400, "S-400", when, modality,
                  Participant(speaker, 0, len(speaker), "TURGOV", speaker), "deploy", text, 0, len(text))
    return Analysis(article=article, events=[event])


def test_link_store_groups_reports_and_flags_disagreement(tmp_path):
    db = str(tmp_path / "l.db")
    april = RecordDate("2020-04", "text", "April 2020")
    a = article_with("Erdogan said the S-400 systems will be fully operational by April 2020 in Turkey.",
                     "2019-07-20", "planned", "Erdogan", april)
    b = article_with("Kalin said Turkey was unable to deploy the S-400 air defence systems in April.",
                     "2020-06-24", "negated", "Kalin", april)
    repeat = make_article("Erdogan repeated the S-400 will be operational by April 2020.", "2019-07-21")
    c = Analysis(article=repeat, events=[dataclasses.replace(e, article=repeat.id) for e in a.events])
    StoreWriter.open(db).write(None, Batch(analyses=[(a, None), (b, None), (c, None)]))
    summary = link_store(open_engine(db, create=False))
    assert summary.disagreements == 2  # Kalin against each of Erdogan's two reports
    # one event in question, reported three times (twice as planned, once as not done)
    assert summary.event_groups == 1 and summary.events_reported_more_than_once == 1
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT events, articles FROM event_groups").fetchall() == [(3, 3)]
        assert conn.execute("SELECT count(*) FROM story_articles").fetchone()[0] == 3
    # recomputing replaces, never adds
    link_store(open_engine(db, create=False))
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM contradictions").fetchone()[0] == 2
