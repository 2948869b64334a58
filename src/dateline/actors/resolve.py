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

import logging
from collections.abc import Callable

import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..extensions import doc_date
from ..model import Mention
from .data import fold, norm
from .entities import LABELS, bare_body, inner_country, is_possessive, name_tokens, resolve_entity
from .found import Context, Found, focus_country
from .gazetteer import gazetteer
from .lexicon import context_names, country_name, lexicon
from .nominals import nominals
from .people import Speaker, cluster_people, descriptions, person_ref, pronouns, settle
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
        words = title_words()
        heads = sorted({k[-1] for k in [*words.titles, *words.descriptions, *words.agents]})
        self.heads = Matcher(vocab)
        self.heads.add("HEAD", [[{"LOWER": {"IN": heads}}]])
        self.pronouns = Matcher(vocab)
        self.pronouns.add("PRON", [[{"LOWER": {"IN": ["he", "she", "him", "her"]}}]])

    def resolve(self, doc: Doc, article_id: str = "") -> list[Mention]:
        """The mentions of ``doc``, in text order."""
        found = self.find(doc)
        text = doc.text  # built by joining every token: once per Doc, not per mention
        return [_mention(doc, text, f, article_id) for f in found]

    def find(self, doc: Doc) -> list[Found]:
        """The mentions of ``doc`` as token-offset records, in text order."""
        context = Context(day=doc_date(doc))
        at: dict[int, Found] = {}
        found: list[Found] = []
        spans = self._spans(doc)
        person_words = _person_words(spans)
        person_spans: list[Span] = []
        for span in spans:
            if span.label_ == "PERSON" and span.text.isupper() and len(span) == 1 and len(span.text) <= 6:
                span = Span(doc, span.start, span.end, label="ORG")  # "AIIB" is no one's name
            if span.label_ == "PERSON" and not _not_a_person(span, person_words):
                person_spans.extend(_split_pair(span))
            elif span.label_ != "PERSON" and _is_person_name(span, person_words):
                person_spans.append(Span(doc, span.start, span.end, label="PERSON"))
            else:
                _guard(span, self._entity, doc, span, found, at)
        self._index_sentences(doc, found, context)
        for f in list(found):
            _contextual(f, doc, context)
        # Bodies without a country ("Foreign Ministry") take the one before them or in focus.
        for f in [f for f in found if f.actor is None and f.type == "organization"]:
            _guard(doc[f.start : f.end], _bare_body, doc, f, found, at, context)
        people = self._people(doc, person_spans, at, found, context)
        self._index_sentences(doc, found, context)
        heads = _by_sentence([doc[s] for _, s, _ in self.heads(doc)])
        for sent_heads in heads:
            _guard(sent_heads[0], _nominals, doc, sent_heads, found, at, context)
        speakers = sorted((Speaker(f, doc[f.start].sent.start) for f in people), key=lambda s: s.found.start)
        for sent_heads in heads:
            _guard(sent_heads[0], _descriptions, doc, sent_heads, found, at, speakers, context)
        for sent_pronouns in _by_sentence([doc[s] for _, s, _ in self.pronouns(doc)]):
            _guard(sent_pronouns[0], _pronouns, doc, sent_pronouns, found, at, speakers)
        found.sort(key=lambda f: (f.start, -f.end))
        return found

    @staticmethod
    def _entity(doc: Doc, span: Span, found: list[Found], at: dict[int, Found]) -> None:
        """A non-person entity, and the country its name starts with ("Turkish" Defence Ministry)."""
        outer = resolve_entity(span, None)
        if outer is None:
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

    def _spans(self, doc: Doc) -> list[Span]:
        """spaCy's entities of the labels we resolve, plus country words in the gaps between them."""
        spans = [e for e in doc.ents if (e.label_ in LABELS or e.label_ == "PERSON") and not _junk(e)]
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
        spans.sort(key=lambda s: s.start)
        return spans

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


#: Suffixes of company names that spaCy sometimes tags alone ("The Washington Times, LLC").
_CORPORATE = {"llc", "inc", "inc.", "ltd", "ltd.", "co", "co.", "corp", "corp.", "plc", "gmbh"}


def _junk(span: Span) -> bool:
    """Spans that name nothing: "km/h", a lone "LLC", "pro-Morsi", a "@handle", "Valentine's Day"."""
    first = span[0].text
    if not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in span):
        # "nat", "km/h"; but "the foreign ministry" is a body
        return tuple(fold(t.lower_) for t in span if t.lower_ != "the") not in title_words().agents
    if span.text.lower() in _CORPORATE or first.lower().startswith(("pro-", "anti-", "@")):
        return True
    return span.label_ == "PERSON" and span[-1].text in ("Day", "Eve")


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
    entry = lexicon().lookup(text)
    if entry is None:
        return False
    return not gazetteer().candidates(text) and norm(text) not in person_words


def _is_person_name(span: Span, person_words: set[str]) -> bool:
    """A one-word ORG or GPE that is the first or last name of a person the article names in
    full ("Odierno" after "General Raymond Odierno"), or a known office holder's short name
    ("Trump"), and that the lexicon does not know as a place (a company name gives way)."""
    name = name_tokens(span)
    if len(name) != 1 or span.label_ not in ("ORG", "GPE", "NORP", "LOC"):
        return False
    word = norm(name.text)
    entry = lexicon().lookup(name.text)
    if word in person_words:
        company = span.label_ == "ORG" and entry is not None and entry.kind in ("org", "media")
        return entry is None or entry.kind == "place" or company
    return entry is None and bool(gazetteer().shorts.get(word))


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
    rule = context_names().get(norm(doc[f.start : f.end].text))
    if rule is None:
        return
    named = {x.country for found in context.by_sentence.values() for x in found}
    if named & set(rule["when"]):
        f.actor, f.name, f.type = rule["code"], country_name(rule["code"]), "country"


def _country_before(doc: Doc, f: Found, at: dict[int, Found], context: Context) -> str | None:
    """The country right before a body ("Russia's Foreign Ministry"), else the sentence's or focus."""
    i = f.start - 1
    if i >= 0 and is_possessive(doc[i]):
        i -= 1
    before = at.get(i)
    if before is not None and before.type in ("country", "government") and before.country:
        return before.country
    return context.country_for(doc[f.start].sent.start)


def _add(found: list[Found], at: dict[int, Found], f: Found | None) -> None:
    if f is None:
        return
    found.append(f)
    for i in range(f.start, f.end):
        at.setdefault(i, f)


def _replace(found: list[Found], at: dict[int, Found], old: Found, new: Found | None) -> None:
    if new is None:
        return
    found[found.index(old)] = new
    for i in range(old.start, old.end):
        if at.get(i) is old:
            at[i] = new


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
    _replace(found, at, f, bare_body(doc[f.start : f.end], _country_before(doc, f, at, context)))


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
