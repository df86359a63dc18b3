"""The background work behind sources: reading files and pages, finding excerpts in snapshots.

Plain functions that run on a worker thread (through TaskRunner) and call the core; they know
no widget, so the evidence panel and the source commands both use them.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from workbench.core.errors import WorkbenchError
from workbench.core.progress import ProgressCallback, check_cancel
from workbench.gui.tasks import CPU_LANE

if TYPE_CHECKING:
    from workbench.core.evidence.capture import FileCapture, PageCapture
    from workbench.core.library.models import Snapshot
    from workbench.core.library.store import Library

ExcerptKey = tuple[str, str]  # (snapshot id, excerpt)


def capture_file(path: Path, cancel: threading.Event, progress: ProgressCallback) -> FileCapture:
    """The core's file reader, on a worker thread and in the CPU lane while it extracts."""
    from workbench.core.evidence.capture import read_file

    with CPU_LANE:
        return read_file(path, cancel=cancel, progress=progress)


def read_page(url: str) -> Any:
    """The core's page reader as a task: fetch and extract on a worker thread.

    When the page has no article, its title is still read from the whole page, so that the
    source gets one (store_page fills details from the article only).
    """

    def work(cancel: threading.Event, progress: ProgressCallback) -> tuple[PageCapture, str | None]:
        from workbench.core.evidence.capture import read_page as read

        page = read(url, cancel=cancel, progress=progress)
        title = page.extracted.title if page.extracted else None
        return page, title or page.page_title

    return work


def look_up_excerpts(
    library: Library, keys: list[ExcerptKey], cancel: threading.Event
) -> dict[ExcerptKey, bool]:
    """Whether each excerpt is in its snapshot's text (or, for a page, its visible text)."""

    found: dict[ExcerptKey, bool] = {}
    texts: dict[str, list[str]] = {}
    for snapshot_id, excerpt in keys:
        check_cancel(cancel)
        if snapshot_id not in texts:
            try:
                texts[snapshot_id] = _snapshot_texts(library.snapshots.get(snapshot_id))
            except WorkbenchError:
                texts[snapshot_id] = []
        with CPU_LANE:
            found[(snapshot_id, excerpt)] = any(
                _contains(text, excerpt) for text in texts[snapshot_id]
            )
    return found


def _snapshot_texts(snapshot: Snapshot) -> list[str]:
    """The stored text, then the whole page's visible text, as the capture looked it up."""
    from workbench.core.evidence.capture import snapshot_texts

    with CPU_LANE:
        return snapshot_texts(snapshot)


def _contains(text: str, excerpt: str) -> bool:
    from workbench.core.evidence.capture import excerpt_found

    return excerpt_found([text], excerpt)


def latest_snapshot_id(library: Library, source_id: str) -> str | None:
    """The newest snapshot of a source, read without its text or bytes."""
    snapshots = library.snapshots.list(source_id=source_id)
    return snapshots[-1].id if snapshots else None


def archive_time(timestamp: str) -> str:
    """The Wayback Machine's 14-digit timestamp as the ISO time the library keeps."""
    try:
        return datetime.strptime(timestamp, "%Y%m%d%H%M%S").replace(tzinfo=UTC).isoformat()
    except ValueError:
        from workbench.core.timeutil import now_iso

        return now_iso()


def warc_file_name(snapshot: Snapshot) -> str:
    host = urlsplit(snapshot.final_url or snapshot.url).hostname or "snapshot"
    return f"{host}-{snapshot.captured_at[:10]}.warc.gz"
