"""Actors: entity mentions resolved to canonical actors with CAMEO-style codes.

``find_mentions(doc)`` resolves a parsed Doc; the ``dateline_actors`` component does the
same inside the pipeline. ``MentionIndex`` finds the mention at a text position for the
later stages; ``actor_catalog()`` lists every known actor code with its name and aliases.
"""

from .catalog import actor_catalog, object_catalog
from .index import MentionIndex
from .resolve import Resolver, find_mentions
from .ruler import add_entity_ruler

__all__ = ["MentionIndex", "Resolver", "actor_catalog", "add_entity_ruler", "find_mentions", "object_catalog"]
