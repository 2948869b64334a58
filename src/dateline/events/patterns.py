"""The event pattern dictionary: verb and noun rules, word classes and frames, from data files.

A rule is a string such as ``"1622 obj=@military prep=to"`` (see ``data/events/verbs.yaml``);
it is parsed once into a :class:`Rule`. :func:`best_rule` picks, among a predicate's rules,
the most specific one whose conditions hold for the predicate's features.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import yaml

from .codebook import is_code, read_data_text

NO_EVENT = "none"


class PatternError(ValueError):
    """A pattern of the data files cannot be read."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One parsed pattern rule: a code and the conditions that select it."""

    code: str  # a CAMEO code, or NO_EVENT
    obj: tuple[frozenset[str], ...] = ()  # every group must share a word with the argument words
    prep: frozenset[str] = frozenset()
    comp: frozenset[str] = frozenset()
    swap: bool = False
    target: tuple[str, ...] = ()
    source_text: str = ""

    @property
    def specificity(self) -> int:
        return len(self.obj) + bool(self.prep) + bool(self.comp)


@dataclass(frozen=True, slots=True)
class Frame:
    """A predicate taking an event as complement: its code comes from the complement's code."""

    name: str
    default: str
    mapping: dict[str, str]
    pass_through: frozenset[str] = frozenset()

    def code_for(self, complement_code: str | None) -> str | None:
        """The frame's code for a complement code; None when the complement codes itself."""
        if complement_code is None:
            return self.default
        for n in range(len(complement_code), 1, -1):
            hit = self.mapping.get(complement_code[:n])
            if hit is not None:
                return complement_code if hit == "=" else hit
        if complement_code[:2] in self.pass_through:
            return None
        return self.default


@dataclass(frozen=True, slots=True)
class Patterns:
    """Everything the coder reads from the data files, indexed by lemma."""

    verbs: dict[str, tuple[Rule, ...]]
    nouns: dict[str, tuple[Rule, ...]]
    classes: dict[str, frozenset[str]]
    frames: dict[str, Frame]  # lemma -> frame
    light_verbs: frozenset[str]
    symmetric: frozenset[str]
    weak_frames: frozenset[str] = frozenset()
    cues: dict[str, Any] = field(default_factory=dict)
    domestic: frozenset[str] = frozenset()  # codes whose default target is the source's own country


def _expand(items: Iterable[str], classes: dict[str, frozenset[str]], where: str) -> frozenset[str]:
    words: set[str] = set()
    for item in items:
        if item.startswith("@"):
            name = item[1:]
            if name == "any":
                words.add("@any")
                continue
            if name not in classes:
                raise PatternError(f"{where}: unknown class @{name}")
            words |= classes[name]
        elif item:
            words.add(item.lower())
    return frozenset(words)


def parse_rule(text: str, classes: dict[str, frozenset[str]], where: str = "") -> Rule:
    """Parse one rule string; raises PatternError on an unknown code, class or condition."""
    if not isinstance(text, str):
        raise PatternError(f"{where}: rule {text!r} is not a string (quote codes in YAML)")
    parts = text.split()
    if not parts:
        raise PatternError(f"{where}: empty rule")
    code = parts[0]
    if code != NO_EVENT and not is_code(code):
        raise PatternError(f"{where}: {code!r} is not a CAMEO code")
    obj: list[frozenset[str]] = []
    prep: frozenset[str] = frozenset()
    comp: frozenset[str] = frozenset()
    swap = False
    target: tuple[str, ...] = ()
    for part in parts[1:]:
        key, _, value = part.partition("=")
        if key == "swap" and not value:
            swap = True
        elif key == "obj" and value:
            obj.extend(_expand(group.split("|"), classes, where) for group in value.split("+"))
        elif key == "prep" and value:
            prep = frozenset(value.split("|"))
        elif key == "comp" and value:
            comp = _expand(value.split("|"), classes, where)
        elif key == "target" and value:
            target = tuple(value.split("|"))
        else:
            raise PatternError(f"{where}: cannot read {part!r} in rule {text!r}")
    return Rule(code, tuple(obj), prep, comp, swap, target, text)


