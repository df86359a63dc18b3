"""Commands over single records: claims, sources and evidence, verdicts and their history."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from workbench.commands.common import (
    echo_rows,
    emit_json,
    json_option,
    library,
    resolve,
    run_op,
    short_id,
    shorten,
    warn,
)
from workbench.core.errors import InputError, WorkbenchError
from workbench.core.library.models import CLAIM_STATUSES, SOURCE_KINDS, STANCES, Claim, Evidence


def register(cli: click.Group) -> None:
    for command in (claim, claims, source, sources, evidence, verdict, history):
        cli.add_command(command)


def claim_dict(item: Claim) -> dict[str, Any]:
    """A claim for --json: quote is the text it points at now (none for an orphan)."""
    data = item.to_dict()
    if item.orphaned:
        data["quote"] = None
    return data


def cli_language(lib: Any, lang: str | None = None) -> str:
    """The one language of rating labels in this run: --lang, else the library's language
    setting, else the language of its default scale, else English."""
    if lang in ("de", "en"):
        return str(lang)
    setting = lib.settings.get("language")
    if setting in ("de", "en"):
        return str(setting)
    try:
        return str(lib.scales.get(lib.settings.get("default_scale")).language)
    except WorkbenchError:
        return "en"


def rating_text(lib: Any, item: Claim, language: str) -> str:
    """The claim's rating in ``language`` ("-" without one), whatever its scale's language."""
    if not item.rating_key or not item.scale:
        return item.rating or "-"
    scale = lib.scales.all().get(item.scale)
    rating = scale.get(item.rating_key) if scale is not None else None
    return rating.label(language) if rating is not None else (item.rating or "-")


def _echo_claims(items: list[Claim], lib: Any = None, language: str = "en") -> None:
    echo_rows(
        [
            [
                short_id(c.id),
                c.status,
                rating_text(lib, c, language) if lib is not None else (c.rating or "-"),
                f"{c.sources} src",
                ("orphaned" if c.orphaned else f"{c.start}-{c.end}")
                + (" needs review" if c.needs_review else ""),
                shorten(c.label, 60),
            ]
            for c in items
        ]
    )


# -- claims ---------------------------------------------------------------------------------


@click.group()
def claim() -> None:
    """Mark claims in an article and change them."""


@claim.command("add")
@click.argument("article")
@click.option("--quote", required=True, help="The exact words of the claim in the article.")
@click.option(
    "--occurrence",
    type=click.IntRange(min=1),
    help="Which occurrence, when the quote occurs more than once (1 = first).",
)
@click.option("--statement", help="The checkable claim in your own words.")
@click.option("--claimant", help="Who made the claim.")
@click.option(
    "--date",
    "claim_date",
    help="When the claim was made: 2025-01-28, 28.01.2025, 28. Januar 2025 or January 28, "
    "2025 (stored as 2025-01-28).",
)
@click.option("--priority", type=int, default=0, show_default=True)
@json_option
def claim_add(
    article: str,
    quote: str,
    occurrence: int | None,
    statement: str | None,
    claimant: str | None,
    claim_date: str | None,
    priority: int,
    as_json: bool,
) -> None:
    """Mark QUOTE in ARTICLE as a claim to check; prints the new claim's id."""
    created = run_op(
        "add_claim",
        "Mark claim",
        article_id=resolve("article", article),
        quote=quote,
        occurrence=occurrence,
        statement=statement,
        claimant=claimant,
        claim_date=claim_date,
        priority=priority,
    )
    if as_json:
        emit_json(claim_dict(created))
    else:
        click.echo(created.id)


@claim.command("set")
@click.argument("claim_id", metavar="CLAIM")
@click.option("--status", type=click.Choice(CLAIM_STATUSES))
@click.option("--statement")
@click.option("--claimant")
@click.option("--date", "claim_date", help="When the claim was made (see `claim add`).")
@click.option("--priority", type=int)
@click.option("--scale", help="The rating scale for this claim's verdicts.")
@click.option("--review-url", help="Where the published fact-check lives (ClaimReview url).")
@json_option
def claim_set(claim_id: str, as_json: bool, **fields: Any) -> None:
    """Change a claim's status, statement, claimant, date, priority, scale or review URL."""
    changes = {k: v for k, v in fields.items() if v is not None}
    if not changes:
        raise click.UsageError("Nothing to change: give at least one option.")
    updated = run_op(
        "update_claim", "Edit claim", claim_id=resolve("claim", claim_id), fields=changes
    )
    if as_json:
        emit_json(claim_dict(updated))
    else:
        click.echo(updated.id)


