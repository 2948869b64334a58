"""Batch runners: read, deduplicate, analyze and store or print articles."""
