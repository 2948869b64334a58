"""Event arguments from the dependency parse: who acts (source), on whom (target), with what.

Subjects come from nsubj (or the "by" agent of a passive), inherited through control
("threatened to sanction"), coordination of verbs, participial clauses and relative
clauses ("the country that signed"). A noun phrase stands for an actor through its head,
its modifiers ("Russian", "Russia's"), an apposition or an "of"/"in" phrase; coordinated
noun phrases ("Moscow and Ankara") give one actor each.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from ..model import Participant
from .actor_index import ActorIndex, object_name, role_actor, role_of
from .patterns import load_patterns

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "dative", "obj", "iobj", "attr", "oprd"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
#: Prepositions whose object is a target, in order of preference.
TARGET_PREPS: tuple[str, ...] = ("to", "with", "against", "on", "upon", "toward", "towards", "into", "at", "for",
                                 "from", "over", "between", "among", "about", "in", "of")
#: Prepositions a target may hide behind ("lifted its ban on imports from Brazil").
_DEEP_PREPS = frozenset({"to", "with", "against", "on", "upon", "toward", "towards", "into", "for", "from", "of",
                         "about", "between", "by", "at"})  # "at": "fired rockets at the capital of Chad"
#: Prepositions of place, through which a material act reaches its target ("shelled a village near Kabul").
_PLACE_PREPS = frozenset({"in", "near", "outside", "inside", "around"})
_MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "npadvmod"})
_INHERIT_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "acomp"})


@functools.lru_cache(maxsize=1)
def _agent_nouns() -> frozenset[str]:
    return load_patterns().classes.get("agents", frozenset())


@functools.lru_cache(maxsize=1)
def _collectives() -> frozenset[str]:
    return load_patterns().classes.get("collectives", frozenset())


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children)


def subject_tokens(verb: Token, depth: int = 0) -> list[Token]:
    """The subject of a verb's clause, inherited from the governing clause where it is implicit."""
    if depth > 4:
        return []
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if subjects:
        return subjects
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in _intents() and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "cancel plans to sell", "reiterated its commitment to support", "in a rush to
        # investigate": the one who has the plan acts.
        owner = _intent_owner(verb.head, depth)
        if owner:
            return owner
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        # "the countries signing the deal": the modified noun is the actor (not for passives).
        return [] if verb.tag_ == "VBN" else [verb.head]
    if verb.dep_ in _INHERIT_DEPS and verb.head is not verb:
        head = verb.head
        if head.pos_ == "ADP":  # "cited ... as saying": through the preposition
            head = head.head
        if verb.dep_ == "pcomp" and verb.head.pos_ == "ADP":
            # "accused Tehran of threatening U.S. forces": the accused is the one threatening.
            objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
            if objects:
                return objects
        if verb.dep_ == "xcomp":
            # Object control: "urged Uganda to repatriate" -> Uganda does the repatriating.
            # Not a thing ("used tear gas to disperse protesters": the police disperse them).
            objects = [c for c in head.children if c.dep_ in ("dobj", "dative") and _may_act(c)]
            if objects and head.lemma_ not in ("promise", "threaten"):
                return objects
        inherited = subject_tokens(head, depth + 1)
        if not inherited and is_passive(head):
            inherited = [c for c in head.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        return inherited
    return []


@functools.lru_cache(maxsize=1)
def _intents() -> frozenset[str]:
    return load_patterns().classes.get("intents", frozenset())


def _intent_owner(noun: Token, depth: int) -> list[Token]:
    """Who has a plan, a commitment, an attempt: its possessor, else the subject of the verb it
    is the object of ("the US cancel plans"), directly or through a preposition ("in a rush")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners and owners[0].pos_ != "PRON":
        return owners  # "its commitment": whose, the clause's subject says
    head = noun.head
    if noun.dep_ == "pobj" and head.pos_ == "ADP":
        head = head.head
    elif noun.dep_ != "dobj":
        return []
    return subject_tokens(head, depth + 1) if head.pos_ in ("VERB", "AUX") else []


def _may_act(token: Token) -> bool:
    """A noun that can stand for someone who acts: a name, a pronoun, a people or group noun."""
    return token.pos_ in ("PROPN", "PRON") or token.lemma_.lower() in _agent_nouns() or role_of(token) is not None


def agent_tokens(verb: Token) -> list[Token]:
    """The "by" phrase of a passive verb."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def owner_subjects(noun: Token) -> list[Token]:
    """ "Germany declared its support for X", "the rebels pressed their demands": a nominal
    predicate owned by a possessive pronoun is the act of the subject of the clause whose object
    (or prepositional object) it is, whom the pronoun stands for. (A noun under a coded verb,
    as in "Russia blamed the US for its attack", is that verb's argument and never asks.)"""
    if not any(c.dep_ == "poss" and c.lower_ in _POSSESSIVES for c in noun.children):
        return []
    head = noun.head
    if noun.dep_ == "pobj" and head.pos_ == "ADP":
        prep, head = head, head.head
        objects = [c for c in head.children if c.dep_ == "dobj"]
        if prep.lower_ in _CAUSE_PREPS and objects:
            # "punish Havana over its support for Maduro", "criticized Turkey for its purchase":
            # the pronoun of a reason stands for the one punished or blamed.
            return objects
    elif noun.dep_ != "dobj":
        return []
    return subject_tokens(head) if head.pos_ in ("VERB", "AUX") else []


#: Prepositions of a reason given for an act on someone ("over its support", "for its role").
_CAUSE_PREPS = frozenset({"over", "for"})


#: Prepositions of a meeting that a clause's subject took part in ("after talks with Y, X said").
_CIRCUMSTANCE_PREPS = frozenset({"after", "during", "at", "on", "in", "following", "before", "since"})


def circumstance_subjects(noun: Token) -> list[Token]:
    """ "After talks with Putin, Erdogan said ...", "On a visit to Zimbabwe, Ramaphosa voiced ...":
    a meeting or visit named in a phrase of time or occasion on a verb is the verb's subject's."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ not in _CIRCUMSTANCE_PREPS or head.head.pos_ not in ("VERB", "AUX"):
        return []
    return subject_tokens(head.head)


def prep_objects(token: Token, preps: Iterable[str]) -> Iterator[tuple[str, Token]]:
    """(preposition, object) pairs under ``token`` for the given prepositions, in preference order."""
    wanted = list(preps)
    found: list[tuple[int, str, Token]] = []
    for c in token.children:
        if c.dep_ not in ("prep", "agent", "dative") or c.pos_ != "ADP":
            continue
        lemma = c.lower_
        if lemma not in wanted:
            continue
        for g in c.children:
            if g.dep_ in ("pobj", "pcomp"):
                found.append((wanted.index(lemma), lemma, g))
    for _, lemma, g in sorted(found, key=lambda x: x[0]):
        yield lemma, g


def _dedupe(participants: Iterable[Participant]) -> list[Participant]:
    out: list[Participant] = []
    for p in participants:
        if not any(q.actor == p.actor and q.start == p.start for q in out):
            out.append(p)
    return out


def np_actor(token: Token, index: ActorIndex, depth: int = 0) -> Participant | None:
    """The actor a noun phrase headed by ``token`` stands for, or None."""
    if depth > 3:
        return None
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        token = token.head.head
    # An actor of unknown country ("Defence Secretary Tom King" -> ---GOVMIL) gives way to a
    # country its phrase names ("British Defence Secretary Tom King"), keeping its role.
    weak = index.actor_at(token.i)
    if weak is not None and not _unknown_country(weak):
        return weak
    if token.pos_ == "PRON":
        return _antecedent(token, index, depth) or weak
    if weak is None and depth < 3 and (owned := _owned_state(token, index)) is not None:
        return owned
    # A group noun keeps its role when a modifier or a phrase gives its country ("Syrian
    # rebels" -> SYRREB, "opposition groups in Zimbabwe" -> ZWEOPP): a bare country would
    # make the group one with its own government ("rebels ... dismissed an appeal from the
    # president" is an interaction, not a state talking to itself).
    role = _group_role(token) if index.roles else None
    if weak is not None:
        role = (weak.actor or "---")[3:] or role
    # Modifiers: "Russian officials", "Russia's deputy prime minister", "the US leader".
    for child in token.lefts:
        if child.dep_ in _MODIFIER_DEPS:
            for t in child.subtree:
                hit = index.actor_at(t.i)
                if hit is not None and not (weak is not None and _unknown_country(hit)):
                    return _with_role(hit, role, token)
    for child in token.children:
        if child.dep_ == "appos":
            hit = np_actor(child, index, depth + 1)
            if hit is not None:
                return hit
    # "the government of Iraq", "a court in Guyana", "officials from Iran" (not "the supply of
    # Russian systems": only names and agent nouns stand for their phrase's actor).
    if token.pos_ == "NUM" or token.lemma_.lower() in _collectives():
        # "hundreds of Kurdish refugees", "a contingent of Bangladeshi troops": the counted group.
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                for g in child.children:
                    if g.dep_ == "pobj":
                        hit = np_actor(g, index, depth + 1)
                        if hit is not None:
                            return hit
    if token.pos_ != "PROPN" and token.lemma_.lower() not in _agent_nouns() and role is None:
        return weak
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "in", "from"):
            for g in child.children:
                if g.dep_ == "pobj":
                    hit = np_actor(g, index, depth + 1)
                    if hit is not None and not (role and _unknown_country(hit)):
                        return _with_role(hit, role, token)
    # "Rebels shelled the town": a group of a known kind whose country the text does not give.
    return weak or role_actor(token, index) or _modifier_role(token, index)


def _group_role(token: Token) -> str | None:
    """The role a noun phrase's head or its noun modifier names ("rebels", "rebel leaders")."""
    role = role_of(token)
    if role is None:
        modifier = _role_modifier(token)
        role = role_of(modifier) if modifier is not None else None
    return role


def _role_modifier(token: Token) -> Token | None:
    """The group noun modifying a head that names people ("rebel leaders", "opposition groups",
    "police officers"); not a thing's ("fighter jets", "army trucks")."""
    if token.lemma_.lower() not in _agent_nouns():
        return None
    return next((c for c in token.lefts if c.dep_ == "compound" and role_of(c) is not None), None)


def _modifier_role(token: Token, index: ActorIndex) -> Participant | None:
    """ "opposition leaders", "police officers": the group a people noun is qualified by."""
    modifier = _role_modifier(token)
    return role_actor(modifier, index) if modifier is not None else None


def _unknown_country(p: Participant) -> bool:
    return (p.actor or "---").startswith("---")


def _with_role(hit: Participant, role: str | None, token: Token) -> Participant:
    """``hit``'s country with the group's role, over the whole noun phrase ("protesters in
    Cairo": the capital stands for its government, the protesters only for its country)."""
    code = hit.actor or ""
    if role is None or len(code) < 3 or code.startswith(("---", "IGO")) or code[3:] == role:
        return hit
    start = min(token.left_edge.i, token.i)
    span = token.doc[start:token.i + 1]
    return Participant(span.text, span.start_char, span.end_char, code[:3] + role, hit.name)


#: Third-person pronouns that, as the subject of a reported clause, stand for the reporter.
_REPORTED_PRONOUNS = frozenset({"he", "she", "it", "they"})
#: Clauses through which a pronoun subject looks for its antecedent in the governing clause.
_PRONOUN_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "conj", "pcomp"})


