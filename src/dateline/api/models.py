"""The shapes the JSON API answers with: the output contract's records plus store ids.

They document the API (OpenAPI at /docs) and are checked against every answer in the
tests (schemathesis). Field names follow DESIGN.md's output contract.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class Participant(BaseModel):
    text: str
    start: int | None = None
    end: int | None = None
    actor: str | None = None
    name: str | None = None


class RecordDate(BaseModel):
    value: str = Field(description="TIMEX3 value: 2019, 2019-07, 2020-W26, PAST_REF, ...")
    basis: str = Field(description="text: the text dates it; article: the publication date is the fallback")
    text: str | None = None
    start: int | None = None
    end: int | None = None
    mod: str | None = None
    first: str | None = Field(None, description="First day the value covers (ISO), None for PAST_REF and the like")
    last: str | None = Field(None, description="Last day the value covers (ISO)")


class ArticleRef(BaseModel):
    article_date: str
    article_ref: str | None = None
    article_title: str | None = None


class Event(ArticleRef):
    kind: Literal["event"] = "event"
    id: int
    article: str
    code: str
    label: str
    root: str
    goldstein: float | None = None
    plover: str | None = None
    source: Participant | None = None
    target: Participant | None = None
    object: str | None = None
    date: RecordDate
    modality: str
    attributed_to: Participant | None = None
    trigger: str
    sentence: str
    start: int = Field(description="Offset of the sentence that carries the event in the article text")
    end: int
    extractor: str


class EventDetail(Event):
    article_source: str | None = None
    article_url: str | None = None
    quad: int | None = Field(None, description="CAMEO quad class: 1 verbal coop., 2 material coop., "
                                               "3 verbal conflict, 4 material conflict")


class Quote(ArticleRef):
    kind: Literal["quote"] = "quote"
    id: int
    article: str
    text: str
    start: int
    end: int
    direct: bool
    speaker: Participant | None = None
    cue: str | None = None
    medium: str | None = None
    date: RecordDate
    extractor: str


class TextSpan(BaseModel):
    """A stored span of an article's text: the evidence every timex and mention carries."""

    id: int
    article: str
    start: int
    end: int
    text: str
    extractor: str


class Timex(TextSpan):
    type: str
    value: str
    mod: str | None = None
    first: str | None = None
    last: str | None = None


class Mention(TextSpan):
    actor: str | None = None
    name: str | None = None
    type: str
    role: str | None = None


class ArticleSummary(BaseModel):
    id: str
    ref: str | None = None
    date: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    duplicate_of: str | None = None


class ArticleHit(ArticleSummary):
    snippet: str | None = Field(None, description="Text around the match; the matched words are between "
                                                  "\\u0002 and \\u0003")


class ArticleDetail(ArticleSummary):
    text: str
    run_id: int | None = None
    timexes: list[Timex]
    mentions: list[Mention]
    quotes: list[Quote]
    events: list[Event]


class ActorSummary(BaseModel):
    actor: str
    name: str | None = None
    type: str
    mentions: int
    articles: int


class Partner(BaseModel):
    code: str
    name: str | None = None
    events: int
    cooperation: int
    conflict: int
    to: int = Field(description="Events from this actor to the partner")
    from_: int = Field(alias="from", description="Events from the partner to this actor")


class Person(BaseModel):
    name: str | None = None
    role: str | None = None
    mentions: int


class Page(BaseModel):
    total: int = Field(description="How many items match in all")
    limit: int
    offset: int


class EventPage(Page):
    items: list[Event]


class QuotePage(Page):
    items: list[Quote]


class ArticlePage(Page):
    items: list[ArticleSummary]


class ArticleHitPage(Page):
    items: list[ArticleHit]


class ActorPage(Page):
    items: list[ActorSummary]


class ActorDetail(BaseModel):
    code: str
    name: str | None = None
    type: str | None = None
    mentions: int
    articles: int
    aliases: list[str]
    people: list[Person]
    events: EventPage
    quotes: QuotePage
    partners: list[Partner]


class TimelineDate(BaseModel):
    value: str
    basis: str
    text: str | None = None
    mod: str | None = None
    first: str | None = None
    last: str | None = None


class TimelineActor(BaseModel):
    actor: str | None = None
    name: str | None = Field(None, description="The actor's name, else the words of the text")


class StoryRef(BaseModel):
    id: int
    label: str


class TimelineItem(BaseModel):
    """An event as the timeline places it; its evidence is at /api/events/{id}."""

    id: int
    article: str
    article_date: str
    article_title: str | None = None
    story: StoryRef | None = Field(None, description="The story `dateline link` put the article in")
    code: str
    label: str
    root: str
    quad: int | None = None
    modality: str
    date: TimelineDate
    source: TimelineActor
    target: TimelineActor
    group: str = Field(description="The id of the item's lane")


class Lane(BaseModel):
    id: str
    label: str
    title: str
    count: int


class Span(BaseModel):
    first: str | None = None
    last: str | None = None


class Timeline(BaseModel):
    group: Literal["pair", "story", "none"]
    by: Literal["event", "article"]
    total: int | None = Field(description="Events in the window; null when truncated (not counted)")
    limit: int
    truncated: bool = Field(description="More events match than 'items' holds: narrow the window")
    span: Span | None = Field(None, description="First and last day on which matching events start, whatever "
                                                "the window (given when no window is asked for)")
    focus: Span | None = Field(None, description="The shortest stretch of days on which half of the matching events "
                                                 "start (at most half of 'limit'): where the UI opens (given when "
                                                 "no window is asked for)")
    groups: list[Lane]
    items: list[TimelineItem]


class GraphNode(BaseModel):
    id: str
    name: str | None = None
    label: str = Field(description="The name, with the code when another node has the same name "
                                   "(Turkey (TUR), Turkey (TURGOV)); the code when there is no name")
    type: str | None = None
    weight: int


class GraphEdge(BaseModel):
    id: str
    source: str
    target: str
    weight: int
    cooperation: int
    conflict: int
    goldstein: float | None = None
    side: Literal["cooperation", "conflict", "mixed"]


class Graph(BaseModel):
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    truncated: bool


class SearchResults(BaseModel):
    q: str
    articles: ArticleHitPage
    quotes: QuotePage
    events: EventPage


class Stats(BaseModel):
    model_config = {"extra": "allow"}

    articles: int
    events: int
    quotes: int
    mentions: int
    timexes: int
    actors: int


class IngestIn(BaseModel):
    """One article to analyze and store."""

    text: str = Field(min_length=1, max_length=2_000_000)
    date: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$", description="Publication date, YYYY-MM-DD")
    title: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=500)
    url: str | None = Field(None, max_length=2000)
    ref: str | None = Field(None, max_length=500, description="Your own id for the article")


class IngestOut(BaseModel):
    id: str
    status: Literal["stored", "re-analyzed", "already stored", "duplicate"] = Field(
        description="re-analyzed: the article was stored by another version of dateline; its records were replaced")
    duplicate_of: str | None = None
    timexes: int
    mentions: int
    quotes: int
    events: int

