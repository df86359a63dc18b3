"""What every command shares: the library it works on, JSON output and error reporting."""

from __future__ import annotations

import functools
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
    read_only: bool = False
    #: Set by commands that may create the library (import, demo, config, scale add).
    writing: bool = False
    _library: Library | None = field(default=None, repr=False)

    @property
    def path(self) -> Path:
        from workbench.core.paths import default_library_path

        return self.db_path or default_library_path()

    def library(self) -> Library:
        """The library, opened on first use. Only a command that writes creates a missing file
        (and says so); one that only reads never leaves a file or folder behind."""
        if self._library is None:
            from workbench.core.library.store import Library

            path = self.path
            create = self.writing and not self.read_only
            if create and self.db_path is None:
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise WorkbenchError(
                        f"Can't create the data folder {path.parent}: {exc.strerror or exc}."
                    ) from exc
            existed = path.exists()
            self._library = Library.open(path, create=create, read_only=self.read_only)
            if not existed:
                click.echo(f"Created a new library at {path}.", err=True)
        return self._library

    def peek(self) -> Library | None:
        """The library if a command opened it, without opening it."""
        return self._library

    def close(self) -> None:
        if self._library is not None and self._library.unit.commits:
            from workbench.commands.safety import daily_backup

            daily_backup(self)
        if self._library is not None:
            self._library.close()
            self._library = None


def library() -> Library:
    """The library of the running command."""
    return click.get_current_context().find_object(State).library()  # type: ignore[union-attr]


def will_write() -> None:
    """Say that the running command may create the library when there is none yet."""
    state = click.get_current_context().find_object(State)
    if state is not None:
        state.writing = True


def writes(func: F) -> F:
    """Mark a command that may create the library when there is none yet."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        will_write()
        return func(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def json_option(func: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON only.")(func)


def emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def warn(message: str) -> None:
    click.echo(f"warning: {message}", err=True)


def run_op(name: str, description: str, **args: Any) -> Any:
    """Make a change through a core operation, so that `workbench undo` can take it back."""
    from workbench.core.library.operations import Op, Operations

    return Operations(library()).run(Op(name, args, description)).value


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
