"""Quotes: direct and reported statements with their speakers."""

from .extract import find_quotes

__all__ = ["find_quotes"]
