"""Commands for what leaves the library and what comes in from other desks: exports (ClaimReview,
JSON, reports, CSV, case bundles), `import claimreview` and `import case`, prior fact-checks,
similar claims, and `serve` for browsing the library in Datasette."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from workbench.commands.common import (
    State,
    emit_json,
    json_option,
    library,
    resolve,
    short_id,
    shorten,
    warn,
    writes,
)
from workbench.core.errors import InputError

OUTPUT = click.Path(dir_okay=False, path_type=Path)


def register(cli: click.Group) -> None:
    cli.add_command(export)
    cli.add_command(prior)
    cli.add_command(similar)
    cli.add_command(serve)
    article_import = cli.commands.get("import")
    if article_import is not None:
        cli.add_command(ImportCommand(article_import), "import")


def _target(output: Path, force: bool) -> Path:
    from workbench.core.publish.export import check_target

    return check_target(output, library_path=library().path, force=force)


def _force_option(func: Any) -> Any:
    return click.option("--force", is_flag=True, help="Replace the output file if it exists.")(func)


# -- export ---------------------------------------------------------------------------------


@click.group()
def export() -> None:
    """Export ClaimReview, the case as JSON, a report, a spreadsheet or a case bundle."""


@export.command("claimreview")
@click.option("--article", help="Only this article's claims.")
@click.option("-o", "--output", type=OUTPUT, help="Write to this file instead of standard output.")
@click.option(
    "--include-open",
    is_flag=True,
    help="Also claims that are still open or being researched (normally left out).",
)
@_force_option
def export_claimreview(
    article: str | None, output: Path | None, include_open: bool, force: bool
) -> None:
    """ClaimReview JSON-LD for the claims with a verdict that are no longer open."""
    from workbench.core.publish import claimreview
    from workbench.core.publish.export import write_text

    lib = library()
    target = _target(output, force) if output else None
    article_id = resolve("article", article) if article else None
    result = claimreview.export_reviews(lib, article_id, include_open=include_open)
    for message in result.warnings:
        warn(message)
    if result.skipped_open:
        warn(
            f"{result.skipped_open} claim(s) with a verdict are still open and were left out"
            " (--include-open exports them)."
        )
    text = claimreview.to_json(result.reviews)
    if target is None:
        click.echo(text, nl=False)
        return
    write_text(text, target)
    click.echo(f"Wrote {len(result.reviews)} reviews to {target}.", err=True)


@export.command("json")
@click.option("--article", help="Only this article's claims.")
@click.option("-o", "--output", type=OUTPUT, help="Write to this file instead of standard output.")
@_force_option
def export_json(article: str | None, output: Path | None, force: bool) -> None:
    """The whole case (or one article's) as JSON, for archiving."""
    from workbench.core.publish import export as exporter

    lib = library()
    target = _target(output, force) if output else None
    article_id = resolve("article", article) if article else None
    data = exporter.case_json(lib, article_id)
    if target is None:
        emit_json(data)
        return
    exporter.write_json(data, target)
    click.echo(f"Wrote {len(data['claims'])} claims to {target}.", err=True)


@export.command("report")
@click.option("--article", help="The article to report on.")
@click.option("--claim", "claim", help="Only this claim.")
@click.option(
    "--format", "fmt", type=click.Choice(["html", "md"]), default="html", show_default=True
)
@click.option(
    "--lang", type=click.Choice(["de", "en"]), help="The report's language (default: article's)."
)
@click.option("-o", "--output", type=OUTPUT, help="Write to this file instead of standard output.")
@_force_option
def export_report(
    article: str | None,
    claim: str | None,
    fmt: str,
    lang: str | None,
    output: Path | None,
    force: bool,
) -> None:
    """A fact-check report for an article or one claim: HTML (self-contained, printable) or
    Markdown (for a CMS)."""
    from workbench.core.publish import report
    from workbench.core.publish.export import write_text

    if bool(article) == bool(claim):
        raise click.UsageError("Give either --article or --claim.")
    lib = library()
    target = _target(output, force) if output else None
    built = report.build_report(
        lib,
        resolve("article", article) if article else None,
        claim_id=resolve("claim", claim) if claim else None,
        lang=lang,
    )
    for message in built.warnings:
        warn(message)
    text = report.render(built, fmt)
    if target is None:
        click.echo(text, nl=False)
        return
    write_text(text, target)
    click.echo(f"Wrote the report on {len(built.claims)} claim(s) to {target}.", err=True)


@export.command("csv")
@click.option("--article", help="Only this article's claims.")
@click.option("-o", "--output", type=OUTPUT, required=True, help="The CSV file to write.")
@click.option(
    "--semicolon", is_flag=True, help="Separate cells with ';' (what German Excel expects)."
)
@_force_option
def export_csv(article: str | None, output: Path, semicolon: bool, force: bool) -> None:
    """One row per claim, for spreadsheets: UTF-8 with BOM, formulas neutralised."""
    from workbench.core.publish import spreadsheet

    lib = library()
    target = _target(output, force)
    article_id = resolve("article", article) if article else None
    count = spreadsheet.write_csv(
        lib, target, article_id=article_id, delimiter=";" if semicolon else ","
    )
    click.echo(f"Wrote {count} claims to {target}.", err=True)


@export.command("case")
@click.argument("article")
@click.option("-o", "--output", type=OUTPUT, required=True, help="The case bundle to write.")
@_force_option
@json_option
def export_case(article: str, output: Path, force: bool, as_json: bool) -> None:
    """One article's whole case in one file, for another desk's `workbench import case`."""
    from workbench.core.publish import case

    lib = library()
    target = _target(output, force)
    counts = case.write_bundle(lib, resolve("article", article), target)
    if as_json:
        emit_json({"path": str(target), **counts})
        return
    click.echo(
        f"Wrote the case ({counts['claims']} claims, {counts['evidence']} pieces of evidence,"
        f" {counts['snapshots']} snapshots) to {target}.",
        err=True,
    )


# -- import claimreview / import case ------------------------------------------------------


@click.command("claimreview")
@click.argument("source")
@json_option
@click.pass_obj
@writes
def import_claimreview(state: State, source: str, as_json: bool) -> None:
    """ClaimReview JSON-LD from a file or a fact-check page becomes prior fact-checks."""
    from workbench.core.publish import claimreview

    reviews = claimreview.load_reviews(source)
    counts = claimreview.import_reviews(state.library(), reviews)
    if as_json:
        emit_json(counts)
        return
    click.echo(
        f"Imported {counts['imported']} of {counts['found']} review(s);"
        f" {counts['skipped']} were in the library already."
    )


@click.command("case")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@json_option
@click.pass_obj
@writes
def import_case(state: State, file: Path, as_json: bool) -> None:
    """Merge a case bundle from another desk into this library."""
    from workbench.core.publish import case

    lib = state.library()
    report = case.import_bundle(lib, file)
    for conflict in report.conflicts:
        warn(conflict.describe())
    if as_json:
        emit_json(report.to_dict())
        return
    if not report.changed:
        click.echo(f"Article {short_id(report.article_id)}: nothing new; the library has it all.")
        return
    added = ", ".join(f"{n} {table}" for table, n in report.added.items() if n) or "nothing"
    updated = ", ".join(f"{n} {table}" for table, n in report.updated.items() if n) or "nothing"
    click.echo(f"Article {short_id(report.article_id)}: added {added}; updated {updated}.")


IMPORT_SUBCOMMANDS = {"claimreview": import_claimreview, "case": import_case}


class ImportCommand(click.Command):
    """`import SOURCE` imports an article as before; `import claimreview ...` and
    `import case ...` go to their own commands."""

    def __init__(self, article_import: click.Command) -> None:
        super().__init__(
            name="import",
            params=article_import.params,
            callback=article_import.callback,
            help=(article_import.help or "")
            + "\n\nAlso: `workbench import claimreview FILE|URL` (prior fact-checks from"
            " ClaimReview JSON-LD) and `workbench import case FILE` (a case bundle from"
            " another desk).",
            short_help="Import an article, ClaimReview or a case bundle.",
        )

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        if args and args[0] in IMPORT_SUBCOMMANDS:
            command = IMPORT_SUBCOMMANDS[args[0]]
            return command.make_context(f"{info_name} {args[0]}", args[1:], parent, **extra)
        return super().make_context(info_name, args, parent, **extra)


# -- prior fact-checks ----------------------------------------------------------------------


@click.group()
def prior() -> None:
    """Fact-checks others have published (Google Fact Check Tools), cached in the library."""


def _library_if_any(state: State) -> Any:
    """The library for caching when there is one that can be written; searching needs none."""
    if state.read_only or not state.path.exists():
        return None
    return state.library()


@prior.command("search")
@click.argument("text")
@click.option("--lang", help="Only reviews in this language (BCP-47, e.g. de).")
@click.option("--limit", default=10, show_default=True, help="Reviews per page (at most 50).")
@click.option("--page-token", help="The next page, as a previous search named it.")
@click.option("--refresh", is_flag=True, help="Ask the service even if the answer is cached.")
@json_option
@click.pass_obj
def prior_search(
    state: State,
    text: str,
    lang: str | None,
    limit: int,
    page_token: str | None,
    refresh: bool,
    as_json: bool,
) -> None:
    """Search published fact-checks for TEXT."""
    from workbench.core.evidence import prior as priors

    lib = _library_if_any(state)
    result = priors.search(
        text, language=lang, page_size=limit, page_token=page_token, lib=lib, refresh=refresh
    )
    if as_json:
        emit_json(result.to_dict())
        return
    if not result.items:
        click.echo("No published fact-checks found.", err=True)
    for item in result.items:
        click.echo(
            f"{item.id[:8]}  {shorten(item.rating or '-', 24):<24}  "
            f"{shorten(item.publisher or '?', 24):<24}  {(item.review_date or '')[:10]}"
        )
        click.echo(f"          {shorten(item.claim_text, 90)}")
        if item.url:
            click.echo(f"          {item.url}")
    when = "cached from " if result.cached else "fetched "
    click.echo(f"{len(result.items)} review(s), {when}{result.fetched_at[:16]}.", err=True)
    if result.next_page_token:
        click.echo(f"More: --page-token {result.next_page_token}", err=True)


@prior.command("list")
@json_option
def prior_list(as_json: bool) -> None:
    """The prior fact-checks kept in the library (searched or imported)."""
    from workbench.core.evidence import prior as priors

    items = priors.list_all(library())
    if as_json:
        emit_json([{k: v for k, v in i.to_dict().items() if k != "data"} for i in items])
        return
    for item in items:
        click.echo(
            f"{item.id[:8]}  {item.origin:<11} {shorten(item.rating or '-', 20):<20} "
            f"{shorten(item.claim_text, 70)}"
        )


@prior.command("attach")
@click.argument("factcheck")
@click.argument("claim")
@click.option("--stance", type=click.Choice(["supports", "refutes", "context"]), default="context")
@json_option
def prior_attach(factcheck: str, claim: str, stance: str, as_json: bool) -> None:
    """Attach a prior fact-check to a claim as a source of kind "fact-check"."""
    from workbench.core.evidence import prior as priors

    lib = library()
    found = priors.get(lib, factcheck.strip().lower())
    evidence = priors.attach(lib, resolve("claim", claim), found, stance=stance)
    if as_json:
        emit_json(evidence.to_dict())
    else:
        click.echo(evidence.id)


@prior.command("key")
def prior_key() -> None:
    """Store the Fact Check Tools API key in the system keyring."""
    from workbench.core.evidence import prior as priors

    key = click.prompt("API key", hide_input=True)
    priors.store_api_key(key)
    click.echo("The key is stored in the system keyring.", err=True)


# -- similar claims -------------------------------------------------------------------------


@click.command()
@click.argument("claim")
@click.option("--limit", default=10, show_default=True)
@json_option
def similar(claim: str, limit: int, as_json: bool) -> None:
    """Claims already in the library that say much the same as CLAIM, with their verdicts."""
    from workbench.core.publish.similar import similar_to_claim

    lib = library()
    found = similar_to_claim(lib, resolve("claim", claim), limit=limit)
    if as_json:
        emit_json([s.to_dict() for s in found])
        return
    if not found:
        click.echo("No similar claims in the library.", err=True)
    for item in found:
        click.echo(
            f"{item.score:5.1f}  {short_id(item.claim.id)}  {shorten(item.claim.rating or '-', 20):<20}"
            f" {shorten(item.claim.label, 60)}  ({shorten(item.article_title, 30)})"
        )


# -- Datasette ------------------------------------------------------------------------------


def metadata_path() -> Path:
    from importlib import resources

    return Path(str(resources.files("workbench.resources").joinpath("datasette", "metadata.json")))


def metadata_for(path: Path) -> dict[str, Any]:
    """The shipped metadata with its table labels under the name Datasette gives this file."""
    import json

    data: dict[str, Any] = json.loads(metadata_path().read_text(encoding="utf-8"))
    data["databases"] = {path.stem: data["databases"]["workbench"]}
    return data


@click.command()
@click.option("--port", default=8001, show_default=True, help="The port on 127.0.0.1.")
@click.pass_obj
def serve(state: State, port: int) -> None:
    """Browse the library in Datasette, read-only, on 127.0.0.1 (needs `pip install datasette`)."""
    import importlib.util
    import json
    import subprocess
    import tempfile

    if importlib.util.find_spec("datasette") is None:
        raise InputError(
            "Datasette is not installed; install it with `pip install datasette`"
            " (or the workbench's `serve` extra)."
        )
    path = state.path
    if not path.exists():
        raise InputError(f"There is no library at {path}.")
    folder = tempfile.TemporaryDirectory(prefix="workbench-serve-")
    metadata = Path(folder.name) / "metadata.json"
    metadata.write_text(json.dumps(metadata_for(path)), encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        str(path),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--metadata",
        str(metadata),
    ]
    click.echo(f"Serving {path} read-only at http://127.0.0.1:{port}/ (Ctrl+C stops).", err=True)
    try:
        code = subprocess.call(command, env=os.environ.copy())
    finally:
        folder.cleanup()
    raise SystemExit(code)
