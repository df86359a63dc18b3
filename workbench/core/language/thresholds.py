"""The default score a sentence needs to be suggested, in a module of its own so that the app
can show the setting without loading the check-worthiness model's code."""

from __future__ import annotations

#: Sentences scoring at least this are suggested: the model is shifted so that its threshold
#: chosen on held-out folds (best F1 over debates and German and English news) lands here.
DEFAULT_THRESHOLD = 0.5
