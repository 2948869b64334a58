"""Resolving a Doc's entity mentions to canonical actors: the stage's main function.

Order of work, each step reading what the earlier ones found:

1. named entities that are not people (countries, capitals, bodies, media, objects), plus
   country names and adjectives spaCy's NER missed;
2. people: titles around names, clusters of mentions of one person, the gazetteer;
3. bodies named without a country ("the Foreign Ministry") and nouns for groups
   ("Turkish officials") by the country in focus;
4. descriptions ("the secretary") and pronouns that speak ("he said").

A sentence that breaks a step is logged and skipped; the rest of the article goes on.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable

import numpy
import spacy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..extensions import doc_date, doc_source, doc_text
from ..model import Mention
from .data import fold, load_yaml, norm
from .entities import (
    LABELS,
    bare_body,
    glued_tokens,
    inner_country,
    is_possessive,
    name_tokens,
    resolve_entity,
    type_of,
)
from .found import Context, Found, country_label, country_of, focus_country
from .gazetteer import gazetteer
from .lexicon import context_names, country_name, home_bodies, lexicon
from .nominals import nominals
from .people import (
    PersonRef,
    Speaker,
    appositive_region,
    cluster_people,
    descriptions,
    person_ref,
    pronouns,
    settle,
    share_titles,
)
from .places import choose, gang_noun_after, is_big_city, landmark_heads, landmark_prefixes, place_noun_after
from .titles import title_words

log = logging.getLogger(__name__)

EXTRACTOR = "dateline.actors.v1"

#: Lexicon entries the gap matcher looks for outside spaCy's entities (country words).
_GAP_KINDS = {"country", "demonym", "capital", "seat"}


class Resolver:
    """Holds the matchers built once per vocabulary; ``resolve(doc)`` does the work."""

    def __init__(self, nlp: Language) -> None:
        vocab = nlp.vocab
        lex = lexicon()
        self.gaps = PhraseMatcher(vocab, attr="ORTH")
        patterns: dict[str, list[Doc]] = {}
        for alias, entry in lex.forms:
            if entry.kind in _GAP_KINDS and alias[:1].isupper() and len(alias) > 1:
                patterns.setdefault(entry.key, []).append(nlp.make_doc(alias))
        self._keys: dict[int, str] = {}
        for key, docs in patterns.items():
            self.gaps.add(key, docs)
            self._keys[vocab.strings[key]] = key
        # Office holders named in full that spaCy's NER misses ("King Abdullah II").
        self.people = PhraseMatcher(vocab, attr="ORTH")
        full = sorted({name for name in gazetteer().names_as_written() if len(name.split()) >= 2})
        self.people.add("PERSON", [nlp.make_doc(name) for name in full])
        words = title_words()
        heads = sorted({k[-1] for k in [*words.titles, *words.descriptions, *words.agents]})
        # One-word lookups read the Doc's LOWER column at once: a Matcher would build a Token
        # object per token of the article (7% of this stage, measured).
        self._heads = numpy.array(sorted(vocab.strings.add(w) for w in heads), dtype=numpy.uint64)
        self._pronouns = numpy.array(sorted(vocab.strings.add(w) for w in ("he", "she", "him", "her")),
                                     dtype=numpy.uint64)

    def resolve(self, doc: Doc, article_id: str = "") -> list[Mention]:
        """The mentions of ``doc``, in text order."""
        found = self.find(doc)
        text = doc_text(doc)
        return [_mention(doc, text, f, article_id) for f in found]

    def find(self, doc: Doc) -> list[Found]:
        """The mentions of ``doc`` as token-offset records, in text order."""
        context = Context(day=doc_date(doc), home=country_of(_outlet(doc_source(doc))))
        context.glued = glued_tokens(doc, doc_text(doc))
        at: dict[int, Found] = {}
        found: list[Found] = []
        spans = self._spans(doc, context)
        person_words = _person_words(spans)
        person_spans: list[Span] = []
        for span in spans:
            if span.label_ == "PERSON" and span.text.isupper() and len(span) == 1 and len(span.text) <= 6:
                span = Span(doc, span.start, span.end, label="ORG")  # "AIIB" is no one's name
            if span.label_ == "PERSON" and _city_not_person(span, person_words):
                span = Span(doc, span.start, span.end, label="GPE")  # "the Arak reactor", "Douma"
            if span.label_ == "PERSON" and _place_by_noun(span, person_words):
                span = Span(doc, span.start, span.end, label="GPE")  # "the Balaclava region"
            if span.label_ == "PERSON" and _landmark_not_person(span):
                span = Span(doc, span.start, span.end, label="FAC")  # "Checkpoint Charlie"
            if span.label_ == "PERSON" and not _not_a_person(span, person_words):
                person_spans.extend(_split_pair(_with_first_name(span)))
            elif span.label_ != "PERSON" and (_is_person_name(span, person_words) or _titled_name(span)):
                person_spans.append(Span(doc, span.start, span.end, label="PERSON"))
            else:
                _guard(span, self._entity, doc, span, found, at)
        self._index_sentences(doc, found, context)
        for f in list(found):
            _contextual(f, doc, context)
            _guard(doc[f.start : f.end], _home_body, doc, f, at, context)
            if f.actor is None and doc[f.start].ent_type_ == "NORP" and f.type == "organization":
                _drop(found, at, f)  # "Conservatives" in an article about no country that has them
        for f in found:
            if f.type == "location" and gang_noun_after(doc, f.end):
                f.actor, f.type, f.place = None, "organization", None  # "the Sinaloa drug gang"
                f.name = name_tokens(doc[f.start : f.end]).text  # "Gulf", not the region it named
        _acronyms(doc, found)
        _join_country_bodies(doc, found)
        # Places the data does not know take a country from the sentence or the article.
        for f in found:
            if f.place is not None and f.actor is None:
                sentence = doc[f.start].sent.start
                after = _country_after(doc, f, at)  # "Taormina, Italy"
                f.actor = choose(f.place, [after, context.sentence_country(sentence), context.focus])
        # Bodies without a country ("Foreign Ministry") take the one before them or in focus.
        for f in [f for f in found if f.actor is None and f.type == "organization"]:
            _guard(doc[f.start : f.end], _bare_body, doc, f, found, at, context)
        people = self._people(doc, person_spans, at, found, context)
        if len(doc):
            _guard(doc[0:1], _bylines, doc, found)
            _guard(doc[0:1], _contributors, doc, found)
        self._index_sentences(doc, found, context)
        lower = doc.to_array(LOWER)
        heads = _by_sentence([doc[int(i)] for i in numpy.flatnonzero(numpy.isin(lower, self._heads))])
        for sent_heads in heads:
            _guard(sent_heads[0], _nominals, doc, sent_heads, found, at, context)
        speakers = sorted((Speaker(f, doc[f.start].sent.start) for f in people), key=lambda s: s.found.start)
        for sent_heads in heads:
            _guard(sent_heads[0], _descriptions, doc, sent_heads, found, at, speakers, context)
        pronouns = [doc[int(i)] for i in numpy.flatnonzero(numpy.isin(lower, self._pronouns))]
        for sent_pronouns in _by_sentence(pronouns):
            _guard(sent_pronouns[0], _pronouns, doc, sent_pronouns, found, at, speakers)
        found.sort(key=lambda f: (f.start, -f.end))
        return found

    @staticmethod
    def _entity(doc: Doc, span: Span, found: list[Found], at: dict[int, Found]) -> None:
        """A non-person entity, and the country its name starts with ("Turkish" Defence Ministry)."""
        outer = resolve_entity(span, None)
        if outer is None:
            # "U.S.-Iranian relations": two countries' adjectives joined by a hyphen.
            for part in _hyphen_parts(span) if span.label_ == "NORP" else []:
                _add(found, at, resolve_entity(part, None))
            if span.label_ == "NORP" and len(span) == 1:
                _add(found, at, _hyphen_token(span))
            return
        if outer.actor is None and outer.type == "location":
            # "Mexico-U.S." talks: two countries joined by a hyphen.
            parts = _hyphen_parts(span)
            if parts:
                for part in parts:
                    _add(found, at, resolve_entity(part, None))
                return
        inner = inner_country(span, outer)
        _add(found, at, inner)
        _add(found, at, outer)

    def _spans(self, doc: Doc, context: Context) -> list[Span]:
        """spaCy's entities of the labels we resolve, plus country words in the gaps between them."""
        named = _person_words([e for e in doc.ents if e.label_ == "PERSON"])
        ents = [
            part
            for e in doc.ents
            for piece in _paragraph_parts(e)
            for kept in _without_furniture(piece)
            for cut in _before_hover_card(kept, context.glued)
            for part in _owner_and_person(_with_landmark(cut), named)
        ]
        spans = [e for e in ents if (e.label_ in LABELS or e.label_ == "PERSON") and not _junk(e)]
        taken = {i for e in doc.ents for i in range(e.start, e.end)}
        lex = lexicon()
        for match_id, start, end in self.gaps(doc):
            if any(i in taken for i in range(start, end)):
                continue
            key = self._keys[match_id]
            entry = lex.by_key[key]
            label = "NORP" if entry.kind == "demonym" else "GPE"
            spans.append(Span(doc, start, end, label=label, span_id=key))
            taken.update(range(start, end))
        for _, start, end in self.people(doc):
            if not any(i in taken for i in range(start, end)):
                spans.append(Span(doc, start, end, label="PERSON"))
                taken.update(range(start, end))
        for e in doc.ents:
            name = _name_after_outlet(doc, e, taken)
            if name is not None:
                spans.append(name)
                taken.update(range(name.start, name.end))
        spans.sort(key=lambda s: s.start)
        return _join_names(spans)

    def _people(
        self, doc: Doc, spans: list[Span], at: dict[int, Found], found: list[Found], context: Context
    ) -> list[Found]:
        refs = []
        for span in spans:
            try:
                ref = person_ref(span, at)
            except Exception:  # a bad sentence must not lose the article
                log.exception("person mention skipped in %r", span.sent.text[:80])
                continue
            refs.append(ref)
            name = name_tokens(span)
            for i in range(name.start, name.end):
                at.setdefault(i, ref.found)
            found.append(ref.found)
        share_titles(doc, refs, at)
        _absorb_title_words(doc, refs, found, at)
        for cluster in sorted(
            cluster_people(refs, context.day), key=lambda c: min(r.found.start for r in c.refs)
        ):  # type: ignore[arg-type]
            settle(cluster, context)
        # Unknown names inside a title ("National Security" Advisor) are part of the title.
        titles = {i for r in refs for i in range(r.found.start, r.found.end)}
        found[:] = [f for f in found if f.actor is not None or f.source == "person" or f.start not in titles]
        return [r.found for r in refs]

    @staticmethod
    def _index_sentences(doc: Doc, found: list[Found], context: Context) -> None:
        context.by_sentence = {}
        for f in found:
            context.by_sentence.setdefault(doc[f.start].sent.start, []).append(f)
        context.focus = focus_country(found)


