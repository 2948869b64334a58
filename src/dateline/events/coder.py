"""The event coder: sentence -> CAMEO-coded events with arguments, modality, attribution, date.

``find_events`` is a pure function of a parsed Doc and the records earlier stages left on
it. One event per (sentence, predicate, source, target) and per (sentence, code, source,
target); a coded predicate without both a source and a target actor is only counted.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import permutations

import pycountry
from spacy.tokens import Doc, Span, Token

from ..model import Event, Mention, Participant, Quote, RecordDate, Timex
from ..time.anchor import date_for
from .actor_index import ActorIndex, build_index, span_of
from .arguments import (
    PASSIVE_SUBJECT_DEPS,
    RELATIVE_PRONOUNS,
    TARGET_PREPS,
    actors_of,
    agent_tokens,
    circumstance_subjects,
    deep_actors,
    is_passive,
    np_actor,
    object_in,
    objects_of,
    owner_subjects,
    prep_actors,
    prep_objects,
    subject_tokens,
)
from .codebook import code_info
from .homeland import place_groups
from .modality import Cues, modality_of, statement_of
from .patterns import Patterns, load_patterns
from .predicates import Coded, Coder

log = logging.getLogger(__name__)

EXTRACTOR = "dateline.events.v1"
_COOPERATIVE_ROOTS = frozenset({"04", "05", "06", "07", "08"})
_REFUSABLE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
_HOSTILE_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
_FUTURE_AUX = frozenset({"will", "wo", "would", "shall", "'ll"})
#: Auxiliaries of an announced or possible act ("will pull out ... unless", "may halt ... if").
_THREAT_AUX = _FUTURE_AUX | {"may", "might", "could", "can", "ca"}
#: The subordinator of a coercive condition ("unless Y agrees"). An "if" clause stays hypothetical
#: ("if Iran attacks, Israel will retaliate" is coded as the act, with hypothetical modality).
_CONDITION_MARKS = frozenset({"unless"})


@functools.lru_cache(maxsize=1)
def _cues() -> Cues:
    return Cues.from_data(load_patterns().cues)


@dataclass(slots=True)
class EventContext:
    """What the coder needs besides the Doc: earlier stages' records and the article date."""

    index: ActorIndex
    timexes: Sequence[Timex]
    quotes: list[Quote]
    article_date: dt.date | None
    article_id: str = ""
    patterns: Patterns = field(default_factory=load_patterns)


