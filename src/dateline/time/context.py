"""The tense around a temporal expression: does "in May" mean the May before or after?

With a parsed Doc, the tense is that of the verb that governs the expression (the first
verb up its chain of heads), read from the verb's tag and its auxiliaries. Without a
parse, a few words around the expression decide. The answer is ``past``, ``present``,
``future`` or None (no clue).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from spacy.tokens import Doc, Span, Token

from ..extensions import doc_text

PAST, PRESENT, FUTURE = "past", "present", "future"
#: A past verb with a deadline after it ("extended the offer until Nov. 9", "has given them
#: until 9 a.m. Tuesday"): the deadline may still be ahead, so the nearest instance.
DEADLINE = "deadline"


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
        text = doc_text(doc)
        lower = text.lower()
        tagged = doc.has_annotation("TAG")
        parsed = tagged and doc.has_annotation("DEP")
        # A parse sets sentence starts; only an unparsed Doc needs the (slow) check.
        sents = parsed or doc.has_annotation("SENT_START")
        return cls(doc, text, lower if len(lower) == len(text) else "", parsed, tagged,
                   doc.has_annotation("ENT_IOB"), sents)

    def span(self, start: int, end: int) -> Span | None:
        return self.doc.char_span(start, end, alignment_mode="expand")


def _tense_words() -> dict[str, list[str]]:
    words: dict[str, list[str]] = yaml.safe_load(
        (Path(__file__).resolve().parent.parent / "data" / "time" / "tense.yaml").read_text(encoding="utf-8"))
    return words


def _alternation(words: list[str]) -> str:
    """A regex alternation of ``words``; a space inside a phrase matches any run of spaces."""
    return "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in words)


_WORDS = _tense_words()
_FUTURE_AUX = frozenset(_WORDS["future_auxiliaries"])
_MODAL_FUTURE = frozenset(_WORDS["modal_future"])
_PLAN_VERBS = frozenset(_WORDS["plan_verbs"])
_EXPECTING = frozenset(_WORDS["expecting_verbs"])
_SCHEDULING = frozenset(_WORDS["scheduling_verbs"])
_SCHEDULED_PRESENT = frozenset(_WORDS["scheduled_present_verbs"])
_REPORTING = frozenset(_WORDS["reporting_verbs"])

_REPORTED = re.compile(rf"\b(?:{_alternation(_WORDS['reported_forms'])})\s+(?:on\s+|in\s+)?$", re.IGNORECASE)
_DEADLINE = re.compile(r"\b(?:by|until|till)\s+$", re.IGNORECASE)
# "until close of business on Thursday", "by the end of trading Friday": a deadline, whose day
# hangs on a noun the parse gives no tense.
_DAY_END = re.compile(r"\b(?:by|until|till)\s+(?:the\s+)?(?:close|end)\s+of\s+(?:business|trading|the\s+day)\s+"
                      r"(?:on\s+)?$", re.IGNORECASE)
_SINCE = re.compile(r"\b(?:since|ever\s+since)\s+$", re.IGNORECASE)
_ENDPOINT = re.compile(rf"\b(?:{_alternation(_WORDS['endpoint_words'])})\s+$", re.IGNORECASE)
_SOONEST = re.compile(r"\bas\s+(?:soon|early)\s+as\s+$", re.IGNORECASE)
_AHEAD = re.compile(rf"\b(?:{_alternation(_WORDS['ahead_words'])})\s+[^.;:!?()]{{0,50}}$", re.IGNORECASE)
_WORDS_FUTURE = re.compile(rf"\b(?:{_alternation(_WORDS['future_cues'])})\b", re.IGNORECASE)
_WORDS_PAST = re.compile(rf"\b(?:{_alternation(_WORDS['past_cues'])})\b", re.IGNORECASE)


def _clause_head(verb: Token) -> Token | None:
    """The verb whose clause a participle belongs to: its head, or the head of the
    preposition that introduces it ("After touring the city Thursday, he said ...")."""
    head = verb.head
    if head is verb:
        return None
    if head.pos_ == "ADP" and head.head is not head:
        head = head.head
    return governing_verb(head)


def _verb_tense(verb: Token, depth: int = 0, through_noun: bool = False) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if verb.lemma_.lower() in _SCHEDULING:
        return FUTURE  # "scheduled a news conference Thursday": still to come
    if words & (_MODAL_FUTURE | {"would", "could"}) and words & {"have", "'ve"} and verb.tag_ == "VBN":
        return PAST  # "may have been responsible for a drop on Wednesday": a guess about the past
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
    if words & {"has", "have", "'ve", "'s"} and (verb.tag_ == "VBN" or verb.tag_ == "VBG" and "been" in words):
        return PAST  # present perfect: done by now, or under way since ("have been rising since Monday")
    if verb.tag_ == "VBD":
        return PAST
    if "to" in words or verb.tag_ == "VB" and verb.dep_ in ("xcomp", "ccomp", "advcl"):
        head = verb.head
        if head is verb or depth > 1:
            return None
        if head.lemma_.lower() == "be" and head.tag_ in ("VBZ", "VBP") and "to" in words:
            return FUTURE  # "is to resume trading Tuesday": an arrangement still ahead
        if head.lemma_.lower() in _PLAN_VERBS or head.lower_ in _PLAN_VERBS:  # "going (to)": lemma "go"
            # "planned to leave on Thursday": still to come when reported; but "had been
            # due to expire Friday" looks back on a plan that may be over by now.
            return None if _told_in_past_perfect(head) else FUTURE
        # "summoned him to testify on Feb. 10": an infinitive happens after its head,
        # which says little of where it stands from the article date.
        return None
    if verb.tag_ == "VBG" and words & {"is", "are", "am", "'re", "'m"} and not through_noun:
        return FUTURE  # "is meeting on Tuesday": a scheduled event
    if ((verb.tag_ in ("VBG", "VBN") and not auxes and verb.dep_ in ("advcl", "conj", "xcomp", "pcomp")
            or verb.tag_ == "VBG" and not auxes and verb.dep_ == "acl")
            and verb.head is not verb and depth < 2):
        # A participle clause takes the time of its clause ("has slumped, closing
        # unchanged Friday"; "was arrested Monday, charged with ..."; "after touring
        # the city Thursday, he said ..."; "the president, speaking Thursday, said ...").
        above = _clause_head(verb)
        return _verb_tense(above, depth + 1, through_noun) if above is not None else None
    if verb.tag_ == "VBN" and not auxes and verb.dep_ == "acl" and verb.lemma_.lower() not in _PLAN_VERBS:
        return PAST  # "the suspect, arrested Monday, ...": a past participle reports the past
    if (verb.tag_ == "VBP" and not auxes and verb.lower_ == verb.lemma_.lower()
            and any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") and not any(g.dep_ == "conj" for g in c.children)
                    for c in verb.children)):
        # "Weakness hurt the index on Friday": a singular subject rules out the present
        # (that would be "hurts"), so the form is a past the tagger took for a present.
        return PAST
    if verb.tag_ in ("VBZ", "VBP", "VBG") or (verb.tag_ == "VBN" and words):
        if verb.lemma_.lower() in _EXPECTING:
            return FUTURE  # "the vote is expected in November"
        if verb.lemma_.lower() in _REPORTING:
            return PAST
        if verb.tag_ in ("VBZ", "VBP") and not auxes and _scheduled(verb):
            return FUTURE
        return PRESENT
    if verb.pos_ == "ADJ" or verb.tag_ == "JJ":
        return _verb_tense(verb.head, depth + 1) if verb.head is not verb and depth < 2 else None
    return None


def _scheduled(verb: Token) -> bool:
    """Whether a simple present announces a scheduled event ("takes effect", "ends")."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.lower_ == "effect" for c in verb.children)
    if lemma == "close":
        # "the offer closes Friday", not "the index closes at a record" (a daily routine)
        return not any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children)
    return lemma in _SCHEDULED_PRESENT


