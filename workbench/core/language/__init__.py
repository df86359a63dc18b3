"""Reading text in German and English: sentences, language detection, figures, check-worthiness
of sentences and the comparison of a claim's figures with its sources.

The analysis itself is pure functions over text; the few modules that read claims and sources
use `workbench.core.library`. Nothing here fetches from the network.
"""