def _absorb_title_words(doc: Doc, refs: list[PersonRef], found: list[Found], at: dict[int, Found]) -> None:
    """A body named by a title word that completes the office's title ("Treasury" in
    "Treasury Secretary Steven Mnuchin", "State" in "Secretary of State") is a piece of the
    title, not a mention of its own: the person's mention covers it (its code already went
    into the title). A body before a title that stands on its own ("Senate" in "Senate
    Democratic Leader Harry Reid") is the body the person works for: it stays a mention."""
    vocab = title_words().vocab
    for ref in refs:
        if ref.title is None:
            continue
        last = _last_title_word(doc, ref)
        for f in [f for f in found if ref.found.start <= f.start and f.end < ref.name_start]:
            if f is ref.found or f.type not in ("government", "military"):
                continue
            completes = f.end == last or (f.start > 0 and doc[f.start - 1].lower_ == "of")
            if (
                completes
                and f.end - f.start == 1
                and fold(doc[f.start].lower_) in vocab
                and fold(doc[f.end].lower_) in vocab
            ):
                found.remove(f)
                at[f.start] = ref.found


def _last_title_word(doc: Doc, ref: PersonRef) -> int:
    """The token that ends the title before a name, ranks and full stops left out
    ("Secretary" in "Defense Secretary Gen. Jim Mattis")."""
    honorifics = title_words().honorifics
    i = ref.name_start - 1
    while i > ref.found.start and (doc[i].is_punct or fold(doc[i].lower_) in honorifics):
        i -= 1
    return i


