"""Events: CAMEO-coded interactions with modality, attribution and dates."""

from .coder import find_events

__all__ = ["find_events"]
