"""The ``dateline_quotes`` spaCy component: sets ``doc._.dl_quotes``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import doc_article_id, doc_date, register_extensions
from ..model import Mention, from_json, to_json
from .extract import find_quotes


class QuotesComponent:
    """Finds quotes and their speakers; needs ``dateline_actors`` before it."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        mentions = [from_json(Mention, m) for m in doc._.dl_mentions or ()]
        quotes = find_quotes(doc, mentions, doc_date(doc), doc_article_id(doc))
        doc._.dl_quotes = [to_json(q) for q in quotes]
        return doc


@Language.factory("dateline_quotes")
def make_quotes_component(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent(nlp, name)
