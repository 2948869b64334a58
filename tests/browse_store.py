"""A small hand-made store for the API, page and store-query tests (no model needed).

Three articles whose records are written by hand, so every expected answer follows from
the construction below: offsets are found in the texts, dates and codes are chosen. One
article is hostile: its title, text and records carry HTML/JS payloads that must render inert.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dateline.model import Analysis, Article, Event, Mention, Participant, Quote, RecordDate, Timex
from dateline.store.writer import Batch, StoreWriter

SCRIPT = "<script>window.__xss = 'script'</script>"
IMG = '<img src=x onerror="window.__xss = \'img\'">'
XSS_NAME = '<b onmouseover="window.__xss=\'name\'">Evil</b>'

S400_TEXT = (
    "Late last month, the United States threatened Turkey with sanctions over the S-400. "
    "Russia plans to deliver a second batch to Turkey next year. "
    "Turkey did not criticize the United States on Wednesday. "
    '"We will not back down," Erdogan told reporters.'
)
TRADE_TEXT = (
    "China consulted the United States on trade on March 8, officials said. "
    "The United States might fight China over tariffs, an analyst wrote."
)
XSS_TEXT = f"Mallory {SCRIPT} attacked Bobland. {IMG} She said: \"{SCRIPT}\" on Monday."


def _span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def _p(text: str, needle: str, actor: str | None, name: str | None, nth: int = 0) -> Participant:
    start, end = _span(text, needle, nth)
    return Participant(needle, start, end, actor, name)


def _sentence(text: str, needle: str) -> tuple[str, int, int]:
    start, end = _span(text, needle)
    return needle, start, end


def _event(article: str, text: str, sentence: str, code: str, label: str, source: Participant,
           target: Participant, date: RecordDate, modality: str, trigger: str) -> Event:
    sent, start, end = _sentence(text, sentence)
    return Event(article=article, code=code, label=label, root=code[:2], goldstein=None, plover=None,
                 source=source, target=target, object=None, date=date, modality=modality,  # type: ignore[arg-type]
                 attributed_to=None, trigger=trigger, sentence=sent, start=start, end=end)


def s400() -> Analysis:
    a = Article(id="a-s400", date=dt.date(2020, 6, 24), text=S400_TEXT, title="Turkey and the S-400",
                source="Example Wire", url="https://example.org/s400", ref="s400.txt")
    t = S400_TEXT
    last_month = Timex(a.id, "Late last month", *_span(t, "Late last month"), "DATE", "2020-05", "END")
    next_year = Timex(a.id, "next year", *_span(t, "next year"), "DATE", "2021")
    wednesday = Timex(a.id, "Wednesday", *_span(t, "Wednesday"), "DATE", "2020-06-24")
    mentions = [
        Mention(a.id, "United States", *_span(t, "United States"), "USA", "United States", "country"),
        Mention(a.id, "Turkey", *_span(t, "Turkey"), "TUR", "Turkey", "country"),
        Mention(a.id, "Russia", *_span(t, "Russia"), "RUS", "Russia", "country"),
        Mention(a.id, "Turkey", *_span(t, "Turkey", 1), "TUR", "Turkey", "country"),
        Mention(a.id, "Erdogan", *_span(t, "Erdogan"), "TURGOV", "Recep Tayyip Erdogan", "person", "president"),
    ]
    quote = Quote(a.id, "We will not back down,", *_span(t, "We will not back down,"), True,
                  _p(t, "Erdogan", "TURGOV", "Recep Tayyip Erdogan"), "told",
                  RecordDate("2020-06-24", "article"))
    events = [
        _event(a.id, t, "Late last month, the United States threatened Turkey with sanctions over the S-400.", "1312",
               "Threaten with sanctions", _p(t, "United States", "USA", "United States"),
               _p(t, "Turkey", "TUR", "Turkey"),
               RecordDate("2020-05", "text", "Late last month", last_month.start, last_month.end, "END"),
               "asserted", "threatened"),
        _event(a.id, t, "Russia plans to deliver a second batch to Turkey next year.", "061",
               "Cooperate economically", _p(t, "Russia", "RUS", "Russia"), _p(t, "Turkey", "TUR", "Turkey", 1),
               RecordDate("2021", "text", "next year", next_year.start, next_year.end), "planned", "deliver"),
        _event(a.id, t, "Turkey did not criticize the United States on Wednesday.", "111",
               "Criticize or denounce", _p(t, "Turkey", "TUR", "Turkey", 2),
               _p(t, "United States", "USA", "United States", 1),
               RecordDate("2020-06-24", "text", "Wednesday", wednesday.start, wednesday.end), "negated", "criticize"),
    ]
    return Analysis(a, [last_month, next_year, wednesday], mentions, [quote], events)


def trade() -> Analysis:
    a = Article(id="a-trade", date=dt.date(2019, 3, 10), text=TRADE_TEXT, title="Trade talks", source="Example Post")
    t = TRADE_TEXT
    march8 = Timex(a.id, "March 8", *_span(t, "March 8"), "DATE", "2019-03-08")
    mentions = [
        Mention(a.id, "China", *_span(t, "China"), "CHN", "China", "country"),
        Mention(a.id, "United States", *_span(t, "United States"), "USA", "United States", "country"),
    ]
    events = [
        _event(a.id, t, "China consulted the United States on trade on March 8, officials said.", "040", "Consult",
               _p(t, "China", "CHN", "China"), _p(t, "United States", "USA", "United States"),
               RecordDate("2019-03-08", "text", "March 8", march8.start, march8.end), "reported", "consulted"),
        _event(a.id, t, "The United States might fight China over tariffs, an analyst wrote.", "190", "Fight",
               _p(t, "United States", "USA", "United States", 1), _p(t, "China", "CHN", "China", 1),
               RecordDate("PAST_REF", "text"), "hypothetical", "fight"),
    ]
    return Analysis(a, [march8], mentions, [], events)


def hostile() -> Analysis:
    a = Article(id="a-xss", date=dt.date(2020, 1, 6), text=XSS_TEXT, title=f"Breaking {SCRIPT} {IMG}",
                source=XSS_NAME, url="javascript:alert(1)", ref=SCRIPT)
    t = XSS_TEXT
    monday = Timex(a.id, "Monday", *_span(t, "Monday"), "DATE", "2020-01-06")
    mentions = [
        Mention(a.id, f"Mallory {SCRIPT}", *_span(t, f"Mallory {SCRIPT}"), "MAL", XSS_NAME, "country"),
        Mention(a.id, "Bobland", *_span(t, "Bobland"), "BOB", "Bobland", "country"),
    ]
    quote = Quote(a.id, SCRIPT, *_span(t, SCRIPT, 1), True, _p(t, f"Mallory {SCRIPT}", "MAL", XSS_NAME), IMG,
                  RecordDate("2020-01-06", "text", "Monday", monday.start, monday.end))
    sentence = f"Mallory {SCRIPT} attacked Bobland."
    event = _event(a.id, t, sentence, "180", f"Assault {IMG}", _p(t, f"Mallory {SCRIPT}", "MAL", XSS_NAME),
                   _p(t, "Bobland", "BOB", "Bobland"),
                   RecordDate("2020-01-06", "text", "Monday", monday.start, monday.end), "asserted", SCRIPT)
    return Analysis(a, [monday], mentions, [quote], [event])


def build_store(path: Path, *, with_hostile: bool = True) -> Path:
    """Write the hand-made analyses into a new store at ``path``."""
    writer = StoreWriter.open(str(path))
    analyses = [s400(), trade()] + ([hostile()] if with_hostile else [])
    writer.write(None, Batch(analyses=[(a, None) for a in analyses]))
    return path