def _antecedent(pronoun: Token, index: ActorIndex, depth: int) -> Participant | None:
    found = _antecedents(pronoun, index, depth)
    return found[0] if found else None


def _antecedents(pronoun: Token, index: ActorIndex, depth: int) -> list[Participant]:
    """ "Putin said he would not ...", "The US said it will ...": a third-person subject of a
    clause governed by another clause's verb is, most often, that verb's subject."""
    if pronoun.lower_ not in _REPORTED_PRONOUNS or pronoun.dep_ not in ("nsubj", "nsubjpass") or depth >= 3:
        return []
    found = _speakers(pronoun, index)
    if not found and pronoun.head.i == pronoun.sent.root.i:
        found = _previous_subject(pronoun, index, depth)
    if pronoun.lower_ != "they":
        found = found[:1]  # "he", "she", "it": one antecedent
    return [Participant(pronoun.text, pronoun.idx, pronoun.idx + len(pronoun), p.actor, p.name) for p in found]


def _previous_subject(pronoun: Token, index: ActorIndex, depth: int) -> list[Participant]:
    """ "Erdogan met Putin in Sochi. He said ...": the subject of a sentence's main clause takes
    the previous sentence's main subject, where that subject fits the pronoun ("he"/"she" a
    person, "it" one named non-person, "they" a plural or coordinated phrase). Anything else
    (no previous sentence, a subject that does not fit or names a thing, an expletive "it")
    stays unresolved."""
    sent = pronoun.sent
    if sent.start == 0:
        return []
    root = pronoun.doc[sent.start - 1].sent.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return []
    subject, word = subjects[0], pronoun.lower_
    if word == "it" and pronoun.head.lemma_ == "be":
        return []  # "it was disappointing for her to side with ...": no one
    if not _may_act(subject):
        return []  # "The bill would ... . It would also amend ...": a thing, whoever wrote it
    plural = subject.tag_ in ("NNS", "NNPS") or bool(subject.conjuncts) or subject.lower_ == "they"
    person = subject.i in index.people or subject.lower_ in ("he", "she")
    if word in ("he", "she"):
        fits = person and not plural
    elif word == "it":
        fits = not person and not plural and subject.lower_ not in ("he", "she", "i", "we", "you")
    else:
        fits = plural
    if not fits:
        return []
    if subject.pos_ == "PRON":  # "He said ... . He added ...": the chain goes on, up to three sentences
        return _antecedents(subject, index, depth + 1)
    return np_actors(subject, index)