@claim.command("delete")
@click.argument("claim_id", metavar="CLAIM")
def claim_delete(claim_id: str) -> None:
    """Set a claim aside (it keeps its history and can be restored)."""
    click.echo(run_op("delete_claim", "Delete claim", claim_id=resolve("claim", claim_id)).id)


@claim.command("restore")
@click.argument("claim_id", metavar="CLAIM")
def claim_restore(claim_id: str) -> None:
    """Bring back a claim that was set aside."""
    click.echo(run_op("restore_claim", "Restore claim", claim_id=resolve("claim", claim_id)).id)


@claim.command("figures")
@click.argument("claim_id", metavar="CLAIM")
@json_option
def claim_figures(claim_id: str, as_json: bool) -> None:
    """Check the claim's figures against the figures in each of its sources."""
    from workbench.core.language.claim_figures import check_claim_figures

    report = check_claim_figures(library(), resolve("claim", claim_id))
    if as_json:
        emit_json(report.to_dict())
        return
    if not report.figures:
        click.echo("The claim states no figures.", err=True)
        return
    click.echo("Claim: " + "; ".join(f.text for f in report.figures))
    for item in report.sources:
        click.echo(f"{item.stance:<8} {shorten(item.source_label, 60)} ({item.read_from})")
        if not item.comparisons:
            click.echo("         no figures in its excerpt or snapshot")
        for c in item.comparisons:
            for line in _comparison_lines(c):
                click.echo("         " + line)
    if report.mismatches:
        click.echo(f"{report.mismatches} figure(s) don't match their sources.", err=True)
    if report.conflicts:
        click.echo(
            f"{report.conflicts} source(s) give the claim's figure and a different one: read both.",
            err=True,
        )


def _comparison_lines(c: Any) -> list[str]:
    """One comparison as the lines a fact-checker reads: the verdict, then where each figure
    stands in the excerpt or snapshot."""
    from workbench.core.language.figure_check import Outcome

    if c.found is None:
        return [f"{c.claim.text}: nothing comparable"]
    gap = "" if not c.difference else f", differs by {c.difference:.1%}"
    if c.points is not None and c.points > 0:
        gap += f" ({c.points:g} percentage points)"
    flag = {
        Outcome.AGREES: "match",
        Outcome.DIFFERS: "MISMATCH",
        Outcome.CONFLICTING: "CONFLICTING: the source also gives a different figure",
    }.get(c.status, str(c.status))
    lines = [f"{c.claim.text} ~ {c.found.figure.text}{gap}  {flag}"]
    for o in (c.found, *c.others):
        lines.append(f"  {o.where or 'text'} {o.figure.start}-{o.figure.end}: {o.context}")
    return lines


@click.command()
@click.option("--article", help="Only claims of this article.")
@click.option("--status", type=click.Choice(CLAIM_STATUSES))
@click.option(
    "--rating", help="Only claims with this rating (a label in English or German, or 'none')."
)
@click.option("--text", help="Only claims whose quote, statement or claimant contains this.")
@click.option(
    "--sort",
    type=click.Choice(["start", "updated_at", "created_at", "priority", "status", "rating_value"]),
    default="start",
    show_default=True,
)
@click.option("--desc", is_flag=True, help="Sort in descending order.")
@click.option("--limit", type=click.IntRange(min=1))
@click.option("--deleted", is_flag=True, help="Include claims that were set aside.")
@click.option(
    "--needs-review",
    is_flag=True,
    help="Only claims whose place in a new text version awaits your review.",
)
@click.option(
    "--lang",
    type=click.Choice(["de", "en"]),
    help="Language of the rating labels (default: the library's).",
)
@json_option
def claims(
    article: str | None,
    status: str | None,
    rating: str | None,
    text: str | None,
    sort: str,
    desc: bool,
    limit: int | None,
    deleted: bool,
    needs_review: bool,
    lang: str | None,
    as_json: bool,
) -> None:
    """List claims, filtered by article, status, rating, text and review."""
    lib = library()
    items = lib.claims.list(
        article_id=resolve("article", article) if article else None,
        status=status,
        rating=rating,
        text=text,
        order_by=sort,
        descending=desc,
        limit=limit,
        include_deleted=deleted,
        needs_review=needs_review,
    )
    if as_json:
        emit_json([claim_dict(c) for c in items])
    else:
        _echo_claims(items, lib, cli_language(lib, lang))


