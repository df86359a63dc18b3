"""Commands over the library as a whole: import, listing articles, search, scales, settings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from workbench.commands.common import (
    State,
    echo_rows,
    emit_json,
    json_option,
    library,
    read_stdin_text,
    run_op,
    short_id,
    shorten,
    warn,
    will_write,
    writes,
)
from workbench.core.errors import AmbiguousIdError, InputError, NotFoundError
from workbench.core.library.models import Claim


def _is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def register(cli: click.Group) -> None:
    for command in (import_cmd, articles, show, search, scales, scale, config):
        cli.add_command(command)


@click.command("import")
@click.argument("source")
@click.option("--title", help="The article's title (default: from the document).")
@click.option("--lang", type=click.Choice(["de", "en"]), help="The article's language.")
@click.option("--encoding", help="The text file's encoding, when it can't be told.")
@click.option(
    "--lossy",
    is_flag=True,
    help="Decode text of unknown encoding as UTF-8, replacing what can't be read.",
)
@click.option(
    "--full-page",
    is_flag=True,
    help="Keep all text of a web page when no article can be found in it.",
)
@json_option
@click.pass_obj
@writes
def import_cmd(
    state: State,
    source: str,
    title: str | None,
    lang: str | None,
    encoding: str | None,
    lossy: bool,
    full_page: bool,
    as_json: bool,
) -> None:
    """Import an article: a .txt, .md, .html or .pdf file, an http(s) URL, or - for stdin.

    Importing identical text again gives the existing article; a URL that is already in the
    library gets a new text version, and its claims are re-anchored.
    """
    from workbench.core.evidence import documents

    if source == "-":
        document = documents.from_pasted(read_stdin_text())
    elif _is_url(source):
        document = documents.load_url(source, full_page=full_page)
    elif "://" in source:
        raise InputError(f"Only http and https addresses can be imported, not {source!r}.")
    else:
        try:
            document = documents.load_file(
                Path(source), encoding=encoding, lossy=lossy, full_page=full_page
            )
        except InputError as exc:
            if "encod" in str(exc) and not encoding:
                raise InputError(
                    f"{str(exc).rstrip('.')}: use --encoding NAME, or --lossy to "
                    "replace what can't be read."
                ) from exc
            raise
    from workbench.core.evidence.importing import store_document

    lib = state.library()
    result = store_document(lib, document, title=title, language=lang)
    for message in document.warnings:
        warn(message)
    article = result.article
    changes = []
    if result.new_version:
        from workbench.core.library.textdiff import text_changes

        versions = lib.articles.versions(article.id, with_text=True)
        changes = text_changes(versions[-2].text or "", versions[-1].text or "")
    if not as_json:
        if not result.created and not result.new_version:
            warn("This text is in the library already; nothing was added.")
        if result.new_version:
            orphans = [c for c, how in result.placements.items() if how == "orphan"]
            warn(
                f"Stored text version {article.version}; re-anchored {len(result.placements)} "
                f"claim(s), {len(orphans)} could not be placed and are marked orphaned."
            )
            waiting = lib.claims.count(article_id=article.id, needs_review=True)
            if waiting:
                warn(
                    f"{waiting} claim(s) need your review of where they now lie: "
                    f"workbench claims --needs-review --article {article.id[:8]}"
                )
            for change in changes:
                if change.removed:
                    click.echo(f"  - {shorten(change.removed, 100)}", err=True)
                if change.added:
                    click.echo(f"  + {shorten(change.added, 100)}", err=True)
        click.echo(article.id)
    else:
        emit_json(
            {
                **article.to_dict(),
                "created": result.created,
                "new_version": result.new_version,
                "placements": result.placements,
                "changes": [c.to_dict() for c in changes],
            }
        )


@click.command()
@json_option
def articles(as_json: bool) -> None:
    """List the articles in the library, newest first."""
    items = library().articles.list()
    if as_json:
        emit_json([a.to_dict() for a in items])
        return
    echo_rows(
        [
            [short_id(a.id), a.imported_at[:10], f"{a.claims} claims", shorten(a.title, 70)]
            for a in items
        ]
    )


@click.command()
@click.argument("item_id", metavar="ID")
@click.option(
    "--lang",
    type=click.Choice(["de", "en"]),
    help="Language of the rating labels (default: the library's).",
)
@json_option
def show(item_id: str, lang: str | None, as_json: bool) -> None:
    """Show an article: its metadata, full text and claims.

    ID is any unique id prefix of an article, a claim, a source or a piece of evidence; for
    anything but an article, its article is shown with that claim (or the claims citing that
    source) marked with * in the text and → in the list.
    """
    from workbench.commands.records import cli_language, rating_text

    lib = library()
    kind, full = _find_any(lib, item_id)
    article_id, focus, others = _focus(lib, kind, full)
    item = lib.articles.get(article_id)
    claims = lib.claims.list(article_id=item.id)
    if as_json:
        emit_json(
            {
                **item.to_dict(),
                "claims": [c.to_dict() for c in claims],
                "shown_for": {"kind": kind, "id": full, "claims": sorted(focus)},
            }
        )
        return
    language = cli_language(lib, lang)
    if kind != "article":
        click.echo(f"The {kind} {short_id(full)} is in this article:\n")
    click.echo(item.title)
    meta = " - ".join(x for x in (item.site, item.author, item.published, item.language) if x)
    if meta:
        click.echo(meta)
    if item.url:
        click.echo(item.url)
    click.echo(f"id {item.id}, text version {item.version}\n")
    click.echo(_marked(item.text or "", claims, focus))
    click.echo(f"Claims ({len(claims)}):")
    for number, c in enumerate(claims, 1):
        where = "orphaned" if c.orphaned else f"{c.start}-{c.end}"
        if c.needs_review:
            where += " ?"  # its place in this version waits for review
        pointer = "→" if c.id in focus else " "
        click.echo(
            f"{pointer} {number:>2}  {short_id(c.id)}  {c.status:<11} "
            f"{rating_text(lib, c, language):<20} {where:<11} {shorten(c.label, 60)}"
        )
    waiting = sum(1 for c in claims if c.needs_review)
    if waiting:
        click.echo(
            f"\n{waiting} claim(s) marked ? wait for review of their place in this version:"
            " `workbench claims --needs-review` lists them."
        )
    if others:
        click.echo(
            f"\nThe source is also cited in {len(others)} other article(s): "
            + ", ".join(short_id(a) for a in others)
        )


_KINDS = ("article", "claim", "evidence", "source")


def _find_any(lib: Any, prefix: str) -> tuple[str, str]:
    """The kind and full id of whatever record the prefix names (article, claim, evidence,
    source); a prefix of two different records is refused as ambiguous."""
    found: list[tuple[str, str]] = []
    for kind in _KINDS:
        try:
            found.append((kind, lib.resolve(kind, prefix)))
        except NotFoundError:
            continue
    if not found:
        raise NotFoundError(
            f"No article, claim, source or evidence has an id starting with {prefix!r}."
        )
    if len(found) > 1:
        kinds = " and ".join(kind for kind, _ in found)
        raise AmbiguousIdError(f"The id prefix {prefix!r} matches a {kinds}; give more characters.")
    return found[0]


def _focus(lib: Any, kind: str, full: str) -> tuple[str, set[str], list[str]]:
    """The article to show, the claims to mark in it, and other articles (for a source)."""
    if kind == "article":
        return full, set(), []
    if kind == "claim":
        return lib.claims.get(full).article_id, {full}, []
    if kind == "evidence":
        claim = lib.claims.get(lib.evidence.get(full).claim_id)
        return claim.article_id, {claim.id}, []
    citing = [lib.claims.get(e.claim_id) for e in lib.evidence.for_source(full)]
    if not citing:
        raise NotFoundError(
            f"The source {short_id(full)} is cited by no claim, so it is in no article; "
            "see it with `workbench sources`."
        )
    articles = list(dict.fromkeys(c.article_id for c in citing))
    focus = {c.id for c in citing if c.article_id == articles[0]}
    return articles[0], focus, articles[1:]


def _marked(text: str, claims: list[Claim], focus: set[str] | None = None) -> str:
    """The text with each placed claim between ⟦n and ⟧, numbered as in the list below it;
    the claims in focus as ⟦n* ... ⟧."""
    marks: list[tuple[int, int, str]] = []
    for number, c in enumerate(claims, 1):
        if c.start is not None and c.end is not None:
            star = "*" if focus and c.id in focus else ""
            marks.append((c.start, 1, f"⟦{number}{star} "))
            marks.append((c.end, 0, "⟧"))
    out, last = [], 0
    for position, _, mark in sorted(marks):
        out.append(text[last:position])
        out.append(mark)
        last = position
    out.append(text[last:])
    return "".join(out)


@click.command()
@click.argument("query")
@click.option(
    "--kind",
    type=click.Choice(["article", "claim", "source", "evidence"]),
    multiple=True,
    help="Only hits of this kind (repeatable).",
)
@click.option("--limit", default=50, show_default=True)
@json_option
def search(query: str, kind: tuple[str, ...], limit: int, as_json: bool) -> None:
    """Full-text search over articles, claims, sources and evidence."""
    hits = library().search.find(query, kinds=kind or None, limit=limit)
    if as_json:
        emit_json([h.to_dict() for h in hits])
        return
    if not hits:
        click.echo("No matches.", err=True)
    for hit in hits:
        click.echo(f"{hit.kind:<8} {short_id(hit.id)}  {shorten(hit.title, 50)}")
        click.echo(f"         {shorten(hit.snippet, 100)}")


@click.command()
@json_option
def scales(as_json: bool) -> None:
    """List the rating scales; their short names are what --scale takes."""
    lib = library()
    default = lib.settings.get("default_scale")
    items = lib.scales.list()
    if as_json:
        emit_json([{**s.to_dict(), "default": s.short_name == default} for s in items])
        return
    for s in items:
        mark = " (default)" if s.short_name == default else ""
        click.echo(f"{s.short_name}{mark}: {s.name}")
        click.echo(
            "    "
            + ", ".join(
                f"{r.label(s.language)} [{r.value}]"
                for r in sorted(s.ratings, key=lambda r: -r.value)
            )
        )


@click.group()
def scale() -> None:
    """Add your own rating scale."""


@scale.command("add")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@json_option
@writes
def scale_add(file: Path, as_json: bool) -> None:
    """Add a scale from a JSON file: {"short_name", "name", "language", "ratings": [...]}.

    Ratings are listed best first, each with label_en, label_de and optionally value, color
    and alternate_name.
    """
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"{file} is not a JSON scale definition: {exc}.") from exc
    if not isinstance(data, dict):
        raise InputError(f"{file} is not a JSON scale definition (expected an object).")
    added = library().scales.add(data)
    if as_json:
        emit_json(added.to_dict())
    else:
        click.echo(added.short_name)


SETTINGS = {
    "default_scale": "the scale new verdicts use when a claim has none",
    "organisation": "the fact-checking organisation named as ClaimReview author",
    "organisation_url": "its web address; used as ClaimReview url when a claim has none",
}


@click.command()
@click.argument("key", required=False, type=click.Choice(sorted(SETTINGS)))
@click.argument("value", required=False)
@json_option
def config(key: str | None, value: str | None, as_json: bool) -> None:
    """Show or change the library's settings (KEY VALUE sets one)."""
    if key and value is not None:
        will_write()
    lib = library()
    if key and value is not None:
        if key == "default_scale":
            value = lib.scales.get(value).short_name
        run_op("set_setting", "Change setting", key=key, value=value)
    keys = [key] if key else sorted(SETTINGS)
    values = {k: lib.settings.get(k) or "" for k in keys}
    if as_json:
        emit_json(values)
        return
    for k, v in values.items():
        click.echo(f"{k} = {v}    # {SETTINGS[k]}")
