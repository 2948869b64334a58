"""People: names with their titles, in-article coreference, and the office-holder gazetteer.

"Russia's Deputy Prime Minister Yury Borisov" gives a role (deputy prime minister) and whom
the person acts for (RUSGOV); "Borisov" three paragraphs later is the same person. A name
the article never gives in full is looked up in the gazetteer by the article date ("Kerry"
in 2013 is the US Secretary of State).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .data import fold, norm
from .entities import is_possessive, name_tokens
from .found import Context, Found, country_of
from .gazetteer import PersonMatch, gazetteer
from .lexicon import lexicon
from .titles import Title, find_phrase, read_title, title_words

#: How far left of a name a title may start (tokens).
MAX_TITLE_TOKENS = 12

_CONNECTORS = {"of", "for", "and", "on", "to", "the"}

#: Role codes of state offices: a title with one of them and no country takes the country in
#: focus ("Prime Minister Hassan Diab" in an article about Lebanon); other titles do not.
_STATE_CODES = {"GOV", "GOVMIL", "MIL", "LEG", "JUD", "SPY", "COP"}

#: Titles of envoys: one named with no country serves the outlet's country, not the host's.
_ENVOYS = {"ambassador", "envoy", "diplomat", "consul", "consul general"}

#: Roles of titles that name a body of the state the article may name ("Judge").
_BODY_ROLES = {"JUD"}

#: Last words of military ranks ("Lt. Gen." is read by its honorifics).
_RANKS = {"general", "admiral", "colonel"}

#: State roles more specific than the government as a whole.
_BRANCHES = {"GOVMIL", "MIL", "LEG", "JUD", "SPY", "COP"}


@dataclass(slots=True)
class PersonRef:
    """One named mention of a person, before clustering."""

    found: Found
    name: str  # the name as written, honorifics and possessive removed
    words: tuple[str, ...]  # the name's normalized words
    title: Title | None = None
    affiliation: Found | None = None  # the country or body the title names
    sent_start: int = 0
    owned: bool = False  # the title follows a name the resolver does not know ("Open Doors president")
    name_start: int = 0  # where the name starts (``found.start`` is where its title starts)
    shared: bool = False  # the title is that of a list the name stands in
    introduced: bool = False  # "a man named Abe": a private person the text introduces


@dataclass(slots=True)
class Cluster:
    """All mentions of one person in an article."""

    key: str
    refs: list[PersonRef] = field(default_factory=list)
    match: PersonMatch | None = None

    @property
    def full(self) -> PersonRef:
        return max(self.refs, key=lambda r: len(r.words))


def title_region(doc: Doc, name_start: int, sent_start: int, at: dict[int, Found]) -> int:
    """Where the title before a name starts (``name_start`` when there is none).

    Walks left over title words, honorifics, connectors inside a title ("Secretary of
    State") and mentions of countries or bodies ("Russia's", "Pentagon").
    """
    lex = title_words()
    i = name_start - 1
    region = name_start
    while i >= sent_start and name_start - i <= MAX_TITLE_TOKENS:
        token = doc[i]
        low = fold(token.lower_)
        inner = at.get(i)
        if inner is not None and inner.source == "person":
            break  # "Harry Truman's Secretary of Defense Louis Johnson": the title starts after him
        if inner is not None and inner.source != "pronoun":
            i = inner.start - 1
            region = inner.start
            continue
        if low in ("to", "for", "of") and i - 1 >= sent_start and fold(doc[i - 1].lower_) in lex.relations:
            break  # "a senior aide to [former Prime Minister] Saad Hariri": the aide is someone else
        if low in lex.vocab or low in lex.honorifics or low == "-" or _plural_title_word(token):
            region = i
            i -= 1
            continue
        if low == "." and i - 1 >= sent_start and _split_honorific(doc, i - 1):
            region = i - 1  # "Col" "." as the tokenizer splits "Col. Steve Warren"
            i -= 2
            continue
        if is_possessive(token) and i - 1 >= sent_start and (i - 1) in at:
            if at[i - 1].source == "person":
                break  # "Truman's Secretary of Defense": the owner is someone else
            region = i
            i -= 1
            continue
        if low in _CONNECTORS and i - 1 >= sent_start and fold(doc[i - 1].lower_) in lex.vocab:
            i -= 1
            continue
        break
    # A title starts with a word, never with a connector or a hyphen.
    while region < name_start and fold(doc[region].lower_) in (_CONNECTORS | {"-"}):
        region += 1
    return region


#: Words that may stand between an outlet and a name without a title: "My Vox colleague
#: Yochi Dreazen" is a journalist of Vox.
_COLLEAGUE = {"my", "our", "colleague", "colleagues"}


def _split_honorific(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` is an abbreviated rank the tokenizer cut from its full stop
    ("Col" "." in "Pentagon spokesman Col. Steve Warren")."""
    return (
        i + 1 < len(doc)
        and doc[i + 1].text == "."
        and not doc[i].lower_.endswith(".")
        and fold(doc[i].lower_) + "." in title_words().honorifics
    )


def _plural_title_word(token: Token | str) -> bool:
    """ "writers", "reporters": a title word in the plural (a title shared by a list of names)."""
    low = fold(token if isinstance(token, str) else token.lower_)
    return len(low) > 3 and low.endswith("s") and low[:-1] in title_words().heads


def read_region(doc: Doc, start: int, end: int, at: dict[int, Found]) -> tuple[Title | None, Found | None]:
    """The title and affiliation in ``doc[start:end]`` (a title region or an appositive)."""
    words: list[str] = []
    affiliations: list[Found] = []
    unknown_bodies = False  # "at the American Enterprise Institute": a body with no code
    untagged = False  # "of Roman & Associates": a name no mention covers
    i = start
    while i < end:
        inner = at.get(i)
        if inner is not None and inner.source != "pronoun" and inner.end <= end and inner.actor is None:
            unknown_bodies = unknown_bodies or (
                # "president of the Ploughshares Fund": an office of that body, not of a state
                # (but "chairman of the Armed Services Committee" holds a state office)
                inner.type in ("organization", "media")
                and _object_of(doc, inner, ("at",) if _state_body(doc, inner) else ("at", "of", "for"))
            )
        if inner is not None and inner.source != "pronoun" and inner.end <= end and inner.actor is not None:
            if not _locative(doc, inner) and not _origin(doc, inner):
                affiliations.append(inner)
            # A mention cut shorter after it was indexed may end at or before i: step on anyway.
            i = max(inner.end, i + 1)
            continue
        if doc[i].lower_ in ("of", "at") and i + 1 < end and _unknown_name(doc, i + 1, at):
            untagged = True  # "president of Roman & Associates": a body no one tagged
        if not is_possessive(doc[i]) and not doc[i].is_punct or doc[i].text == "-":
            # "writers" is read as "writer": a title in the plural names each of a list.
            low = fold(doc[i].lower_)
            if _split_honorific(doc, i):
                i += 1  # "Col" "." cut by the tokenizer: a rank inside the title says nothing more
                continue
            words.append(low[:-1] if _plural_title_word(low) else low)
        i += 1
    title = read_title(words)
    # A mayor's or governor's "of Heanor" names a town the data does not know, not a body.
    unknown_bodies = unknown_bodies or (untagged and title is not None and title.key not in _PLACE_OFFICES)
    media = [f for f in affiliations if f.type == "media"]
    if title is None:
        # "NPR's Anthony Kuhn", "CNN's Jake Tapper": a journalist of that outlet.
        if media and all(w in _COLLEAGUE for w in words):
            return Title("journalist", "journalist", "MED", "other", None, False), media[-1]
        return None, None
    # A body is more specific than a country ("Iran's Revolutionary Guards commander"); a
    # correspondent works for the outlet, not for the White House he covers.
    bodies = [f for f in affiliations if f.type not in ("country", "location", "group")]
    if title.code == "MED" and media:
        bodies = media
    elif title.code != "MED":
        bodies = [f for f in bodies if f.type != "media"] or bodies
    if title.key == "ambassador":
        # "U.N. Ambassador Susan Rice": the body is her post; she acts for her country.
        bodies = [f for f in bodies if not (f.actor or "").startswith("IGO")]
    countries = [f for f in affiliations if f.type == "country"]
    if not countries and title.code in _STATE_CODES:
        # "Ohio Gov. Mike DeWine", "Florida Sen. Marco Rubio", "Kandahar police chief": a place
        # names the state whose office it is (a state's government is its country's, CAMEO's
        # USAGOV), whatever other country the sentence names.
        countries = [
            f for f in affiliations if f.type == "location" and f.country == f.actor and _modifies_title(doc, f)
        ]
    # "a spokesman for Kurds in Kobane": a group one speaks for, when no body or country is
    # named ("Muslim cleric" says what one is, not whom one acts for).
    groups = [f for f in affiliations if f.type == "group" and _object_of(doc, f, ("for", "of"))]
    chosen = bodies or countries or groups
    affiliation = chosen[-1] if chosen else None
    if not bodies and title.code in _STATE_CODES and _of_unnamed_body(words):
        # "the director of an independent Brexit research institute (called UK in a Changing
        # Europe)": the office of a body that is no part of a state, whatever country it names.
        affiliation, unknown_bodies = None, True
    if affiliation is None and unknown_bodies and title.code in _STATE_CODES:
        # "senior vice president ... at the American Enterprise Institute": an office of a
        # body the data does not know, not of a state.
        title = Title(title.role, title.key, None, "other", None, title.former)
    agent = find_phrase(words, title_words().agents)
    if agent is not None and (title.code or "").startswith("GOV"):
        code = title_words().agents[tuple(words[agent[0] : agent[1]])]
        # "the president of the Syrian opposition" leads the opposition, not the state.
        # Only an agent right after the title counts for them ("the foreign minister who will
        # face the opposition" still serves the state).
        if code.startswith(("GOV", "MIL", "SPY", "COP")) or (code in ("OPP", "REB") and agent[0] <= 5):
            title = Title(title.role, title.key, code, title.role_class, title.country, title.former)
    return title, affiliation


def _modifies_title(doc: Doc, place: Found) -> bool:
    """Whether a place stands right before the title words it qualifies ("Ohio Gov.", "Ohio's
    governor"), not before a dash or a comma ("LONDON - President Donald Trump": a dateline)."""
    after = doc[place.end] if place.end < len(doc) else None
    return after is not None and (not after.is_punct or is_possessive(after))


def _of_unnamed_body(words: list[str]) -> bool:
    """Whether a title names its body only by a common noun of a body that is no part of a
    state ("director of an independent research institute", "head of a charity"), and no
    state agent ("the foreign ministry")."""
    lex = title_words()
    if find_phrase(words, lex.agents) is not None:
        return False
    # Nouns of bodies that are no part of a state: the title word list's `owners`, which
    # say the same before a title, less the legislature's committees.
    nouns = lex.owners - {"committee"}
    for i, word in enumerate(words):
        if word in ("of", "at", "for") and any(w in nouns for w in words[i + 1 :]):
            return True
    return False

#: Offices of a place: the name after their "of" is a town or a state, not a body.
_PLACE_OFFICES = {"mayor", "deputy mayor", "governor", "lieutenant governor"}


def _unknown_name(doc: Doc, i: int, at: dict[int, Found]) -> bool:
    """Whether ``doc[i]`` starts a proper name no mention covers and no title word is
    ("Roman" in "president of Roman & Associates"; not "State" in "Secretary of State")."""
    token = doc[i]
    return (
        i not in at
        and token.pos_ == "PROPN"
        and token.is_title
        and fold(token.lower_) not in title_words().vocab
        and lexicon().lookup(token.text) is None
    )


def _state_body(doc: Doc, found: Found) -> bool:
    """Whether a body's name ends in a word for a part of a state ("Committee", "Ministry")."""
    role = title_words().org_heads.get(fold(doc[found.end - 1].lower_))
    return role is not None and role.startswith(("GOV", "LEG", "JUD", "MIL", "COP", "SPY"))


def _is_party(code: str | None) -> bool:
    """A party code ("USAPTYDEM"): a senator of a party acts for the legislature, not the party."""
    return bool(code) and "PTY" in code  # type: ignore[operator]


def _armed_group(code: str | None) -> bool:
    """An international militant group ("IMGMOSALQ") or a national armed group ("AFGREBTAL")."""
    return code is not None and (code.startswith("IMG") or code[3:].startswith("REB"))


def _locative(doc: Doc, found: Found) -> bool:
    """A place in a title ("commanding general of U.S. forces in Iraq") or the post of an
    envoy ("ambassador to the U.N.", "envoy to Syria"): not whom one acts for. A body after
    "at" is an employer ("fellow at the Brookings Institution"), not a place."""
    if _object_of(doc, found, ("to",)):
        return True
    places = found.type in ("location", "country")
    return places and _object_of(doc, found, ("in", "at", "near", "from", "across"))


#: Words after "American-" that tell where a person comes from, not whom they act for.
_ORIGINS = {"born", "raised", "educated", "trained", "bred"}


def _origin(doc: Doc, found: Found) -> bool:
    """A country word that says where a person was born or schooled ("a radical
    American-born Muslim cleric", "a British-educated economist"): no one's affiliation."""
    return (
        found.type == "country"
        and found.end + 1 < len(doc)
        and doc[found.end].text == "-"
        and doc[found.end + 1].lower_ in _ORIGINS
    )


def _object_of(doc: Doc, found: Found, preps: tuple[str, ...]) -> bool:
    """Whether a mention is the object of one of ``preps``."""
    head = doc[found.start : found.end].root
    return head.dep_ == "pobj" and head.head.lower_ in preps


def appositive_region(span: Span) -> tuple[int, int] | None:
    """The token range of a title in apposition to a name ("X, the spokeswoman of ...")."""
    lex = title_words()
    root = span.root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end and fold(child.lower_) in lex.heads:
            return child.left_edge.i, _clause_end(child)
    head = root.head
    if root.dep_ == "appos" and head.i < span.start and fold(head.lower_) in lex.heads:
        return head.left_edge.i, span.start
    between = _commas_apposition(span)
    if between is not None:
        return between
    if root.dep_ == "nsubj" and head.lower_ in ("is", "’s", "'s") and head.i >= span.end:
        # "Aaron Klein is Breitbart's Jerusalem bureau chief": a title as the predicate of "is"
        # ("James Lyons was commander in chief" tells of an office held once, not now).
        for child in head.children:
            if child.dep_ == "attr" and child.i > head.i and fold(child.lower_) in lex.heads:
                return child.left_edge.i, _clause_end(child)
    return None


def _commas_apposition(span: Span) -> tuple[int, int] | None:
    """A title between commas after a name that the parse did not attach as an apposition
    ("told by Rose Gottemoeller, the State Department's assistant secretary for arms control,
    that ..."): a noun phrase opened by "the" whose last word before "for"/"of" is a title."""
    doc = span.doc
    start = span.end + 1
    if start + 1 >= len(doc) or doc[span.end].text != "," or doc[start].lower_ != "the":
        return None
    lex = title_words()
    for i in range(start + 1, min(start + 14, len(doc))):
        token = doc[i]
        if token.text == "," or token.is_sent_end:
            return None
        if fold(token.lower_) in lex.heads and (i + 1 == len(doc) or doc[i + 1].lower_ in ("for", "of", ",")):
            end = i + 1
            while end < len(doc) and doc[end].text != "," and not doc[end].is_sent_start and end - start < 16:
                end += 1
            return (start, end) if end < len(doc) and doc[end].text == "," else None
    return None


def _clause_end(head: Token) -> int:
    """Where an appositive title ends: before a comma or a relative clause ("president of the
    Ploughshares Fund, which has urged President Obama ..." names no office of the US)."""
    end = head.right_edge.i + 1
    for token in head.doc[head.i + 1 : end]:
        if token.text in (",", ";", "—", "–", "(") or token.lower_ in ("who", "which", "that", "whose"):
            return token.i
    return end


def _strip_name(span: Span) -> Span:
    """The name inside a PERSON span: no possessive, no leading title or honorific, no
    trailing verb of saying (a headline's "Obama Says")."""
    tokens = name_tokens(span)
    lex = title_words()
    doc = span.doc
    start, end = tokens.start, tokens.end
    while end - start > 1 and (
        fold(doc[start].lower_) in lex.honorifics
        or fold(doc[start].lower_) in lex.heads
        or doc[start].is_punct
        or is_possessive(doc[start])
    ):
        start += 1
    while end - start > 1 and (
        doc[end - 1].lemma_.lower() in lex.speech_verbs
        or doc[end - 1].like_num
        or doc[end - 1].is_punct
        or not any(c.isalpha() for c in doc[end - 1].text)  # a video's timestamp: "Obama 02:56"
    ):
        end -= 1
    return doc[start:end]


def person_ref(span: Span, at: dict[int, Found]) -> PersonRef:
    """A named person with the title around the name, if any."""
    doc = span.doc
    name = _strip_name(span)
    sent_start = span.sent.start
    start = title_region(doc, span.start, sent_start, at)
    title, affiliation = (None, None)
    if start < span.start:
        title, affiliation = read_region(doc, start, span.start, at)
        if title is None:
            start = span.start
    if title is None or affiliation is None:
        apposition = appositive_region(span)
        if apposition is not None:
            second, where = read_region(doc, apposition[0], apposition[1], at)
            rank = title is not None and title.code == "MIL" and title.key in title_words().honorifics
            if title is None or (rank and second is not None):
                # "Tehran's police chief, Gen. Hossein Rahimi": the office says more than the rank
                title, affiliation = second, where
            elif where is not None and second is not None and second.code == title.code:
                affiliation = where
    # "Open Doors president", "campaign chairman": the title belongs to a body we do not know.
    owned = start > sent_start and (start - 1) not in at and (
        doc[start - 1].pos_ in ("PROPN", "NOUN") or fold(doc[start - 1].lower_) in title_words().owners
    )
    text = _name_text(name)
    found = Found(start, name.end, None, text, "person", source="person")
    words = tuple(norm(t.text) for t in name if not t.is_punct and norm(t.text))
    ref = PersonRef(found, text, words, title, affiliation, sent_start, owned, name.start)
    ref.introduced = title is None and _introduced(doc, name.start)
    return ref


#: Editorial brackets inside a quoted name ("[Syrian President Bashar] Assad").
_BRACKETS = {"[", "]"}

#: Abbreviations that end a name with their own period.
_SUFFIXES = {"jr.", "sr.", "esq."}

#: Verbs that introduce a name ("a man named Abe", "a student called Sami").
_NAMING = {"named", "called", "nicknamed"}


def _name_text(name: Span) -> str:
    """The name as written, without editorial brackets: "Bashar Assad", not "Bashar] Assad",
    nor the full stop the tokenizer leaves on a short last name that ends a sentence
    ("lawmaker Claudia Mo." is Claudia Mo; "Jr." keeps its period)."""
    last = name[-1]
    if (
        len(name) > 1
        and last.text.endswith(".")
        and last.text[:-1].isalpha()
        and last.text[0].isupper()
        and last.lower_ not in _SUFFIXES
        and (last.i + 1 == len(name.doc) or last.doc[last.i + 1].is_sent_start or last.doc[last.i + 1].is_space)
    ):
        return _name_text(name[:-1]) + " " + last.text[:-1]
    if not any(t.text in _BRACKETS for t in name):
        return name.text
    return " ".join(t.text for t in name if t.text not in _BRACKETS)


def _introduced(doc: Doc, name_start: int) -> bool:
    """Whether the text introduces the name as someone's ("a man named Abe", "a woman called
    Li"): a private person, never the office holder who shares the name."""
    if name_start < 2 or doc[name_start - 1].lower_ not in _NAMING:
        return False
    return any(t.lower_ in ("a", "an") for t in doc[max(0, name_start - 4) : name_start - 1])


def share_titles(doc: Doc, refs: list[PersonRef], at: dict[int, Found]) -> None:
    """Names listed after a plural title share it: "Associated Press writers Robert Burns in
    Paris, David Rising in Berlin and Jim Gomez in Manila" are all AP writers.

    A name shares the title of the name before it in the same sentence when only commas,
    "and", "in"/"from" and places stand between them.
    """
    ordered = sorted(refs, key=lambda r: r.name_start)
    for before, ref in zip(ordered, ordered[1:], strict=False):
        if ref.title is not None or before.title is None or ref.sent_start != before.sent_start:
            continue
        lead = doc[before.name_start - 1] if before.name_start > before.found.start else None
        plural = lead is not None and _plural_title_word(lead)
        if not (plural or before.shared):
            continue
        i = before.found.end
        while i < ref.name_start:
            inner = at.get(i)
            if inner is not None and inner.type in ("location", "country") and inner is not ref.found:
                i = max(inner.end, i + 1)
                continue
            if doc[i].text in (",", ";") or doc[i].lower_ in ("and", "in", "from", "of"):
                i += 1
                continue
            break
        if i == ref.name_start and i > before.found.end:
            ref.title, ref.affiliation, ref.shared = before.title, before.affiliation, True


def cluster_people(refs: list[PersonRef], day: dt.date | None) -> list[Cluster]:
    """Group the named mentions of an article by person.

    Full names (two words or more) make clusters; a single word joins the cluster whose
    last (or, for "Kim Jong Un", first) word it is, the nearest one before it first, else
    the cluster an earlier mention of the same single word joined; a single word nothing
    in the article explains is looked up in the gazetteer as a short name. Among namesakes
    in the gazetteer ("King Abdullah"), one of the country the title names wins.
    """
    gaz = gazetteer()
    clusters: dict[str, Cluster] = {}
    owner: dict[int, Cluster] = {}  # id(ref) -> cluster
    for ref in refs:
        if len(ref.words) < 2:
            continue
        known = _full_names(ref.name) and not ref.introduced
        match = gaz.person(ref.name, day, _ref_countries(ref), _ref_office(ref)) if known else None
        key = match.name if match else " ".join(ref.words)
        cluster = clusters.get(key) or _merge_target(clusters, ref) or Cluster(key, match=match)
        clusters.setdefault(cluster.key, cluster)
        cluster.refs.append(ref)
        owner[id(ref)] = cluster
    singles: dict[str, Cluster] = {}
    for position, ref in enumerate(refs):
        if len(ref.words) >= 2 or not ref.words:
            continue
        near = _nearest(refs, position, owner, ref.words[0])
        if near is not None and _prefer_gazetteer(near, ref, day):
            near = None
        if near is not None:
            cluster = near
        elif ref.words[0] in singles:
            cluster = singles[ref.words[0]]  # "King Abdullah" again, after "Saudi King Abdullah"
        else:
            office = _ref_office(ref)
            match = None if ref.introduced else gaz.person(ref.name, day, _ref_countries(ref), office)
            key = match.name if match else ref.words[0]
            cluster = clusters.get(key) or Cluster(key, match=match)
            clusters.setdefault(key, cluster)
        singles.setdefault(ref.words[0], cluster)
        cluster.refs.append(ref)
        owner[id(ref)] = cluster
    return list(clusters.values())


def _ref_countries(ref: PersonRef) -> list[str]:
    """The country a mention's title names, to prefer among namesakes."""
    if ref.affiliation is not None and ref.affiliation.country:
        return [ref.affiliation.country]
    if ref.title is not None and ref.title.country:
        return [ref.title.country]
    return []


def _ref_office(ref: PersonRef) -> str | None:
    """The class of office a mention's own title names ("President" Carter, "former President"
    Carter too), to prefer among namesakes who held one of that class."""
    return ref.title.role_class if ref.title is not None else None


def _prefer_gazetteer(cluster: Cluster, ref: PersonRef, day: dt.date | None) -> bool:
    """Whether "Trump" is the president rather than the "Eric Trump" named paragraphs before.

    True when the name is the short name of a head of state or government in office, and
    the in-article person it would join holds no listed office and was not named in the
    last 60 tokens (about two sentences).
    """
    match = gazetteer().person(ref.name, day)
    if match is None or match.former or match.holder is None or match.name == cluster.key:
        return False
    if match.holder.role_class not in ("head_of_state", "head_of_government"):
        return False
    if cluster.match is not None and cluster.match.holder is not None:
        return False
    last = max((r.found.start for r in cluster.refs if r.found.start < ref.found.start), default=-1)
    return last < 0 or ref.sent_start - last > 60


def _full_names(text: str) -> set[str]:
    """Canonical names whose full name or alias (not short name) is ``text``."""
    return gazetteer().names.get(norm(text), set())


def _merge_target(clusters: dict[str, Cluster], ref: PersonRef) -> Cluster | None:
    """A cluster whose name ends like this one and is contained in it ("Tayyip Erdogan")."""
    for cluster in clusters.values():
        other = cluster.full.words
        shorter, longer = sorted((ref.words, other), key=len)
        if shorter[-1] == longer[-1] and longer[-len(shorter) :] == shorter:
            return cluster
    return None


def _nearest(refs: list[PersonRef], position: int, owner: dict[int, Cluster], word: str) -> Cluster | None:
    """The cluster of the nearest full name (before, else after) that contains ``word``.

    When several people share the word ("Kim Jong Il" and "Kim Jong Un"), one in office on
    the article date wins over one who no longer is.
    """

    def fits(ref: PersonRef) -> bool:
        return id(ref) in owner and len(ref.words) >= 2 and (ref.words[-1] == word or ref.words[0] == word)

    ordered = [owner[id(r)] for r in reversed(refs[:position]) if fits(r)]
    ordered += [owner[id(r)] for r in refs[position + 1 :] if fits(r)]
    if not ordered:
        return None
    serving = [c for c in ordered if c.match and c.match.holder and not c.match.former]
    others = any(c.match is None or c.match.former for c in ordered)
    return serving[0] if serving and others else ordered[0]


def settle(cluster: Cluster, context: Context) -> None:
    """Give every mention of a person the same name, role and actor code."""
    titled = [r for r in cluster.refs if r.title is not None]
    first = titled[0] if titled else None
    title = first.title if first else None
    affiliation = first.affiliation if first else None
    holder = cluster.match.holder if cluster.match else None
    former = bool(cluster.match and cluster.match.former)
    if title is not None and not title.former and holder is not None:
        # "Minister of Justice Tzipi Livni" names an office the gazetteer does not list: she holds
        # it now. "Secretary of State Hillary Clinton" in 2013 names the office she has left.
        office = holder.role.lower()
        party = affiliation is not None and _is_party(affiliation.actor)
        # "the head of a party backed by the Brotherhood": an office in a party or a campaign
        # the data may not know, no state office either.
        party = party or any(w in ("party", "campaign") for w in title.role.split())
        # A party office ("the head of a party backed by the Brotherhood") is no state office:
        # the gazetteer's "former" stands. So does a military rank ("Gen. David Petraeus" in
        # 2017, "Lt. Gen. Michael Flynn" after he left the White House): a rank stays with a
        # retired officer and names no office held on the article date.
        rank = title.code == "MIL" and (title.key in title_words().honorifics or title.key.split()[-1] in _RANKS)
        # "then the top U.S. commander": an office held at the time the text tells of, which
        # says nothing against the gazetteer's "former" on the article date.
        former = former and (title.role in office or office in title.role or party or rank or title.past)
    elif title is not None:
        former = title.former
        if former and holder is not None and not (cluster.match and cluster.match.former):
            # "former military chief Benny Gantz" in 2020: the title names an office left,
            # the gazetteer one held on the article date (the opposition's leader).
            office = holder.role.lower()
            former = title.role in office or office in title.role
    country = None
    if affiliation is not None:
        country = affiliation.country
    elif title is not None and title.country:
        country = title.country
    elif holder is not None:
        country = country_of(holder.code) or country_of(holder.country)
    code: str | None
    serving = holder is not None and not (cluster.match and cluster.match.former)
    if holder is not None and cluster.match is not None and cluster.match.former and _armed_group(holder.code):
        # CAMEO's ELI is a state's former official: the late leader or founder of al-Qaeda or
        # of the Taliban ("Osama bin Laden's charges" in 2015) is still a figure of that group.
        code = holder.code
    elif title is not None and title.code is None and not former and not serving:
        code = None  # analysts, experts, lawyers: named with a title, acting for no one
    elif former:
        if country is None and title is not None and title.code in _STATE_CODES and first is not None:
            # "a former ambassador": a state office of the country the text is about.
            country = None if first.owned else context.country_for(first.sent_start)
        code = f"{country}ELI" if country else None
    elif (
        affiliation is not None
        and affiliation.type not in ("country", "location")
        and not _is_party(affiliation.actor)
    ):
        code = affiliation.actor
        if title is not None and country and code == f"{country}GOV" and title.code in _BRANCHES:
            code = country + title.code  # "Tehran's police chief": the police, not the cabinet
    elif (
        holder is not None
        and not (cluster.match and cluster.match.former)
        and (country is None or country_of(holder.code) == country or holder.country == country)
    ):
        code = holder.code  # the gazetteer knows the office ("GOVMIL", "SPY") better than a title
    elif country is not None and title is not None:
        code = country + (title.code or "") if title.code else country
    elif holder is not None:
        code = holder.code
    elif (
        title is not None
        and title.code in _STATE_CODES
        and first is not None
        and not first.owned
        and not any(w in ("party", "campaign") for w in title.role.split())
    ):
        # "Prime Minister Hassan Diab": a state office of the country in focus; "the party's
        # leader, Paul Golding" holds an office of a party the data does not know, none of the state.
        # A judge serves a court: the state of the court the article names is better evidence
        # than the focus ("Judge Douglas Ginsburg" in an article about Afghan detainees that
        # names the U.S. Court of Appeals). Not a legislator: the US Congress is named in
        # articles about every country.
        place = context.sentence_country(first.sent_start)
        if place is None and title.code in _BODY_ROLES:
            place = context.body_country(title.code, first.found.start)
        if title.key in _ENVOYS and context.home:
            # An envoy named with no country anywhere in the article ("Ambassador J.
            # Christopher Stevens" in an article about Libya) is the outlet's own country's:
            # the country the text names is where the envoy serves, and a foreign envoy's
            # country is always given ("Russian Ambassador Sergei Kislyak").
            place = context.home
        if place is None and title.code in _BODY_ROLES and context.home:
            # A judge named with no country and no court of a known state ("Judge Douglas
            # Ginsburg" in the New York Times on Afghan detainees) sits on a court of the
            # outlet's own country: the news gives a foreign judge's country ("a Spanish judge"),
            # and the country in focus is the one the case is about, not the court's.
            place = context.home
        place = place or context.focus
        code = place + title.code if place else None
    else:
        code = None
    role = title.role if title else (holder.role if holder else None)
    if former and role:
        role = f"former {role}"
    name = cluster.match.name if cluster.match else cluster.full.name
    for ref in cluster.refs:
        ref.found.actor = code
        ref.found.name = name
        ref.found.role = role
        ref.found.person = cluster.key


@dataclass(slots=True)
class Speaker:
    """A person mention, as an antecedent for descriptions and pronouns."""

    found: Found
    sent_start: int


def descriptions(
    doc: Doc, candidates: list[Span], at: dict[int, Found], people: list[Speaker], context: Context
) -> list[Found]:
    """Mentions for titles used without a name ("the secretary", "America's top diplomat").

    A definite description resolves to the nearest earlier person with that title (and the
    same country when one is given), else to the gazetteer's holder of the office on the
    article date in the country named or in focus.
    """
    out: list[Found] = []
    lex = title_words()
    for head_span in candidates:
        head = head_span[-1]
        if head.i in at or _names_follow(doc, head) or _apposed_to_name(head):
            continue
        start = head.left_edge.i
        if start > head.i or head.left_edge.sent.start != head.sent.start:
            continue
        if context.glued and any(i in context.glued for i in range(start, head.i + 1)):
            continue  # "Donald John TrumpDem lawmaker says ...": a hover card and a headline
        title, affiliation = read_region(doc, start, head.i + 1, at)
        if title is None or fold(head.lower_) not in lex.heads:
            continue
        definite = doc[start].lower_ in ("the", "this", "that") or affiliation is not None
        if not definite:
            continue
        country = affiliation.country if affiliation is not None else title.country
        found = _describe(
            Found(_own_start(doc, start, head.i, at), head.i + 1, None, None, "person", source="description"),
            title,
            country,
            people,
            head.sent.start,
            context,
        )
        if found is not None:
            out.append(found)
    return out


def _own_start(doc: Doc, start: int, head: int, at: dict[int, Found]) -> int:
    """Where a description's own words start: after a leading "when" the parse may attach,
    and after a named owner ("Obama’s first secretary of state"), whose mention stays its own."""
    while start < head and doc[start].tag_ in ("WRB", "IN", "CC"):
        start += 1
    for i in range(head - 1, start - 1, -1):
        owner = at.get(i)
        if owner is not None and owner.type == "person" and i + 1 < head and doc[i + 1].tag_ == "POS":
            return i + 2
    return start


def _names_follow(doc: Doc, head: Token) -> bool:
    """A title right before a name is that name's title, not a description."""
    nxt = head.i + 1
    return nxt < len(doc) and doc[nxt].ent_type_ == "PERSON"


def _apposed_to_name(head: Token) -> bool:
    if head.dep_ == "appos" and head.head.ent_type_ == "PERSON":
        return True
    return any(child.dep_ == "appos" and child.ent_type_ == "PERSON" for child in head.children)


def _describe(
    found: Found, title: Title, country: str | None, people: list[Speaker], sent_start: int, context: Context
) -> Found | None:
    """Resolve a description to a person mentioned before, or to the office's holder."""
    for speaker in reversed(people):
        other = speaker.found
        if other.start >= found.start or other.role is None:
            continue
        same_title = title.key in other.role or (title.role_class != "other" and title.role in other.role)
        if same_title and (country is None or other.country == country):
            found.actor, found.name, found.role, found.person = (
                other.actor,
                other.name,
                other.role,
                other.person,
            )
            return found
    if title.role_class == "other":
        return None
    place = country or context.country_for(sent_start)
    if place is None:
        return None
    holder = gazetteer().holder(place, title.role_class, context.day)  # type: ignore[arg-type]
    if holder is None:
        return None
    found.actor, found.name, found.role, found.person = holder.code, holder.name, holder.role, holder.name
    return found


def pronouns(doc: Doc, candidates: list[Token], people: list[Speaker]) -> list[Found]:
    """Mentions for "he"/"she" as the speaker of a statement right after one person was named.

    The pronoun must be the subject of a verb of saying (or "according to him/her"); the
    antecedent is the only person named in its sentence before it, or else the only person
    named in the nearest earlier sentence that names any (looking back two sentences).
    """
    lex = title_words()
    out: list[Found] = []
    for token in candidates:
        speaking = (
            token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in lex.speech_verbs
        ) or (
            token.lower_ in ("him", "her")
            and token.head.lower_ == "to"
            and token.head.head.lower_ == "according"
        )
        if not speaking:
            continue
        antecedent = _antecedent(doc, token, people)
        if antecedent is None:
            continue
        out.append(
            Found(
                token.i,
                token.i + 1,
                antecedent.actor,
                antecedent.name,
                "person",
                role=antecedent.role,
                source="pronoun",
                person=antecedent.person,
            )
        )
        people.append(Speaker(out[-1], token.sent.start))
        people.sort(key=lambda s: s.found.start)
    return out


def _antecedent(doc: Doc, token: Token, people: list[Speaker]) -> Found | None:
    sent = token.sent
    same = [s.found for s in people if s.sent_start == sent.start and s.found.end <= token.i]
    if same:
        return _only(same)
    starts = sorted({s.sent_start for s in people if s.sent_start < sent.start}, reverse=True)
    for sent_start in starts[:1]:
        if _sentences_between(doc, sent_start, sent.start) > 2:
            return None
        return _only([s.found for s in people if s.sent_start == sent_start])
    return None


def _sentences_between(doc: Doc, earlier: int, later: int) -> int:
    return len(list(doc[earlier:later].sents))  # type: ignore[attr-defined]


def _only(found: list[Found]) -> Found | None:
    """The one person among mentions (by cluster), or None if there are several or none named."""
    people = {f.person or f.name for f in found if f.name}
    if len(people) != 1:
        return None
    return found[-1]
