"""Cues other than verbs, each read off the parse of one sentence:

- a reporting noun with a possessor or "by" phrase as the source and a that-clause as
  the content ("Demir's announcement that ...");
- a prepositional cue ("according to X, ...") whose object is the source and whose
  clause is the content, and a poll that a finding is reported in ("In a CNN poll, ...");
- a colon after a name ("Cruz: Trump Would Put Liberals On Court") or after a clause
  that introduces the next paragraph's quotation;
- a dash that signs a quotation with its speaker's name ("“...” ― Sonya Herridge").

Verbs are in verbs.py and adjectives in adjectives.py.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .data import CueLexicon
from .spans import QUOTE_TOKENS, subtree_range
from .syntax import Candidate, children, expletive, paragraph_break, source_range


def noun_candidate(noun: Token, lex: CueLexicon) -> Candidate | None:
    """ "Demir's announcement (earlier in June) that ..." with a possessor or "by" source."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.nouns:
        return None
    source_tok = next((c for c in noun.children if c.dep_ == "poss"), None)
    if source_tok is None:
        for prep in children(noun, "prep"):
            if prep.lower_ in ("by", "from"):
                source_tok = next(iter(children(prep, "pobj")), None)
                break
    if source_tok is None:
        return None
    content = None
    for c in noun.children:
        if c.dep_ in ("acl", "ccomp", "appos") and c.i > noun.i and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children
        ):
            content = subtree_range(c)
            break
    if content is None:
        content = _loose_that_clause(noun)
    if content is None:
        return None
    src = source_range(source_tok)
    return Candidate(anchor=noun, cue=(noun.i, noun.i + 1), source=src, source_head=source_tok,
                     content=[content], kind="noun")


def _loose_that_clause(noun: Token, reach: int = 8) -> tuple[int, int] | None:
    """A that-clause the parser hung elsewhere but that follows the noun closely."""
    sent = noun.sent
    for tok in sent[noun.i - sent.start + 1: noun.i - sent.start + 1 + reach]:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("ccomp", "acl"):
            return None
        if tok.dep_ == "mark" and tok.lower_ == "that":
            clause = tok.head
            if clause.left_edge.i == tok.i:
                return subtree_range(clause)
            return None
    return None


def survey_candidate(tok: Token, lex: CueLexicon) -> Candidate | None:
    """ "In a CNN/ORC poll released Monday, 31% of Republicans said ...": the poll is the
    source of the clause it introduces."""
    if tok.lower_ != "in" or tok.dep_ != "prep":
        return None
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lemma_.lower() not in lex.surveys:
        return None
    head = tok.head
    if head.pos_ not in ("VERB", "AUX") or tok.i > head.i:
        return None
    phrase = subtree_range(tok)
    lo, hi = subtree_range(head)
    sent = tok.sent
    content = (phrase[1], min(hi, sent.end))
    if content[1] <= content[0]:
        return None
    return Candidate(anchor=tok, cue=(tok.i, tok.i + 1), source=source_range(pobj), source_head=pobj,
                     content=[content], kind="preposition")


