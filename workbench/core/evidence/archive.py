"""Optional public archiving with the Internet Archive's Save Page Now 2 and availability API.

A copy in the Wayback Machine lets readers check a source themselves. It is off unless
the user has entered their archive.org keys; nothing is sent anywhere otherwise.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from typing import Any

import requests

from workbench.core.errors import FetchError
from workbench.core.evidence.fetch import DEFAULT_USER_AGENT, session
from workbench.core.progress import ProgressCallback, check_cancel, no_progress

SAVE_BASE = "https://web.archive.org"
AVAILABILITY_BASE = "https://archive.org"
_MAX_ANSWER = 1024 * 1024


@dataclass(frozen=True)
class ArchiveKeys:
    """The user's archive.org S3-style keys (archive.org/account/s3.php)."""

    access: str
    secret: str

    def __bool__(self) -> bool:
        return bool(self.access.strip() and self.secret.strip())


@dataclass(frozen=True)
class ArchivedCopy:
    """Where a page can be read in the Wayback Machine, and as of when."""

    original_url: str
    archive_url: str
    timestamp: str
    status: str | None = None


@dataclass(frozen=True)
class ArchiveConfig:
    """Time limits; the defaults suit the real service, tests make them short."""

    timeout: float = 20.0
    deadline: float = 120.0
    poll_interval: float = 3.0


def save_page(
    url: str,
    keys: ArchiveKeys | None,
    *,
    base: str = SAVE_BASE,
    config: ArchiveConfig | None = None,
    cancel: threading.Event | None = None,
    progress: ProgressCallback | None = None,
) -> ArchivedCopy:
    """Ask the Wayback Machine to archive a page and wait until it has."""
    if not keys:
        raise FetchError("Archiving is off: enter your archive.org keys in the settings first.")
    cfg = config or ArchiveConfig()
    report = progress or no_progress
    start = time.monotonic()
    base = base.rstrip("/")
    headers = {"Authorization": f"LOW {keys.access}:{keys.secret}", "Accept": "application/json"}
    report(0, 0, "Asking the Internet Archive to save the page")
    answer = _call("POST", f"{base}/save", cfg, headers=headers, data={"url": url})
    job_id = answer.get("job_id")
    if not job_id:
        raise FetchError(f"The Internet Archive did not save {url}: {_why(answer)}")
    while True:
        check_cancel(cancel)
        status = _call("GET", f"{base}/save/status/{job_id}", cfg, headers=headers)
        state = status.get("status")
        if state == "success":
            timestamp = str(status.get("timestamp") or "")
            original = str(status.get("original_url") or url)
            report(1, 1, "Saved in the Internet Archive")
            return ArchivedCopy(original, f"{base}/web/{timestamp}/{original}", timestamp, state)
        if state == "error":
            raise FetchError(f"The Internet Archive could not save {url}: {_why(status)}")
        if time.monotonic() - start + cfg.poll_interval > cfg.deadline:
            raise FetchError(
                f"The Internet Archive had not finished saving {url} after "
                f"{cfg.deadline:g} s; it may still appear later."
            )
        report(0, 0, "The Internet Archive is saving the page")
        if cancel is not None:
            cancel.wait(cfg.poll_interval)
        else:
            time.sleep(cfg.poll_interval)


def lookup(
    url: str,
    *,
    timestamp: str | None = None,
    base: str = AVAILABILITY_BASE,
    config: ArchiveConfig | None = None,
) -> ArchivedCopy | None:
    """The archived copy closest to a time (YYYYMMDDhhmmss, or the latest), or None."""
    params = {"url": url}
    if timestamp:
        params["timestamp"] = timestamp
    answer = _call(
        "GET", f"{base.rstrip('/')}/wayback/available", config or ArchiveConfig(), params=params
    )
    snapshots = answer.get("archived_snapshots")
    closest = snapshots.get("closest") if isinstance(snapshots, dict) else None
    if not isinstance(closest, dict) or not closest.get("available") or not closest.get("url"):
        return None
    return ArchivedCopy(
        original_url=url,
        archive_url=str(closest["url"]),
        timestamp=str(closest.get("timestamp") or ""),
        status=str(closest["status"]) if closest.get("status") is not None else None,
    )


def _call(
    method: str,
    url: str,
    cfg: ArchiveConfig,
    *,
    headers: dict[str, str] | None = None,
    **kwargs: Any,
) -> dict[str, Any]:
    try:
        response = session().request(
            method,
            url,
            headers={"User-Agent": DEFAULT_USER_AGENT, **(headers or {})},
            timeout=(min(cfg.timeout, 10.0), cfg.timeout),
            allow_redirects=False,
            stream=True,
            verify=True,
            **kwargs,
        )
    except requests.exceptions.Timeout as exc:
        raise FetchError(f"The Internet Archive did not answer within {cfg.timeout:g} s.") from exc
    except requests.exceptions.RequestException as exc:
        raise FetchError("The Internet Archive could not be reached.") from exc
    with response:
        if response.status_code == 429:
            raise FetchError(
                "The Internet Archive is limiting requests right now; try again in a few minutes."
            )
        if response.status_code in (401, 403):
            raise FetchError("The Internet Archive refused the archive.org keys; check them.")
        try:
            body = response.raw.read(_MAX_ANSWER + 1, decode_content=True)
        except Exception as exc:  # any transport error means no usable answer
            raise FetchError("The Internet Archive's answer broke off.") from exc
    if response.status_code >= 400:
        raise FetchError(f"The Internet Archive answered {response.status_code}.")
    if len(body) > _MAX_ANSWER:
        raise FetchError("The Internet Archive sent an unexpectedly large answer.")
    try:
        answer = json.loads(body)
    except ValueError as exc:
        raise FetchError("The Internet Archive sent an answer that is not JSON.") from exc
    if not isinstance(answer, dict):
        raise FetchError("The Internet Archive sent an unexpected answer.")
    return answer


def _why(answer: dict[str, Any]) -> str:
    return str(answer.get("message") or answer.get("status_ext") or "no reason given")
