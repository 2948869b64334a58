"""What the quote cues share: the Candidate record, and the parse helpers that find a
statement's source (the subject, passive agent or named speaker) and its phrase."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .data import MediaLexicon
from .spans import QUOTE_TOKENS, subtree_range

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# Dependents that carry a subject over from the head verb: "said ... and added",
# "declined to say", "..., adding that", "Kalin saying that".
_INHERITS = frozenset({"conj", "xcomp", "advcl", "pcomp"})
# Modifiers after a comma that comment on the speaker and are not part of the source
# phrase (a relative clause is kept: annotators mostly include it).
_CUT_MODIFIERS = frozenset({"acl", "advcl"})
_FOCUS = frozenset({"even", "also", "only"})
#: Whether a token lies inside quotation marks.
Quoted = Callable[[Token], bool]


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
    def depth(self) -> float:
        """How deep the cue sits in the parse; outer cues are resolved first. A
        prepositional cue scopes over the clause it attaches to ("Trump said X,
        according to the Times": the Times reports Trump's statement), so it goes
        before that clause's own verb."""
        depth = sum(1 for _ in self.anchor.ancestors)
        return depth - 1.5 if self.kind == "preposition" else depth


def children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def is_passive(verb: Token) -> bool:
    # "was cited by", and the reduced relative "(the deal,) described by Erdogan as"
    return any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children)


def agent(verb: Token) -> Token | None:
    for c in children(verb, "agent"):
        objs = children(c, "pobj")
        if objs:
            return objs[0]
    return None


def subject(verb: Token, quoted: Quoted, depth: int = 0) -> Token | None:
    """The verb's own subject, else (for a dependent verb) the subject of its head.

    A subject inside quotation marks is a misparse of "“...,” said Briggs": the quoted
    words are the content, so another subject outside the marks, or the noun after the
    verb, is taken instead. A participle that modifies a noun has that noun as its
    subject: "Hispanics criticizing the proposals", "a gunman claiming allegiance".
    """
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and not expletive(c)
                and not paragraph_break(c, verb)]  # the parser ran the sentence over a break
    outside = [c for c in subjects if not quoted(c)]
    if outside:
        return outside[0]
    if subjects:
        return next((r for r in verb.rights if r.pos_ in ("PROPN", "NOUN", "PRON")
                     and r.dep_ in ("nsubj", "dobj", "attr", "npadvmod", "appos") and not quoted(r)), None)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and agentive(verb.head) \
            and verb.head.i < verb.i and not paragraph_break(verb.head, verb):
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.head.i < verb.i \
            and not is_passive(verb) and any(c.dep_ in ("ccomp", "dobj") for c in verb.children) \
            and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.dep_ not in ("pobj", "dobj", "dative") \
            and not paragraph_break(verb.head, verb):
        return verb.head  # a finite verb the tagger read as a participle: "A poll found that ..."
    if depth < 3 and verb.dep_ in _INHERITS and verb.head is not verb:
        head = verb.head
        if head.dep_ == "prep" and head.head is not head:  # "preceded by Kalin saying"
            head = head.head
        if head.pos_ == "ADJ" and head.dep_ == "acomp":  # "voters are likely to say"
            head = head.head
        if head.pos_ in ("VERB", "AUX"):
            inherited = subject(head, quoted, depth + 1)
            if inherited is not None:
                return inherited
    return _inverted_subject(verb, quoted) or _fronted_subject(verb)


#: Finite forms of a speech verb that may follow its speaker with no subject in the parse.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_NAME_STARTS = frozenset({"PROPN", "DET", "NOUN", "ADJ", "NUM", "PRON"})
#: How many words a speaker phrase before its verb may run to.
_PHRASE_REACH = 30
#: What a quotation ends on before the speaker who follows it: "“...,” Frank said".
_QUOTE_ENDS = frozenset({",", ".", "?", "!", "—", "-", "…"})
#: Entity types of an introductory phrase that sets the scene ("Monday at Liberty
#: University in Lynchburg, VA, ...") rather than names the speaker.
_SETTING = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "EVENT"})
_SPEAKER_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})


