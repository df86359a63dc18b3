"""The command line: `workbench [--db PATH] COMMAND`, a thin layer over workbench.core.

Every listing takes --json and then prints JSON only. Errors print one line on stderr and exit 1;
usage errors exit 2. Nothing is written when a command fails.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click

from workbench import __version__
from workbench.commands.common import State, json_option, writes
from workbench.commands.library_cmds import register as register_library
from workbench.commands.records import register as register_records
from workbench.core.errors import WorkbenchError

log = logging.getLogger("workbench")


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    "db_path",
    envvar="WORKBENCH_DB",
    type=click.Path(path_type=Path),
    help="The library file (default: workbench.sqlite in your data folder; "
    "WORKBENCH_DB sets it too).",
)
@click.option(
    "--read-only",
    is_flag=True,
    help="Open the library for reading only (automatic when it can't be written).",
)
@click.version_option(__version__, prog_name="workbench")
@click.pass_context
def cli(ctx: click.Context, db_path: Path | None, read_only: bool) -> None:
    """Fact-check Workbench: articles, claims, evidence and verdicts in one SQLite file.

    Without a command, the desktop app starts.
    """
    state = ctx.ensure_object(State)
    state.db_path = db_path
    state.read_only = read_only
    ctx.call_on_close(state.close)
    if ctx.invoked_subcommand is None:
        ctx.invoke(gui)


@cli.command()
@click.pass_obj
def gui(state: State) -> None:
    """Start the desktop app (on first start, with the demo library)."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        raise WorkbenchError(
            "There is no screen to show the app on (neither DISPLAY nor WAYLAND_DISPLAY is set);"
            " the command line works without one: see workbench --help."
        )
    from workbench.gui.app import run

    code = run(state.db_path, demo_if_new=state.db_path is None)
    raise SystemExit(code)


@cli.command()
@json_option
@click.pass_obj
@writes
def demo(state: State, as_json: bool) -> None:
    """Add the worked demo case (the DeepSeek article) to the library."""
    from workbench.commands.common import emit_json
    from workbench.core.library.demo import build_demo

    lib = state.library()
    article_id = build_demo(lib)
    if as_json:
        emit_json(lib.articles.get(article_id, with_text=False).to_dict())
    else:
        click.echo(article_id)


register_library(cli)
register_records(cli)


def _register_optional() -> None:
    """Command groups over parts of the core: suggestions, evidence, safety, publishing, placements."""
    import importlib

    for name in (
        "workbench.commands.suggest",
        "workbench.commands.evidence",
        "workbench.commands.safety",
        "workbench.commands.publish",
        "workbench.commands.placements",
        "workbench.commands.undo",
    ):
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            if exc.name != name:
                raise
            continue
        module.register(cli)


_register_optional()


def _setup_logging() -> Path | None:
    from workbench.core.paths import log_path

    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; a failure becomes one clear line on stderr, never a traceback."""
    try:
        cli.main(args=argv, prog_name="workbench", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except WorkbenchError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(1)
    except Exception as exc:  # a bug: keep the details in the log, tell the user one line
        path = _setup_logging()
        log.exception("Unexpected error")
        where = f" (details in {path})" if path else ""
        click.echo(f"error: unexpected {type(exc).__name__}: {exc}{where}", err=True)
        sys.exit(1)
    sys.exit(0)
