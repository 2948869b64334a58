"""Scorers against gold data."""
