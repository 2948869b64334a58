"""Reporting verbs on the dependency parse: a verb from cues.yaml with its subject (or
passive agent) as the source and a complement as the content: a clause ("said that
..."), a to-infinitive ("vowed to ..."), a direct object ("denied the allegations"), a
prepositional object ("referred to the deal"), the rest of the sentence around a comment
clause ("The plan, he said, is simple."), or, when the parse gives none, a quotation next
to the verb (resolved later, in extract.py)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .data import PREPOSITIONAL, CueLexicon, MediaLexicon
from .spans import subtree_range
from .syntax import (
    Candidate,
    Quoted,
    agent,
    children,
    dateline_end,
    is_channel,
    is_passive,
    paragraph_break,
    preceding_phrase,
    source_range,
    subject,
    without_branch,
)

_RELATIVE = frozenset({"that", "which", "who", "whom", "whose"})
# Right dependents of a verb that belong with its object content: "described X as Y".
_OBJECT_TAIL = frozenset({"oprd", "prep", "advcl", "xcomp", "ccomp"})
#: Dependents that complete a verb: a verb that has one is no comment on another clause.
_COMPLEMENTS = ("ccomp", "xcomp", "dobj", "dative", "attr", "oprd", "acomp", "pcomp")
_STANCE_PREPS = frozenset({"for", "against"})
_OBJECT_TAIL_PREPS = frozenset({"as", "for", "of", "over", "on", "about"})


def _without_comment(rng: tuple[int, int], doc: Doc, lex: CueLexicon) -> tuple[int, int]:
    """Cut a trailing appositive that is the writer's comment on the statement:
    "The US claims that ..., allegations that Turkey rejects" (the US does not call its
    own claims allegations)."""
    for tok in doc[rng[0]:rng[1]]:
        if tok.dep_ == "appos" and tok.lemma_.lower() in lex.nouns:
            comma = tok.left_edge.i - 1
            if comma > rng[0] and doc[comma].text in (",", "—", "–", ";"):
                return rng[0], comma
    return rng


def _framed_content(verb: Token, source: tuple[int, int]) -> list[tuple[int, int]]:
    """A comment clause set off from the statement it reports: "The solution, the
    partner told them, was simple.", "..., she said." and "As Menendez pointed out, ...".
    The parser hangs it as parataxis or as an adverbial clause; the content is the rest
    of the sentence, on both sides of the comment."""
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
    sent, doc = verb.sent, verb.doc
    lo, hi = min(verb.left_edge.i, source[0]), max(verb.right_edge.i + 1, source[1])
    while lo < verb.i and doc[lo].is_punct:  # the comment's own commas
        lo += 1
    while hi > verb.i + 1 and doc[hi - 1].is_punct:
        hi -= 1
    set_off = lo > sent.start and doc[lo - 1].text in (",", "—", "–", "-", "(")
    final = all(t.is_punct or t.is_space for t in doc[hi:sent.end])
    if verb.dep_ == "advcl" and marks == ["as"]:
        set_off = set_off or lo == sent.start or (lo == sent.start + 1 and doc[sent.start].dep_ == "cc")
        lo = sent.start if lo <= sent.start + 1 else lo
    elif verb.dep_ in ("advcl", "ROOT") and not marks:
        set_off = set_off and final  # "..., she said." hung on the statement's verb, or alone
    elif verb.dep_ != "parataxis" or marks:
        return []
    if not set_off:
        return []
    parts = [(sent.start, lo), (hi, sent.end)]
    return [p for p in parts if p[1] > p[0]]


#: Words that open an embedded yes/no question: "asked workers if they planned to ...".
_QUESTION_MARKS = frozenset({"if", "whether"})


def _embedded_question(verb: Token) -> tuple[int, int] | None:
    """The "if"/"whether" clause of "asked workers if ...", "would not say whether ...",
    which the parser hangs as an adverbial clause. It must follow the verb (and its
    object) closely, else it is a condition on the statement ("said it would go if ...")."""
    last = max([verb.i] + [c.right_edge.i for c in verb.rights if c.dep_ in ("dobj", "dative", "advmod", "neg")])
    for c in verb.rights:
        if c.dep_ == "advcl" and c.left_edge.lower_ in _QUESTION_MARKS and c.left_edge.i <= last + 2:
            return subtree_range(c)
    return None


def _infinitive(verb: Token) -> Token | None:
    for c in children(verb, "xcomp"):
        if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return c
    return None




def _object_content(verb: Token, media: MediaLexicon) -> tuple[int, int] | None:
    objs = children(verb, "dobj")
    relative = [c for c in verb.children
                if c.dep_ in ("dobj", "mark") and c.lower_ in _RELATIVE and c.i < verb.i]
    if verb.dep_ in ("relcl", "acl") and relative and (not objs or objs[0] in relative):
        # "allegations that Turkey rejects": the content is the noun the clause modifies.
        noun = verb.head
        return noun.left_edge.i, noun.i + 1
    if not objs:
        # "called for a ban", "argued against the deal": the preposition's object
        for prep in verb.rights:
            if prep.dep_ == "prep" and prep.lower_ in _STANCE_PREPS and prep.i <= verb.i + 2:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return prep.i + 1, pobj.right_edge.i + 1
        return None
    obj = objs[0]
    start, end = subtree_range(obj)
    for c in obj.rights:  # "denied the allegations on Twitter": the medium is no content
        if c.dep_ == "prep" and any(is_channel(p, media) or _is_time(p) for p in c.children if p.dep_ == "pobj"):
            end = min(end, c.left_edge.i)
    for c in verb.rights:
        if c.i <= obj.i or c.dep_ not in _OBJECT_TAIL:
            continue
        if c.dep_ == "prep" and (c.lower_ not in _OBJECT_TAIL_PREPS or any(
                is_channel(p, media) or _is_time(p) for p in c.children if p.dep_ == "pobj")):
            break
        if c.left_edge.i > end + 1:
            break
        end = max(end, c.right_edge.i + 1)
    return start, end


def _is_time(token: Token) -> bool:
    """ "criticized Turkey on Monday": a preposition's object that says when is no content."""
    return token.ent_type_ in ("DATE", "TIME")


