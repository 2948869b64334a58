"""The ``dateline_quotes`` spaCy component: sets ``doc._.dl_quotes``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import doc_article_id, doc_date, register_extensions
from ..model import Mention, Timex, from_json, to_json
from .extract import find_quotes


class QuotesComponent:
    """Finds quotes and statements with their speakers.

    Reads the mentions of ``dateline_actors`` and the timexes of ``dateline_timex`` when
    they ran before it (either may be absent: speakers then go unresolved, dates fall
    back to the article date).
    """

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        mentions = [from_json(Mention, m) for m in doc._.dl_mentions or ()]
        timexes = [from_json(Timex, t) for t in doc._.dl_timexes or ()]
        quotes = find_quotes(doc, mentions, doc_date(doc), doc_article_id(doc), timexes)
        doc._.dl_quotes = [to_json(q) for q in quotes]
        return doc


@Language.factory("dateline_quotes")
def make_quotes_component(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent(nlp, name)
