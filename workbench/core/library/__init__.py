"""The library: one SQLite file and everything kept in it.

Owns opening (locks, pragmas, migrations, read-only use), the records and their repositories
(articles, claims, sources, evidence, verdicts, settings), search, anchoring of claims in text,
rating scales, the audit log, checks and backups. Uses only the shared modules at the top of
`workbench.core`; every other core package may use it.
"""