def _told_in_past_perfect(token: Token) -> bool:
    """Whether a verb or predicative adjective is in the past perfect ("had been due")."""
    for _ in range(2):
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in token.children):
            return True
        if token.pos_ != "ADJ" or token.head is token:
            return False
        token = token.head
    return False


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
    """Whether the expression modifies a noun: directly, through a preposition, or
    through an adjective that modifies it ("a dividend payable Dec. 7")."""
    head = token.head
    if head is token:
        return False
    for _ in range(3):
        if head.head is head or not (head.pos_ == "ADP" or (head.pos_ == "ADJ" and head.dep_ == "amod")):
            break
        head = head.head
    return head.pos_ in ("NOUN", "PROPN") and head.dep_ not in ("npadvmod", "tmod")


def tense_at(view: DocView, start: int, end: int, through_noun: bool = False) -> str | None:
    """The tense of the clause that the characters ``start:end`` of the Doc belong to.

    An expression inside a noun phrase ("a delay in April") has no tense of its own
    (None), unless ``through_noun``: then the verb above the noun phrase answers, without
    reading a progressive as a scheduled future ("reported third-quarter earnings").
    """
    if _SOONEST.search(view.text, max(0, start - 20), start):
        # "as soon as Tuesday", "as early as next week"; but a guess about the past
        # ("may have emerged as early as November") looks back.
        return PAST if _looks_back(view, start, end) else FUTURE
    if _SINCE.search(view.text, max(0, start - 12), start):
        return PAST  # "since Monday": a point already passed, whatever the verb
    if _REPORTED.search(view.text, max(0, start - 30), start):
        return PAST  # "said on Monday it would ...": the saying is dated, whatever the parse
    if _DAY_END.search(view.text, max(0, start - 45), start):
        return DEADLINE

    if view.parsed:
        span = view.span(start, end)
        if span is None or len(span) == 0:
            return None
        in_noun = _inside_noun_phrase(span.root)
        verb = governing_verb(span.root)
        if verb is None:
            verb = governing_verb(span.sent.root) if view.has_sents else None
        tense = _verb_tense(verb, through_noun=in_noun) if verb is not None else None
        if in_noun and not through_noun:
            # "a delay in April": the noun's time, not the verb's; but what a sentence
            # in the future speaks of is mostly ahead too ("will fly a mission in December"),
            # and so is what a present clause is "ahead of" ("comes ahead of a hearing on Wednesday").
            if tense == FUTURE or tense != PAST and _AHEAD.search(view.text, max(0, start - 80), start):
                return FUTURE
            return None
        if tense == PAST and _ENDPOINT.search(view.text, max(0, start - 12), start):
            # "extended the offer until Nov. 9": a deadline, maybe still ahead; but the end
            # of a range ("bought from Sept. 14 to Thursday") tells nothing
            return DEADLINE if _DEADLINE.search(view.text, max(0, start - 8), start) else None
        if (tense is None and verb is not None and _DEADLINE.search(view.text, max(0, start - 8), start)
                and any(c.dep_ == "aux" and c.lower_ == "could" for c in verb.children)):
            return FUTURE  # "could be restored by Saturday": a possible outcome by a deadline still ahead
        return tense
    return _tense_from_words(view.text, start, end)


