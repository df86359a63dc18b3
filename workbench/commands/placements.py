"""Review where claims lie after a new text version: confirm, place by hand, accept the orphan."""

from __future__ import annotations

import click

from workbench.commands.common import (
    echo_rows,
    emit_json,
    json_option,
    library,
    resolve,
    run_op,
)
from workbench.commands.records import claim_dict
from workbench.core.library.models import Claim


def register(cli: click.Group) -> None:
    group = cli.commands["claim"]
    assert isinstance(group, click.Group)
    for command in (claim_place, claim_confirm, claim_orphan, claim_placements):
        group.add_command(command)


def _report(item: Claim, as_json: bool, said: str) -> None:
    if as_json:
        emit_json(claim_dict(item))
    else:
        click.echo(f"{item.id}  {said}")


@click.command("place")
@click.argument("claim_id", metavar="CLAIM")
@click.option("--quote", required=True, help="The words of the current text the claim is about.")
@click.option(
    "--occurrence",
    type=click.IntRange(min=1),
    help="Which occurrence, when the words occur more than once (1 = first).",
)
@json_option
def claim_place(claim_id: str, quote: str, occurrence: int | None, as_json: bool) -> None:
    """Put CLAIM on QUOTE in its article's current text (what was marked is kept)."""
    placed = run_op(
        "place_claim",
        "Place claim",
        claim_id=resolve("claim", claim_id),
        quote=quote,
        occurrence=occurrence,
    )
    _report(placed, as_json, f"placed at {placed.start}-{placed.end}")


@click.command("confirm")
@click.argument("claim_id", metavar="CLAIM")
@json_option
def claim_confirm(claim_id: str, as_json: bool) -> None:
    """Say that CLAIM's current placement is right (for an orphan: its words are gone)."""
    confirmed = run_op(
        "confirm_placement", "Confirm placement", claim_id=resolve("claim", claim_id)
    )
    where = "orphaned" if confirmed.orphaned else f"{confirmed.start}-{confirmed.end}"
    _report(confirmed, as_json, f"confirmed at {where}")


@click.command("orphan")
@click.argument("claim_id", metavar="CLAIM")
@json_option
def claim_orphan(claim_id: str, as_json: bool) -> None:
    """Accept that CLAIM's words are gone from the current text; the claim is kept."""
    orphan = run_op("orphan_claim", "Accept orphan", claim_id=resolve("claim", claim_id))
    _report(orphan, as_json, "kept as an orphan")


@click.command("placements")
@click.argument("claim_id", metavar="CLAIM")
@json_option
def claim_placements(claim_id: str, as_json: bool) -> None:
    """Where CLAIM lay in each text version of its article, and how sure that was."""
    lib = library()
    items = lib.placements.for_claim(resolve("claim", claim_id))
    if as_json:
        emit_json([p.to_dict() for p in items])
        return
    echo_rows(
        [
            [
                f"v{p.version}",
                "orphaned" if p.orphaned else f"{p.start}-{p.end}",
                p.method,
                f"{p.confidence:.2f}",
                "confirmed"
                if p.confirmed_at
                else ("needs review" if p.needs_review else "certain" if not p.orphaned else "-"),
                p.reason or "",
            ]
            for p in items
        ]
    )