def preposition_candidate(tok: Token, lex: CueLexicon) -> Candidate | None:
    """ "According to him, the two countries only need ..." """
    words = next((p for p in lex.prepositions if p[0] == tok.lower_), None)
    if words is None:
        return survey_candidate(tok, lex)
    doc = tok.doc
    last = tok
    for i, w in enumerate(words[1:], start=1):
        if tok.i + i >= len(doc) or doc[tok.i + i].lower_ != w:
            return None
        last = doc[tok.i + i]
    pobj = next((c for c in last.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    if len(words) == 1 and not (pobj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or pobj.pos_ == "PRON"):
        return None  # "per year", "per cent": not a source
    phrase = subtree_range(tok)  # the cue with its object: "According to him"
    head = tok.head if tok.head is not tok else tok
    lo, hi = subtree_range(head)
    sent: Span = tok.sent
    lo, hi = max(lo, sent.start), min(hi, sent.end)
    parts = [(lo, phrase[0]), (phrase[1], hi)]
    return Candidate(anchor=tok, cue=(tok.i, last.i + 1), source=source_range(pobj), source_head=pobj,
                     content=[p for p in parts if p[1] > p[0]], kind="preposition")


def colon_candidate(colon: Token, max_name: int = 6) -> Candidate | None:
    """A headline or lead-in that names its speaker before a colon: "Cruz: Trump Would
    Put Liberals On Court", "- Carl Bialik: “One of the biggest lessons ...”"."""
    if colon.text != ":":
        return None
    doc = colon.doc
    if "\n" in colon.whitespace_ or (colon.i + 1 < len(doc) and doc[colon.i + 1].is_space):
        return _lead_in(colon)
    start = colon.i
    while start > 0 and colon.i - start < max_name:
        prev = doc[start - 1]
        name_like = prev.pos_ == "PROPN" or (prev.pos_ == "NOUN" and prev.is_title) or prev.ent_type_ in (
            "PERSON", "ORG", "NORP", "GPE")
        if name_like or (prev.lower_ == "and" and start < colon.i):
            start -= 1
            continue
        break
    if start == colon.i or doc[start].lower_ == "and":
        return None
    if colon.i - start == 1 and len(doc[start]) == 1:
        return None  # "Q:" and "A:" label the turns of an interview, not a named source
    before = doc[start - 1] if start > 0 else None
    if before is not None and not (
        before.is_space or "\n" in before.text_with_ws or before.text in ("-", "—", "–")
    ):
        return None  # the name must open its line (or follow a dash)
    end = colon.i + 1
    while end < len(doc) and "\n" not in doc[end].text and not (
        end > colon.i + 1 and "\n" in doc[end - 1].whitespace_
    ):
        end += 1
    if end <= colon.i + 1 or all(t.like_num or t.is_punct for t in doc[colon.i + 1:end]):
        return None  # "Sanders: 1,547" is a tally, not a statement
    return Candidate(anchor=colon, cue=(colon.i, colon.i + 1), source=(start, colon.i),
                     source_head=doc[colon.i - 1], content=[(colon.i + 1, end)], takes_quote=False,
                     kind="colon")


def _lead_in(colon: Token) -> Candidate | None:
    """A paragraph that ends on a colon introduces the quotation of the next one; its
    subject is the source: "He then listed the qualities of a nominee:" + “...”."""
    # The parser may run the sentence into the next paragraph: look before the colon only.
    sent = colon.sent
    subj = None
    for verb in colon.doc[sent.start:colon.i]:
        local_root = verb.head is verb or verb.head.i >= colon.i or verb.dep_ == "ROOT"
        if verb.pos_ in ("VERB", "AUX") and local_root:
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                break
    if subj is None or expletive(subj) or paragraph_break(subj, colon):
        return None
    return Candidate(anchor=colon, cue=(colon.i, colon.i + 1), source=source_range(subj),
                     source_head=subj, takes_quote=True, kind="colon")


#: Dashes that sign a quotation: the horizontal bar, em and en dashes.
SIGNING_DASHES = frozenset({"―", "—", "–"})
_NAME_WORDS = frozenset({"PROPN", "NOUN", "ADJ"})


def dash_candidate(dash: Token, max_name: int = 8) -> Candidate | None:
    """A quotation signed with a dash and its speaker's name at the end of its paragraph,
    as in epigraphs and in collections of readers' comments: "“...” ― Sonya Herridge".
    The name must fill the rest of the line, and each of its words be capitalized."""
    if dash.text not in SIGNING_DASHES or dash.i == 0:
        return None
    doc = dash.doc
    before = dash.i - 1
    while before > 0 and doc[before].is_space and "\n" not in doc[before].text:
        before -= 1  # a no-break space between the closing mark and the dash
    prev = doc[before]
    if prev.text not in QUOTE_TOKENS or "\n" in prev.whitespace_:
        return None
    start = dash.i + 1
    while start < len(doc) and doc[start].is_space and "\n" not in doc[start].text:
        start += 1
    end = start
    while end < len(doc) and not doc[end].is_space and "\n" not in doc[end - 1].whitespace_:
        end += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    name = doc[start:end]
    if not 0 < len(name) <= max_name:
        return None
    if not all(t.is_title or t.is_punct or (t.is_upper and t.is_alpha) or t.lower_ in ("of", "de", "la")
               for t in name) or not any(t.pos_ in _NAME_WORDS for t in name):
        return None
    head = max((t for t in name if t.pos_ in _NAME_WORDS), key=lambda t: t.i)
    return Candidate(anchor=dash, cue=(dash.i, dash.i + 1), source=(name.start, name.end),
                     source_head=head, takes_quote=True, kind="dash")
