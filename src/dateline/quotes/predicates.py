"""Cues that are the predicate of a copula: adjectives of belief, feeling or stance
("Clinton is confident that she will win", "Ryan is critical of the deal", "voters are
eager to move on") and nouns of stance ("Ryan is a vocal critic of the deal"). The
copula's subject holds the view; the content is the adjective's clause, to-infinitive or
prepositional object (cues.yaml, ``adjectives`` and ``stance_nouns``)."""

from __future__ import annotations

from spacy.tokens import Token

from .data import CueLexicon
from .spans import subtree_range
from .syntax import Candidate, Quoted, source_range, subject, without_branch

#: Verbs that link a subject to an adjective of stance: "is", "seems", "remained".
_COPULAS = frozenset({"be", "seem", "remain", "become", "appear", "grow", "feel", "sound", "look", "get"})


def _content(adj: Token, takes: frozenset[str]) -> tuple[tuple[int, int], int] | None:
    """The content range and where the cue ends (after a preposition, if one)."""
    for c in adj.rights:
        if c.dep_ == "ccomp" and "clause" in takes:
            return subtree_range(c), adj.i + 1
        if c.dep_ == "xcomp" and "infinitive" in takes and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return subtree_range(c), adj.i + 1
        if c.dep_ in ("prep", "agent") and c.lower_ in takes:
            obj = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return (c.i + 1, c.right_edge.i + 1), c.i + 1
    return None


def predicate_candidate(adj: Token, lex: CueLexicon, quoted: Quoted) -> Candidate | None:
    takes = lex.adjectives.get(adj.lower_)
    if takes is None and adj.pos_ == "NOUN" and adj.dep_ == "attr":
        takes = lex.stance_nouns.get(adj.lemma_.lower())
    if takes is None or adj.dep_ not in ("acomp", "attr", "ROOT", "conj"):
        return None
    copula: Token | None
    source_tok: Token | None
    if adj.dep_ in ("acomp", "attr"):  # "is confident", "is a critic": the copula's subject
        copula = adj.head
        if copula.lemma_.lower() not in _COPULAS:
            return None
        source_tok = subject(copula, quoted)
    else:  # a participle the parser read as a passive verb: "is convinced that"
        if adj.tag_ != "VBN" or any(c.dep_ == "agent" for c in adj.children):
            return None
        copula = next((c for c in adj.children if c.dep_ == "auxpass"), None)
        source_tok = next((c for c in adj.children if c.dep_ == "nsubjpass"), None)
        if source_tok is not None and quoted(source_tok):
            return None
    if copula is None or source_tok is None:
        return None
    found = _content(adj, takes)
    if found is None:
        return None
    content, cue_end = found
    cue_start = copula.i if copula.i < adj.i else adj.i
    source = without_branch(source_range(source_tok), source_tok, adj)
    return Candidate(anchor=adj, cue=(cue_start, cue_end), source=source, source_head=source_tok,
                     content=[content])