def _arguments(c: Coded, index: ActorIndex, coded: frozenset[int] = frozenset(),
               domestic: frozenset[str] = frozenset()) -> tuple[list[Participant], list[Participant]]:
    """(sources, targets) of a coded predicate; ``coded`` holds the sentence's other coded
    predicates (token indices), whose arguments are their own."""
    trigger, anchor = c.trigger, c.anchor
    preps = [p for p in (c.target_preps or TARGET_PREPS) if p != "by"]
    if c.kind == "noun":
        sources = actors_of((ch for ch in trigger.children if ch.dep_ == "poss"), index)
        sources += actors_of((g for _, g in prep_objects(trigger, ("by",))), index)
        if not sources:
            for ch in trigger.lefts:
                if ch.dep_ in ("compound", "amod", "nmod"):
                    hit = np_actor(ch, index)
                    if hit is not None:
                        sources.append(hit)
        if not sources and anchor is not trigger:
            sources = actors_of(subject_tokens(anchor), index)
        if not sources:
            sources = actors_of(_manner_subjects(trigger), index)
        if not sources:
            sources = actors_of(owner_subjects(trigger), index)
        if not sources and c.code[:2] == "04":
            sources = actors_of(circumstance_subjects(trigger), index)
        if not sources:
            # "the talks between Iran and Iraq": the parties act on each other.
            sources = actors_of((g for _, g in prep_objects(trigger, ("between",))), index)
        # "the shipment of S-400 components to Turkey": the "of" phrase's own phrases too.
        holders = [trigger] + [g for _, g in prep_objects(trigger, ("of",))]
        if anchor is not trigger:
            holders.append(anchor)
        targets = prep_actors(holders, index, preps)
        if anchor is not trigger:
            targets += [t for t in objects_of(anchor, index) if t not in targets]
        if c.swap:
            # "his release from a North Korean prison": the noun's owner is the one released,
            # its "from" phrase the one who released him.
            givers = prep_actors([trigger], index, ("from",))
            if givers:
                # "the release of the sailors from Iranian custody": the "of" phrase when no one owns it
                released = [p for p in sources if p not in givers] or [t for t in targets if t not in givers]
                sources, targets = givers, released
    else:
        verb = trigger
        if is_passive(verb):
            sources = actors_of(agent_tokens(verb), index)
            if not sources and c.code[:2] in _HOSTILE_ROOTS:
                # "A rocket was fired at Israel from Lebanon": without an agent, where a strike
                # came from names who struck.
                sources = prep_actors(verb, index, ("from",))
            targets = actors_of((ch for ch in verb.children if ch.dep_ in PASSIVE_SUBJECT_DEPS), index)
        else:
            subjects = subject_tokens(verb)
            sources = actors_of(subjects, index)
            if not sources:
                # "A car bombing by the rebels killed ...", "a report by Amnesty accused ...":
                # a subject that is itself an act or a text is done by its "by" phrase.
                sources = actors_of((g for t in subjects if t.pos_ == "NOUN" for _, g in prep_objects(t, ("by",))),
                                    index)
            if not sources:
                sources = _authors(subjects, index)
            # "sent peacekeepers to Lebanon": for force postures the objects are the means, and
            # must not keep the coder from looking at the phrases that name the target.
            targets = [] if c.code[:2] == "15" or c.code == "074" else objects_of(verb, index)
        # "suspend the delivery of jets to Ankara": the object noun's own phrases count too,
        # unless the object already names the target ("condemned the strikes on Syria by the US").
        if targets and all(_unknown(t) for t in targets):
            # "expelled journalists from Qatar", "arrested protesters in Cairo": a group of unstated
            # country is better read through the phrase that says where it is from.
            holders = [verb] + [ch for ch in verb.children if ch.dep_ == "dobj"]
            place = next((p for p in prep_actors(holders, index, ("from", "in"))
                          if p.actor and not p.actor.startswith(("IGO", "---"))), None)
            if place is not None and place.actor:
                targets = [Participant(t.text, t.start, t.end, place.actor[:3] + (t.actor or "---")[3:], t.name)
                           for t in targets]
        if not targets:  # an object that names the target makes the other phrases circumstances
            holders = [verb] + [ch for ch in verb.children if ch.dep_ == "dobj"]
            targets = prep_actors(holders, index, [p for p in preps if p != "of"])
        if not targets:
            targets = _clause_or_relative_targets(verb, index)
        if not targets and _is_purpose(verb):
            # "summoned the Chinese ambassador to complain": a purpose aims at the main verb's object.
            targets = [t for t in objects_of(verb.head, index) if t not in sources]
        if not targets and not any(ch.dep_ == "ccomp" for ch in verb.children):
            # Material acts (aid, force, coercion) are done to a place; verbal ones are not.
            places = c.code[:2] in ("07", "14", "15", "16", "17", "18", "19", "20")
            targets = [t for t in deep_actors(verb, index, places=places) if t not in sources]
        if c.swap:
            # "received aid from Japan", "faces criticism from the UN" (the phrase may hang on the object).
            givers = prep_actors([verb] + [ch for ch in verb.children if ch.dep_ == "dobj"], index, ("from",))
            sources, targets = givers, sources
    if not targets:
        targets = [t for t in _purpose_targets(c, index, coded) if t not in sources]
    if c.code[:2] == "15" or c.code == "074":
        # "mobilized the army", "sent troops to Mali": the troops are the means, not the target.
        objects = {(p.start, p.end) for p in objects_of(trigger, index)}
        targets = [t for t in targets if (t.start, t.end) not in objects]
    if c.complement is not None:
        inner = _complement_targets(c.complement, index)
        targets += [t for t in inner if t not in targets]
    if not targets and c.code[:2] == "13" and c.code not in domestic:
        # "threatened to strike unless Israel rescinded ...": a threat is aimed at whoever must comply
        # (not the threatener's own "if he is unable to ...", nor a state's threat to its own people).
        targets = [t for t in _condition_subjects(c, index) if not any(t.actor == s.actor for s in sources)]
    return sources, targets