def preceding_phrase(verb: Token, quoted: Quoted) -> tuple[Token, tuple[int, int]] | None:
    """The speaker phrase just before a verb the parser gave no subject, when it follows a
    quotation ("“...,” Mr. Daniloff, now 81 and retired in Cambridge, said") or opens the
    sentence after an introductory phrase ("In a call on Dec. 2, Col. Steven Warren, a
    military spokesman, said, ..."). The parser hangs such a name on the quoted clause or
    on the introductory phrase; the words between the boundary and the verb are the source.

    Returns the phrase's head word (the last word of its first name) and its token range.
    """
    doc = verb.doc
    if verb.tag_ not in _FINITE or is_passive(verb):
        return None
    end = verb.i
    while end > verb.sent.start and doc[end - 1].text == ",":
        end -= 1
    start, after_quote = end, False
    while start > max(verb.sent.start, verb.i - _PHRASE_REACH):
        prev = doc[start - 1]
        if "\n" in prev.text_with_ws or prev.is_space:
            break
        if prev.text in QUOTE_TOKENS or quoted(prev):
            if start - 2 < 0 or doc[start - 2].text not in _QUOTE_ENDS:
                return None  # a quoted name inside the phrase ("“Ted Cruz” pins"), not a quotation
            after_quote = True
            break
        start -= 1
    else:
        if start > verb.sent.start:
            return None  # too long to be a name with its description
    while start < end and (doc[start].is_punct or doc[start].text in QUOTE_TOKENS):
        start += 1
    if start >= end:
        return None
    if not after_quote:
        # The last run of comma-separated segments that starts with a name and holds no
        # verb: "[But in a call on Dec. 2], [Col. Steven Warren], [a spokesman], said".
        commas = [t.i + 1 for t in doc[start:end] if t.text == ","]
        start = next((s for s in [start, *commas] if doc[s].pos_ in _NAME_STARTS
                      and doc[s].ent_type_ not in _SETTING and doc[s].pos_ != "NUM"
                      and not any(t.pos_ in ("VERB", "AUX") for t in doc[s:end])), -1)
        if start < 0:
            # No comma sets the name off: the name that ends right before the verb, as
            # the entity recognizer marks it ("In a meeting with the Post Trump said").
            # A proper name the recognizer missed is the run of unmarked names before the verb.
            last = doc[end - 1]
            if end != verb.i:
                return None
            start = end - 1
            if last.ent_type_ in _SPEAKER_ENTITIES:
                while start > verb.sent.start and doc[start].ent_iob_ == "I":
                    start -= 1
            elif last.pos_ == "PROPN" and not last.ent_type_:
                while start > verb.sent.start and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_:
                    start -= 1
            else:
                return None
    if doc[start].pos_ not in _NAME_STARTS or any(t.text in QUOTE_TOKENS for t in doc[start:end]):
        return None
    head = None
    for tok in doc[start:end]:
        if tok.pos_ in ("PROPN", "NOUN", "PRON"):
            head = tok
        elif head is not None:
            break
    if head is None:
        return None
    return head, (start, end)


def expletive(token: Token) -> bool:
    """ "there", and the "it" of "it is said that" and "it is hard to predict": no
    source. The "it" of "It said that ..." is an organization or a document and is one."""
    if token.lower_ == "there":
        return True
    return token.lower_ == "it" and (token.dep_ == "nsubjpass" or token.head.lemma_ in _RAISING)


#: Verbs whose "it" subject stands for a clause that comes later: "it is hard to say".
_RAISING = frozenset({"be", "seem", "appear", "become", "remain", "take", "make"})