#: Suffixes of company names that spaCy sometimes tags alone ("The Washington Times, LLC").
_CORPORATE = {"llc", "inc", "inc.", "ltd", "ltd.", "co", "co.", "corp", "corp.", "plc", "gmbh"}


def _junk(span: Span) -> bool:
    """Spans that name nothing: "km/h", a lone "LLC", "pro-Morsi", a "@handle", "Valentine's Day"."""
    if not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in span):
        # "nat", "km/h"; but "the foreign ministry" is a body
        return tuple(fold(t.lower_) for t in span if t.lower_ != "the") not in title_words().agents
    if span.text.lower() in _CORPORATE or span.text.lower().startswith(("pro-", "anti-", "@")):
        return True
    if any(fold(t.lower_) in _boilerplate() for t in span):
        return True  # "LISTEN TO ARTICLE", "Daily Newsletters Manage Newsletters"
    if any(t.lower_ in ("v.", "vs.") for t in span[1:-1]):
        return True  # "Haldeman v. Sirica": a court case
    if _BRACKETED_WORD.match(span[0].text):
        return True  # "[W]e", "W]e": a quote's editorial bracket inside a word ("Bashar] Assad" is a name)
    if len(span) == 1 and span[0].text in _TIME_ZONES and span.start > 0 and span.doc[span.start - 1].lower_ in _CLOCK:
        return True  # "2:23 p.m. ET": a time zone
    return span.label_ == "PERSON" and span[-1].text in ("Day", "Eve")


_BRACKETED_WORD = re.compile(r"^\[?\w+\]\w+$")

