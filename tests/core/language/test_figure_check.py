"""The figure check compares like with like, names conflicting figures and shows where each one
stands: on the demo's claims and on a page that quotes a rumour to refute it."""

from __future__ import annotations

from workbench.core.language.claim_figures import check_claim_figures
from workbench.core.language.figure_check import Outcome, compare_figures
from workbench.core.library.demo import build_demo


def _claim(lib, words: str):
    return next(c for c in lib.claims.list() if words in (c.statement or c.quote))


def test_demo_market_value_is_not_compared_with_a_share_price(lib):
    build_demo(lib)
    claim = _claim(lib, "592,7 Milliarden Dollar")
    report = check_claim_figures(lib, claim.id)
    [source] = report.sources
    by_text = {c.claim.text: c for c in source.comparisons}
    money = by_text["592,7 Milliarden Dollar"]
    assert (Outcome.NOTHING_COMPARABLE, None) == (money.status, money.source)
    assert (0, Outcome.NOTHING_COMPARABLE) == (report.mismatches, report.outcome)


def test_every_demo_claim_is_checked_without_a_false_difference(lib):
    build_demo(lib)
    outcomes = {
        (c.statement or c.quote)[:30]: check_claim_figures(lib, c.id).outcome
        for c in lib.claims.list()
    }
    assert Outcome.DIFFERS not in outcomes.values(), outcomes


def _refuting_page(lib, text: str, excerpt: str):
    statement = "DeepSeek besitzt rund 50.000 Nvidia-H100-GPUs."
    article = lib.articles.add(statement, title="Artikel", language="de").article
    claim = lib.claims.add(article.id, quote=statement)
    source = lib.sources.add(url="https://example.org/gpus", title="Faktencheck GPUs")
    lib.snapshots.add(url=source.url, body=text.encode(), text=text, source_id=source.id)
    lib.evidence.add(claim.id, source.id, stance="refutes", excerpt=excerpt)
    return claim


PAGE = (
    "Im Netz kursiert die Behauptung, DeepSeek besitze 50.000 GPUs vom Typ H100. "
    "Nach Unterlagen des Unternehmens sind es tatsächlich höchstens 10.000 GPUs."
)


def test_a_refuting_page_with_both_figures_is_never_called_agreeing(lib):
    claim = _refuting_page(lib, PAGE, excerpt="")
    report = check_claim_figures(lib, claim.id)
    [comparison] = report.sources[0].comparisons
    assert Outcome.CONFLICTING == comparison.status == report.outcome
    shown = [comparison.found.figure.text, *(o.figure.text for o in comparison.others)]
    assert ["50.000 GPUs", "höchstens 10.000 GPUs"] == shown
    other = comparison.others[0]
    assert PAGE[other.figure.start : other.figure.end] == other.figure.text
    assert ("snapshot", "tatsächlich") == (other.where, other.before.split()[-1])


def test_an_excerpt_that_agrees_still_shows_the_refutation_beside_it(lib):
    claim = _refuting_page(lib, PAGE, excerpt="DeepSeek besitze 50.000 GPUs vom Typ H100")
    [comparison] = check_claim_figures(lib, claim.id).sources[0].comparisons
    assert Outcome.CONFLICTING == comparison.status
    assert ("excerpt", "snapshot") == (comparison.found.where, comparison.others[0].where)


def test_percentages_are_compared_in_points_and_relatively():
    [result] = compare_figures("um 17 Prozent", "Die Aktie fiel um 16,97 Prozent.", language="de")
    assert (Outcome.AGREES, 0.03, 0.001765) == (result.status, result.points, result.difference)
    [far] = compare_figures("2 Prozent", "Es waren 3 Prozent.", language="de")
    assert (Outcome.DIFFERS, 1.0, 0.5) == (far.status, far.points, far.difference)


def test_the_place_of_each_figure_is_kept():
    text = "Am Montag schloss die Aktie bei 118,42 $, nach 142,62 $ am Vortag."
    [result] = compare_figures("120 $", text, language="de")
    found = result.found
    assert (text.index("118,42 $"), "118,42 $") == (found.figure.start, found.figure.text)
    assert found.context.startswith("…Am Montag schloss die Aktie bei [118,42 $]")


def test_a_different_year_is_not_a_rounding():
    [result] = compare_figures("im Jahr 2025", "im Jahr 2024", language="de")
    assert Outcome.NOTHING_COMPARABLE == result.status


def test_a_figure_elsewhere_on_the_page_conflicts_only_when_it_speaks_of_the_same(lib):
    statement = "Die Nvidia-Aktie fiel am Montag um 17 Prozent."
    article = lib.articles.add(statement, title="Artikel", language="de").article
    claim = lib.claims.add(article.id, quote=statement)
    page = (
        "Die Nvidia-Aktie fiel am Montag um 17 Prozent. Inflation: 2,3 Prozent, meldete das "
        "Statistikamt. Ein Händler sagte dagegen, die Aktie sei nur "
        "um 12 Prozent gefallen."
    )
    source = lib.sources.add(url="https://example.org/kurs", title="Kurse")
    lib.snapshots.add(url=source.url, body=page.encode(), text=page, source_id=source.id)
    lib.evidence.add(claim.id, source.id, excerpt="fiel am Montag um 17 Prozent")
    [comparison] = check_claim_figures(lib, claim.id).sources[0].comparisons
    assert Outcome.CONFLICTING == comparison.status
    assert ["12 Prozent"] == [o.figure.text for o in comparison.others]
