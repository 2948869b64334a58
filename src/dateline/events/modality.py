"""Modality and attribution of an event's clause.

``negated`` ("did not", "unable to", "refused to"), ``hypothetical`` ("if", "could", "may",
"can conclude"), ``planned`` ("will", "plans to", "is set to", "agreed to"), ``reported``
(inside a quote, or in the clause of a speech verb or noun, or "according to X"), else
``asserted``; earlier ones win. The speaker of a reported clause is ``attributed_to`` whatever
the modality, so "Borisov stated that Ankara can conclude a deal" is hypothetical and
attributed to Borisov.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from ..extensions import doc_text
from ..model import Participant, Quote
from .actor_index import ActorIndex, span_of
from .arguments import np_actor, subject_tokens

_CHAIN_DEPS = frozenset({"xcomp", "acomp"})
_CLAUSE_UP_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl", "acl", "relcl", "pcomp", "pobj", "prep", "dobj",
                             "acomp", "attr"})


@dataclass(frozen=True, slots=True)
class Cues:
    negation: frozenset[str]
    negating: frozenset[str]
    hypothetical_modals: frozenset[str]
    hypothetical_marks: frozenset[str]
    hypothetical_governors: frozenset[str]
    planned_modals: frozenset[str]
    planned_governors: frozenset[str]
    reported_future: frozenset[str]
    speech_verbs: frozenset[str]
    speech_nouns: frozenset[str]

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Cues:
        def s(key: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in data[key])

        return cls(s("negation_words"), s("negating_governors"), s("hypothetical_modals"), s("hypothetical_marks"),
                   s("hypothetical_governors"), s("planned_modals"), s("planned_governors"),
                   s("reported_future_modals"),
                   s("speech_verbs"), s("speech_nouns"))


def _governors(anchor: Token) -> list[Token]:
    """The anchor and the predicates it is the to-complement of ("unable to [deploy]")."""
    chain = [anchor]
    t = anchor
    while t.dep_ in _CHAIN_DEPS and t.head is not t and len(chain) < 5:
        t = t.head
        chain.append(t)
    return chain


def _aux(token: Token) -> list[str]:
    return [c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")]


def _negated(chain: list[Token], cues: Cues) -> bool:
    for t in chain:
        if any(c.dep_ == "neg" or (c.lower_ in cues.negation and c.dep_ in ("advmod", "det")) for c in t.children):
            return True
    return any(t.lemma_.lower() in cues.negating for t in chain[1:])


def _conditional(anchor: Token, cues: Cues) -> bool:
    t = anchor
    for _ in range(6):
        marks = {c.lower_ for c in t.children if c.dep_ == "mark"}
        if marks & cues.hypothetical_marks:
            return True
        # "if they ask, we will conclude": the main clause of a condition is hypothetical too.
        for c in t.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cues.hypothetical_marks for m in c.children):
                return True
        if t.dep_ not in ("advcl", "conj", "xcomp", "ccomp") or t.head is t:
            break
        t = t.head
    return False


def statement_of(anchor: Token, index: ActorIndex, cues: Cues,
                 quotes: list[Quote]) -> tuple[Participant | None, Token | None, Quote | None]:
    """(speaker, the speech verb or noun, the quote) that report the anchor's clause."""
    speaker, cue = _syntactic_statement(anchor, index, cues)
    for q in quotes:
        if q.start <= anchor.idx < q.end and q.speaker is not None and _speech_cue(q.cue, cues):
            return _resolved(q.speaker, anchor, index), cue, q
    return speaker, cue, None


def _syntactic_statement(anchor: Token, index: ActorIndex, cues: Cues) -> tuple[Participant | None, Token | None]:
    t = anchor
    for _ in range(8):
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "according":
                for g in c.subtree:
                    if g.dep_ == "pobj":
                        return _participant(g, index), None
        if t.dep_ not in _CLAUSE_UP_DEPS or t.head is t:
            break
        head = t.head
        if t.dep_ in ("ccomp", "xcomp", "conj", "advcl") and head.pos_ in ("VERB", "AUX") \
                and head.lemma_.lower() in cues.speech_verbs and t.dep_ != "conj":
            subjects = subject_tokens(head)
            if not subjects:
                subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
            if subjects and subjects[0].lower_ in ("it", "there"):
                return None, head  # "It has been reported that ...": reported, by no one named
            if subjects:
                return _participant(_antecedent(subjects[0]), index), head
        if t.dep_ in ("acl", "ccomp", "appos") and head.pos_ == "NOUN" and head.lemma_.lower() in cues.speech_nouns:
            owner = [c for c in head.children if c.dep_ == "poss"]
            if owner:
                return _participant(owner[0], index), head
        if t.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in t.children):
            # "follows Demir's announcement [...] that X reached": the parser hangs the that-clause
            # on the verb instead of the speech noun it completes.
            for noun in head.children:
                if noun.dep_ in ("dobj", "nsubj") and noun.lemma_.lower() in cues.speech_nouns:
                    owner = [c for c in noun.children if c.dep_ == "poss"]
                    if owner:
                        return _participant(owner[0], index), noun
        t = head
    return None, None


