"""Evidence from outside: fetching pages, extracting their text, reading documents, keeping
WARC snapshots, archiving at the Internet Archive and checking links.

May use `workbench.core.library` to store what it captured and the shared modules; knows
nothing of language analysis or publishing.
"""