#: Time zones written after a clock time ("11:16 a.m. ET"), and the words they follow.
_TIME_ZONES = {"ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "PT", "PST", "PDT", "GMT", "UTC", "BST", "CET"}
_CLOCK = {"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "noon", "midnight"}


def _paragraph_parts(span: Span) -> list[Span]:
    """An entity cut at paragraph breaks: a name never runs across one ("REUTERS/Stoyan
    Nenov" + "SOFIA", a photo credit and the next paragraph's dateline)."""
    if not any("\n" in t.text for t in span):
        return [span]
    parts: list[Span] = []
    start = span.start
    for token in span:
        if "\n" in token.text:
            if token.i > start:
                parts.append(Span(span.doc, start, token.i, label=span.label_))
            start = token.i + 1
    if start < span.end:
        parts.append(Span(span.doc, start, span.end, label=span.label_))
    return [p for p in parts if any(t.is_alpha for t in p)]


def _with_landmark(span: Span) -> Span:
    """A known place name the entity ruler cut off the landmark it names ("Westminster" of
    "Westminster Bridge", "Tahrir" of "Tahrir Square"): the whole name, a facility, read as
    a place of the country its first part lies in. Only when the landmark word ends the name
    ("Israel Border Police" is a body)."""
    doc = span.doc
    i = span.end
    if span.label_ not in ("GPE", "LOC", "ORG") or i >= len(doc):
        return span
    nxt = doc[i]
    if nxt.ent_type_ or not nxt.is_title or fold(nxt.lower_) not in landmark_heads():
        return span
    if i + 1 < len(doc) and (doc[i + 1].is_title or doc[i + 1].is_upper) and not doc[i + 1].is_sent_start:
        return span
    lex = lexicon()
    entry = lex.by_key.get(span.ent_id_) if span.ent_id_ else lex.lookup(span.text)
    if entry is None or entry.kind not in ("country", "capital", "seat", "place"):
        return span
    return Span(doc, span.start, i + 1, label="FAC")


def _before_hover_card(span: Span, glued: frozenset[int]) -> list[Span]:
    """An entity cut before a hover card ("President Trump" of "President Trump Donald John
    TrumpDem lawmaker says ..."): the card's full name, its glued last token and what
    follows name nothing of their own (``glued``: the Doc's glued tokens)."""
    if not glued:
        return [span]
    doc = span.doc
    for i in range(span.start, min(len(doc), span.end + 4)):  # the NER may stop before the glued token
        if i in glued:
            name = doc[i].text[: next(k for k in range(1, len(doc[i].text)) if doc[i].text[k].isupper())]
            # The card starts after the name it repeats ("Trump" + "Donald John TrumpDem").
            card = max((j + 1 for j in range(max(span.start, i - 4), i) if doc[j].text == name), default=i)
            return [Span(doc, span.start, card, label=span.label_)] if card > span.start else []
    return [span]


def _without_furniture(span: Span) -> list[Span]:
    """An entity that runs a name into a web page's furniture ("Syria Replay More Videos",
    "WATCHED Thai" of a video player's "JUST WATCHED Thai military takes over"): the pieces
    between the furniture words that the lexicon knows. Other pieces name nothing."""
    furniture = _boilerplate()
    cuts = [t.i for t in span if fold(t.lower_) in furniture]
    if not cuts:
        return [span]
    doc = span.doc
    bounds = [span.start - 1, *cuts, span.end]
    pieces = [doc[a + 1 : b] for a, b in zip(bounds, bounds[1:], strict=False) if b > a + 1]
    return [
        Span(doc, p.start, p.end, label=span.label_)
        for p in pieces
        if any(c.isalpha() for c in p.text) and lexicon().lookup(name_tokens(p).text) is not None
    ]


def _owner_and_person(span: Span, named: set[str]) -> list[Span]:
    """An entity that runs a known body and a full name together ("Fox News’s Sean Hannity"
    tagged as one ORG) cut into the body and the person it employs; a body's possessive before
    the last name of someone the article names in full ("Carnegie’s Hibbs" after "Mark Hibbs,
    a senior associate with the Carnegie Endowment") is that person (``named``: first and last
    words of the article's full names)."""
    short = _owner_and_short_name(span, named)
    if short:
        return short
    if span.label_ == "PERSON" or len(span) < 4:
        return [span]
    doc = span.doc
    for i in range(span.start + 1, span.end - 2):
        if not is_possessive(doc[i]):
            continue
        person = doc[i + 1 : span.end]
        if all(t.is_alpha and t.is_title for t in person) and lexicon().lookup(doc[span.start : i].text):
            return [Span(doc, span.start, i + 1, label=span.label_), Span(doc, i + 1, span.end, label="PERSON")]
        break
    return [span]


def _owner_and_short_name(span: Span, named: set[str]) -> list[Span]:
    """ "Carnegie’s Hibbs", "Brookings’s Riedel": one or two words after a possessive, the last
    the last name of a person the article names in full. A body the lexicon knows keeps its own
    mention; one it does not know would only hide the person (no code to give it)."""
    doc = span.doc
    cuts = [i for i in range(span.start + 1, span.end - 1) if is_possessive(doc[i])]
    if len(cuts) != 1 or not 1 <= span.end - cuts[0] - 1 <= 2:
        return []
    person = doc[cuts[0] + 1 : span.end]
    if not all(t.is_alpha and t.is_title for t in person) or norm(person[-1].text) not in named:
        return []
    owner = doc[span.start : cuts[0]]
    if lexicon().lookup(owner.text) is not None:
        return [Span(doc, span.start, cuts[0] + 1, label="ORG"), Span(doc, person.start, person.end, label="PERSON")]
    return [Span(doc, person.start, person.end, label="PERSON")]


@functools.lru_cache(maxsize=1)
def _boilerplate() -> frozenset[str]:
    return frozenset(w.lower() for w in load_yaml("non_actors.yaml")["boilerplate"])


def _city_not_person(span: Span, person_words: set[str]) -> bool:
    """A one-word "person" that is a big city's name and no one's name in the article or the
    gazetteer ("the Arak plutonium reactor", "the city of Douma")."""
    name = name_tokens(span)
    if len(name) != 1 or not name[0].is_title or norm(name.text) in person_words:
        return False
    before = span.doc[name.start - 1] if name.start > 0 else None
    if before is not None and fold(before.lower_) in title_words().heads | set(title_words().honorifics):
        return False  # "Mr. Lincoln", "President Jackson"
    return not gazetteer().candidates(name.text) and is_big_city(name.text)


def _landmark_not_person(span: Span) -> bool:
    """A "person" whose name starts with a word of places ("Checkpoint Charlie", "Camp
    David", "Fort Bragg") and who is no office holder."""
    name = name_tokens(span)
    return (
        len(name) >= 2
        and fold(name[0].lower_) in landmark_prefixes()
        and not gazetteer().candidates(name.text)
    )


def _place_by_noun(span: Span, person_words: set[str]) -> bool:
    """A "person" with "the" before it and a place's common noun after it ("the Balaclava
    region", "the Belbek military airport"), whose name is no one's in the article or the
    gazetteer: "the Trump administration" has no such noun, and a known name stays a person."""
    doc = span.doc
    name = name_tokens(span)
    if name.start == 0 or doc[name.start - 1].lower_ != "the" or any(norm(t.text) in person_words for t in name):
        return False
    return place_noun_after(doc, name.end) and not gazetteer().candidates(name.text)


def _person_words(spans: list[Span]) -> set[str]:
    """The first and last words of the full names (two words or more) spaCy found."""
    words: set[str] = set()
    for span in spans:
        if span.label_ == "PERSON":
            name = [t for t in name_tokens(span) if t.is_alpha]
            if len(name) >= 2:
                words.update((norm(name[0].text), norm(name[-1].text)))
    return words


def _not_a_person(span: Span, person_words: set[str]) -> bool:
    """A one-word "person" that the lexicon knows as something else and no full name explains,
    or a lone title ("The King did greet them"), which is a description, not a name."""
    if len(span) > 2:
        return False
    text = name_tokens(span).text
    if fold(text.lower()) in title_words().heads:
        return True
    doc = span.doc
    if len(span) == 1 and span.end < len(doc) and doc[span.end].text == "." and fold(text.lower()) + "." in (
        title_words().honorifics
    ):
        # "Col" + "." split by the tokenizer: a rank before a name, not a name
        # ("Pentagon spokesman Col. Steve Warren"); "Panmunjom." ending a sentence is read on.
        return True
    if (
        len(span) == 1
        and span.end < len(doc)
        and title_words().honorifics.get(doc[span.end].lower_) == "MIL"
        and not gazetteer().candidates(text)
    ):
        return True  # the first word of a rank ("press secretary Rear Adm. John Kirby")
    entry = lexicon().lookup(text)
    if entry is None:
        return False
    return not gazetteer().candidates(text) and norm(text) not in person_words


def _is_person_name(span: Span, person_words: set[str]) -> bool:
    """A one-word ORG, GPE, NORP, LOC or PRODUCT ("For Panetta, who ...") that is the first or
    last name of a person the article names in full ("Odierno" after "General Raymond
    Odierno"), or a known office holder's short name ("Trump"), and that the lexicon does not
    know as a place (a company name gives way)."""
    name = name_tokens(span)
    if span.label_ not in ("ORG", "GPE", "NORP", "LOC", "PRODUCT"):
        return False
    entry = lexicon().lookup(name.text)
    before = span.doc[name.start - 1] if name.start > 0 else None
    if entry is None and before is not None and fold(before.lower_) in title_words().honorifics:
        return span.label_ == "ORG" and name[0].is_title  # "Lord Bell", "Mr. Hicks"
    if len(name) >= 2:
        # "Enrique Peña Nieto" tagged ORG: an office holder's full name; "Pena Nieto’s": a
        # holder's short name in two words, or a name the article gives in full.
        key = norm(name.text)
        gaz = gazetteer()
        return entry is None and bool(
            gaz.names.get(key) or gaz.shorts.get(key) or all(norm(t.text) in person_words for t in name)
        )
    if len(name) != 1:
        return False
    word = norm(name.text)
    if word in person_words:
        company = span.label_ == "ORG" and entry is not None and entry.kind in ("org", "media")
        return entry is None or entry.kind == "place" or company
    return entry is None and bool(gazetteer().shorts.get(word))


#: Abbreviations that end a company's name, which spaCy's model reads into an ORG.
_COMPANY_ENDS = {"co.", "inc.", "corp.", "ltd.", "bros.", "plc.", "llc."}


def _titled_name(span: Span) -> bool:
    """A person's name spaCy's model tags ORG, which a person's title shows to be a name: a
    title in apposition ("said Taras Berezovets, head of Berta Communications"), or a title
    before a short last name that keeps the sentence's full stop ("lawmaker Claudia Mo.", the
    period read as a company's "Co."). Only two or three capitalized words the lexicon does
    not know, none of them a body's word ("Party", "Foundation": `org_words`, `org_heads`)."""
    doc = span.doc
    lex = title_words()
    if span.label_ != "ORG" or not 2 <= len(span) <= 3 or span.start == 0:
        return False
    if not all(t.is_title and t.text.rstrip(".").isalpha() for t in span):
        return False
    words = [fold(t.lower_.rstrip(".")) for t in span]
    if lexicon().lookup(span.text) is not None or any(w in lex.org_heads or w in lex.org_words for w in words):
        return False
    if appositive_region(span) is not None:
        return True
    last = span[-1]
    if not (last.text.endswith(".") and last.lower_ not in _COMPANY_ENDS):
        return False
    if last.i + 1 < len(doc) and not (doc[last.i + 1].is_sent_start or doc[last.i + 1].is_space):
        return False  # the full stop ends a sentence or a paragraph
    return fold(doc[span.start - 1].lower_) in lex.heads


def _hyphen_parts(span: Span) -> list[Span]:
    """The parts of "Mexico-U.S." if each names a country; else nothing."""
    doc = span.doc
    cuts = [i for i in range(span.start + 1, span.end - 1) if doc[i].text == "-"]
    if not cuts:
        return []
    bounds = [span.start, *cuts, span.end]
    parts = [doc[a + (a != span.start) : b] for a, b in zip(bounds, bounds[1:], strict=False)]
    lex = lexicon()
    if all(
        len(p) and (e := lex.lookup(p.text)) is not None and e.kind in ("country", "demonym") for p in parts
    ):
        return [Span(doc, p.start, p.end, label="GPE") for p in parts]
    return []


def _hyphen_token(span: Span) -> Found | None:
    """ "U.S.-Iranian" as one token: the first of the two countries it joins (a mention
    covers whole tokens, so the pair reads as its first member)."""
    parts = span.text.split("-")
    if len(parts) != 2 or not all(parts):
        return None
    lex = lexicon()
    entries = [lex.lookup(p) for p in parts]
    if not all(e is not None and e.kind in ("country", "demonym") and e.code for e in entries):
        return None
    first = entries[0]
    assert first is not None and first.code is not None
    return Found(span.start, span.end, first.code, country_name(first.code) or first.name, "country")


def _split_pair(span: Span) -> list[Span]:
    """ "Trump-Merkel" (two people joined by a hyphen) as two names; any other span unchanged."""
    doc = span.doc
    gaz = gazetteer()
    for i in range(span.start + 1, span.end - 1):
        if doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_:
            left, right = doc[span.start : i], doc[i + 1 : span.end]
            if (
                gaz.shorts.get(norm(left[-1].text))
                and gaz.shorts.get(norm(right[0].text))
                and not gaz.candidates(span.text)
            ):
                return [
                    Span(doc, left.start, left.end, label="PERSON"),
                    Span(doc, right.start, right.end, label="PERSON"),
                ]
    return [span]


def _contextual(f: Found, doc: Doc, context: Context) -> None:
    """ "the North" is North Korea in an article that names a Korea (context_names.yaml)."""
    if f.actor is not None or f.type not in ("location", "organization"):
        return
    rules = context_names().get(norm(name_tokens(doc[f.start : f.end]).text))
    if not rules:
        return
    named = {x.country for found in context.by_sentence.values() for x in found}
    # The country in focus first: "the Communist Party" of Cuba in an article about Cuba
    # that also names China.
    rules = sorted(rules, key=lambda r: context.focus not in r["when"])
    for rule in rules:
        if named & set(rule["when"]):
            kind = rule.get("type", "country")
            # "Tory" is the Conservative Party: the name of the body the data gives that code.
            name = country_name(rule["code"]) if kind == "country" else f.name
            if kind == "organization":
                name = _name_of(rule["code"]) or name
            f.actor, f.name, f.type = rule["code"], name, kind
            return


@functools.lru_cache(maxsize=256)
def _name_of(code: str) -> str | None:
    """The name of the body an actor code belongs to in the lexicon (names that stand for an
    actor only in context; cached, since each call scans the whole lexicon)."""
    return next((e.name for e in lexicon().by_key.values() if e.code == code and e.kind == "org"), None)


def _home_body(doc: Doc, f: Found, at: dict[int, Found], context: Context) -> None:
    """ "the Supreme Court" in an article about India is India's (home_bodies.yaml): a body
    many states have is the one of the country right before it ("Israel's Supreme Court"),
    else of the country in focus when the sentence names no other and the article does not
    name the home state's body in full elsewhere ("the U.S. Supreme Court")."""
    if f.actor is None or f.source != "entity" or f.type not in ("government", "organization"):
        return
    rule = home_bodies().get(norm(name_tokens(doc[f.start : f.end]).text))
    if rule is None:
        return
    home = country_of(f.actor)
    country = _country_right_before(doc, f, at)
    if country is None:
        named = {x.country for x in context.by_sentence.get(doc[f.start].sent.start, ()) if x is not f}
        named.discard(None)
        focus = context.focus
        country = focus if focus is not None and named <= {focus} else None
        homes = home_bodies()
        if any(
            x is not f and x.actor == f.actor and norm(name_tokens(doc[x.start : x.end]).text) not in homes
            for xs in context.by_sentence.values()
            for x in xs
        ):
            country = None  # "the U.S. Supreme Court ruled ... the Supreme Court said"
    if country is None or country == home or ("only" in rule and country not in rule["only"]):
        return
    f.actor = country + rule["role"]
    f.name = f"{country_label(country)} {name_tokens(doc[f.start : f.end]).text}"
    f.type = type_of(rule["role"])


#: How far into an article (characters) a line without "By" may be its byline.
_BYLINE_REACH = 300

#: Words a byline may hold besides names and its outlet ("By Tonny Onyulo and Doug Stanglin").
_BYLINE_WORDS = {"by", "and", ",", "&", "|", "-", "—", "–", "with"}


def _bylines(doc: Doc, found: list[Found]) -> None:
    """Writers named in a byline work for the outlet it names, on that line or the next one
    ("Tonny Onyulo and Doug Stanglin\n\nUSA TODAY"): every mention of them is that outlet's,
    when nothing else gave them a code ("Stanglin reported from McLean, Va.")."""
    text = doc_text(doc)
    people = [f for f in found if f.type == "person" and f.source == "person"]
    media = [f for f in found if f.type == "media" and f.actor]
    if not people or not media:
        return
    lines: dict[int, list[Found]] = {}
    for f in people + media:
        lines.setdefault(text.rfind("\n", 0, doc[f.start].idx) + 1, []).append(f)
    outlets: dict[str, str] = {}  # person key -> media code
    for start, on_line in lines.items():
        writers = [f for f in on_line if f.type == "person" and f.person]
        opening = text[start : start + 20].lstrip("—–- ").lower()
        # A byline heads the article or says so ("By ...", "— With assistance by ..."); a
        # photo caption naming someone above a credit line is no byline.
        if not writers or not (start < _BYLINE_REACH or opening.startswith(("by ", "with "))):
            continue
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        outlet = [f for f in on_line if f.type == "media"]
        if not outlet:
            nxt = text[end:].lstrip()
            nxt_start = len(text) - len(nxt)
            outlet = [f for f in lines.get(nxt_start, []) if f.type == "media" and _covers_line(doc, f, text)]
        if len(outlet) != 1 or not _only_names(doc, start, end, on_line):
            continue
        for w in writers:
            outlets[w.person] = outlet[0].actor  # type: ignore[index,assignment]
    for f in people:
        if f.actor is None and f.person in outlets:
            f.actor = outlets[f.person]


#: What follows the names of the reporters who helped with an article ("Josh Meyer
#: contributed to this report", "Jane Doe and John Roe contributed reporting").
_CONTRIBUTED = re.compile(r"\s*contributed (?:to this (?:report|story|article)|reporting)", re.IGNORECASE)


#: What comes before the name of someone who made the piece or a piece the outlet links to
#: ("Produced by Meredith Bragg and written by Nick Gillespie", 'Related: "8 Reasons Not to
#: Go to War with Syria," by Peter Suderman'), on the name's line.
_MADE_BY = re.compile(
    r"(?:\b(?:written|produced|edited|reported|filmed|shot|photographed|narrated|hosted)\s+by"
    r"|^\s*Related:.*\bby)\s*$",
    re.IGNORECASE,
)


def _contributors(doc: Doc, found: list[Found]) -> None:
    """Reporters named as having contributed to the report, or as having written, produced
    or edited it, work for the outlet that published it (the article's source, when the
    lexicon knows it as an outlet), when nothing else gave them a code."""
    outlet = _outlet(doc_source(doc))
    if outlet is None:
        return
    text = doc_text(doc)
    people = sorted((f for f in found if f.type == "person" and f.source == "person"), key=lambda f: f.start)
    helpers: set[str] = set()
    for n, f in enumerate(people):
        begin = doc[f.start].idx
        if _MADE_BY.search(text[max(text.rfind("\n", 0, begin) + 1, begin - 200) : begin]):
            helpers.add(f.person or "")
            continue
        end = doc[f.end - 1].idx + len(doc[f.end - 1])
        # "Josh Meyer contributed", "Jane Doe and John Roe contributed", "A, B and C contributed"
        rest = text[end : end + 200]
        if not _CONTRIBUTED.match(rest):
            continue
        helpers.add(f.person or "")
        later = f
        for g in reversed(people[:n]):
            gap = text[doc[g.end - 1].idx + len(doc[g.end - 1]) : doc[later.start].idx]
            if gap.strip() not in (",", "and", ", and", "&"):
                break
            helpers.add(g.person or "")
            later = g
    for f in people:
        if f.actor is None and f.person and f.person in helpers:
            f.actor = outlet


def _outlet(source: str | None) -> str | None:
    """The media code of an article's source as corpora name it ("Politico", "CNN (Web
    News)", "Fox Online News", "NPR Online News")."""
    if not source:
        return None
    name = re.sub(r"\s*\(.*?\)\s*$", "", source).strip()
    # "CNN - Editorial", "New York Times - Opinion", "Fox News Opinion", "TheBlaze.com"
    name = re.sub(r"(?:\s*-\s*(?:Editorial|Opinion|News)|\s+Opinion|\.com)$", "", name).strip()
    for form in (name, re.sub(r"\s*(?:-\s*)?(?:Online )?News$", "", name).strip()):
        entry = lexicon().lookup(form) if form else None
        if entry is not None and entry.kind == "media" and entry.code:
            return entry.code
    return None


def _covers_line(doc: Doc, f: Found, text: str) -> bool:
    """Whether a mention is all of its line ("USA TODAY")."""
    start, end = doc[f.start].idx, doc[f.end - 1].idx + len(doc[f.end - 1])
    line_end = text.find("\n", end)
    return not text[end : len(text) if line_end < 0 else line_end].strip() and (
        start == 0 or text[start - 1] == "\n" or not text[text.rfind("\n", 0, start) + 1 : start].strip()
    )


def _only_names(doc: Doc, start: int, end: int, on_line: list[Found]) -> bool:
    """Whether a line holds nothing but names, an outlet and byline words."""
    covered: set[int] = set()
    for f in on_line:
        covered.update(range(f.start, f.end))
    for token in doc.char_span(start, end, alignment_mode="expand") or []:
        # a name the NER missed ("Tonny Onyulo") is a name too
        name = token.is_title or token.is_upper
        if token.i not in covered and not token.is_space and not name and token.lower_ not in _BYLINE_WORDS:
            return False
    return True


def _country_after(doc: Doc, f: Found, at: dict[int, Found]) -> str | None:
    """The country named right after a place and a comma ("Taormina, Italy")."""
    after = at.get(f.end + 1) if f.end + 1 < len(doc) and doc[f.end].text == "," else None
    return after.actor if after is not None and after.type == "country" and after.start == f.end + 1 else None


def _join_names(spans: list[Span]) -> list[Span]:
    """Two person names with nothing between them are one ("Abed Rabbo" + "Mansour Hadi"); so
    are a lone first name and an outlet's or company's one-word name right after it, which the
    entity ruler took from the person ("Rep. Randy" + "Forbes")."""
    out: list[Span] = []
    for span in spans:
        last = out[-1] if out else None
        if (
            last is not None
            and last.label_ == "PERSON"
            and (span.label_ == "PERSON" or _surname_taken(last, span))
            and last.end == span.start
            and not span[0].is_sent_start
            and "\n" not in last[-1].text_with_ws
        ):
            out[-1] = Span(span.doc, last.start, span.end, label="PERSON")
        else:
            out.append(span)
    return out


def _surname_taken(person: Span, org: Span) -> bool:
    """Whether a one-word ORG the entity ruler set ("Forbes") is the last name of the one-word
    PERSON before it ("Rep. Randy"): a first name no office holder goes by."""
    if org.label_ != "ORG" or len(org) != 1 or not org.ent_id_ or not org[0].is_title:
        return False
    lex = title_words()
    words = lex.heads | set(lex.honorifics)
    name = [t for t in person if t.is_alpha and fold(t.lower_) not in words]
    return len(name) == 1 and name[0].i == person.end - 1 and not gazetteer().candidates(name[0].text)


def _with_first_name(span: Span) -> Span:
    """A one-word name with the first name the NER left out ("Mayor Sadiq [Khan]"): the
    full name, so that the gazetteer's "Khan" (Imran Khan) does not take it."""
    doc = span.doc
    if len(span) != 1 or span.start == 0:
        return span
    before = doc[span.start - 1]
    words = title_words()
    low = fold(before.lower_)
    # Only where it matters: the word is a holder's short name, and the word before it is
    # not that holder's first name ("Mullah Omar", "Ali Khamenei").
    holders = gazetteer().shorts.get(norm(span.text), set())
    if not holders or any(norm(name.split()[0]) == norm(before.text) for name in holders):
        return span
    if (
        before.pos_ == "PROPN"
        and before.is_title
        and not before.ent_type_
        and low not in words.vocab
        and low not in words.honorifics
        and before.is_alpha
    ):
        return Span(doc, span.start - 1, span.end, label="PERSON")
    return span


def _join_country_bodies(doc: Doc, found: list[Found]) -> None:
    """ "the Russian" + "State Duma": a country word the entity ruler cut off a body of that
    country makes one name with it, as "Turkish Defence Ministry" does (the country word
    stays a mention of its own)."""
    by_start = {f.start: f for f in found if f.type in ("government", "military", "organization")}
    for f in found:
        if f.type != "country" or f.actor is None:
            continue
        body = by_start.get(f.end)
        if body is not None and body.actor and country_of(body.actor) == f.actor and body.source == "entity":
            inner = Found(f.start, f.end, f.actor, f.name, "country")
            if doc[f.start].lower_ == "the":
                inner.start += 1
            body.start = f.start
            f.start, f.end, f.name = inner.start, inner.end, inner.name


def _acronyms(doc: Doc, found: list[Found]) -> None:
    """ "Bulgarian National Radio (BNR)": the acronym, there and later in the article, reads
    as the name it abbreviates when the data does not know it."""
    by_start = {f.start: f for f in found}
    meaning: dict[str, Found] = {}
    for f in found:
        i = f.end
        if f.actor is None or i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
            continue
        short = by_start.get(i + 1)
        if short is not None and short.end == i + 2 and short.actor is None and doc[i + 1].is_upper:
            meaning[doc[i + 1].text] = f
    if not meaning:
        return
    for f in found:
        full = meaning.get(doc[f.start : f.end].text) if f.actor is None else None
        if full is not None and f.type in ("organization", "media"):
            f.actor, f.name, f.type = full.actor, full.name, full.type


def _country_before(doc: Doc, f: Found, at: dict[int, Found], context: Context) -> str | None:
    """The country right before a body ("Russia's Foreign Ministry"), else the sentence's or focus."""
    return _country_right_before(doc, f, at) or context.country_for(doc[f.start].sent.start)


def _country_right_before(doc: Doc, f: Found, at: dict[int, Found]) -> str | None:
    """The country named right before a body ("Hong Kong's elite Executive Council"), allowing
    a possessive and one adjective between them."""
    i = f.start - 1
    if i >= 0 and (doc[i].pos_ == "ADJ" or doc[i].is_lower and doc[i].is_alpha) and i not in at:
        i -= 1
    if i >= 0 and is_possessive(doc[i]):
        i -= 1
    before = at.get(i)
    if before is not None and before.type in ("country", "government") and before.country:
        return before.country
    return None


def _add(found: list[Found], at: dict[int, Found], f: Found | None) -> None:
    if f is None:
        return
    found.append(f)
    for i in range(f.start, f.end):
        at.setdefault(i, f)


def _name_after_outlet(doc: Doc, ent: Span, taken: set[int]) -> Span | None:
    """ "Fox News’s Sean Hannity": after an outlet the entity ruler marked and a possessive
    (the typographic one most of all) spaCy's model often tags no name. Two or three
    capitalized proper nouns there that name nothing the data knows are a person, whom the
    title rules make the outlet's journalist."""
    entry = lexicon().by_key.get(ent.ent_id_) if ent.ent_id_ else None
    if entry is None or entry.kind != "media" or ent.end + 2 >= len(doc) or not is_possessive(doc[ent.end]):
        return None
    start = end = ent.end + 1
    while end < len(doc) and end - start < 3 and end not in taken and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    if end - start < 2 or (end < len(doc) and doc[end].pos_ == "PROPN"):
        return None
    words = title_words().vocab
    if any(fold(t.lower_) in words for t in doc[start:end]) or lexicon().lookup(doc[start:end].text) is not None:
        return None
    return Span(doc, start, end, label="PERSON")


def _drop(found: list[Found], at: dict[int, Found], f: Found) -> None:
    found.remove(f)
    for i in range(f.start, f.end):
        if at.get(i) is f:
            del at[i]


def _replace(found: list[Found], at: dict[int, Found], old: Found, new: Found | None) -> None:
    if new is None:
        return
    found[found.index(old)] = new
    for i in range(old.start, old.end):
        if at.get(i) is old:
            if new.start <= i < new.end:
                at[i] = new
            else:
                del at[i]  # the index maps a token only to a mention that covers it


def _by_sentence(tokens: list[Token]) -> list[list[Token]]:
    groups: dict[int, list[Token]] = {}
    for token in tokens:
        groups.setdefault(token.sent.start, []).append(token)
    return list(groups.values())


def _guard(where: Span | Token, step: Callable[..., object], *args: object) -> None:
    """Run one step; log and skip it if it fails, so that one sentence cannot lose the article."""
    try:
        step(*args)
    except Exception:
        log.exception("actor resolution skipped %s in sentence %r", step.__name__, where.sent.text[:80])


def _bare_body(doc: Doc, f: Found, found: list[Found], at: dict[int, Found], context: Context) -> None:
    body = bare_body(doc[f.start : f.end], _country_before(doc, f, at, context))
    if body is None:
        # "South Korea's Unification Ministry", "Hong Kong's Executive Council": a state body
        # by its head word, of the country named right before it.
        country = _country_right_before(doc, f, at)
        head = title_words().org_heads.get(fold(doc[f.end - 1].lower_))
        if country and head and head in _STATE_ROLES:
            name = f"{country_name(country)} {doc[f.start : f.end].text}"
            body = Found(f.start, f.end, country + head, name, type_of(head))
        elif head:
            body = _body_of(doc, f, at, head)
    _replace(found, at, f, body)


def _body_of(doc: Doc, f: Found, at: dict[int, Found], head: str) -> Found | None:
    """A part of a body named after it: "the Supreme Military Council of the Free Syrian
    Army" acts for the army; "the Executive Council of Hong Kong" for its government."""
    i = f.end
    if i >= len(doc) or doc[i].lower_ != "of":
        return None
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    owner = at.get(i)
    if owner is None or owner.actor is None or owner.start != i:
        return None
    name = doc[f.start : f.end].text
    if owner.type in ("country", "government") and owner.country and head in _STATE_ROLES:
        return Found(f.start, f.end, owner.country + head, name, type_of(head))
    if owner.type in ("organization", "military") and head not in ("BUS", "EDU", "MED"):
        return Found(f.start, f.end, owner.actor, name, owner.type)
    return None


#: Role codes of state bodies (a head word with one of them names a part of the state).
_STATE_ROLES = {"GOV", "LEG", "JUD", "COP", "SPY", "MIL"}


def _nominals(
    doc: Doc, heads: list[Token], found: list[Found], at: dict[int, Found], context: Context
) -> None:
    for f in nominals(doc, heads, at, context):
        _add(found, at, f)


def _descriptions(
    doc: Doc,
    heads: list[Token],
    found: list[Found],
    at: dict[int, Found],
    speakers: list[Speaker],
    context: Context,
) -> None:
    for f in descriptions(doc, [doc[t.i : t.i + 1] for t in heads], at, speakers, context):
        _add(found, at, f)
        speakers.append(Speaker(f, doc[f.start].sent.start))
    speakers.sort(key=lambda s: s.found.start)


def _pronouns(
    doc: Doc, tokens: list[Token], found: list[Found], at: dict[int, Found], speakers: list[Speaker]
) -> None:
    for f in pronouns(doc, tokens, speakers):
        _add(found, at, f)


def _mention(doc: Doc, text: str, f: Found, article_id: str) -> Mention:
    start = doc[f.start].idx
    last = doc[f.end - 1]
    end = last.idx + len(last.text)
    return Mention(
        article=article_id,
        text=text[start:end],
        start=start,
        end=end,
        actor=f.actor,
        name=f.name,
        type=f.type,
        role=f.role,
        extractor=EXTRACTOR,
    )


def find_mentions(doc: Doc, article_id: str = "") -> list[Mention]:
    """The resolved mentions of a parsed Doc (builds the matchers; the component keeps one)."""
    return Resolver(spacy.blank("en", vocab=doc.vocab)).resolve(doc, article_id)
