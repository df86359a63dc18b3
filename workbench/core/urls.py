"""Web addresses the workbench stores, fetches or publishes: http(s) only, with a host, no
credentials. One check for sources, review URLs and the organisation's address."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from workbench.core.errors import InputError

_HOST = re.compile(r"^(?:\[[0-9a-fA-F:.]+\]|[^\s/?#@:\[\]]+)$")


def check_url(url: str, *, what: str = "The address") -> str:
    """The URL, stripped, if it is a usable http(s) address; else InputError saying why."""
    text = (url or "").strip()
    if any(ch.isspace() for ch in text) or "\x00" in text:
        raise InputError(f"{what} {text!r} contains spaces or control characters.")
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise InputError(f"{what} {text!r} is not a valid web address ({exc}).") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise InputError(f"{what} {text!r} must start with http:// or https://.")
    if parts.username is not None or parts.password is not None:
        raise InputError(
            f"{what} must not contain a user name or password; remove the part before '@'."
        )
    host = parts.hostname or ""
    if not host or not _HOST.match(parts.netloc.rsplit(":", 1)[0] if port else parts.netloc):
        raise InputError(f"{what} {text!r} has no valid host name.")
    return text
