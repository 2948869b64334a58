"""A spaCy component that starts a sentence at every paragraph break.

spaCy's parser otherwise runs sentences across blank lines (a headline into the first
paragraph, a photo caption into the next), and every stage then reads subjects and
clauses from the wrong paragraph. Set before the parser, the boundaries are respected.
Single line breaks are left alone: wire copy wraps lines inside paragraphs.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("dateline_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc
