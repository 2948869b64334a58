"""The tense around a temporal expression: does "in May" mean the May before or after?

With a parsed Doc, the tense is that of the verb that governs the expression (the first
verb up its chain of heads), read from the verb's tag and its auxiliaries. Without a
parse, a few words around the expression decide. The answer is ``past``, ``present``,
``future`` or None (no clue).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

PAST, PRESENT, FUTURE = "past", "present", "future"


@dataclass(frozen=True, slots=True)
class DocView:
    """A Doc with what is known about its annotation, asked once per document
    (``Doc.has_annotation`` walks every token)."""

    doc: Doc
    text: str
    lower: str  # the lower-cased text (same length as text), for fast anchor scans
    parsed: bool  # dependency parse and tags
    tagged: bool
    has_ents: bool
    has_sents: bool

    @classmethod
    def of(cls, doc: Doc) -> DocView:
        text = doc.text
        lower = text.lower()
        tagged = doc.has_annotation("TAG")
        parsed = tagged and doc.has_annotation("DEP")
        # A parse sets sentence starts; only an unparsed Doc needs the (slow) check.
        sents = parsed or doc.has_annotation("SENT_START")
        return cls(doc, text, lower if len(lower) == len(text) else "", parsed, tagged,
                   doc.has_annotation("ENT_IOB"), sents)

    def span(self, start: int, end: int) -> Span | None:
        return self.doc.char_span(start, end, alignment_mode="expand")

_FUTURE_AUX = {"will", "'ll", "’ll", "shall", "wo", "ll"}
_MODAL_FUTURE = {"can", "may", "might", "should", "must", "ought"}
# Verbs whose infinitive complement happens later than they do ("plans to visit on Monday").
_PLAN_VERBS = {"plan", "expect", "schedule", "intend", "aim", "hope", "want", "seek", "prepare",
               "set", "due", "agree", "promise", "vow", "threaten", "pledge", "propose", "decide",
               "going", "likely", "expected", "scheduled", "poised", "slate", "slated", "need", "wish"}
# In news, a reporting verb in the present tense reports the past ("Smith says on Monday ...").
_EXPECTING = {"expect", "anticipate", "forecast", "predict", "project", "foresee", "plan", "intend"}
_SCHEDULING = {"plan", "schedule", "slate", "due", "postpone", "reschedule", "adjourn"}
_REPORTING = {"say", "tell", "announce", "report", "state", "claim", "confirm", "write", "add",
              "note", "insist", "argue", "acknowledge", "admit", "warn"}

_REPORTED = re.compile(r"\b(?:said|told|announced|reported|stated|added|wrote|confirmed|declared|"
                       r"tweeted|testified)\s+(?:on\s+)?$", re.IGNORECASE)
_SOONEST = re.compile(r"\bas\s+(?:soon|early)\s+as\s+$", re.IGNORECASE)
_WORDS_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|’ll|going\s+to|plans?\s+to|scheduled|expected\s+to|next|upcoming)\b", re.IGNORECASE)
_WORDS_PAST = re.compile(r"\b(?:said|was|were|had|did|told|ago|last|earlier|announced|reported)\b",
                         re.IGNORECASE)


def _verb_tense(verb: Token, depth: int = 0, through_noun: bool = False) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if verb.lemma_.lower() in _SCHEDULING:
        return FUTURE  # "scheduled a news conference Thursday": still to come
    if words & _FUTURE_AUX:
        return FUTURE
    if words & _MODAL_FUTURE:
        return FUTURE
    if "would" in words:
        return FUTURE  # "said he would travel Thursday": still to come when reported
    if "could" in words:
        return None
    if any(a.tag_ == "VBD" for a in auxes):  # did, was, had
        return PAST
    if words & {"has", "have", "'ve", "'s"} and verb.tag_ == "VBN":
        return PAST  # present perfect: done by now
    if verb.tag_ == "VBD":
        return PAST
    if "to" in words or verb.tag_ == "VB" and verb.dep_ in ("xcomp", "ccomp", "advcl"):
        head = verb.head
        if head is verb or depth > 1:
            return None
        if head.lemma_.lower() in _PLAN_VERBS:
            return FUTURE
        # "summoned him to testify on Feb. 10": an infinitive happens after its head,
        # which says little of where it stands from the article date.
        return None
    if verb.tag_ == "VBG" and words & {"is", "are", "am", "'re", "'m"} and not through_noun:
        return FUTURE  # "is meeting on Tuesday": a scheduled event
    if verb.tag_ in ("VBZ", "VBP", "VBG") or (verb.tag_ == "VBN" and words):
        if verb.lemma_.lower() in _EXPECTING:
            return FUTURE  # "the vote is expected in November"
        if verb.lemma_.lower() in _REPORTING:
            return PAST
        return PRESENT
    if verb.pos_ == "ADJ" or verb.tag_ == "JJ":
        return _verb_tense(verb.head, depth + 1) if verb.head is not verb and depth < 2 else None
    return None


def governing_verb(token: Token) -> Token | None:
    """The first verb (or auxiliary, or predicative adjective) up the chain of heads."""
    seen = 0
    while seen < 12:
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
        seen += 1
    return None


def _inside_noun_phrase(token: Token) -> bool:
    """Whether the expression modifies a noun (through a preposition or directly)."""
    head = token.head
    if head is token:
        return False
    if head.pos_ == "ADP" and head.head is not head:
        head = head.head
    return head.pos_ in ("NOUN", "PROPN") and head.dep_ not in ("npadvmod", "tmod")


def tense_at(view: DocView, start: int, end: int, through_noun: bool = False) -> str | None:
    """The tense of the clause that the characters ``start:end`` of the Doc belong to.

    An expression inside a noun phrase ("a delay in April") has no tense of its own
    (None), unless ``through_noun``: then the verb above the noun phrase answers, without
    reading a progressive as a scheduled future ("reported third-quarter earnings").
    """
    if _SOONEST.search(view.text, max(0, start - 20), start):
        return FUTURE  # "as soon as Tuesday", "as early as next week"
    if _REPORTED.search(view.text, max(0, start - 30), start):
        return PAST  # "said on Monday it would ...": the saying is dated, whatever the parse

    if view.parsed:
        span = view.span(start, end)
        if span is None or len(span) == 0:
            return None
        in_noun = _inside_noun_phrase(span.root)
        if in_noun and not through_noun:
            return None  # "a delay in April": the noun's time, not the verb's
        verb = governing_verb(span.root)
        if verb is None:
            verb = governing_verb(span.sent.root) if view.has_sents else None
        return _verb_tense(verb, through_noun=in_noun) if verb is not None else None
    return _tense_from_words(view.text, start, end)


def _tense_from_words(text: str, start: int, end: int) -> str | None:
    """Without a parse: a future word or a past word in the nearby text."""
    left = text[max(0, start - 80):start]
    for cut in (".", "!", "?", "\n"):
        left = left.rsplit(cut, 1)[-1]
    right = re.split(r"[.!?\n]", text[end:end + 60], maxsplit=1)[0]
    window = f"{left} {right}"
    if _WORDS_FUTURE.search(window):
        return FUTURE
    if _WORDS_PAST.search(window) or re.search(r"\b\w+ed\b", left):
        return PAST
    return None