def _complement_targets(comp: Token, index: ActorIndex, depth: int = 0) -> list[Participant]:
    """Targets of a frame's complement: its objects and phrases, the subject of a that-clause;
    where it names none, its own complement's ("refused to allow an Ethiopian plane to land":
    allow's clause names the plane)."""
    inner = objects_of(comp, index)
    holders = [comp] + [ch for ch in comp.children if ch.dep_ == "dobj"]
    inner += prep_actors(holders, index, [p for p in TARGET_PREPS if p not in ("of", "by")])
    if comp.dep_ == "ccomp":
        inner = actors_of((ch for ch in comp.children if ch.dep_ in ("nsubj", "nsubjpass")), index) + inner
    if not inner and depth < 2:
        for ch in comp.children:
            if ch.dep_ in ("xcomp", "ccomp") and (ch.pos_ in ("VERB", "AUX")):
                inner = _complement_targets(ch, index, depth + 1)
                if inner:
                    break
    return inner


def _condition_subjects(c: Coded, index: ActorIndex) -> list[Participant]:
    """The subject of an "unless"/"if" clause on a threat or its complement."""
    for holder in (c.trigger, c.complement, c.anchor):
        if holder is None:
            continue
        for ch in holder.children:
            if ch.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in ch.children):
                found = actors_of((g for g in ch.children if g.dep_ in ("nsubj", "nsubjpass")), index)
                if found:
                    return found
    return []


#: Nouns of a phrase "in N of/against" that says why or how the clause's subject acts.
_MANNER_NOUNS = frozenset({"protest", "retaliation", "response", "solidarity", "defiance", "reprisal"})


def _manner_subjects(noun: Token) -> list[Token]:
    """ "continued a hunger strike in protest of X", "shelled the town in retaliation for Y":
    the one acting "in protest" is the subject of the clause the phrase belongs to (through a
    noun object: "staged a strike in protest")."""
    if noun.lemma_.lower() not in _MANNER_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return []
    holder = noun.head.head
    if holder.pos_ in ("NOUN", "PROPN") and holder.dep_ in ("dobj", "pobj") and holder.head.pos_ in ("VERB", "AUX"):
        holder = holder.head if holder.dep_ == "dobj" else holder.head.head
    if holder.pos_ not in ("VERB", "AUX"):
        return []
    return subject_tokens(holder)


def _authors(subjects: list[Token], index: ActorIndex) -> list[Participant]:
    """Who wrote a text that acts ("released a statement criticising Zimbabwe", "a report that
    accuses the army"): the text's possessor, else the subject of the verb that issued it."""
    texts = load_patterns().classes.get("texts", frozenset())
    found: list[Participant] = []
    for t in subjects:
        if t.lower_ in RELATIVE_PRONOUNS and t.head.dep_ == "relcl":
            t = t.head.head
        if t.pos_ != "NOUN" or t.lemma_.lower() not in texts:
            continue
        found += actors_of((ch for ch in t.children if ch.dep_ == "poss"), index)
        if not found and t.dep_ == "dobj" and t.head.pos_ == "VERB":
            found += actors_of(subject_tokens(t.head), index)
    return found


