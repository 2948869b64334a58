"""The ``dateline_events`` spaCy component: sets ``doc._.dl_events``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import doc_article_id, doc_date, register_extensions
from ..model import Mention, from_json, to_json
from .coder import find_events


class EventsComponent:
    """Codes events; needs ``dateline_actors`` (and uses timexes and quotes) before it."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        mentions = [from_json(Mention, m) for m in doc._.dl_mentions or ()]
        events, unresolved = find_events(doc, mentions, doc_date(doc), doc_article_id(doc))
        doc._.dl_events = [to_json(e) for e in events]
        doc._.dl_unresolved_events = unresolved
        return doc


@Language.factory("dateline_events")
def make_events_component(nlp: Language, name: str) -> EventsComponent:
    return EventsComponent(nlp, name)