# -- sources and evidence -----------------------------------------------------------------------


@click.group()
def source() -> None:
    """Attach sources, with the quoted evidence, to claims."""


@source.command("add")
@click.argument("claim_id", metavar="CLAIM")
@click.argument("target", metavar="URL_OR_FILE")
@click.option("--stance", type=click.Choice(STANCES), default="context", show_default=True)
@click.option("--excerpt", help="The exact words quoted from the source.")
@click.option("--note", help="Your note on this evidence.")
@click.option("--title", help="The source's title (default: from the page or file).")
@click.option(
    "--kind",
    type=click.Choice(SOURCE_KINDS),
    help="web, document, dataset, person (an interview: URL_OR_FILE is a name) or fact-check.",
)
@click.option("--no-fetch", is_flag=True, help="Don't fetch and snapshot the URL now.")
@json_option
def source_add(
    claim_id: str,
    target: str,
    stance: str,
    excerpt: str | None,
    note: str | None,
    title: str | None,
    kind: str | None,
    no_fetch: bool,
    as_json: bool,
) -> None:
    """Attach a source (a URL, a file, or a person with --kind person) to CLAIM."""
    lib = library()
    claim_full = resolve("claim", claim_id)
    path = Path(target).expanduser()
    fetched = None
    with lib.transaction():
        if kind == "person" or (kind is None and not _is_url(target) and not path.exists()):
            if kind is None:
                raise InputError(
                    f"{target!r} is neither an http(s) URL nor an existing file; "
                    "to cite a person or an interview, add --kind person."
                )
            src = lib.sources.add(title=title or target, kind="person", note=None)
        elif _is_url(target):
            src = lib.sources.find(url=target) or lib.sources.add(
                url=target, title=title, kind=kind or "web"
            )
        else:
            src = lib.sources.find(file_name=str(path.resolve())) or _add_file_source(
                lib, path, title, kind or "document"
            )
        item = run_op(
            "add_evidence",
            "Add evidence",
            claim_id=claim_full,
            source_id=src.id,
            stance=stance,
            excerpt=excerpt,
            note=note,
        )
    found: bool | None = None
    if _is_url(target) and not no_fetch and kind != "person":
        fetched = _capture(lib, src.id)
        if fetched:
            found = _excerpt_check(lib, src, excerpt, quiet=True)
    else:
        found = _excerpt_check(lib, src, excerpt, quiet=as_json)
    item = lib.evidence.get(item.id)
    if as_json:
        emit_json({**_evidence_dict(item), "excerpt_found": found})
        return
    if fetched is False:
        warn(
            "The source was attached, but could not be fetched; fetch it later with "
            f"`workbench snapshot take {short_id(src.id)}`."
        )
    click.echo(item.id)


def _excerpt_check(lib: Any, src: Any, excerpt: str | None, *, quiet: bool) -> bool | None:
    """Look for the excerpt in the source's snapshot (a page or a file alike) and warn when it
    isn't there; None when there is nothing to look in."""
    from workbench.core.evidence.capture import check_excerpt, excerpt_warning

    found = check_excerpt(lib, src.id, excerpt)
    if found is False and not quiet:
        warn(excerpt_warning(excerpt or "", file=bool(src.file_name)))
    return found


def _is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def _add_file_source(lib: Any, path: Path, title: str | None, kind: str) -> Any:
    """A file as source: its bytes are kept as a snapshot, so the evidence can't change later."""
    from workbench.core.evidence.capture import read_file, store_file

    capture = read_file(path)
    for message in capture.warnings:
        warn(message)
    return store_file(lib, capture, title=title, kind=kind)


def _capture(lib: Any, source_id: str) -> bool:
    """Fetch and snapshot a URL source; a failure leaves the source attached, unfetched."""
    from workbench.core.errors import WorkbenchError
    from workbench.core.evidence import capture

    try:
        captured = capture.capture_source(lib, source_id)
    except WorkbenchError as exc:
        warn(str(exc))
        return False
    for message in captured.warnings:
        warn(message)
    return True


