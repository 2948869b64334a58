"""The ``dateline_timex`` spaCy component: sets ``doc._.dl_timexes``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import doc_article_id, doc_date, register_extensions
from ..model import to_json
from .tagger import find_timexes


class TimexComponent:
    """Finds temporal expressions and normalizes them against ``doc._.dl_date``."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        timexes = find_timexes(doc, doc_date(doc), doc_article_id(doc))
        doc._.dl_timexes = [to_json(t) for t in timexes]
        return doc


@Language.factory("dateline_timex")
def make_timex_component(nlp: Language, name: str) -> TimexComponent:
    return TimexComponent(nlp, name)
