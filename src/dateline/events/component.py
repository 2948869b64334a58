"""The ``dateline_events`` spaCy component: sets ``doc._.dl_events`` and ``doc._.dl_unresolved_events``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import doc_article_id, doc_date, register_extensions
from ..model import Mention, Quote, Timex, from_json, to_json
from .coder import find_events
from .patterns import load_patterns


class EventsComponent:
    """Codes events; reads the actors stage's mentions, the time stage's timexes and the quotes."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name
        load_patterns()  # fail at pipeline build time, not on the first article, if the data is bad

    def __call__(self, doc: Doc) -> Doc:
        mentions = [from_json(Mention, m) for m in doc._.dl_mentions or ()]
        timexes = [from_json(Timex, t) for t in doc._.dl_timexes or ()]
        quotes = [from_json(Quote, q) for q in doc._.dl_quotes or ()]
        events, unresolved = find_events(doc, mentions, doc_date(doc), doc_article_id(doc), timexes, quotes)
        doc._.dl_events = [to_json(e) for e in events]
        doc._.dl_unresolved_events = unresolved
        return doc


@Language.factory("dateline_events")
def make_events_component(nlp: Language, name: str) -> EventsComponent:
    return EventsComponent(nlp, name)
