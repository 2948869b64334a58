"""The ``dateline_actors`` spaCy component: sets ``doc._.dl_mentions``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import doc_article_id, register_extensions
from ..model import to_json
from .resolve import Resolver


class ActorsComponent:
    """Resolves entity mentions to canonical actors (see :mod:`dateline.actors.resolve`)."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name
        self.resolver = Resolver(nlp)

    def __call__(self, doc: Doc) -> Doc:
        doc._.dl_mentions = [to_json(m) for m in self.resolver.resolve(doc, doc_article_id(doc))]
        return doc


@Language.factory("dateline_actors")
def make_actors_component(nlp: Language, name: str) -> ActorsComponent:
    return ActorsComponent(nlp, name)
