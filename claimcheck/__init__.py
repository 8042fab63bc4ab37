"""Rounding-aware claim checking: an article's numbers as data, its claims as computed checks."""

__version__ = "1.0.0"
