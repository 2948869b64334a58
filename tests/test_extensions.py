"""doc_text: the Doc's text, built once per Doc."""

import spacy

from dateline.extensions import doc_text


def test_doc_text_is_the_docs_text_and_is_built_once() -> None:
    nlp = spacy.blank("en")
    doc = nlp.make_doc("Ankara said  on Wednesday:\n\nthe S-400 is here. ")
    first = doc_text(doc)
    assert first == doc.text == "Ankara said  on Wednesday:\n\nthe S-400 is here. "
    assert doc_text(doc) is first  # the cached string, not a rebuilt one


def test_doc_text_of_an_empty_doc() -> None:
    assert doc_text(spacy.blank("en").make_doc("")) == ""