def _purpose_targets(c: Coded, index: ActorIndex, coded: frozenset[int]) -> list[Participant]:
    """Whom an act's stated purpose is aimed at ("opened fire to disperse demonstrators", "began
    a hunger strike to protest against Sweden's decision"), when the purpose is no coded
    predicate of its own (then it is an event with its own target)."""
    # A protest's purpose names whom it is against even when the purpose is an event of its own
    # ("staged demonstrations to demand reforms by Suharto's government", "began a hunger strike
    # to protest against Sweden's decision"): the protest and the demand have one target.
    protest = c.code[:2] == "14"
    if protest:
        # "a hunger strike in protest against X": the protest phrase names the target.
        for holder in {c.trigger, c.anchor}:
            for _, g in prep_objects(holder, ("in",)):
                if g.lemma_.lower() in _MANNER_NOUNS and g.i not in coded:
                    found = prep_actors(g, index, ("of", "against", "at", "over"))
                    if found:
                        return found
    for holder in {c.trigger, c.anchor}:
        for clause in holder.children:
            # The parse hangs a protest's purpose on its noun as often as on the verb ("staged
            # demonstrations to demand", "a hunger strike to protest against").
            infinitive = protest and clause.dep_ in ("acl", "relcl") and \
                any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in clause.children)
            purpose = clause.dep_ == "advcl" and _is_purpose(clause) and (clause.i not in coded or protest)
            if not (infinitive or purpose):
                continue
            found = objects_of(clause, index)
            holders = [clause] + [ch for ch in clause.children if ch.dep_ == "dobj"]
            found += [t for t in prep_actors(holders, index, [p for p in TARGET_PREPS if p not in ("of", "by", "in")])
                      if t not in found]
            if found:
                return found
    return []


def _is_purpose(verb: Token) -> bool:
    """A to-infinitive clause of purpose hanging on another verb ("summoned X to complain")."""
    return verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ == "VERB" and \
        any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in verb.children)


def _unknown(p: Participant) -> bool:
    """An actor of unstated country ("---REB" for a bare "rebels")."""
    return (p.actor or "---").startswith("---")


def _clause_or_relative_targets(verb: Token, index: ActorIndex) -> list[Participant]:
    """Targets a verb names outside its object slots.

    "The US claims that the Russian systems ..." -> the that-clause's subject; "allegations
    that Turkey rejects" -> whoever made the allegations (its possessor, its "by" phrase, or,
    for an apposition to a claim, the subject of the sentence's main verb).
    """
    for ch in verb.children:
        if ch.dep_ == "ccomp":
            found = actors_of((g for g in ch.children if g.dep_ in ("nsubj", "nsubjpass")), index)
            if found:
                return found
    if verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in load_patterns().classes["allegation"]:
        noun = verb.head
        found = actors_of((ch for ch in noun.children if ch.dep_ == "poss"), index)
        found = found or actors_of((g for _, g in prep_objects(noun, ("by", "from"))), index)
        if not found and noun.dep_ == "appos":
            root = noun.sent.root
            found = actors_of(subject_tokens(root), index)
        return found
    return []


def _country(p: Participant) -> str:
    code = (p.actor or "").upper()
    return code[:6] if code.startswith("IGO") else code[:3]


#: Roles of a state's own organs: such an organ acting on its bare country is no interaction.
_STATE_ROLES = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "ELI", ""})
_VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "09", "10", "11", "12", "13"})


def _own_country(sources: list[Participant]) -> list[Participant]:
    """The countries of a domestic act's sources ("Iraq's government announced it is prepared to
    impose martial law" -> Iraq), as targets over the source's own words: CAMEO codes the country
    alone where the act names no group."""
    found: list[Participant] = []
    for s in sources:
        country = _country(s)
        if len(country) != 3 or country.startswith(("---", "IGO", "NGO")) or any(t.actor == country for t in found):
            continue
        known = pycountry.countries.get(alpha_3=country)
        found.append(Participant(s.text, s.start, s.end, country, known.name if known is not None else None))
    return found


#: Roots of acts done within one country more than across borders: protest (14) and the
#: coercion of a state's own people (17: arrests, repression, curfews, bans).
_HOME_ROOTS = frozenset({"14", "17"})