def _rules(table: dict[str, Any], classes: dict[str, frozenset[str]], name: str) -> dict[str, tuple[Rule, ...]]:
    out: dict[str, tuple[Rule, ...]] = {}
    for lemma, rules in table.items():
        if not isinstance(rules, list) or not rules:
            raise PatternError(f"{name}: {lemma!r} needs a non-empty list of rules")
        out[str(lemma).lower()] = tuple(parse_rule(r, classes, f"{name}:{lemma}") for r in rules)
    return out


def _load_yaml(name: str) -> Any:
    return yaml.safe_load(read_data_text("events", name))


#: The codebook-wide coverage files: their rules are appended to the same lemma's rules of the
#: hand-tuned file (so they refine it: on a tie the later rule wins), or start a new lemma.
CODEBOOK_FILES = {"verbs.yaml": "verbs_codebook.yaml", "nouns.yaml": "nouns_codebook.yaml"}


def _merged(name: str) -> dict[str, Any]:
    table: dict[str, Any] = dict(_load_yaml(name))
    extra = CODEBOOK_FILES.get(name)
    for lemma, rules in (_load_yaml(extra) if extra else {}).items():
        if not isinstance(rules, list):
            raise PatternError(f"{extra}: {lemma!r} needs a non-empty list of rules")
        table[lemma] = [*table.get(lemma, []), *rules]
    return table


@functools.lru_cache(maxsize=1)
def load_patterns() -> Patterns:
    """The pattern dictionary of the package data (loaded once per process)."""
    classes = {str(k): frozenset(str(w).lower() for w in v) for k, v in _load_yaml("classes.yaml").items()}
    verbs = _rules(_merged("verbs.yaml"), classes, "verbs.yaml")
    nouns = _rules(_merged("nouns.yaml"), classes, "nouns.yaml")
    frames_doc = _load_yaml("frames.yaml")
    frames: dict[str, Frame] = {}
    for name, spec in frames_doc["frames"].items():
        mapping = {str(k): str(v) for k, v in spec["map"].items()}
        for target in list(mapping.values()) + [str(spec["default"])]:
            if target != "=" and not is_code(target):
                raise PatternError(f"frames.yaml:{name}: {target!r} is not a CAMEO code")
        frame = Frame(name, str(spec["default"]), mapping, frozenset(str(r) for r in spec.get("pass_through", ())))
        for lemma in spec["lemmas"]:
            frames[str(lemma)] = frame
    symmetric = frozenset(str(c) for c in frames_doc["symmetric"])
    for code in symmetric:
        if not is_code(code):
            raise PatternError(f"frames.yaml:symmetric: {code!r} is not a CAMEO code")
    domestic = frozenset(str(c) for c in frames_doc.get("domestic", ()))
    for code in domestic:
        if not is_code(code):
            raise PatternError(f"frames.yaml:domestic: {code!r} is not a CAMEO code")
    cues = _load_yaml("cues.yaml")
    weak = frozenset(str(w) for w in frames_doc.get("weak_frame_lemmas", ()))
    return Patterns(verbs, nouns, classes, frames, frozenset(frames_doc["light_verbs"]), symmetric, weak, cues,
                    domestic)


def rule_holds(rule: Rule, words: frozenset[str], preps: frozenset[str], comp: str | None, has_clause: bool) -> bool:
    """Whether ``rule``'s conditions hold for a predicate with these features."""
    for group in rule.obj:
        if "@any" in group:
            if "@dobj" not in words:
                return False
        elif not (group & words):
            return False
    if rule.prep and not (rule.prep & preps):
        return False
    if rule.comp:
        if "that" in rule.comp and has_clause:
            return True
        if "@any" in rule.comp and comp is not None:
            return True
        if comp is None or comp not in rule.comp:
            return False
    return True


def best_rule(rules: Iterable[Rule], words: frozenset[str], preps: frozenset[str],
              comp: str | None = None, has_clause: bool = False) -> Rule | None:
    """The most specific rule whose conditions hold (the later one on a tie), or None.

    Data files list a lemma's general rule first and its refinements after it.
    """
    best: Rule | None = None
    for rule in rules:
        if rule_holds(rule, words, preps, comp, has_clause) and (best is None or rule.specificity >= best.specificity):
            best = rule
    return best
