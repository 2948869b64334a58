"""`dateline link`: recompute stories, event groups and disagreements over a whole store."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from sqlalchemy import Engine

from ..store.links import LinkWriter, iter_article_texts, iter_event_facts
from .events import disagreements, group_events
from .stories import DEFAULT_THRESHOLD, DEFAULT_WINDOW_DAYS, ArticleTerms, cluster_stories
from .vectors import Idf, terms


@dataclass(frozen=True)
class LinkSummary:
    stories: int
    multi_article_stories: int
    event_groups: int
    events_reported_more_than_once: int
    disagreements: int


def link_store(engine: Engine, *, threshold: float = DEFAULT_THRESHOLD,
               window_days: int = DEFAULT_WINDOW_DAYS) -> LinkSummary:
    """Recompute every link table from the articles and events in the store (one transaction).

    Memory holds the document frequencies, the stories of one time window and the events
    of one (source, target, code) key at a time, not the corpus.
    """
    idf = Idf(terms(a.text) for a in iter_article_texts(engine))  # first pass: document frequencies
    stream = (ArticleTerms(a.id, a.date, a.title, terms(a.text)) for a in iter_article_texts(engine))
    counts = {"stories": 0, "multi": 0, "groups": 0, "repeated": 0, "disagreements": 0}
    with LinkWriter(engine) as writer:
        for story in cluster_stories(stream, idf, threshold=threshold, window_days=window_days):
            writer.add_story(story)
            counts["stories"] += 1
            counts["multi"] += len(story.articles) > 1
        for _, same_key in groupby(iter_event_facts(engine, ("source_actor", "target_actor", "code")),
                                   key=lambda e: (e.source, e.target, e.code)):
            groups = group_events(same_key)
            writer.add_groups(groups)
            counts["groups"] += len(groups)
            counts["repeated"] += sum(1 for g in groups if g.articles > 1)
        for _, same_claim in groupby(iter_event_facts(engine, ("source_actor", "code")),
                                     key=lambda e: (e.source, e.code)):
            found = list(disagreements(same_claim))
            writer.add_disagreements(found)
            counts["disagreements"] += len(found)
    return LinkSummary(counts["stories"], counts["multi"], counts["groups"], counts["repeated"],
                       counts["disagreements"])
