"""Fact-check Workbench: articles, claims, evidence and verdicts in one SQLite file."""

__version__ = "0.1.0"
