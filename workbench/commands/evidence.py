"""Commands over captured evidence: snapshots of sources, and checks of their links."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from workbench.commands.common import (
    echo_rows,
    emit_json,
    json_option,
    library,
    resolve,
    short_id,
    shorten,
    warn,
)
from workbench.core.errors import NotFoundError


def register(cli: click.Group) -> None:
    """Add `snapshot ...` and `sources check` to the command line."""
    cli.add_command(snapshot)
    sources = cli.commands.get("sources")
    if isinstance(sources, click.Group):
        sources.add_command(check)
    else:
        group = click.Group("sources", help="Work on sources.")
        group.add_command(check)
        cli.add_command(group)


@click.group()
def snapshot() -> None:
    """Keep, show and export the snapshots of sources."""


@snapshot.command("take")
@click.argument("source_id", metavar="SOURCE")
@json_option
def snapshot_take(source_id: str, as_json: bool) -> None:
    """Fetch SOURCE's page now and keep it as a new snapshot."""
    from workbench.core.evidence.capture import capture_source

    lib = library()
    full = resolve("source", source_id)
    captured = capture_source(lib, full, progress=_spinner(f"Fetching {lib.sources.get(full).url}"))
    if as_json:
        emit_json(
            {
                "source_id": captured.source_id,
                "snapshot_id": captured.snapshot_id,
                "final_url": captured.final_url,
                "filled": list(captured.filled),
                "excerpts": [e.__dict__ for e in captured.excerpts],
                "warnings": list(captured.warnings),
            }
        )
        return
    for message in captured.warnings:
        warn(message)
    click.echo(captured.snapshot_id)


@snapshot.command("show")
@click.argument("source_id", metavar="SOURCE")
@json_option
def snapshot_show(source_id: str, as_json: bool) -> None:
    """Print the text of SOURCE's latest snapshot (read from the library, not the web)."""
    from workbench.core.evidence.capture import snapshot_text

    lib = library()
    item = _latest(lib, resolve("source", source_id), with_body=True)
    text = snapshot_text(item)
    if as_json:
        emit_json({**item.to_dict(), "text": text})
        return
    click.echo(text)


@snapshot.command("export")
@click.argument("source_id", metavar="SOURCE")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The file to write, e.g. source.warc.gz.",
)
@click.option("--force", is_flag=True, help="Replace the file if it exists.")
def snapshot_export(source_id: str, output: Path, force: bool) -> None:
    """Write SOURCE's latest snapshot as a WARC file (for pywb, ReplayWeb.page, ...)."""
    from workbench.core.evidence.capture import snapshot_warc
    from workbench.core.evidence.warc import write_warc_file
    from workbench.core.publish.export import check_target, refuse_live_database

    lib = library()
    item = _latest(lib, resolve("source", source_id), with_body=True)
    output = check_target(output, library_path=lib.path, force=force)
    refuse_live_database(output)
    if not output.parent.is_dir():
        raise click.UsageError(f"The folder {output.parent} does not exist.")
    write_warc_file(snapshot_warc(item), output)
    click.echo(str(output))


@click.command("check")
@click.option("--claim", "claim_id", help="Only the sources of this claim.")
@json_option
def check(claim_id: str | None, as_json: bool) -> None:
    """Check whether web sources are alive, redirected, gone or changed since their snapshot."""
    from workbench.core.evidence.capture import check_sources

    lib = library()
    claim_full = resolve("claim", claim_id) if claim_id else None
    total = sum(1 for s in lib.sources.list(claim_id=claim_full) if s.url)
    if total == 0:
        if as_json:
            emit_json([])
        else:
            click.echo("No web sources to check.", err=True)
        return
    if total > 1 and not as_json:
        with click.progressbar(
            length=total, label="Checking sources", file=sys.stderr, show_pos=True
        ) as bar:
            shown = {"done": 0}

            def advance(done: int, _total: int, _message: str) -> None:
                bar.update(done - shown["done"])
                shown["done"] = done

            results = check_sources(lib, claim_id=claim_full, progress=advance)
    else:
        results = check_sources(lib, claim_id=claim_full)
    if as_json:
        emit_json([r.__dict__ for r in results])
        return
    echo_rows(
        [
            [short_id(r.source_id), r.state, shorten(r.url, 50), shorten(r.detail, 70)]
            for r in results
        ]
    )


def _latest(lib: Any, source_id: str, *, with_body: bool) -> Any:
    item = lib.snapshots.latest(source_id, with_body=with_body)
    if item is None:
        raise NotFoundError(
            "This source has no snapshot yet; take one with `workbench snapshot take SOURCE`."
        )
    return item


def _spinner(label: str) -> Any:
    """Progress for one download, on stderr so that stdout stays clean for scripts."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int, message: str) -> None:
        size = f"{done // 1024} KB" + (f" of {total // 1024} KB" if total else "")
        click.echo(f"\r{label}: {size}", nl=False, err=True)

    return show