def _speakers(subject: Token, index: ActorIndex) -> list[Participant]:
    """The actors of the nearest governing clause's named subject, for the subject of a clause
    inside it (a pronoun, or a noun a pronoun owns: "Putin said his country ...")."""
    # Up the clauses that hold the pronoun's to the nearest one with a named subject: "the
    # rebels said they will release the minister, whom they had taken hostage" (a relative
    # clause inside a reported one), "Iraq said it would ... and it will ..." (coordination).
    clause = subject.head
    subjects: list[Token] = []
    for _ in range(3):
        if clause.dep_ not in _PRONOUN_CLAUSES or clause.head is clause:
            return []
        governor = clause.head
        if clause.dep_ == "relcl" or (clause.dep_ == "pcomp" and governor.pos_ == "ADP"):
            # The clause hangs on a noun ("the minister, whom they took") or a preposition ("was
            # quoted as saying he would"): the verb above it says who speaks.
            governor = governor.head
            if governor.pos_ not in ("VERB", "AUX"):
                return []
        # "King Hassan was quoted as saying he ...": a passive subject is the speaker too.
        named = [c for c in governor.children if c.dep_ in SUBJECT_DEPS or c.dep_ == "nsubjpass"]
        subjects = [c for c in named if c.pos_ != "PRON"]
        if subjects or any(c.lower_ not in _REPORTED_PRONOUNS for c in named):
            break  # a named subject, or a first/second-person one that stands for no one here
        clause = governor
    return np_actors(subjects[0], index) if subjects else []


