"""Events: CAMEO-coded interactions with modality, attribution and dates."""

from .coder import code_pair, find_events

__all__ = ["code_pair", "find_events"]
