"""Globally unique record ids, so that two libraries can be merged later."""

from __future__ import annotations

import re
import uuid

MIN_PREFIX = 4
_PREFIX_RE = re.compile(r"^[0-9a-f-]+$")


def new_id() -> str:
    """A random UUID as text; random leading characters make short prefixes useful."""
    return str(uuid.uuid4())


def normalise_prefix(prefix: str) -> str:
    """Lower-case and validate a user-typed id prefix (raises ValueError with the reason)."""
    cleaned = prefix.strip().lower()
    if len(cleaned) < MIN_PREFIX:
        raise ValueError(f"An id needs at least {MIN_PREFIX} characters, got {prefix!r}.")
    if not _PREFIX_RE.match(cleaned):
        raise ValueError(f"{prefix!r} is not an id: ids are hexadecimal, like 3f2a9c1e.")
    return cleaned
