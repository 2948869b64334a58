"""Actors: entity mentions resolved to canonical actors with CAMEO-style codes."""

from .resolve import find_mentions

__all__ = ["find_mentions"]
