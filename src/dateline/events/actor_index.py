"""Which actor a token stands for: the actors stage's mentions first, a small lookup second.

The actors stage (``doc._.dl_mentions``) owns actor resolution. Until it resolves every
argument an event needs, the events stage falls back to ``data/events/actor_fallback.csv``
(country names, demonyms, capitals, international bodies) for tokens no actor mention
covers. Inside a quote, first-person pronouns stand for the quote's speaker.
"""

from __future__ import annotations

import bisect
import csv
import functools
import io
from dataclasses import dataclass, field

import pycountry
from spacy.attrs import IDX, IS_ALPHA, LENGTH
from spacy.tokens import Doc, Span, Token

from ..actors.data import load_csv, split_list
from ..actors.lexicon import actor_name
from ..actors.titles import title_words
from ..extensions import doc_text
from ..model import Mention, Participant, Quote
from .codebook import read_data_text

#: Longest fallback phrase, in tokens ("world health organization").
_MAX_PHRASE = 4


@functools.lru_cache(maxsize=1)
def fallback_table() -> dict[str, str]:
    """Lower-cased name -> actor code: pycountry's names, the actors stage's country names and
    demonyms (data/actors/countries.csv: "Panamanian", "Kampuchean" where no mention covers
    them), then the events stage's own list, which wins where they differ."""
    table: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name:
                table[name.lower()] = country.alpha_3
    for row in load_csv("countries.csv"):
        # Not the capitals: a city is a place more often than a government's metonym.
        for name in [row["name"], *split_list(row["aliases"]), *split_list(row["demonyms"])]:
            if name:
                table[name.lower()] = row["code"]
    lines = [ln for ln in read_data_text("events", "actor_fallback.csv").splitlines() if not ln.startswith("#")]
    for row in csv.DictReader(io.StringIO("\n".join(lines))):
        table[row["text"].strip().lower()] = row["code"].strip()
    return table


def _needs_upper(key: str) -> bool:
    # "US", "UN", "EU", "WHO" are acronyms only when written in capitals ("us", "who" are pronouns).
    return (len(key) <= 3 and key.isalpha()) or key == "who"


@dataclass(slots=True)
class ActorIndex:
    """Token index -> the actor (as a Participant) it belongs to, for one Doc."""

    by_token: dict[int, Participant]
    objects: dict[int, str]  # token index -> object name (S-400, F-35)
    people: dict[int, Participant] = field(default_factory=dict)  # person mentions, with or without actor
    focus: str | None = None  # the country the article keeps returning to, if any (see focus_country)
    roles: bool = True  # bare group nouns ("rebels") stand for actors; off when the caller gives the only actors
    places: dict[int, str | None] = field(default_factory=dict)  # sentence start -> its place's country (homeland)
    story: list[tuple[int, str]] | None = None  # (token, country) of the actor phrases, in order (homeland)

    def actor_at(self, i: int) -> Participant | None:
        return self.by_token.get(i)


def _span_tokens(doc: Doc, start: int, end: int, starts: list[int] | None = None) -> range:
    """Indices of the tokens that overlap characters [start, end); empty for an empty or bad span.

    Offsets come from other stages' records, so they are checked rather than trusted
    (``Doc.char_span`` raises on some of them).
    """
    if not 0 <= start < end:
        return range(0)
    starts = starts if starts is not None else _token_starts(doc)
    first = max(bisect.bisect_right(starts, start) - 1, 0)
    last = bisect.bisect_left(starts, end)
    while first < last and doc[first].idx + len(doc[first]) <= start:
        first += 1
    return range(first, last)


def _token_starts(doc: Doc) -> list[int]:
    # From the Doc's arrays: iterating the Doc would build a Token object per token.
    return doc.to_array(IDX).tolist() if len(doc) else []


