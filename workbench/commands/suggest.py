"""`workbench suggest ARTICLE`, `workbench score FILE` and `workbench figures TEXT`: check-worthy
sentences of an article in the library, scores for statements one per line, and the figures
of any text."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from workbench.commands.common import emit_json, json_option, library, read_stdin_text, shorten
from workbench.core.errors import InputError

if TYPE_CHECKING:
    from workbench.core.language.figures import Figure


def register(cli: click.Group) -> None:
    """Add the commands to the command-line group."""
    cli.add_command(suggest_command)
    cli.add_command(figures_command)
    cli.add_command(score_command)


@click.command("suggest")
@click.argument("article")
@click.option(
    "--min-score",
    type=click.FloatRange(0.0, 1.0),
    default=None,
    help="Suggest sentences scoring at least this (0 to 1; default 0.5). Lower finds more "
    "check-worthy sentences and more noise, higher fewer and surer ones.",
)
@click.option("--lang", type=click.Choice(["de", "en"]), help="Override the article's language.")
@json_option
def suggest_command(article: str, min_score: float | None, lang: str | None, as_json: bool) -> None:
    """Suggest the sentences of ARTICLE (an id prefix) worth checking, with reasons.

    Sentences already marked as claims, and those dismissed in the app, are left out.
    """
    from workbench.core.language.article_suggestions import suggest_for_article
    from workbench.core.language.suggest import DEFAULT_THRESHOLD

    lib = library()
    record = lib.articles.get(lib.resolve("article", article), with_text=False)
    threshold = DEFAULT_THRESHOLD if min_score is None else min_score
    result = suggest_for_article(lib, record.id, language=lang, min_score=threshold)
    if as_json:
        emit_json({"article": record.id, **result.to_dict()})
        return
    for item in result.suggestions:
        codes = ", ".join(f"{r.code} {r.weight:+.1f}" for r in item.reasons if r.weight > 0)
        click.echo(
            f"{item.score:.2f}  {item.start}-{item.end}  {shorten(item.text, 90)}  [{codes}]"
        )
    if result.note:
        click.echo(result.note)
    elif not result.suggestions:
        click.echo(f"No sentence scores {threshold:.2f} or more.")


@click.command("figures")
@click.argument("text")
@click.option(
    "--lang", type=click.Choice(["de", "en"]), help="The language of TEXT (default: guessed)."
)
@json_option
def figures_command(text: str, lang: str | None, as_json: bool) -> None:
    """List the figures in TEXT (use - to read standard input): amounts, money, percentages,
    counts, dates, ranges and bounds."""
    from workbench.core.language.detect import detect_language
    from workbench.core.language.figures import extract_figures

    if text == "-":
        text = read_stdin_text()
    if not text.strip():
        raise InputError("The text is empty.")
    language = lang or detect_language(text) or "en"
    if language not in ("de", "en"):
        raise InputError(
            f"Figures are read in German or English only (this text looks like {language}); "
            "pass --lang de or --lang en."
        )
    found = extract_figures(text, language)
    if as_json:
        emit_json({"language": language, "figures": [f.to_dict() for f in found]})
        return
    for figure in found:
        click.echo(
            f"{figure.start}-{figure.end}  {figure.kind:<8}  {_describe(figure)}  {figure.text!r}"
        )
    if not found:
        click.echo("No figures found.")


def _describe(figure: Figure) -> str:
    """A figure's value for people: "592,700,000,000 USD", "> 50,000 GPUs", "10 to 20 %"."""
    if figure.date is not None:
        return figure.date
    parts = []
    if figure.value is not None:
        parts.append(_number(figure.value))
    elif figure.lower is not None and figure.upper is not None:
        parts.append(f"{_number(figure.lower)} to {_number(figure.upper)}")
    elif figure.lower is not None:
        parts.append(f"> {_number(figure.lower)}")
    elif figure.upper is not None:
        parts.append(f"< {_number(figure.upper)}")
    else:
        parts.append(figure.text)
    if figure.unit:
        parts.append(figure.unit)
    if figure.approximate:
        parts.append("(approximate)")
    return " ".join(parts)


def _number(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) and abs(value) < 1e21 else f"{value:,.6g}"


@click.command("score")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True, path_type=str))
@click.option(
    "--lang",
    type=click.Choice(["de", "en"]),
    help="The language of the statements (default: guessed from all of them).",
)
@click.option(
    "--min-score",
    type=click.FloatRange(0.0, 1.0),
    default=None,
    help="Mark statements scoring at least this as suggested (0 to 1; default 0.5). Lower "
    "finds more check-worthy statements and more noise, higher fewer and surer ones.",
)
@json_option
def score_command(file: str, lang: str | None, min_score: float | None, as_json: bool) -> None:
    """Score each line of FILE (use - for standard input) as one statement: a transcript,
    a list of posts, claims collected elsewhere. Prints the score, a * when it is suggested,
    the line number and the weightiest reasons with the weight each added to the score.
    """
    from workbench.core.language.detect import detect_language
    from workbench.core.language.suggest import DEFAULT_THRESHOLD, score_statements

    text = read_stdin_text() if file == "-" else _read_file(file)
    lines = [(n, line.strip()) for n, line in enumerate(text.splitlines(), start=1)]
    lines = [(n, line) for n, line in lines if line]
    if not lines:
        raise InputError("There is no statement to score: every line is empty.")
    language = lang or detect_language(" ".join(line for _, line in lines))
    if language not in ("de", "en"):
        found = f"these look like {language}" if language else "could not tell the language"
        raise InputError(
            f"Statements are scored in German or English only ({found}). "
            "Pass --lang de or --lang en."
        )
    threshold = DEFAULT_THRESHOLD if min_score is None else min_score
    scored = score_statements([line for _, line in lines], language)
    if as_json:
        emit_json(
            [
                {
                    "line": n,
                    "text": s.text,
                    "score": s.score,
                    "suggested": s.score >= threshold,
                    "reasons": [r.to_dict() for r in s.reasons],
                    "figures": [f.to_dict() for f in s.figures],
                }
                for (n, _), s in zip(lines, scored, strict=True)
            ]
        )
        return
    for (n, _), s in zip(lines, scored, strict=True):
        mark = "*" if s.score >= threshold else " "
        why = "; ".join(f"{r.text} ({r.weight:+.1f})" for r in s.reasons[:3])
        click.echo(f"{s.score:.2f} {mark} {n:>4}  {shorten(s.text, 80)}  [{why}]")


def _read_file(path: str) -> str:
    """A text file as UTF-8, with a clear message when it can't be read."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise InputError(f"Could not read {path}: {exc.strerror or exc}.") from exc
    if b"\x00" in data[:8192]:
        raise InputError(f"{path} is not a text file.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8 text.") from exc