def _regard_content(verb: Token, media: MediaLexicon, manners: frozenset[str]) -> tuple[int, int] | None:
    """ "sees Cruz as a uniter", "viewed him favorably": the object with what it is
    regarded as. Without an "as" phrase or a manner word the verb is literal ("saw
    the movie") and no cue."""
    obj = next(iter(children(verb, "dobj")), None)
    if obj is None:
        return None
    span = _object_content(verb, media)
    if span is None:
        return None
    tail = [c for c in (*verb.rights, *obj.rights) if c.i > obj.i]
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in tail):
        return span
    manner = next((c for c in verb.rights if c.dep_ == "advmod" and c.lower_ in manners and c.i > obj.i), None)
    if manner is not None:
        return span[0], max(span[1], manner.i + 1)
    return None


def _cited_as_saying(verb: Token, media: MediaLexicon) -> tuple[Token, Token | None] | None:
    """For "X was cited by Y as saying ...": (X, Y) when ``verb`` is that "saying"."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as":
        return None
    cited = prep.head
    if cited.lemma_.lower() not in media.cited_verbs:
        return None
    subj = next((c for c in cited.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subj is None:
        return None
    return subj, agent(cited)


def _issued_in(verb: Token, media: MediaLexicon, lex: CueLexicon, quoted: Quoted) -> tuple[Token, int, Token] | None:
    """For "Clinton released a statement saying ...": (Clinton, the index of "released",
    the statement) when ``verb`` is a participle on a channel of communication."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.i > verb.i or not is_channel(noun, media):
        return None
    gov = noun.head
    if noun.dep_ == "pobj" and gov.dep_ == "prep":
        gov = gov.head
    if gov.lemma_.lower() in lex.verbs:
        return None  # "called a report suggesting ... outrageous": "called" is the cue
    if noun.dep_ in ("dobj", "pobj") and gov.pos_ == "VERB" and gov.i < noun.i:
        subj = subject(gov, quoted)
        if subj is not None and not paragraph_break(subj, verb):
            return subj, gov.i, noun
    return None


def _past_dateline(verb: Token, source: tuple[int, int], head: Token) -> tuple[tuple[int, int], Token]:
    """The speaker after the story's dateline when the parser took the dateline for the
    subject: "WASHINGTON (AP) — Donald Trump and Paul Ryan said ...". The words between
    the dateline's dash and the verb are the source, if they hold no other verb."""
    doc = verb.doc
    para_start = source[0] == 0 or "\n" in doc[source[0] - 1].text_with_ws
    dash = dateline_end(doc, source[0], verb.i) if para_start else None
    if dash is None or head.i > dash or dash + 1 >= verb.i:
        return source, head
    end = verb.i
    while end > dash + 1 and doc[end - 1].is_punct:
        end -= 1
    phrase = doc[dash + 1:end]
    if len(phrase) == 0 or any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return source, head
    names = [t for t in phrase if t.pos_ in ("PROPN", "NOUN", "PRON")]
    if not names:
        return source, head
    return (phrase.start, phrase.end), names[-1]