def span_of(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens overlapping characters [start, end) as a Span, or None."""
    tokens = _span_tokens(doc, start, end)
    return doc[tokens.start:tokens.stop] if len(tokens) else None


def build_index(doc: Doc, mentions: list[Mention], quotes: list[Quote] | None = None,
                use_fallback: bool = True) -> ActorIndex:
    """Index the Doc's actor and object mentions by token, then fill gaps from the fallback."""
    by_token: dict[int, Participant] = {}
    objects: dict[int, str] = {}
    people: dict[int, Participant] = {}
    starts = _token_starts(doc)
    # A token in several mentions belongs to the smallest: in "Chilean and Peruvian troops"
    # (one mention, PERMIL) "Chilean" is still Chile. Python's sort is stable, so mentions of
    # one length keep the actors stage's order.
    for m in sorted(mentions, key=lambda m: m.end - m.start):
        tokens = _span_tokens(doc, m.start, m.end, starts)
        if m.type == "person":
            person = Participant(m.text, m.start, m.end, m.actor, m.name)
            for i in tokens:
                people.setdefault(i, person)
        if m.type == "object":
            for i in tokens:
                objects[i] = m.name or m.text
            continue
        if not m.actor:
            continue
        participant = Participant(m.text, m.start, m.end, m.actor, actor_name(m.actor, m.type, m.name))
        for i in tokens:
            by_token.setdefault(i, participant)
    focus = focus_country(doc, mentions)
    for i in _datelines(doc):
        by_token.pop(i, None)  # "THE HAGUE, Netherlands -- A UN prosecutor ...": a place line, not an actor
    if use_fallback:
        _fill_fallback(doc, by_token, _datelines(doc))
        _fill_titled_people(doc, mentions, by_token, starts, focus)
    if quotes:
        _fill_first_person(doc, quotes, by_token, starts)
    return ActorIndex(by_token, objects, people, focus, roles=use_fallback)


def title_role(title: str | None) -> str | None:
    """The CAMEO role code of a person's title as the actors stage read it ("president" -> GOV,
    "former prime minister" -> ELI), from the actors stage's title lexicon."""
    if not title:
        return None
    words = tuple(title.lower().replace("-", " ").split())
    if words[:1] in (("former",), ("ex",)):
        return "ELI"  # CAMEO codes former office holders as elites
    titles = title_words().titles
    for start in range(len(words)):  # "deputy prime minister": the longest known ending
        found = titles.get(words[start:])
        if found is not None and found.code:
            return found.code
    return None


def _fill_titled_people(doc: Doc, mentions: list[Mention], by_token: dict[int, Participant], starts: list[int],
                        focus: str | None) -> None:
    """A person the actors stage knows by title but not by country ("President Dos Santos")
    acts for the article's focus country, else for a country unknown ("---GOV"), as
    PETRARCH-style coding has it. Not for the sentence's places or countries, as a group noun
    is (``homeland``): "President X met Putin in Sochi" says nothing of whom X acts for."""
    for m in mentions:
        if m.type != "person" or m.actor:
            continue
        role = title_role(m.role)
        tokens = _span_tokens(doc, m.start, m.end, starts)
        if role is None or any(i in by_token for i in tokens):
            continue  # "British Defence Secretary Tom King": the country word inside says more
        participant = Participant(m.text, m.start, m.end, (focus or "---") + role, m.name)
        for i in tokens:
            by_token[i] = participant


#: Mention types that say which country an article is about.
_FOCUS_TYPES = frozenset({"country", "government", "military"})


def focus_country(doc: Doc, mentions: list[Mention]) -> str | None:
    """The country an article is about: the one its country, government and military mentions
    name most, if they name it in at least two sentences and no other country as often.

    A one-sentence text has no focus beyond its own participants, so a bare "rebels" there
    stays "---REB" rather than borrowing the country they act on.
    """
    sentence_starts = [s.start_char for s in doc.sents]
    sentences: dict[str, set[int]] = {}
    for m in mentions:
        code = (m.actor or "").upper()
        if m.type not in _FOCUS_TYPES or len(code) < 3 or code.startswith(("IGO", "---")):
            continue
        sentences.setdefault(code[:3], set()).add(bisect.bisect_right(sentence_starts, m.start))
    ranked = sorted(sentences.items(), key=lambda kv: -len(kv[1]))
    if not ranked or len(ranked[0][1]) < 2 or (len(ranked) > 1 and len(ranked[1][1]) == len(ranked[0][1])):
        return None
    return ranked[0][0]


@functools.lru_cache(maxsize=1)
def role_nouns() -> dict[str, str]:
    """Lower-cased lemma -> CAMEO role code, for group nouns that name no country (``role_nouns.csv``)."""
    lines = [ln for ln in read_data_text("events", "role_nouns.csv").splitlines() if not ln.startswith("#")]
    return {row["lemma"].strip().lower(): row["role"].strip() for row in csv.DictReader(io.StringIO("\n".join(lines)))}


def role_of(token: Token) -> str | None:
    """The CAMEO role code a group noun names ("rebels" -> "REB", "police" -> "COP"), or None.

    Sentence-initial plurals are often tagged as names ("Rebels shelled ..."), so a name
    there counts too.
    """
    if token.pos_ != "NOUN" and not (token.pos_ == "PROPN" and (token.i == token.sent.start or _bare_name(token))):
        return None
    table, word = role_nouns(), token.lower_
    found = table.get(token.lemma_.lower()) or table.get(word)
    if found is None and token.pos_ == "PROPN" and word.endswith("s"):
        # A name is not lemmatized: "Rebels", "Militias", "Authorities" at a sentence start.
        found = table.get(word[:-3] + "y") if word.endswith("ies") else table.get(word[:-1])
    return found


def _bare_name(token: Token) -> bool:
    """A common noun written as an acronym or in capitals after a bare article ("the NGO")."""
    return token.is_upper and any(c.dep_ == "det" for c in token.children) and \
        not any(c.dep_ in ("compound", "amod") for c in token.children)


def role_actor(token: Token, index: ActorIndex) -> Participant | None:
    """A bare group noun as an actor of unstated country ("rebels" -> "---REB"), until
    ``homeland`` finds it one."""
    if not index.roles:
        return None
    if any(ch.dep_ == "poss" for ch in token.children):
        return None  # "withdrew its troops": someone's own group, not a party of unknown country
    role = role_of(token)
    if role is None:
        return None
    doc = token.doc
    start = token.left_edge.i if token.left_edge.i <= token.i else token.i
    span = doc[start:token.i + 1]
    if role in _STATELESS_ROLES:
        # "the NGO", "a charity": CAMEO codes a non-governmental body as a party of its own, not of a country.
        return Participant(span.text, span.start_char, span.end_char, role, None)
    # The country is left to ``homeland.place_groups``, after the coder's own readings of the
    # predicate ("expelled journalists from Qatar") have had their say.
    return Participant(span.text, span.start_char, span.end_char, "---" + role, None)


#: Roles CAMEO uses as a primary actor code of their own, with no country.
_STATELESS_ROLES = frozenset({"NGO"})


def _datelines(doc: Doc) -> set[int]:
    """Tokens of wire-story datelines ("BERLIN --", "THE HAGUE, Netherlands (AP) -") that open a sentence."""
    out: set[int] = set()
    for sent in doc.sents:
        first = sent[:12]
        # A dash between spaces: "anti-tank" is one word, not a dateline's end.
        dash = next((t.i for t in first if t.text in ("--", "—", "–", "-", ":") and t.i > sent.start
                     and (t.text != "-" or (t.whitespace_ and t.doc[t.i - 1].whitespace_))), None)
        if dash is None or not any(t.is_upper and len(t) > 2 for t in doc[sent.start:dash]):
            continue
        out.update(range(sent.start, dash + 1))
    return out


def _fill_fallback(doc: Doc, by_token: dict[int, Participant], skip: set[int] = frozenset()) -> None:  # type: ignore[assignment]
    table = fallback_table()
    prefixes = _fallback_prefixes()
    text = doc_text(doc)
    # (start, end, may open a name) per token: plain lists, since every Token access builds an object
    tokens = []
    if len(doc):
        for start, length, alpha in doc.to_array([IDX, LENGTH, IS_ALPHA]).tolist():
            word = text[start:start + length]
            tokens.append((start, start + length, bool(alpha) or "." in word or "-" in word))
    i, n = 0, len(tokens)
    while i < n:
        start, _, opens = tokens[i]
        if i in by_token or i in skip or not opens:
            i += 1
            continue
        # The phrases of 1.._MAX_PHRASE tokens from i that are names, growing while the text
        # can still begin a name (a longer phrase's text extends a shorter one's).
        names: list[tuple[int, str]] = []
        for size in range(1, min(_MAX_PHRASE, n - i) + 1):
            key = text[start:tokens[i + size - 1][1]].lower()
            if key not in prefixes:
                break
            if key in table:
                names.append((size, key))
        found = 0
        for size, key in reversed(names):  # the longest name first
            if any(j in by_token for j in range(i, i + size)):
                continue
            end = tokens[i + size - 1][1]
            surface = text[start:end]
            if _needs_upper(key) and not surface.isupper():
                continue
            if size == 1 and doc[i].pos_ not in ("PROPN", "ADJ", "NOUN") and not surface.isupper():
                continue
            participant = Participant(surface, start, end, table[key], None)
            for j in range(i, i + size):
                by_token[j] = participant
            found = size
            break
        i += found or 1


@functools.lru_cache(maxsize=1)
def _fallback_prefixes() -> frozenset[str]:
    """Every leading part of every fallback name: a phrase whose text is not one begins no name."""
    return frozenset(key[:k] for key in fallback_table() for k in range(1, len(key) + 1))


def _fill_first_person(doc: Doc, quotes: list[Quote], by_token: dict[int, Participant], starts: list[int]) -> None:
    pronouns = {"i", "we", "me", "us", "my", "our"}
    for q in quotes:
        if q.speaker is None or not q.speaker.actor:
            continue
        for i in _span_tokens(doc, q.start, q.end, starts):
            if i not in by_token and doc[i].lower_ in pronouns and doc[i].pos_ == "PRON":
                by_token[i] = Participant(doc[i].text, doc[i].idx, doc[i].idx + len(doc[i]),
                                          q.speaker.actor, q.speaker.name)


def object_name(token: Token) -> str | None:
    """A weapon-system style name (S-400, F-35, Su-57) from a token, without a plural 's'."""
    text = token.text
    if "-" not in text or not any(c.isdigit() for c in text):
        return None
    head, _, tail = text.partition("-")
    if not (head.isalpha() and head[:1].isupper() and len(head) <= 4):
        return None
    tail = tail[:-1] if tail.endswith("s") and tail[:-1].isalnum() else tail
    if not tail[:1].isdigit():
        return None
    return f"{head}-{tail}"
