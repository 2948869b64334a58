"""The store's tables (SQLAlchemy Core), the same for SQLite and PostgreSQL.

Records are flattened to columns so that standard SQL tools can browse the store: a
Participant becomes ``<role>_text/_actor/_name/_start/_end``, a RecordDate becomes
``date_value/_basis/_text/_mod`` plus the first and last day it covers (``date_first``,
``date_last``, ISO strings) so that timeline queries are plain range conditions.

Schema versions: 1, the first; 2 adds the events' ``date_span`` and ``date_scale`` (generated
columns) and the indexes that lead with the scale; 3 adds the articles' ``analysis`` (which
analysis produced their records, see analysis_version.py). engine.py migrates older stores on open.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ColumnElement,
    Computed,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    case,
    column,
    literal,
    null,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import DDLCompiler, SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

metadata = MetaData()

SCHEMA_VERSION = 3

#: The longest span (days from first to last day) of each date scale but the last, which has
#: no bound: 0 one day; 1 a week or a month; 2 a quarter, half or year; 3 longer (decades...).
#: A date window starting on day F finds the events of scale k among those starting on or
#: after F - SCALE_SPANS[k] (the last scale: F - the longest span in the store), an exact
#: bound an index on (actor, date_scale, date_first) can seek (query.py). Changing these
#: values needs a schema version: stores keep the scale of every event.
SCALE_SPANS: tuple[int, ...] = (0, 31, 366)


class _DaysBetween(FunctionElement[int]):
    """Days from ISO date ``first`` to ISO date ``last``: each engine spells it its own way."""

    inherit_cache = True
    type = Integer()


@compiles(_DaysBetween, "sqlite")
def _days_sqlite(element: _DaysBetween, compiler: SQLCompiler, **kw: object) -> str:
    first, last = (compiler.process(c, **kw) for c in element.clauses)
    return f"CAST(julianday({last}) - julianday({first}) AS INTEGER)"


@compiles(_DaysBetween, "postgresql")
def _days_postgresql(element: _DaysBetween, compiler: SQLCompiler, **kw: object) -> str:
    # make_date from the ISO string's parts, not CAST(... AS DATE): a generated column needs
    # an immutable expression, and the cast depends on the DateStyle setting.
    first, last = (compiler.process(c, **kw) for c in element.clauses)

    def day(iso: str) -> str:
        parts = (f"CAST(substr({iso}, {start}, {length}) AS INTEGER)" for start, length in ((1, 4), (6, 2), (9, 2)))
        return f"make_date({', '.join(parts)})"

    return f"({day(last)} - {day(first)})"


@compiles(Computed, "sqlite")
def _virtual_on_sqlite(element: Computed, compiler: DDLCompiler, **kw: object) -> str:
    # Virtual on SQLite, as ALTER TABLE ADD COLUMN (the migration) can only add those; the
    # persisted=True above is for PostgreSQL, whose generated columns are all stored.
    text = compiler.sql_compiler.process(element.sqltext, include_table=False, literal_binds=True)
    return f"GENERATED ALWAYS AS ({text}) VIRTUAL"


def _span() -> ColumnElement[int]:
    return _DaysBetween(column("date_first"), column("date_last"))


def _scale() -> ColumnElement[int]:
    # Spelled out from the dates, not from date_span: PostgreSQL's generated columns may not
    # read one another. Undated events (no span) have no scale.
    span = _span()
    scales = [(span <= days, literal(scale)) for scale, days in enumerate(SCALE_SPANS)]
    return case((span.is_(None), null()), *scales, else_=len(SCALE_SPANS))

meta = Table(
    "dateline_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", String(32), nullable=False),
    Column("finished_at", String(32)),
    Column("command", Text, nullable=False),
    Column("status", String(16), nullable=False),  # running, done, failed (a killed run stays 'running')
    Column("articles", Integer, nullable=False, default=0),
    Column("duplicates", Integer, nullable=False, default=0),
    Column("skipped", Integer, nullable=False, default=0),
    Column("rejects", Integer, nullable=False, default=0),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("ref", Text),
    Column("date", String(10), nullable=False, index=True),
    Column("title", Text),
    Column("source", Text),
    Column("url", Text),
    Column("text", Text, nullable=False),
    Column("duplicate_of", String(40), index=True),
    Column("minhash", LargeBinary),
    Column("run_id", Integer, ForeignKey("runs.id")),
    # analysis_version() of the code that produced the article's records; NULL for a near
    # duplicate (not analyzed) and for articles stored before schema version 3.
    Column("analysis", String(64)),
)

# Band keys of the articles' MinHash signatures: the persistent near-duplicate index.
minhash_bands = Table(
    "minhash_bands",
    metadata,
    Column("key", BigInteger, nullable=False, index=True),
    Column("article", String(40), ForeignKey("articles.id"), nullable=False),
)


def _evidence() -> list[Column]:
    return [
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("article", String(40), ForeignKey("articles.id"), nullable=False, index=True),
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
        Column("text", Text, nullable=False),
        Column("extractor", String(64), nullable=False),
    ]


def _participant(role: str) -> list[Column]:
    return [
        Column(f"{role}_text", Text),
        Column(f"{role}_actor", String(64)),
        Column(f"{role}_name", Text),
        Column(f"{role}_start", Integer),
        Column(f"{role}_end", Integer),
    ]


def _date() -> list[Column]:
    return [
        Column("date_value", String(32), nullable=False),
        Column("date_basis", String(8), nullable=False),
        Column("date_text", Text),
        Column("date_mod", String(16)),
        Column("date_start", Integer),
        Column("date_end", Integer),
        Column("date_first", String(10)),
        Column("date_last", String(10)),
    ]


timexes = Table(
    "timexes",
    metadata,
    *_evidence(),
    Column("type", String(16), nullable=False),
    Column("value", String(32), nullable=False),
    Column("mod", String(16)),
    Column("first", String(10)),
    Column("last", String(10)),
)

mentions = Table(
    "mentions",
    metadata,
    *_evidence(),
    Column("actor", String(64), index=True),
    Column("name", Text),
    Column("type", String(32), nullable=False),
    Column("role", Text),
)

actors = Table(
    "actors",
    metadata,
    Column("code", String(64), primary_key=True),
    Column("name", Text),
    Column("type", String(32)),
)

actor_aliases = Table(
    "actor_aliases",
    metadata,
    Column("code", String(64), ForeignKey("actors.code"), primary_key=True),
    Column("alias", String(200), primary_key=True),
)

quotes = Table(
    "quotes",
    metadata,
    *_evidence(),
    Column("direct", Boolean, nullable=False),
    *_participant("speaker"),
    Column("cue", Text),
    Column("medium", Text),
    *_date(),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article", String(40), ForeignKey("articles.id"), nullable=False, index=True),
    Column("code", String(8), nullable=False, index=True),
    Column("label", Text, nullable=False),
    Column("root", String(4), nullable=False, index=True),
    Column("goldstein", Float),
    Column("plover", String(32)),
    *_participant("source"),
    *_participant("target"),
    Column("object", Text),
    *_date(),
    Column("modality", String(16), nullable=False),
    *_participant("attributed"),
    Column("trigger", Text, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("extractor", String(64), nullable=False),
    # Computed by the database from date_first and date_last, so that no way of writing rows
    # (the writer, a bulk copy, a hand-made INSERT) can break the bound the scale gives.
    # SQLite: virtual (computed on read, stored in the indexes only); PostgreSQL: stored.
    # NULL for undated events.
    Column("date_span", Integer, Computed(_span(), persisted=True)),
    Column("date_scale", Integer, Computed(_scale(), persisted=True)),
)

# Each ends with (date_first, date_last, id), the timeline order: a page of an actor's or a
# pair's events is read from its index in order, never sorted from all matches (query.py).
Index("events_by_date", events.c.date_first, events.c.date_last, events.c.id)
Index("events_by_source", events.c.source_actor, events.c.date_first, events.c.date_last, events.c.id)
Index("events_by_target", events.c.target_actor, events.c.date_first, events.c.date_last, events.c.id)
Index("events_by_pair", events.c.source_actor, events.c.target_actor, events.c.date_first, events.c.date_last,
      events.c.id)
# A pair whose source is a big actor (USA*) and whose target is a small one is read from the
# target's side: a range on the source would read every event of USA* (browse.py).
Index("events_by_target_pair", events.c.target_actor, events.c.source_actor, events.c.date_first,
      events.c.date_last, events.c.id)
# A date window's page of an actor's or a pair's events: one seek per scale, from the window
# start less that scale's longest span (query.py); events_by_span gives the last scale's.
Index("events_by_source_scale", events.c.source_actor, events.c.date_scale, events.c.date_first, events.c.date_last,
      events.c.id)
Index("events_by_target_scale", events.c.target_actor, events.c.date_scale, events.c.date_first, events.c.date_last,
      events.c.id)
Index("events_by_pair_scale", events.c.source_actor, events.c.target_actor, events.c.date_scale, events.c.date_first,
      events.c.date_last, events.c.id)
Index("events_by_scale", events.c.date_scale, events.c.date_first, events.c.date_last, events.c.id)
Index("events_by_span", events.c.date_span)
Index("quotes_by_speaker", quotes.c.speaker_actor, quotes.c.date_first)
# API/UI filters by CAMEO root or modality in date order (store/browse.py), without reading rows.
Index("events_by_root_date", events.c.root, events.c.date_first, events.c.date_last)
Index("events_by_modality_date", events.c.modality, events.c.date_first, events.c.date_last)

rejects = Table(
    "rejects",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("source", Text, nullable=False),
    Column("line", Integer),
    Column("reason", Text, nullable=False),
)

# Cross-article links, recomputed as a whole by `dateline link` (see dateline.link).
stories = Table(
    "stories",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("label", Text, nullable=False),
    Column("first_date", String(10), nullable=False),
    Column("last_date", String(10), nullable=False),
    Column("articles", Integer, nullable=False),
)

story_articles = Table(
    "story_articles",
    metadata,
    Column("article", String(40), ForeignKey("articles.id"), primary_key=True),
    Column("story", Integer, ForeignKey("stories.id"), nullable=False, index=True),
)

event_groups = Table(
    "event_groups",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source_actor", String(64), nullable=False),
    Column("target_actor", String(64), nullable=False),
    Column("code", String(8), nullable=False),
    Column("date_first", String(10), nullable=False),
    Column("date_last", String(10), nullable=False),
    Column("events", Integer, nullable=False),
    Column("articles", Integer, nullable=False),
)

event_group_members = Table(
    "event_group_members",
    metadata,
    Column("event", Integer, ForeignKey("events.id"), primary_key=True),
    Column("event_group", Integer, ForeignKey("event_groups.id"), nullable=False, index=True),
)

contradictions = Table(
    "contradictions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event_a", Integer, ForeignKey("events.id"), nullable=False, index=True),
    Column("event_b", Integer, ForeignKey("events.id"), nullable=False, index=True),
    Column("reason", Text, nullable=False),
)

# SQLite full-text search over article text and quotes. External-content FTS5 tables
# kept in step by triggers, so the store stays browsable with the sqlite3 shell.
SQLITE_FTS = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
    "title, text, content='articles', content_rowid='rowid')",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END",
    "CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5("
    "text, speaker_name, content='quotes', content_rowid='id')",
    "CREATE TRIGGER IF NOT EXISTS quotes_fts_insert AFTER INSERT ON quotes BEGIN "
    "INSERT INTO quotes_fts(rowid, text, speaker_name) VALUES (new.id, new.text, new.speaker_name); END",
    "CREATE TRIGGER IF NOT EXISTS quotes_fts_delete AFTER DELETE ON quotes BEGIN "
    "INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name) "
    "VALUES ('delete', old.id, old.text, old.speaker_name); END",
    # Event text search (API/UI `q`): the sentence and the code's label.
    "CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5("
    "sentence, label, content='events', content_rowid='id')",
    "CREATE TRIGGER IF NOT EXISTS events_fts_insert AFTER INSERT ON events BEGIN "
    "INSERT INTO events_fts(rowid, sentence, label) VALUES (new.id, new.sentence, new.label); END",
    "CREATE TRIGGER IF NOT EXISTS events_fts_delete AFTER DELETE ON events BEGIN "
    "INSERT INTO events_fts(events_fts, rowid, sentence, label) "
    "VALUES ('delete', old.id, old.sentence, old.label); END",
]

# PostgreSQL full-text search: GIN indexes on the expressions that query.py matches, so the
# planner uses them. The 'simple' configuration (lower-cased words, no stemming, no stop
# words) behaves like FTS5's default tokenizer on SQLite. ``{t}`` is the table qualifier.
# Article text is cut at 100,000 characters: a tsvector is limited to 1 MB, and one huge
# article must not make its whole batch fail to insert.
POSTGRES_TSVECTOR = {
    "articles": "to_tsvector('simple'::regconfig, coalesce({t}title, '') || ' ' || left({t}text, 100000))",
    "quotes": "to_tsvector('simple'::regconfig, {t}text || ' ' || coalesce({t}speaker_name, ''))",
}
POSTGRES_FTS = [
    f"CREATE INDEX IF NOT EXISTS {table}_fts ON {table} USING gin ({expression.format(t='')})"
    for table, expression in POSTGRES_TSVECTOR.items()
]
