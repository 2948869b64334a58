"""Which words of a sentence are event predicates, and which CAMEO code each selects.

A predicate is a verb ("threatened"), a noun ("the delivery of", "talks with"), or an
adjective that takes a to-clause ("ready to"). Its code comes from the pattern dictionary
(lemma + particle, argument words, prepositions, complement); frames ("threaten to",
"agreed to", "urged ... to") take their code from their complement's, which is then not
coded on its own. Light verbs ("held talks", "carried out strikes") lend their subject,
date and modality to the noun they govern.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .patterns import NO_EVENT, Frame, Patterns, Rule, best_rule

_VERB_DEPS_FOR_NOUN_TAGGED = frozenset({"ROOT", "acl", "relcl", "ccomp", "conj", "advcl", "xcomp"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Roots of acts of force (assault, fight, mass violence).
_FORCE_ROOTS = frozenset({"18", "19", "20"})
_OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "obj"})
#: Prepositions whose objects are arguments a rule may look at ("threaten X with sanctions").
_ARGUMENT_PREPS = frozenset({"with", "for", "of", "on", "upon", "against", "to", "from", "into", "about", "over", "as",
                             "in", "at", "by", "toward", "towards", "between"})


@dataclass(slots=True)
class Coded:
    """A predicate with its code, before its arguments are found."""

    trigger: Token
    anchor: Token  # the clause predicate: subject, date and modality are read there
    code: str
    kind: str  # "verb", "noun" or "adj"
    rule: Rule | None = None
    frame: Frame | None = None
    complement: Token | None = None  # a complement consumed by the frame

    @property
    def swap(self) -> bool:
        return bool(self.rule and self.rule.swap)

    @property
    def target_preps(self) -> tuple[str, ...]:
        return self.rule.target if self.rule and self.rule.target else ()


#: Particles that the parse may label advmod or prep; a phrasal key is used only when the
#: dictionary has it.
_PARTICLES = frozenset({"out", "off", "up", "down", "back", "away"})


def is_verbal(token: Token) -> bool:
    """A verb, or a verb the tagger took for a noun ("allegations that Turkey rejects")."""
    if token.pos_ == "VERB":
        return True
    if token.pos_ == "NOUN" and token.dep_ == "xcomp" and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return True  # "offered to host talks": a to-infinitive tagged as a noun
    return token.pos_ == "NOUN" and token.dep_ in _VERB_DEPS_FOR_NOUN_TAGGED and \
        any(c.dep_ in _SUBJECTS for c in token.children) and token.tag_ in ("NNS", "VBZ")


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _np_words(token: Token, out: set[str]) -> None:
    out.add(_lemma(token))
    out.add(token.lower_)
    for c in token.children:
        if c.dep_ in ("compound", "amod", "nmod", "nummod") and c.i < token.i:
            out.add(_lemma(c))
            out.add(c.lower_)
        elif c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    _np_words(g, out)


class Coder:
    """Codes the predicates of one sentence; memoized so frames can ask for their complement's code."""

    def __init__(self, sent: Span, patterns: Patterns) -> None:
        self.sent = sent
        self.p = patterns
        self.memo: dict[int, Coded | None] = {}
        self.consumed: set[int] = set()

    # ---- lookup ----------------------------------------------------------------------------
    def _verb_key(self, token: Token) -> str:
        lemma = _lemma(token)
        for c in token.children:
            # The parser often labels a particle as an adverb or, before "of", a preposition
            # ("drove out thousands", "forced the agency out of the country").
            if c.dep_ == "prt" or (c.dep_ in ("advmod", "prep") and c.i > token.i and c.lower_ in _PARTICLES):
                key = f"{lemma} {c.lower_}"
                if key in self.p.verbs or key in self.p.frames:
                    return key
        return lemma

    def features(self, token: Token, kind: str) -> tuple[frozenset[str], frozenset[str]]:
        """(argument words, prepositions) of a predicate, as the rules' conditions read them."""
        words: set[str] = set()
        preps: set[str] = set()
        heads = [token]
        if kind == "noun":
            for c in token.children:
                if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i:
                    words.add(_lemma(c))
                    words.add(c.lower_)
            anchor = self._noun_anchor(token)
            if anchor is not token:
                heads.append(anchor)  # "completed the shipment of S-400s to Turkey": the light verb's phrases
        elif token.dep_ in ("relcl", "acl") and not any(c.dep_ in _OBJECT_DEPS for c in token.children):
            _np_words(token.head, words)  # "the systems it obtained": the modified noun is the object
            words.add("@dobj")
        for c in (c for h in heads for c in h.children if c is not token):
            if c.dep_ == "nsubjpass":  # "sanctions were imposed": the passive subject is the object
                _np_words(c, words)
                words.add("@dobj")
            elif c.dep_ in _OBJECT_DEPS or c.dep_ == "dative" and c.pos_ != "ADP":
                _np_words(c, words)
                if c.dep_ in _OBJECT_DEPS:
                    words.add("@dobj")
            elif c.dep_ in ("prep", "agent") or (c.dep_ == "dative" and c.pos_ == "ADP"):
                if token in c.children:
                    continue  # "went on strike": the light verb's own preposition
                if any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children):
                    continue  # "called him on Friday": a date, not an argument ("called on Iran")
                preps.add("by" if c.dep_ == "agent" else c.lower_)
                if c.lower_ not in _ARGUMENT_PREPS and c.dep_ != "agent":
                    continue  # "suspended aid because of fighting": a reason, not an argument
                for g in c.children:
                    if g.dep_ in ("pobj", "pcomp"):
                        _np_words(g, words)
            elif c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("NOUN", "ADJ"):  # "found him guilty"
                _np_words(c, words)
        return frozenset(words), frozenset(preps)

    def _obligation_frame(self, token: Token) -> Frame | None:
        """ "Russia says Israel must end attacks": a statement of what another must do is a
        demand ("should" an appeal), with the that-clause as its complement."""
        if _lemma(token) not in self.p.cues.get("speech_verbs", ()):
            return None
        for c in token.children:
            if c.dep_ == "ccomp":
                if any(s.dep_ in ("nsubj", "nsubjpass") and s.pos_ == "PRON" for s in c.children):
                    continue  # "maintains that it must ...": an obligation of one's own
                aux = {a.lower_ for a in c.children if a.dep_ == "aux"}
                if aux & {"must", "should"} or (_lemma(c) in ("need", "have") and
                                                 any(x.dep_ == "xcomp" for x in c.children)):
                    return self.p.frames.get("demand" if "should" not in aux else "urge")
        return None

    def _blames(self, token: Token) -> bool:
        """ "Kabul said the Taliban were responsible", "... was behind the attack": a statement
        that someone is to blame accuses them (112); the clause's subject is the target."""
        if _lemma(token) not in self.p.cues.get("speech_verbs", ()):
            return False
        culpable = self.p.classes.get("culpable", frozenset())
        for c in token.children:
            if c.dep_ != "ccomp" or _lemma(c) != "be" or not any(s.dep_ == "nsubj" for s in c.children):
                continue
            for g in c.children:
                if (g.dep_ == "acomp" and _lemma(g) in culpable) or (g.dep_ == "prep" and g.lower_ in culpable):
                    return True
        return False

    def complement(self, token: Token) -> Token | None:
        """The event a frame predicate governs: its to-clause, else its that-clause."""
        for dep in ("xcomp", "acl", "relcl", "ccomp", "advcl"):
            for c in token.children:
                if c.dep_ != dep:
                    continue
                if dep == "ccomp" and any(a.dep_ == "mark" and a.lower_ in ("whether", "if") for a in c.children):
                    continue  # "asked reporters whether the deal was signed": a question, not an appeal
                if dep in ("acl", "relcl", "advcl") and not any(
                        (a.dep_ == "aux" and a.lower_ == "to") or (a.dep_ == "mark" and a.lower_ == "that")
                        for a in c.children):
                    continue
                if c.pos_ in ("VERB", "AUX") or is_verbal(c):
                    return c
        return None

    # ---- coding ----------------------------------------------------------------------------
    def code(self, token: Token) -> Coded | None:
        if token.i in self.memo:
            return self.memo[token.i]
        self.memo[token.i] = None  # guards against cycles in odd parses
        result = self._code(token)
        self.memo[token.i] = result
        return result

    def _code(self, token: Token) -> Coded | None:
        if is_verbal(token):
            kind, key = "verb", self._verb_key(token)
            rules = self.p.verbs.get(key)
        elif token.pos_ in ("NOUN", "PROPN"):
            kind, key = "noun", _lemma(token)
            rules = self.p.nouns.get(key)
        elif token.pos_ == "ADJ":
            kind, key = "adj", _lemma(token)
            rules = None
        else:
            return None
        frame = self.p.frames.get(key)
        if kind == "verb" and frame is None:
            frame = self._obligation_frame(token)
        if frame is not None and frame.name == "appeal" and any(
                c.dep_ == "ccomp" and any(a.dep_ == "mark" and a.lower_ in ("whether", "if") for a in c.children)
                for c in token.children):
            return None  # "asked reporters whether the deal was signed": a question, not an appeal
        if rules is None and frame is None:
            if kind == "verb" and self._blames(token):
                return Coded(token, token, "112", kind)
            return None
        words, preps = self.features(token, kind)
        comp = self.complement(token) if frame is not None or kind == "verb" else None
        has_clause = any(c.dep_ == "ccomp" for c in token.children)
        rule = best_rule(rules, words, preps, comp.lemma_.lower() if comp is not None else None, has_clause) \
            if rules else None
        if rule is not None and rule.comp and rule.code != NO_EVENT:
            return Coded(token, token, rule.code, kind, rule)  # "called X to discuss": the rule knows better
        if frame is not None and comp is not None:
            inner = self.code(comp)
            if inner is None and _lemma(comp) in self.p.light_verbs:
                # "urged China to resume talks": the light verb's object noun is the complement.
                for obj in comp.children:
                    if obj.dep_ in _OBJECT_DEPS and obj.pos_ in ("NOUN", "PROPN"):
                        inner = self.code(obj)
                        if inner is not None:
                            self.consumed.add(obj.i)
                            break
            inner_code = inner.code if inner is not None else None
            if inner_code is None and key in self.p.weak_frames:
                return None
            framed = frame.code_for(inner_code)
            if framed is None:
                return None  # the complement codes itself; the frame only sets its modality
            if inner_code is None and rule is not None and rule.code != NO_EVENT and rule.specificity > 0:
                return Coded(token, token, rule.code, kind, rule)
            return Coded(token, token, framed, kind, rule, frame, comp)
        if rule is not None and rule.code != NO_EVENT:
            return Coded(token, token, rule.code, kind, rule)
        if frame is not None and rules is None and kind == "verb":
            return Coded(token, token, frame.default, kind, None, frame)
        return None

    def predicates(self) -> list[Coded]:
        """The sentence's coded predicates, minus the complements frames consumed and the
        nouns coded verbs govern; nouns under light verbs are anchored at the light verb."""
        coded: list[Coded] = []
        for token in self.sent:
            c = self.code(token)
            if c is not None:
                coded.append(c)
        for c in coded:
            if c.complement is not None:
                self._consume(c.complement)
            if c.kind == "verb":
                for child in c.trigger.children:
                    if child.dep_ in _OBJECT_DEPS or child.dep_ == "xcomp":
                        self._consume_noun(child)
                    elif child.dep_ == "prep":
                        for g in child.children:
                            if g.dep_ == "pobj":
                                self._consume_noun(g)
        out = []
        for c in coded:
            if c.trigger.i in self.consumed or self._consequence(c):
                continue
            if c.kind == "noun":
                c.anchor = self._noun_anchor(c.trigger)
                if c.anchor is not c.trigger and self.memo.get(c.anchor.i) is not None:
                    continue
            out.append(c)
        return out

    def _consequence(self, c: Coded) -> bool:
        """ "shelled the town, killing ten soldiers": a participial clause of force under a coded
        act of force tells what that act did; it is not a second attack."""
        t = c.trigger
        if c.kind != "verb" or t.dep_ != "advcl" or t.tag_ != "VBG" or c.code[:2] not in _FORCE_ROOTS:
            return False
        if any(ch.dep_ in _SUBJECTS for ch in t.children):
            return False
        head = self.memo.get(t.head.i)
        return head is not None and head.code[:2] in _FORCE_ROOTS

    def _consume(self, token: Token) -> None:
        self.consumed.add(token.i)
        inner = self.memo.get(token.i)
        if inner is not None and inner.complement is not None and inner.complement.i not in self.consumed:
            self._consume(inner.complement)

    def _consume_noun(self, token: Token) -> None:
        for t in [token, *token.conjuncts]:
            if t.pos_ in ("NOUN", "PROPN"):
                self.consumed.add(t.i)

    def _noun_anchor(self, noun: Token) -> Token:
        """The light verb a noun predicate is the object of, else the noun itself."""
        head = noun.head
        if noun.dep_ == "conj":
            noun, head = head, head.head
        if noun.dep_ == "pobj" and head.lower_ == "of" and _lemma(head.head) in self.p.classes.get("quantity", ()):
            noun, head = head.head, head.head.head  # "began a new round of joint exercises"
        if noun.dep_ in _OBJECT_DEPS and _lemma(head) in self.p.light_verbs and head.pos_ in ("VERB", "AUX"):
            return head
        if noun.dep_ == "pobj" and head.dep_ == "prep" and _lemma(head.head) in self.p.light_verbs \
                and head.head.pos_ in ("VERB", "AUX"):
            return head.head  # "went on strike", "engaged in talks"
        return noun