def _owned_state(token: Token, index: ActorIndex) -> Participant | None:
    """ "Putin said his country will not lift the ban": the speaker's country (with the noun's
    role: "its army" -> MIL), for a state noun owned by a pronoun in a reported clause's subject."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.lemma_.lower() not in _OWNED_STATES:
        return None
    owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVES), None)
    if owner is None:
        return None
    found = [p for p in _speakers(token, index) if not _unknown_country(p) and not (p.actor or "").startswith("IGO")]
    if not found:
        return None
    role = _OWNED_STATES[token.lemma_.lower()]
    start = min(token.left_edge.i, token.i)
    span = token.doc[start:token.i + 1]
    return Participant(span.text, span.start_char, span.end_char, (found[0].actor or "")[:3] + role, None)


#: Nouns that, owned by a speaker ("his country", "its army"), stand for the speaker's state.
_OWNED_STATES = {"country": "", "nation": "", "state": "", "government": "GOV", "administration": "GOV",
                 "army": "MIL", "military": "MIL", "force": "MIL", "troop": "MIL", "police": "COP"}
_POSSESSIVES = frozenset({"his", "her", "its", "their"})


def np_actors(token: Token, index: ActorIndex) -> list[Participant]:
    """The actors of a noun phrase and of the phrases coordinated with it."""
    heads = [token] + [c for c in token.conjuncts if c.i > token.i]
    # "The UK, France, and Germany met": the parser takes the middle item of a list for an
    # apposition of the first; before a coordinated item it is one more member of the list.
    heads += [a for h in list(heads) for a in h.children if a.dep_ == "appos"
              and any(c.dep_ == "conj" and c.i > a.i for c in h.children)]
    found = [p for p in (np_actor(h, index) for h in heads) if p is not None]
    if token.lower_ == "they" and token.pos_ == "PRON" and index.actor_at(token.i) is None:
        found = _antecedents(token, index, 0) or found  # "X and Y said they will ...": both
    # "Russian and Chinese officials", "Pakistan and Afghanistan's intelligence services":
    # coordinated modifiers name one party each.
    for h in heads:
        for child in h.lefts:
            if child.dep_ in _MODIFIER_DEPS and any(c.dep_ == "conj" for c in child.children):
                parts = [p for part in [child, *(c for c in child.conjuncts if c.i > child.i)]
                         if (p := np_actor(part, index)) is not None]
                head = index.actor_at(h.i)
                countries = {(p.actor or "")[:3] for p in parts}
                if len(countries) >= 2 and head is not None and (head.actor or "")[:3] in countries:
                    # One mention for the whole phrase ("Chilean and Peruvian troops" -> PERMIL):
                    # each country's group is a party, with the head's role.
                    role = (head.actor or "")[3:]
                    found = [p for p in found if p is not head]
                    parts = [Participant(p.text, p.start, p.end, (p.actor or "")[:3] + role, p.name) for p in parts]
                for hit in parts:
                    if not any(hit.actor == p.actor for p in found):
                        found.append(hit)
    return _dedupe(found)


def actors_of(tokens: Iterable[Token], index: ActorIndex) -> list[Participant]:
    return _dedupe(p for t in tokens for p in np_actors(t, index))


def object_actors(obj: Token, index: ActorIndex) -> list[Participant]:
    """The actors an object phrase names: its own, else its owner's ("rejected the proposal of
    Lebanon", "denied the charges brought by Israel", "froze the assets of Australia")."""
    found = np_actors(obj, index)
    if found:
        return found
    for head in [obj, *(c for c in obj.conjuncts if c.i > obj.i)]:
        for c in head.children:
            if c.dep_ == "poss":
                found += np_actors(c, index)
            elif c.dep_ in ("acl", "relcl") and c.tag_ == "VBN":
                found += actors_of(agent_tokens(c), index)
        found += actors_of((g for _, g in prep_objects(head, ("by", "of"))), index)
    return _dedupe(found)