def _home_side(code: str, sources: list[Participant],
               targets: list[Participant]) -> tuple[list[Participant], list[Participant]]:
    """Give a group of unstated country the country of the other side of a protest or of a
    state's coercion ("Egyptian police dispersed demonstrators": Egyptian demonstrators;
    "opposition leaders postponed the demonstration in Baku": Azerbaijan's opposition), as the
    CAMEO manual's examples code them; a group that stays unknown matches no actor at all."""
    if code[:2] not in _HOME_ROOTS:
        return sources, targets

    def home(side: list[Participant], other: list[Participant], roles: frozenset[str]) -> list[Participant]:
        countries = {_country(p) for p in other if not _unknown(p) and not _country(p).startswith(("IGO", "NGO"))
                     and (p.actor or "")[3:6] in roles}
        if len(countries) != 1:
            return side
        country = countries.pop()
        return [Participant(p.text, p.start, p.end, country + (p.actor or "---")[3:], p.name) if _unknown(p) else p
                for p in side]

    # Coercion is a state's: only a state's (or its organ's) country passes to its unknown target;
    # protesters take the country of the state organ they protest against, not of a place they
    # block ("blocked the highway into Peru" may be done from across the border).
    targets = home(targets, sources, _STATE_ROLES)
    if code[:2] == "14":
        sources = home(sources, targets, _STATE_ROLES - {""})
    return sources, targets


def _overlap(a: Participant, b: Participant) -> bool:
    """Whether two participants share words ("U.S. military action": "U.S." is no target of
    "U.S. military"): one phrase cannot act on itself."""
    return a.start < b.end and b.start < a.end


def _pairs(code: str, sources: list[Participant], targets: list[Participant],
           symmetric: frozenset[str], domestic: frozenset[str] = frozenset()) -> list[tuple[Participant, Participant]]:
    verbal = code[:2] in _VERBAL_ROOTS
    if code in domestic:
        # A state's act on its own people: only one phrase standing for both sides is no event.
        if not targets:
            return [(s, t) for s in sources for t in _own_country(sources) if _country(s) == t.actor]
        return [(s, t) for s in sources for t in targets if not _overlap(s, t)]

    def same(a: Participant, b: Participant) -> bool:
        # "Trump decried U.S. laws", "Rouhani warned that Iran ...": a state organ speaking of its
        # own country is no interaction. Its acts on it are ("Iraqi officials imposed a curfew
        # on Basra"), and so is anything between two agents of one country (TURGOV->TUROPP).
        x, y = a.actor or "", b.actor or ""
        bare = verbal and ((len(x) == 3 and y.startswith(x) and y[3:6] in _STATE_ROLES) or
                           (len(y) == 3 and x.startswith(y) and x[3:6] in _STATE_ROLES))
        return x == y or bare or _overlap(a, b)

    if len(sources) >= 2 and code in symmetric:
        # "Moscow and Ankara signed a deal for supplies to Turkey": Turkey is one of the parties.
        others = [t for t in targets if not any(_country(t) == _country(s) for s in sources)]
        if not others:
            return [(a, b) for a, b in permutations(sources, 2) if not same(a, b)]
        targets = others
    return [(s, t) for s in sources for t in targets if not same(s, t)]


def _object(c: Coded, index: ActorIndex) -> str | None:
    tokens: list[Token] = []
    for head in (c.trigger, c.complement, c.anchor if c.anchor is not c.trigger else None):
        if head is None:
            continue
        for ch in head.children:
            if ch.dep_ not in ("nsubj", "nsubjpass", "csubj", "advcl", "ccomp", "conj", "relcl"):
                tokens.extend(ch.subtree)
    tokens.sort(key=lambda t: abs(t.i - c.trigger.i))
    return object_in(tokens, index)


def _conditional_threat(c: Coded, patterns: Patterns) -> str | None:
    """The 13 code of a hostile act (roots 14-20) announced under an "unless" condition ("will
    withdraw its troops unless ...", "may halt its mediation unless ..."): CAMEO 13 codes a
    conditional announcement of a punishing act as a threat of that act, not as the act."""
    if c.frame is not None or c.code[:2] not in _HOSTILE_ROOTS:
        return None
    anchor = c.anchor
    if not any(ch.dep_ == "aux" and ch.lower_ in _THREAT_AUX for ch in anchor.children):
        return None
    if not any(ch.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in ch.children)
               for ch in anchor.children):
        return None
    return patterns.frames["threaten"].code_for(c.code)


