"""Scorers of dateline's extraction against gold data, one module per stage."""
