"""Cue finding on the dependency parse: who (source) said what (content) with which word.

Three kinds of cue, each read off the parse of one sentence:

- a reporting verb from cues.yaml with its subject (or passive agent) as the source and
  a complement as the content: a clause ("said that ..."), a to-infinitive ("vowed to
  ..."), a direct object ("denied the allegations"), or, when the parse gives none, a
  quotation next to the verb (resolved later, in extract.py);
- a reporting noun with a possessor or "by" phrase as the source and a that-clause as
  the content ("Demir's announcement that ...");
- a prepositional cue ("according to X, ...") whose object is the source and whose
  clause is the content.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .data import CueLexicon, MediaLexicon
from .spans import subtree_range

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_EXPLETIVES = frozenset({"it", "there"})
_RELATIVE = frozenset({"that", "which", "who", "whom", "whose"})
# Dependents that carry a subject over from the head verb: "said ... and added",
# "declined to say", "..., adding that", "Kalin saying that".
_INHERITS = frozenset({"conj", "xcomp", "advcl", "pcomp"})
# Right dependents of a verb that belong with its object content: "described X as Y".
_OBJECT_TAIL = frozenset({"oprd", "prep", "advcl", "xcomp", "ccomp"})
# Modifiers after a comma that comment on the speaker and are not part of the source
# phrase (a relative clause is kept: annotators mostly include it).
_CUT_MODIFIERS = frozenset({"acl", "advcl"})
_STANCE_PREPS = frozenset({"for", "against"})
_FOCUS = frozenset({"even", "also", "only"})
#: Whether a token lies inside quotation marks.
Quoted = Callable[[Token], bool]
_OBJECT_TAIL_PREPS = frozenset({"as", "for", "of", "over", "on", "about"})


@dataclass(slots=True)
class Candidate:
    """A cue with its source and content as token ranges [start, end) of the Doc."""

    anchor: Token  # the cue's head word: dates the statement, orders candidates
    cue: tuple[int, int]
    source: tuple[int, int] | None
    source_head: Token | None
    content: list[tuple[int, int]] = field(default_factory=list)
    takes_quote: bool = False  # may take an adjacent quotation when content is empty
    medium: tuple[int, int] | None = None
    kind: str = "verb"

    @property
    def depth(self) -> int:
        return sum(1 for _ in self.anchor.ancestors)


def _children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _is_passive(verb: Token) -> bool:
    # "was cited by", and the reduced relative "(the deal,) described by Erdogan as"
    return any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children)


def _agent(verb: Token) -> Token | None:
    for c in _children(verb, "agent"):
        objs = _children(c, "pobj")
        if objs:
            return objs[0]
    return None


def _subject(verb: Token, quoted: Quoted, depth: int = 0) -> Token | None:
    """The verb's own subject, else (for a dependent verb) the subject of its head.

    A subject inside quotation marks is a misparse of "“...,” said Briggs": the quoted
    words are the content, so the noun after the verb is taken instead.
    """
    for c in verb.children:
        if c.dep_ in _SUBJECTS and c.lower_ not in _EXPLETIVES:
            if _paragraph_break(c, verb):
                continue  # the parser ran the sentence over a paragraph break
            if not quoted(c):
                return c
            after = next((r for r in verb.rights if r.pos_ in ("PROPN", "NOUN", "PRON")
                          and r.dep_ in ("nsubj", "dobj", "attr", "npadvmod", "appos")), None)
            return after
    if depth < 3 and verb.dep_ in _INHERITS and verb.head is not verb:
        head = verb.head
        if head.dep_ == "prep" and head.head is not head:  # "preceded by Kalin saying"
            head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return _subject(head, quoted, depth + 1)
    return None


def _paragraph_break(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any("\n" in t.text_with_ws for t in a.doc[lo:hi])


def source_range(head: Token) -> tuple[int, int]:
    """The source phrase of ``head``: its subtree without what follows a comma as a
    comment on the speaker ("Humphrey, who calls Trump ...", "The survey, conducted
    for ...") and without a leading "even"."""
    start, end = subtree_range(head)
    doc = head.doc
    nominals = [head] + [c for c in head.children if c.dep_ == "appos"]
    for nom in nominals:
        for c in nom.rights:
            if c.dep_ in _CUT_MODIFIERS and c.left_edge.i > start and doc[c.left_edge.i - 1].text == ",":
                end = min(end, c.left_edge.i - 1)
    if doc[start].lower_ in _FOCUS and start + 1 < end:
        start += 1
    return start, end


def _without_comment(rng: tuple[int, int], doc: Doc, lex: CueLexicon) -> tuple[int, int]:
    """Cut a trailing appositive that is the writer's comment on the statement:
    "The US claims that ..., allegations that Turkey rejects" (the US does not call its
    own claims allegations)."""
    for tok in doc[rng[0]:rng[1]]:
        if tok.dep_ == "appos" and tok.lemma_.lower() in lex.nouns:
            comma = tok.left_edge.i - 1
            if comma > rng[0] and doc[comma].text in (",", "—", "–", ";"):
                return rng[0], comma
    return rng


def _infinitive(verb: Token) -> Token | None:
    for c in _children(verb, "xcomp"):
        if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return c
    return None


def is_channel(token: Token, media: MediaLexicon) -> bool:
    """Whether ``token`` names a channel of communication: "Twitter", "a statement"."""
    if token.lemma_.lower() in media.channels or token.lower_ in media.channels:
        return True
    compound = " ".join(t.lower_ for t in token.subtree if t.dep_ == "compound" or t is token)
    return compound in media.channels


def _object_content(verb: Token, media: MediaLexicon) -> tuple[int, int] | None:
    objs = _children(verb, "dobj")
    relative = [c for c in verb.children
                if c.dep_ in ("dobj", "mark") and c.lower_ in _RELATIVE and c.i < verb.i]
    if verb.dep_ in ("relcl", "acl") and relative and (not objs or objs[0] in relative):
        # "allegations that Turkey rejects": the content is the noun the clause modifies.
        noun = verb.head
        return noun.left_edge.i, noun.i + 1
    if not objs:
        # "called for a ban", "argued against the deal": the preposition's object
        for prep in verb.rights:
            if prep.dep_ == "prep" and prep.lower_ in _STANCE_PREPS and prep.i <= verb.i + 2:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return prep.i + 1, pobj.right_edge.i + 1
        return None
    obj = objs[0]
    start, end = subtree_range(obj)
    for c in obj.rights:  # "denied the allegations on Twitter": the medium is no content
        if c.dep_ == "prep" and any(is_channel(p, media) for p in c.children if p.dep_ == "pobj"):
            end = min(end, c.left_edge.i)
    for c in verb.rights:
        if c.i <= obj.i or c.dep_ not in _OBJECT_TAIL:
            continue
        if c.dep_ == "prep" and (c.lower_ not in _OBJECT_TAIL_PREPS or any(
                is_channel(p, media) for p in c.children if p.dep_ == "pobj")):
            break
        if c.left_edge.i > end + 1:
            break
        end = max(end, c.right_edge.i + 1)
    return start, end


def _cited_as_saying(verb: Token, media: MediaLexicon) -> tuple[Token, Token | None] | None:
    """For "X was cited by Y as saying ...": (X, Y) when ``verb`` is that "saying"."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as":
        return None
    cited = prep.head
    if cited.lemma_.lower() not in media.cited_verbs:
        return None
    subj = next((c for c in cited.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subj is None:
        return None
    return subj, _agent(cited)


def verb_candidate(verb: Token, lex: CueLexicon, media: MediaLexicon, quoted: Quoted) -> Candidate | None:
    takes = lex.verbs.get(verb.lemma_.lower())
    if takes is None or verb.dep_ in ("amod", "compound"):
        return None
    if verb.pos_ != "VERB" and not (verb.dep_ in ("acl", "relcl") and _children(verb, "nsubj")):
        return None  # a "noun" with a subject is a verb the tagger missed: "Turkey rejects"
    lemma = verb.lemma_.lower()
    if lemma in media.cited_verbs and any(
        c.dep_ == "prep" and c.lower_ == "as" and _children(c, "pcomp") for c in verb.children
    ):
        return None  # "cited by Milliyet as saying": the cue is "saying", the source Demir
    medium_tok: Token | None = None
    source_tok: Token | None
    cited = _cited_as_saying(verb, media)
    if cited is not None:
        source_tok, medium_tok = cited
    elif _is_passive(verb):
        # "O'Malley's move was first reported by MSNBC": the agent is the source.
        source_tok = _agent(verb)
    else:
        source_tok = _subject(verb, quoted)
    if source_tok is None:
        return None
    cand = Candidate(anchor=verb, cue=(verb.i, verb.i + 1), source=source_range(source_tok),
                     source_head=source_tok, takes_quote="quote" in takes)
    if medium_tok is not None:
        cand.medium = subtree_range(medium_tok)
    particle = _children(verb, "prt")
    if particle and particle[0].i == verb.i + 1:  # "pointed out"
        cand.cue = (verb.i, verb.i + 2)
    if "clause" in takes:
        # A clause; the parser sometimes hangs it as an xcomp ("said legalizing it could ...").
        clauses = _children(verb, "ccomp") or [
            c for c in _children(verb, "xcomp") if not any(a.lower_ == "to" for a in c.children)]
        if clauses:
            cand.content.append(_without_comment(subtree_range(clauses[0]), verb.doc, lex))
            return cand
    if "infinitive" in takes:
        inf = _infinitive(verb)
        if inf is not None:
            cand.content.append(subtree_range(inf))
            return cand
    if "object" in takes:
        if _is_passive(verb) and cited is None:
            subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if subj is not None:
                cand.content.append(subtree_range(subj))
                return cand
        span = _object_content(verb, media)
        if span is not None:
            cand.content.append(span)
            if span[0] > verb.i + 1 and verb.doc[span[0] - 1].dep_ == "prep":
                cand.cue = (verb.i, span[0])  # "called for"
            return cand
    return cand if cand.takes_quote else None


def noun_candidate(noun: Token, lex: CueLexicon) -> Candidate | None:
    """ "Demir's announcement (earlier in June) that ..." with a possessor or "by" source."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.nouns:
        return None
    source_tok = next((c for c in noun.children if c.dep_ == "poss"), None)
    if source_tok is None:
        for prep in _children(noun, "prep"):
            if prep.lower_ in ("by", "from"):
                source_tok = next(iter(_children(prep, "pobj")), None)
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
    if end <= colon.i + 1:
        return None
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
    if subj is None or subj.lower_ in _EXPLETIVES or _paragraph_break(subj, colon):
        return None
    return Candidate(anchor=colon, cue=(colon.i, colon.i + 1), source=source_range(subj),
                     source_head=subj, takes_quote=True, kind="colon")
