"""The search index's tables."""