def dates_simple_past(view: DocView, start: int, end: int) -> bool:
    """Whether the characters ``start:end`` date a simple past verb they attach to
    ("collapsed on July 12"), rather than a perfect, a participle or an adjective ("has set
    Nov. 10 as the deadline", "securities pledged on April 22", "payable Dec. 1"). Without
    a parse: True (the tense is all there is)."""
    if not view.parsed:
        return True
    span = view.span(start, end)
    if span is None or len(span) == 0:
        return True
    head = span.root.head
    if head.pos_ == "ADP" and head.head is not head:
        head = head.head
    if head.dep_ == "acl" and head.lemma_.lower() not in ("end", "close"):
        # "securities pledged on April 22": a participle on a noun, whatever its tag; but
        # "the quarter ended Oct. 31" names a period that is over
        return False
    return head.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in head.children)


def _looks_back(view: DocView, start: int, end: int) -> bool:
    """Whether the verb that "as soon as ..." attaches to is past. A past form that
    completes a present or infinitive verb ("wants to get the bill passed as soon as this
    summer") is a participle the tagger read as a simple past: the wish looks ahead."""
    if not view.parsed:
        return False
    span = view.span(start, end)
    verb = governing_verb(span.root) if span is not None and len(span) else None
    if verb is None or _verb_tense(verb) != PAST:
        return False
    bare_past = verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return not (bare_past and verb.dep_ in ("ccomp", "xcomp", "oprd")
                and verb.head.tag_ in ("VB", "VBZ", "VBP"))


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