def _adjust_code(code: str, modality: str, anchor: Token, patterns: Patterns) -> str:
    """CAMEO codes announced cooperation as intent (03), announced hostility as a threat (13)
    and announced refusal as rejection (12)."""
    future = any(ch.dep_ == "aux" and ch.lower_ in _FUTURE_AUX for ch in anchor.children)
    if modality == "planned" and future and code[:2] in _COOPERATIVE_ROOTS:
        adjusted = patterns.frames["agree"].code_for(code)
        return adjusted or code
    if modality == "planned" and future and code[:2] in _HOSTILE_ROOTS:
        adjusted = patterns.frames["threaten"].code_for(code)
        return adjusted or code
    if modality == "negated" and future and code[:2] in _REFUSABLE_ROOTS:
        adjusted = patterns.frames["refuse"].code_for(code)
        return adjusted or code
    return code


def _statement_date(anchor: Token, ctx: EventContext) -> RecordDate | None:
    """The date of the statement that reports an undated event ("Demir's announcement earlier
    in June that Moscow and Ankara reached an accord"): the event happened by then."""
    _, cue, quote = statement_of(anchor, ctx.index, _cues(), ctx.quotes)
    if quote is not None and quote.date.basis == "text":
        return quote.date
    for token in (cue, cue.head if cue is not None and cue.pos_ == "NOUN" else None):
        if token is not None:
            dated = date_for(token, ctx.timexes, ctx.article_date)
            if dated.basis == "text":
                return dated
    return None


#: Roots of verbal and diplomatic events: a place ("talks in Geneva", "rejected ... in
#: Jerusalem") is where they happen, not whom they concern. Visits (042) are to a place.
_PLACE_IS_NOT_TARGET = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})
_PLACE_PREPS = ("in", "at", "near", "inside", "outside", "across", "during")


def _drop_places(c: Coded, targets: list[Participant]) -> list[Participant]:
    if c.code[:2] not in _PLACE_IS_NOT_TARGET or c.code == "042" or set(c.target_preps) & set(_PLACE_PREPS):
        return targets
    places: set[tuple[int, int]] = set()
    for holder in (c.trigger, c.anchor, c.complement):
        if holder is None:
            continue
        for _, g in prep_objects(holder, _PLACE_PREPS):
            places.update((t.idx, t.idx + len(t)) for t in g.subtree)
    return [t for t in targets if not any(s <= t.start < e for s, e in places)]


def _sentence_events(sent: Span, ctx: EventContext) -> tuple[list[Event], int]:
    events: list[Event] = []
    unresolved = 0
    seen: set[tuple] = set()
    predicates = list(Coder(sent, ctx.patterns).predicates())
    coded = frozenset(t.i for c in predicates for t in (c.trigger, c.anchor, c.complement) if t is not None)
    for c in predicates:
        sources, targets = _arguments(c, ctx.index, coded, ctx.patterns.domestic)
        targets = _drop_places(c, targets)
        sources, targets = _home_side(c.code, sources, targets)
        # Groups still of unknown country take the sentence's place, the focus, the story's country.
        sources, targets = place_groups(sources, sent.doc, ctx.index), place_groups(targets, sent.doc, ctx.index)
        pairs = _pairs(c.code, sources, targets, ctx.patterns.symmetric, ctx.patterns.domestic)
        if not pairs:
            unresolved += 1
            continue
        threat = _conditional_threat(c, ctx.patterns)
        modality, speaker = modality_of(c.anchor, ctx.index, _cues(), ctx.quotes,
                                        intent=c.frame is not None and c.frame.name == "intent",
                                        threat=c.code.startswith("13") or threat is not None)
        code = threat or (c.code if c.frame is not None else _adjust_code(c.code, modality, c.anchor, ctx.patterns))
        info = code_info(code)
        date: RecordDate = date_for(c.anchor, ctx.timexes, ctx.article_date)
        if date.basis == "article" and speaker is not None:
            date = _statement_date(c.anchor, ctx) or date
        obj = _object(c, ctx.index)
        trigger = c.trigger.text if c.complement is None else f"{c.trigger.text} … {c.complement.text}"
        for source, target in pairs:
            keys = ((c.trigger.i, source.actor, source.start, target.actor, target.start),
                    (code, source.actor, target.actor))
            if any(k in seen for k in keys):
                continue
            seen.update(keys)
            events.append(Event(
                article=ctx.article_id, code=code, label=info.label, root=info.root, goldstein=info.goldstein,
                plover=info.plover, source=source, target=target, object=obj, date=date, modality=modality,  # type: ignore[arg-type]
                attributed_to=speaker, trigger=trigger, sentence=sent.text, start=sent.start_char, end=sent.end_char,
                extractor=EXTRACTOR,
            ))
    return events, unresolved


