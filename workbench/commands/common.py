"""What every command shares: the library it works on, JSON output and error reporting."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from workbench.core.errors import WorkbenchError

if TYPE_CHECKING:
    # Imported when a command opens the library: starting the app needs no sqlite-utils yet.
    from workbench.core.library.store import Library

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class State:
    """The per-invocation state: which library, opened once, on first use."""

    db_path: Path | None = None
    _library: Library | None = field(default=None, repr=False)

    @property
    def path(self) -> Path:
        from workbench.core.paths import default_library_path

        return self.db_path or default_library_path()

    def library(self) -> Library:
        if self._library is None:
            from workbench.core.library.store import Library

            self._library = Library.open(self.path)
        return self._library

    def close(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None


def library() -> Library:
    """The library of the running command."""
    return click.get_current_context().find_object(State).library()  # type: ignore[union-attr]


def json_option(func: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON only.")(func)


def emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def warn(message: str) -> None:
    click.echo(f"warning: {message}", err=True)


def resolve(kind: str, prefix: str) -> str:
    return library().resolve(kind, prefix)


def fail(message: str) -> None:
    raise WorkbenchError(message)


def shorten(text: str | None, width: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def short_id(record_id: str) -> str:
    return record_id[:8]


def echo_rows(rows: list[list[str]]) -> None:
    """Plain aligned columns, for people; scripts use --json."""
    if not rows:
        return
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(widths[i]) for i, cell in enumerate(row[:-1])] + [row[-1]]
        click.echo("  ".join(cells).rstrip())


def read_stdin_text() -> str:
    data = sys.stdin.buffer.read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise WorkbenchError("The text on standard input is not UTF-8.") from exc