def verb_candidate(verb: Token, lex: CueLexicon, media: MediaLexicon, quoted: Quoted) -> Candidate | None:
    takes = lex.verbs.get(lex.lemma(verb))
    if takes is None or verb.dep_ in ("amod", "compound"):
        return None
    if verb.pos_ != "VERB" and not (verb.dep_ in ("acl", "relcl") and children(verb, "nsubj")):
        return None  # a "noun" with a subject is a verb the tagger missed: "Turkey rejects"
    lemma = lex.lemma(verb)
    if lemma in media.cited_verbs and any(
        c.dep_ == "prep" and c.lower_ == "as" and children(c, "pcomp") for c in verb.children
    ):
        return None  # "cited by Milliyet as saying": the cue is "saying", the source Demir
    medium_tok: Token | None = None
    source_tok: Token | None
    cue_start = verb.i
    cited = _cited_as_saying(verb, media)
    issued = _issued_in(verb, media, lex, quoted)
    if cited is not None:
        source_tok, medium_tok = cited
    elif issued is not None:
        source_tok, cue_start, medium_tok = issued
    elif is_passive(verb):
        # "O'Malley's move was first reported by MSNBC": the agent is the source.
        source_tok = agent(verb)
    else:
        source_tok = subject(verb, quoted)
    loose = None
    if source_tok is None and "quote" in takes:
        loose = preceding_phrase(verb, quoted)
        if loose is not None:
            source_tok = loose[0]
    if source_tok is None:
        return None
    source = loose[1] if loose is not None else without_branch(source_range(source_tok), source_tok, verb)
    source, source_tok = _past_dateline(verb, source, source_tok)
    cand = Candidate(anchor=verb, cue=(cue_start, verb.i + 1), source=source,
                     source_head=source_tok, takes_quote="quote" in takes)
    if medium_tok is not None:
        cand.medium = subtree_range(medium_tok)
    particle = children(verb, "prt")
    if particle and particle[0].i == verb.i + 1:  # "pointed out"
        cand.cue = (verb.i, verb.i + 2)
    if "clause" in takes:
        # A clause; the parser sometimes hangs it as an xcomp ("said legalizing it could ...").
        clauses = children(verb, "ccomp") or [
            c for c in children(verb, "xcomp") if not any(a.lower_ == "to" for a in c.children)]
        if clauses:
            cand.content.append(_without_comment(subtree_range(clauses[0]), verb.doc, lex))
            return cand
        question = _embedded_question(verb)
        if question is not None:
            cand.content.append(question)
            return cand
    if "infinitive" in takes:
        inf = _infinitive(verb)
        if inf is not None:
            cand.content.append(subtree_range(inf))
            return cand
    if "object" in takes:
        if is_passive(verb) and cited is None:
            subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if subj is not None:
                cand.content.append(subtree_range(subj))
                return cand
        span = _object_content(verb, media)
        if span is not None:
            cand.content.append(span)
            if span[0] > verb.i + 1 and verb.doc[span[0] - 1].dep_ == "prep":
                cand.cue = (verb.i, span[0])  # "called for"
            return cand
    if "regard" in takes:
        span = _regard_content(verb, media, lex.manners)
        if span is not None:
            cand.content.append(span)
            return cand
    if PREPOSITIONAL in takes:
        found = _prepositional_content(verb, lex.phrasal.get(lemma, frozenset()))
        if found is not None:
            prep, span = found
            cand.content.append(span)
            cand.cue = (cand.cue[0], prep.i + 1)
            return cand
    if "clause" in takes and not children(verb, *_COMPLEMENTS):
        framed = _framed_content(verb, source)
        if framed:
            cand.content.extend(framed)
            return cand
    return cand if cand.takes_quote else None


#: Entity types of a preposition's object that say when or where, not what about.
_CIRCUMSTANCE = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})


def _prepositional_content(verb: Token, preps: frozenset[str]) -> tuple[Token, tuple[int, int]] | None:
    """ "referred to the deal": the preposition and its object, the first preposition
    after the verb (past a particle or adverb: "spoke openly about")."""
    if children(verb, "dobj", "ccomp"):
        return None
    for c in verb.rights:
        if c.dep_ in ("prt", "advmod", "punct") and c.i < verb.i + 3:
            continue
        if c.dep_ != "prep" or c.lower_ not in preps or c.i > verb.i + 3:
            return None
        obj = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
        if obj is None or obj.ent_type_ in _CIRCUMSTANCE:
            return None
        return c, (c.i + 1, c.right_edge.i + 1)
    return None