def find_events(doc: Doc, mentions: list[Mention], article_date: dt.date | None, article_id: str = "",
                timexes: Sequence[Timex] = (), quotes: Sequence[Quote] = (),
                use_fallback: bool = True) -> tuple[list[Event], int]:
    """The events of a parsed Doc and the number of coded predicates left without actors."""
    quote_list = list(quotes)
    try:
        index = build_index(doc, mentions, quote_list, use_fallback)
    except Exception:  # bad records from another stage must not lose the article's events
        log.exception("actor index failed in article %s; coding without mentions and quotes", article_id)
        index, quote_list = build_index(doc, [], [], use_fallback), []
    ctx = EventContext(index, timexes, quote_list, article_date, article_id)
    events: list[Event] = []
    unresolved = 0
    for sent in doc.sents:
        try:
            found, missing = _sentence_events(sent, ctx)
        except Exception:  # a bad parse must never lose the rest of the article
            log.exception("event coding failed on sentence at %d in article %s", sent.start_char, article_id)
            continue
        events.extend(found)
        unresolved += missing
    return events, unresolved


def _span_head(doc: Doc, start: int, end: int) -> Token | None:
    span = span_of(doc, start, end)
    return span.root if span is not None else None


def _ancestors(token: Token) -> list[Token]:
    chain = [token]
    while chain[-1].head is not chain[-1] and len(chain) < 40:
        chain.append(chain[-1].head)
    return chain


def code_pair(doc: Doc, source: tuple[int, int], target: tuple[int, int],
              article_date: dt.date | None = None) -> str | None:
    """The CAMEO code of the interaction between two given spans (character offsets), or None.

    For callers that already know the participants (a user's marked pair, an evaluation set
    with marked source and target): the coded predicate on the dependency path between the
    two spans, the one nearest their lowest common ancestor winning, with its modality
    applied as ``find_events`` does.
    """
    s_head, t_head = _span_head(doc, *source), _span_head(doc, *target)
    if s_head is None or t_head is None or s_head.sent != t_head.sent:
        return None
    s_chain, t_chain = _ancestors(s_head), _ancestors(t_head)
    common = next((t for t in s_chain if t in t_chain), None)
    if common is None:
        return None
    path = s_chain[: s_chain.index(common) + 1] + t_chain[: t_chain.index(common)]
    rank = {t.i: (0 if t is common else min(abs(s_chain.index(t) - s_chain.index(common)) if t in s_chain else 99,
                                             abs(t_chain.index(t) - t_chain.index(common)) if t in t_chain else 99))
            for t in path}
    patterns = load_patterns()
    best: tuple[int, Coded] | None = None
    for c in Coder(s_head.sent, patterns).predicates():
        ranks = [rank[t.i] for t in (c.trigger, c.anchor) if t.i in rank]
        if ranks and (best is None or min(ranks) < best[0]):
            best = (min(ranks), c)
    if best is None:
        return None
    c = best[1]
    if c.frame is not None:
        return c.code
    threat = _conditional_threat(c, patterns)
    if threat is not None:
        return threat
    index = build_index(doc, [], None, use_fallback=False)
    modality, _ = modality_of(c.anchor, index, _cues(), [])
    return _adjust_code(c.code, modality, c.anchor, patterns)