def _antecedent(subject: Token) -> Token:
    """ "analysts who said that ...": the noun a relative pronoun stands for."""
    verb = subject.head
    if subject.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
        return verb.head
    return subject


_IRREGULAR = {"said": "say", "told": "tell", "wrote": "write", "thought": "think", "according": "according"}


def _speech_cue(cue: str | None, cues: Cues) -> bool:
    """Whether a quote's cue is a statement ("said", "told", "announcement"), not an act the
    quotes stage also reads as a stance ("threatened to", "deciding to", "rejects")."""
    if not cue:
        return True  # a direct quote without a cue is still someone's words
    word = cue.lower().split()[0]
    if word in _IRREGULAR:
        return True
    for suffix in ("", "s", "es", "ed", "d", "ing", "ment"):
        if suffix and not word.endswith(suffix):
            continue
        stem = word[: len(word) - len(suffix)] if suffix else word
        if stem in cues.speech_verbs or stem in cues.speech_nouns or stem + "e" in cues.speech_verbs:
            return True
    return word in cues.speech_nouns


def _resolved(speaker: Participant, anchor: Token, index: ActorIndex) -> Participant:
    """The quote's speaker, with the actor the events stage can find for it if it has none."""
    for suffix in ("’s", "'s"):
        if speaker.text.endswith(suffix):
            speaker = Participant(speaker.text[: -len(suffix)], speaker.start, speaker.end - len(suffix),
                                  speaker.actor, speaker.name)
    if speaker.actor:
        return speaker
    span = span_of(anchor.doc, speaker.start, speaker.end)
    if span is None:
        return speaker
    actor = np_actor(span.root, index)
    if actor is None:
        return speaker
    return Participant(speaker.text, speaker.start, speaker.end, actor.actor, speaker.name or actor.name)


def _participant(token: Token, index: ActorIndex) -> Participant:
    """The speaker a subject token names: a person mention in its phrase, else its actor."""
    clause = {t.i for c in token.children if c.dep_ == "relcl" for t in c.subtree}  # "who said ..."
    phrase = [t for t in token.subtree if (t.dep_ not in ("case", "punct") or t.i < token.i) and t.i not in clause]
    actor = np_actor(token, index)
    for t in phrase:
        person = index.people.get(t.i)
        if person is not None:
            if person.actor is None and actor is not None:
                return Participant(person.text.removesuffix("’s").removesuffix("'s"), person.start,
                                   person.end, actor.actor, person.name)
            return person
    hit = index.actor_at(token.i)
    if hit is not None:
        return hit
    start, end = phrase[0].idx, phrase[-1].idx + len(phrase[-1])
    if len(phrase) > 12:
        start, end = token.idx, token.idx + len(token)
    text = doc_text(token.doc)[start:end]
    return Participant(text, start, end, actor.actor if actor else None, actor.name if actor else None)


def modality_of(anchor: Token, index: ActorIndex, cues: Cues, quotes: list[Quote],
                intent: bool = False, threat: bool = False) -> tuple[str, Participant | None]:
    """(modality, attributed_to) of the clause whose predicate is ``anchor``."""
    speaker, speech, _ = statement_of(anchor, index, cues, quotes)
    chain = _governors(anchor)
    if _negated(chain, cues):
        return "negated", speaker
    auxes = [a for t in chain for a in _aux(t)]
    # A threat's condition is part of the threat ("warned Iran of consequences if it does not
    # release the tanker"): the warning itself was made.
    if any(a in cues.hypothetical_modals for a in auxes) or (not threat and _conditional(anchor, cues)) \
            or any(t.lemma_.lower() in cues.hypothetical_governors for t in chain[1:]):
        return "hypothetical", speaker
    if intent or any(a in cues.planned_modals for a in auxes) \
            or any(t.lemma_.lower() in cues.planned_governors for t in chain[1:]) \
            or (speaker is not None and any(a in cues.reported_future for a in auxes)):
        return "planned", speaker
    if any(a in cues.reported_future for a in auxes):
        return "hypothetical", speaker
    if speaker is not None or speech is not None:
        return "reported", speaker
    return "asserted", None
