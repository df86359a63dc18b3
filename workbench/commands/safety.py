"""Keeping the library safe: checks, backups and restoring one."""

from __future__ import annotations

from pathlib import Path

import click

from workbench.commands.common import State, emit_json, json_option, warn
from workbench.core.errors import LibraryError, WorkbenchError


def register(cli: click.Group) -> None:
    for command in (check, backup, backups, restore):
        cli.add_command(command)


def _existing(state: State) -> Path:
    path = state.path
    if not path.exists():
        raise LibraryError(f"There is no library at {path}.")
    return path


@click.command()
@click.option("--quick", is_flag=True, help="SQLite's quick check only.")
@json_option
@click.pass_obj
def check(state: State, quick: bool, as_json: bool) -> None:
    """Check the library: SQLite integrity, foreign keys, the search index, the guards of the
    append-only history and its SHA-256 chain. Exits 1 when anything is wrong."""
    from workbench.core.library.backups import newest_backup
    from workbench.core.library.checks import check_file

    path = _existing(state)
    report = check_file(path, quick=quick)
    if as_json:
        emit_json({"library": str(path), **report.to_dict()})
    else:
        for name in report.checks_run:
            problems = [f for f in report.findings if f.check == name]
            click.echo(f"{'ok' if not problems else 'FAILED':7} {name}")
            for finding in problems:
                click.echo(f"        {finding.message}")
        if report.ok:
            click.echo(f"The library {path} is in good order.")
    if not report.ok:
        good = newest_backup(path)
        hint = (
            f" The newest backup is {good.path} ({good.made_at:%Y-%m-%d %H:%M} UTC):"
            f" `workbench restore {good.path}` puts it back."
            if good
            else " There is no backup of it yet."
        )
        click.echo(f"error: the library {path} is damaged.{hint}", err=True)
        raise SystemExit(1)


@click.command()
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), help="Write the backup to this file."
)
@click.option("--force", is_flag=True, help="Replace an existing file at --output.")
@json_option
@click.pass_obj
def backup(state: State, output: Path | None, force: bool, as_json: bool) -> None:
    """Make a verified backup of the library now and print its path."""
    from workbench.core.library.backups import make_backup

    path = _existing(state)
    if output is not None and output.exists() and not force:
        raise WorkbenchError(f"{output} exists already; add --force to replace it.")
    lib = state.library()
    made = make_backup(lib.db.conn, path, target=output)
    if as_json:
        emit_json(made.to_dict())
    else:
        click.echo(str(made.path))


@click.command()
@json_option
@click.pass_obj
def backups(state: State, as_json: bool) -> None:
    """List the library's verified backups, newest first."""
    from workbench.core.library.backups import backup_dir, list_backups

    found = list_backups(state.path)
    if as_json:
        emit_json([b.to_dict() for b in found])
        return
    if not found:
        click.echo(f"No backups yet (they are kept in {backup_dir(state.path)}).")
    for item in found:
        size = f"{item.size / 1_000_000:.1f} MB" if item.size >= 100_000 else f"{item.size} B"
        click.echo(
            f"{item.made_at:%Y-%m-%d %H:%M:%S} UTC  {size:>9}  {item.reason:16}  {item.path}"
        )


@click.command()
@click.argument("backup_file", metavar="BACKUP", type=click.Path(path_type=Path))
@json_option
@click.pass_obj
def restore(state: State, backup_file: Path, as_json: bool) -> None:
    """Put a backup back in place of the library. The current library is kept aside, renamed
    with the time, and the restored one is checked."""
    from workbench.core.library.backups import restore as restore_backup

    done = restore_backup(state.path, backup_file)
    if as_json:
        emit_json(
            {
                "library": str(done.library),
                "restored_from": str(done.backup),
                "kept_aside": str(done.kept_aside) if done.kept_aside else None,
            }
        )
        return
    click.echo(f"Restored {done.library} from {done.backup}.")
    if done.kept_aside:
        click.echo(f"The library as it was before is kept at {done.kept_aside}.")


def daily_backup(state: State) -> None:
    """After a command that wrote: the first write of a day makes a verified backup."""
    from workbench.core.library.backups import first_of_the_day

    lib = state.peek()
    if lib is None or lib.path is None or lib.read_only or not lib.unit.commits:
        return
    try:
        first_of_the_day(lib.db.conn, lib.path)
    except WorkbenchError as exc:
        warn(f"the daily backup was not made: {exc}")
