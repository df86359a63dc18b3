"""Settings for the whole test run."""

from hypothesis import settings

# Timing belongs in the benchmarks: a slow first example (a lazy import) is not a failure.
settings.register_profile("workbench", deadline=None, print_blob=True)
settings.load_profile("workbench")