def _fronted_subject(verb: Token) -> Token | None:
    """The name that opens the sentence when the parser lost the verb's subject in a
    long appositive: "Jeffrey Salkin, a rabbi helping to organize the boycott, said ..."."""
    doc, sent = verb.doc, verb.sent
    if verb.dep_ != "ROOT" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    start = sent.start
    while start < verb.i and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    head = None
    for tok in doc[start:verb.i]:
        if tok.text == ",":
            return head if tok.i > start and tok.i < verb.i - 1 else None
        if tok.pos_ not in _NOMINAL_PARTS:
            return None
        if tok.pos_ in ("NOUN", "PROPN"):
            head = tok
    return None


_NOMINAL_PARTS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"})


def _inverted_subject(verb: Token, quoted: Quoted) -> Token | None:
    """The speaker named right after the verb that follows a quotation, when the parser
    gave the verb no subject: "“...,” said retired neurosurgeon Ben Carson, asked ..."."""
    doc = verb.doc
    if verb.i == 0 or not (quoted(doc[verb.i - 1]) or doc[verb.i - 1].text in QUOTE_TOKENS):
        return None
    head = None
    for tok in doc[verb.i + 1: min(verb.i + 8, verb.sent.end)]:
        if tok.pos_ not in _NOMINAL_PARTS and not (tok.tag_ == "VBN" and tok.dep_ == "amod"):
            break
        if tok.pos_ in ("NOUN", "PROPN"):
            head = tok
    return head


def agentive(noun: Token) -> bool:
    """Whether a noun can name who speaks or holds a view: a name, a people or an
    organization (the parser's entity types), not a thing ("his stump speeches")."""
    return noun.pos_ == "PROPN" or noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")


def without_branch(src: tuple[int, int], head: Token, verb: Token) -> tuple[int, int]:
    """The source phrase without the branch of it that holds the cue: "Hispanics"
    of "Hispanics telling their stories and criticizing ..."."""
    if not src[0] <= verb.i < src[1] or head is verb:
        return src
    for c in head.rights:
        if c.left_edge.i <= verb.i <= c.right_edge.i:
            return src[0], max(min(src[1], c.left_edge.i), head.i + 1)
    return src


def paragraph_break(a: Token, b: Token) -> bool:
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
    for tok in doc[start:head.i]:  # a phrase does not run over a paragraph break
        if "\n" in tok.text_with_ws:
            start = tok.i + 1
    for tok in doc[head.i:end]:
        if "\n" in tok.text_with_ws:
            end = tok.i + 1
            break
    if doc[start].lower_ in _FOCUS and start + 1 < end:
        start += 1
    return _after_dateline(doc, start, end), end


_DASHES = frozenset({"—", "–", "-", "--"})


def _after_dateline(doc: Doc, start: int, end: int) -> int:
    """Where a phrase starts once the story's dateline is cut off: "WASHINGTON, Aug. 24
    (UPI) — A spokesman" -> "A spokesman". A dateline opens with a place name in
    capitals, or names its agency in brackets ("New York (AFP) –"), and ends with a dash."""
    dash = dateline_end(doc, start, end)
    return dash + 1 if dash is not None and dash + 1 < end else start


def dateline_end(doc: Doc, start: int, end: int) -> int | None:
    """The index of the dash that closes a dateline opening at ``start``, if one does."""
    first = doc[start]
    capitals = first.is_alpha and first.is_upper and len(first) > 1
    agency = False
    for tok in doc[start:end]:
        if tok.text in _DASHES:
            return tok.i if capitals or agency else None
        if tok.text == "(" and tok.i + 2 < len(doc) and doc[tok.i + 2].text == ")" \
                and doc[tok.i + 1].pos_ == "PROPN":
            agency = True  # "(AFP)", "(Reuters)"
        if not (tok.is_punct or tok.like_num or tok.pos_ == "PROPN" or tok.is_upper or tok.is_title):
            return None
    return None

def is_channel(token: Token, media: MediaLexicon) -> bool:
    """Whether ``token`` names a channel of communication: "Twitter", "a statement"."""
    if token.lemma_.lower() in media.channels or token.lower_ in media.channels:
        return True
    compound = " ".join(t.lower_ for t in token.subtree if t.dep_ == "compound" or t is token)
    return compound in media.channels
