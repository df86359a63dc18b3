"""Undo and redo from the command line: the same core operations the app's undo stack uses."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from workbench.commands.common import emit_json, json_option, library

if TYPE_CHECKING:
    from workbench.core.library.operations import Done


def register(cli: click.Group) -> None:
    cli.add_command(undo)
    cli.add_command(redo)


def _report(done: Done, verb: str, as_json: bool) -> None:
    if as_json:
        emit_json(
            {
                "action": done.action_id,
                "kind": done.kind,
                "description": done.op.description,
                "claims": list(done.changes.claim_ids),
                "article": done.changes.article_id,
            }
        )
    else:
        click.echo(f"{verb}: {done.op.description}")


@click.command()
@json_option
def undo(as_json: bool) -> None:
    """Undo your last change to this library (made in the app or here).

    Refused, with the reason, when someone else has changed the same record since.
    """
    from workbench.core.library.operations import Operations

    _report(Operations(library()).undo(), "Undone", as_json)


@click.command()
@json_option
def redo(as_json: bool) -> None:
    """Redo the change your last undo took back."""
    from workbench.core.library.operations import Operations

    _report(Operations(library()).redo(), "Redone", as_json)