def objects_of(token: Token, index: ActorIndex) -> list[Participant]:
    """The actors in the object positions of a predicate (direct, dative, attribute)."""
    return _dedupe(p for c in token.children if c.dep_ in OBJECT_DEPS or _misparsed_object(token, c)
                   for p in object_actors(c, index))


def _misparsed_object(verb: Token, child: Token) -> bool:
    """A name right after a verb that the parser took for an adverbial ("criticized Turkey" as
    npadvmod): an object. Not a date or time word, which are the usual npadvmods."""
    return (child.dep_ == "npadvmod" and child.pos_ == "PROPN" and child.i == verb.i + 1
            and child.ent_type_ not in ("DATE", "TIME"))


def deep_actors(token: Token, index: ActorIndex, depth: int = 5, places: bool = False) -> list[Participant]:
    """Actors anywhere in the prepositional chains under ``token`` (nearest first), for a
    predicate whose direct slots name none ("lifted its ban on imports from Brazil"); with
    ``places``, also where it happened ("tortured an inmate in western Iran")."""
    frontier = [token]
    for _ in range(depth + 1):
        nxt: list[Token] = []
        for t in frontier:
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ not in _DEEP_PREPS and not (places and c.lower_ in _PLACE_PREPS):
                    continue  # "over his son's business in China", "according to X": circumstances
                if c.dep_ in ("prep", "dobj", "pobj", "dative", "attr"):
                    hit = np_actor(c, index) if c.dep_ != "prep" else None
                    if hit is not None:
                        return [hit]
                    nxt.append(c)
        frontier = nxt
    return []


def prep_actors(token: Token | Iterable[Token], index: ActorIndex,
                preps: Iterable[str] = TARGET_PREPS) -> list[Participant]:
    """Actors of the most preferred prepositional phrase under ``token`` (or any of several
    tokens) that names any.

    Only one phrase: "conclude a deal with Moscow on the supply of Russian systems" targets
    Moscow, not Russia too.
    """
    holders = [token] if isinstance(token, Token) else list(token)
    wanted = list(preps)
    found: list[tuple[int, int, Token]] = []
    for holder in holders:
        for lemma, g in prep_objects(holder, wanted):
            found.append((wanted.index(lemma), g.i, g))
            # "called for sanctions against Moscow": the phrase's own phrases, after the direct ones.
            for inner_lemma, h in prep_objects(g, [p for p in wanted if p != "of"]):
                found.append((len(wanted) + wanted.index(inner_lemma), h.i, h))
    for _, _, g in sorted(found, key=lambda x: (x[0], x[1])):
        actors = np_actors(g, index)
        if actors:
            return actors
    return []


def object_in(tokens: Iterable[Token], index: ActorIndex) -> str | None:
    """The first named object (S-400, F-35) among ``tokens``."""
    for t in tokens:
        name = index.objects.get(t.i) or object_name(t)
        if name:
            return name
    return None
