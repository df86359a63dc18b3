"""ClaimReview JSON-LD for publishing verdicts, and the whole case as JSON for archiving."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench import __version__
from workbench.core.errors import InputError

if TYPE_CHECKING:
    from workbench.core.library.store import Library


def claimreview(
    lib: Library, article_id: str | None = None, *, include_open: bool = True
) -> list[dict[str, Any]]:
    """One schema.org ClaimReview per claim that has a verdict (see claimreview.export_reviews)."""
    from workbench.core.publish.claimreview import export_reviews

    return export_reviews(lib, article_id, include_open=include_open).reviews


def case_json(lib: Library, article_id: str | None = None) -> dict[str, Any]:
    """The whole case: articles (with text and versions), claims, sources, evidence, verdicts."""
    articles = (
        [lib.articles.get(article_id)]
        if article_id
        else [lib.articles.get(a.id) for a in lib.articles.list()]
    )
    claims = lib.claims.list(article_id=article_id, include_deleted=True)
    evidence = [e for c in claims for e in lib.evidence.for_claim(c.id)]
    source_ids = {e.source_id for e in evidence}
    sources = [lib.sources.get(s) for s in sorted(source_ids)] if article_id else lib.sources.list()
    return {
        "format": "factcheck-workbench-case",
        "version": 1,
        "generator": f"Fact-check Workbench {__version__}",
        "articles": [
            {**a.to_dict(), "versions": [v.to_dict() for v in lib.articles.versions(a.id)]}
            for a in articles
        ],
        "claims": [c.to_dict() for c in claims],
        "sources": [s.to_dict() for s in sources],
        "evidence": [{k: v for k, v in e.to_dict().items() if k != "source"} for e in evidence],
        "verdicts": [v.to_dict() for c in claims for v in lib.verdicts.list(c.id)],
        "scales": [s.to_dict() for s in lib.scales.list()],
    }


def check_target(path: str | Path, *, library_path: Path | None, force: bool = False) -> Path:
    """Refuse to write an export onto the open library (or its -wal/-shm), onto a folder, or
    over an existing file unless asked to."""
    target = Path(path).expanduser()
    if library_path is not None:
        resolved = target.resolve()
        base = Path(library_path).resolve()
        if resolved in (base, Path(f"{base}-wal"), Path(f"{base}-shm"), Path(f"{base}-journal")):
            raise InputError(f"{target} is the library itself; choose another file to export to.")
    if target.is_dir():
        raise InputError(f"{target} is a folder; give a file name to export to.")
    if target.exists() and not force:
        raise InputError(f"{target} exists already; use --force to replace it.")
    return target


def refuse_live_database(target: Path) -> None:
    """No export replaces a library that is open (its write-ahead log lies beside it) or one of
    its -wal/-shm files, whichever window or command asked for it. Only names are looked at:
    the library itself is never opened with a plain file handle."""
    if target.name.endswith(("-wal", "-shm", "-journal")) or any(
        Path(f"{target}{suffix}").exists() for suffix in ("-wal", "-shm")
    ):
        raise InputError(f"{target} is a library in use; choose another file to export to.")


def write_text(text: str, path: str | Path, *, encoding: str = "utf-8") -> None:
    """Write a file atomically: a half-written export never replaces a good one."""
    target = Path(path)
    refuse_live_database(target)
    temporary = target.with_name(target.name + ".part")
    try:
        temporary.write_text(text, encoding=encoding, newline="")
        temporary.replace(target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise InputError(f"Can't write {target}: {exc.strerror or exc}.") from exc


def write_json(data: Any, path: str | Path) -> None:
    """Write JSON atomically, with `</` escaped so the text can sit in a script element."""
    from workbench.core.publish.claimreview import to_json

    write_text(to_json(data), path)