def _evidence_dict(item: Evidence) -> dict[str, Any]:
    data = item.to_dict()
    return data


@click.group(invoke_without_command=True)
@click.option("--claim", "claim_id", help="Only the sources of this claim.")
@json_option
@click.pass_context
def sources(ctx: click.Context, claim_id: str | None, as_json: bool) -> None:
    """List sources (and, with a subcommand, work on them)."""
    if ctx.invoked_subcommand is not None:
        return
    lib = library()
    items = lib.sources.list(claim_id=resolve("claim", claim_id) if claim_id else None)
    if as_json:
        emit_json([s.to_dict() for s in items])
        return
    echo_rows(
        [
            [
                short_id(s.id),
                s.kind,
                s.check_state or "-",
                shorten(s.label, 50),
                shorten(s.url or s.file_name or "", 50),
            ]
            for s in items
        ]
    )


@click.group()
def evidence() -> None:
    """List, change or remove the evidence of a claim."""


@evidence.command("list")
@click.argument("claim_id", metavar="CLAIM")
@json_option
def evidence_list(claim_id: str, as_json: bool) -> None:
    """The evidence of CLAIM: each source with its stance, excerpt and note."""
    lib = library()
    items = lib.evidence.for_claim(resolve("claim", claim_id))
    if as_json:
        emit_json([_evidence_dict(e) for e in items])
        return
    for e in items:
        label = e.source.label if e.source else e.source_id
        click.echo(f"{short_id(e.id)}  {e.stance:<8}  {shorten(label, 50)}")
        if e.excerpt:
            click.echo(f"          “{shorten(e.excerpt, 90)}”")
        if e.note:
            click.echo(f"          {shorten(e.note, 90)}")


@evidence.command("set")
@click.argument("evidence_id", metavar="EVIDENCE")
@click.option("--stance", type=click.Choice(STANCES))
@click.option("--excerpt")
@click.option("--note")
def evidence_set(evidence_id: str, **fields: Any) -> None:
    """Change the stance, excerpt or note of a piece of evidence."""
    changes = {k: v for k, v in fields.items() if v is not None}
    if not changes:
        raise click.UsageError("Nothing to change: give at least one option.")
    lib = library()
    item = run_op(
        "update_evidence",
        "Edit evidence",
        evidence_id=resolve("evidence", evidence_id),
        fields=changes,
    )
    if "excerpt" in changes and item.source is not None:
        _excerpt_check(lib, item.source, item.excerpt, quiet=False)
    click.echo(item.id)


@evidence.command("remove")
@click.argument("evidence_id", metavar="EVIDENCE")
def evidence_remove(evidence_id: str) -> None:
    """Detach a source from a claim (the source itself stays in the library)."""
    click.echo(
        run_op(
            "remove_evidence", "Remove evidence", evidence_id=resolve("evidence", evidence_id)
        ).id
    )


# -- verdicts -----------------------------------------------------------------------------------


@click.command()
@click.argument("claim_id", metavar="CLAIM")
@click.argument("rating")
@click.option("--scale", help="The scale's short name (see `workbench scales`).")
@click.option("--rationale", help="Why: the reasoning behind the verdict.")
@json_option
def verdict(
    claim_id: str, rating: str, scale: str | None, rationale: str | None, as_json: bool
) -> None:
    """Record a verdict: RATING is a label (English or German, any case) or its value."""
    added = run_op(
        "add_verdict",
        "Set verdict",
        claim_id=resolve("claim", claim_id),
        rating=rating,
        scale=scale,
        rationale=rationale,
    )
    if as_json:
        emit_json(added.to_dict())
    else:
        click.echo(added.id)


@click.command()
@click.argument("claim_id", metavar="CLAIM")
@json_option
def history(claim_id: str, as_json: bool) -> None:
    """A claim's verdicts and every recorded change, oldest first."""
    lib = library()
    entries = lib.verdicts.history(resolve("claim", claim_id))
    if as_json:
        emit_json([e.to_dict() for e in entries])
        return
    for e in entries:
        click.echo(f"{e.at[:19].replace('T', ' ')}  {e.actor or '-':<12} {e.summary}")
        rationale = e.detail.get("rationale") if e.kind == "verdict" else None
        if rationale:
            click.echo(f"{'':33}{shorten(rationale, 90)}")
