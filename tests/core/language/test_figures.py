"""Figures as German and English writers write them, and comparing a claim with a source."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.language.figure_check import compare_figures, relative_difference
from workbench.core.language.figures import Figure, extract_figures, parse_number
from workbench.core.language.suggest_eval import figure_key


def fig(
    kind: str,
    value: float | None = None,
    unit: str | None = None,
    *,
    approx: bool = False,
    lower: float | None = None,
    upper: float | None = None,
    date: str | None = None,
):
    return figure_key(
        {
            "kind": kind,
            "value": value,
            "lower": lower,
            "upper": upper,
            "unit": unit,
            "approximate": approx,
            "date": date,
        }
    )


def keys(text: str, language: str) -> list:
    return [figure_key(f.to_dict()) for f in extract_figures(text, language)]


@pytest.mark.parametrize(
    ("raw", "language", "expected"),
    [
        ("592,7", "de", 592.7),
        ("50.000", "de", 50000.0),
        ("1.234.567,89", "de", 1234567.89),
        ("50 000", "de", 50000.0),
        ("50\u00a0000", "de", 50000.0),
        ("1.5", "de", 1.5),
        ("592.7", "en", 592.7),
        ("50,000", "en", 50000.0),
        ("1,234,567.89", "en", 1234567.89),
        ("1,5", "en", 1.5),
        ("2024", "en", 2024.0),
        ("1.2.3", "de", None),
        ("", "de", None),
        ("12,", "en", None),
    ],
)
def test_parse_number(raw, language, expected):
    assert expected == parse_number(raw, language)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("592,7 Milliarden Dollar", "de", [fig("money", 592.7e9, "USD")]),
        ("5,6 Millionen Dollar", "de", [fig("money", 5.6e6, "USD")]),
        (
            "50.000 Hochleistungsprozessoren",
            "de",
            [fig("count", 50000, "Hochleistungsprozessoren")],
        ),
        ("3,5 Mrd. Euro", "de", [fig("money", 3.5e9, "EUR")]),
        ("$592.7 billion", "en", [fig("money", 592.7e9, "USD")]),
        ("1.5bn users", "en", [fig("count", 1.5e9, "users")]),
        ("€5.6m", "en", [fig("money", 5.6e6, "EUR")]),
        ("rund 6 Mio.", "de", [fig("number", 6e6, approx=True)]),
        ("mehr als 50.000", "de", [fig("number", lower=50000)]),
        ("zwischen 10 und 20", "de", [fig("number", lower=10, upper=20)]),
        ("drei Prozent", "de", [fig("percent", 3, "percent")]),
        ("30 %", "de", [fig("percent", 30, "percent")]),
        ("zwei Drittel", "de", [fig("fraction", 2 / 3)]),
        ("2,4 Billionen Euro", "de", [fig("money", 2.4e12, "EUR")]),
        ("$2.4 billion", "en", [fig("money", 2.4e9, "USD")]),
        ("50 000 Menschen", "de", [fig("count", 50000, "Menschen")]),
        ("50\u00a0000 Menschen", "de", [fig("count", 50000, "Menschen")]),
        ("100\u202f000 people", "en", [fig("count", 100000, "people")]),
        ("Am 27. Januar", "de", [fig("date", date="--01-27")]),
        ("im Jahr 2023", "de", [fig("year", 2023)]),
        ("on January 27, 2024", "en", [fig("date", date="2024-01-27")]),
        ("12.03.2024", "de", [fig("date", date="2024-03-12")]),
        ("in the 1990s", "en", [fig("year", lower=1990, upper=1999)]),
        ("Saison 2022/23", "de", [fig("year", lower=2022, upper=2023)]),
        ("Platz 3", "de", [fig("rank", 3)]),
        ("the third-largest economy", "en", [fig("rank", 3)]),
        ("die zweitgrößte Stadt", "de", [fig("rank", 2)]),
        ("um 10 Uhr", "de", [fig("time", 10)]),
        ("at 8 p.m.", "en", [fig("time", 20)]),
        ("der 45-jährige Minister", "de", [fig("age", 45, "year")]),
        ("dreimal so viele", "de", [fig("factor", 3)]),
        ("twice as many", "en", [fig("factor", 2)]),
        ("jeder fünfte Deutsche", "de", [fig("fraction", 0.2)]),
        ("one in five adults", "en", [fig("fraction", 0.2)]),
        ("bis zu 30 Grad", "de", [fig("quantity", unit="°C", upper=30)]),
        ("-18.3C", "en", [fig("quantity", -18.3, "°C")]),
        ("minus 4 Grad", "de", [fig("quantity", -4, "°C")]),
        ("28.6p", "en", [fig("money", 0.286, "GBP")]),
        ("70 Cent", "de", [fig("money", 0.7, "EUR")]),
        ("CHF 10,000", "en", [fig("money", 10000, "CHF")]),
        ("4,1 Prozentpunkte", "de", [fig("percent", 4.1, "percentage point")]),
        ("1,1 Trillionen Operationen", "de", [fig("count", 1.1e18, "Operationen")]),
        ("a million people", "en", [fig("count", 1e6, "people")]),
        ("sechs Millionen Menschen", "de", [fig("count", 6e6, "Menschen")]),
        ("von 2,9 auf 5,0 Millionen", "de", [fig("number", 2.9e6), fig("number", 5e6)]),
        ("from 2.9 million to 5.0 million", "en", [fig("number", 2.9e6), fig("number", 5e6)]),
        ("5.25% to 5.5%", "en", [fig("percent", unit="percent", lower=5.25, upper=5.5)]),
        ("zwischen 10 und 20 Mio. Euro", "de", [fig("money", unit="EUR", lower=10e6, upper=20e6)]),
        (
            "mit 389 zu 251 Stimmen",
            "de",
            [fig("count", 389, "Stimmen"), fig("count", 251, "Stimmen")],
        ),
        (
            "50,000 fewer than ten years ago",
            "en",
            [fig("number", 50000), fig("quantity", 10, "year")],
        ),
        ("2003 und 2007 Weltmeister", "de", [fig("year", 2003), fig("year", 2007)]),
        ("fast die Hälfte", "de", [fig("fraction", 0.5, approx=True)]),
        ("more than half of them", "en", [fig("fraction", lower=0.5)]),
        ("385MW", "en", [fig("quantity", 385, "MW")]),
        ("30 km/h", "de", [fig("quantity", 30, "km/h")]),
        ("Um 5 000 gestiegen", "de", [fig("number", 5000)]),
    ],
)
def test_figures_as_writers_write_them(text, language, expected):
    assert expected == keys(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("COVID-19 und H100 und E10 und CO2 und G7", "de"),
        ("Mehr dazu auf S. 5 und Seite 12.", "de"),
        ("Read more on p. 5 or platform 7.", "en"),
        ("Paragraf 219a und § 5", "de"),
        ("The four-day week", "en"),
        ("Die Nacht war kurz, die Macht groß.", "de"),
        ("im ersten Halbjahr und im dritten Quartal", "de"),
        ("in the first half of the year", "en"),
        ("", "de"),
        ("Keine Zahl hier.", "de"),
    ],
)
def test_identifiers_and_words_that_are_not_figures(text, language):
    assert [] == keys(text, language)


def test_language_decides_between_thousands_and_decimals():
    assert [fig("number", 1234)] == keys("1.234", "de")
    assert [fig("number", 1.234)] == keys("1.234", "en")
    assert [fig("money", 1e12, "EUR")] == keys("1 Billion Euro", "de")
    assert [fig("money", 1e9, "EUR")] == keys("1 billion euros", "en")


#: Written after the rules, to see how they do on sentences they were not built from.
HELD_OUT = [
    (
        "de",
        "Die Stadtwerke investieren bis 2028 rund 1,2 Mrd. Euro in das Fernwärmenetz.",
        [fig("year", 2028), fig("money", 1.2e9, "EUR", approx=True)],
    ),
    (
        "de",
        "Im dritten Quartal sank der Absatz um 4,3 Prozent auf 212.000 Fahrzeuge.",
        [fig("percent", 4.3, "percent"), fig("count", 212000, "Fahrzeuge")],
    ),
    ("de", "Am 9. November 1989 fiel die Mauer.", [fig("date", date="1989-11-09")]),
    (
        "de",
        "Die Miete stieg von 9,80 auf 11,20 Euro je Quadratmeter.",
        [fig("money", 9.8, "EUR"), fig("money", 11.2, "EUR")],
    ),
    (
        "de",
        "Gut ein Viertel der Befragten nutzt täglich KI-Werkzeuge.",
        [fig("fraction", 0.25, approx=True)],
    ),
    (
        "de",
        "Die Anlage erzeugt jährlich etwa 2,4 TWh Strom.",
        [fig("quantity", 2.4, "TWh", approx=True)],
    ),
    (
        "de",
        "Der 54-Jährige war seit 2019 Vorstandschef.",
        [fig("age", 54, "year"), fig("year", 2019)],
    ),
    ("de", "Mindestens drei Viertel der Fläche sind bewaldet.", [fig("fraction", lower=0.75)]),
    ("de", "Die Strafe beträgt höchstens 500 Euro.", [fig("money", unit="EUR", upper=500)]),
    (
        "de",
        "In Bayern leben etwa 13,4 Mio. Einwohner.",
        [fig("count", 13.4e6, "Einwohner", approx=True)],
    ),
    (
        "en",
        "Sales fell 4.3% to 212,000 vehicles in the third quarter.",
        [fig("percent", 4.3, "percent"), fig("count", 212000, "vehicles")],
    ),
    (
        "en",
        "Fourteen people were slightly injured, the fire service said.",
        [fig("count", 14, "people")],
    ),
    (
        "en",
        "The agency counted just under 1.1 million births in 2022.",
        [fig("count", 1.1e6, "births", approx=True), fig("year", 2022)],
    ),
    (
        "en",
        "Rent rose from £9.80 to £11.20 per square foot.",
        [fig("money", 9.8, "GBP"), fig("money", 11.2, "GBP")],
    ),
    (
        "en",
        "The plant generates about 2.4TWh of electricity a year.",
        [fig("quantity", 2.4, "TWh", approx=True)],
    ),
    (
        "en",
        "Inflation peaked at 11.1% in October 2022.",
        [fig("percent", 11.1, "percent"), fig("date", date="2022-10")],
    ),
    ("en", "At least three quarters of the area is forested.", [fig("fraction", lower=0.75)]),
    ("en", "The club is currently 4th in the table.", [fig("rank", 4)]),
    ("en", "Around 13.4m people live in Bavaria.", [fig("count", 13.4e6, "people", approx=True)]),
    ("en", "Membership has tripled.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), HELD_OUT)
def test_held_out_sentences(language, text, expected):
    assert sorted(expected, key=repr) == sorted(keys(text, language), key=repr)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Rund 50.000 Hochleistungsprozessoren kosten 592,7 Milliarden Dollar.", "de"),
        ("About 1.9 million new cars, up 12% to €3.5bn, on 1 April 2024.", "en"),
        ("\u200bDie\u200b Zahl: 50\u00a0000 \u200fMenschen\u200e am 27.\u00a0Januar.", "de"),
        ("‏שלום 50,000 people ‎and 3% more", "en"),
    ],
)
def test_spans_point_at_the_matched_text(text, language):
    for figure in extract_figures(text, language):
        assert figure.text == text[figure.start : figure.end]
        assert figure.text.strip() == figure.text


def test_span_includes_hedge_scale_and_counted_noun():
    [figure] = extract_figures("Es waren rund 6 Mio. Haushalte.", "de")
    assert "rund 6 Mio. Haushalte" == figure.text


def test_text_full_of_numbers():
    text = " ".join(str(n) for n in range(0, 5000, 7)) + " 1,2,3,4.5.6 99999999999999999999"
    found = extract_figures(text, "en")
    assert len(found) > 500
    assert all(f.text == text[f.start : f.end] for f in found)


def test_a_megabyte_on_one_line_is_handled():
    text = ("Der Umsatz stieg um 5 Prozent auf 3,5 Mrd. Euro und " * 20000)[:1_000_000]
    found = extract_figures(text, "de")
    assert 30000 < len(found) < 50000


def test_to_dict_is_json():
    [figure] = extract_figures("mehr als 50.000 GPUs", "de")
    data = json.loads(json.dumps(figure.to_dict()))
    assert {
        "kind": "count",
        "value": None,
        "lower": 50000.0,
        "unit": "GPUs",
    }.items() <= data.items()


def test_figure_is_frozen():
    [figure] = extract_figures("30 %", "de")
    with pytest.raises(AttributeError):
        figure.value = 5  # type: ignore[misc]


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_any_text_gives_consistent_spans(text):
    for language in ("de", "en"):
        for figure in extract_figures(text, language):
            assert figure.text == text[figure.start : figure.end]
            assert figure.kind in {
                "money",
                "percent",
                "count",
                "quantity",
                "number",
                "date",
                "year",
                "rank",
                "fraction",
                "factor",
                "time",
                "age",
                "score",
            }


NUMBERISH = st.text(
    alphabet="0123456789.,  %$€-–/:er MrdioBnk\u00a0\u202f\u200bJanuarPlatz", max_size=80
)


@given(NUMBERISH)
@settings(max_examples=300, deadline=None)
def test_number_soup_never_raises(text):
    for language in ("de", "en"):
        for figure in extract_figures(text, language):
            assert figure.text == text[figure.start : figure.end]
            for number in (figure.value, figure.lower, figure.upper):
                assert number is None or not math.isnan(number)


# -- comparing a claim with a source ----------------------------------------------------------


def test_claim_of_50000_gpus_against_10000_differs_by_80_percent():
    [result] = compare_figures("50.000 GPUs", "Laut Bericht waren es 10.000 GPUs.", language="de")
    assert (0.8, "mismatch", True) == (result.difference, result.status, result.unit_matched)


def test_nearest_source_figure_of_the_same_kind_and_unit_is_chosen():
    results = compare_figures(
        "Der Konzern verlor 592,7 Milliarden Dollar an Wert, 17 Prozent.",
        "Der Wert fiel um 16 Prozent, ein Verlust von 592,68 Mrd. Dollar; 3 Mio. Euro Gebühren.",
        language="de",
    )
    assert [("match", "592,68 Mrd. Dollar"), ("mismatch", "16 Prozent")] == [
        (r.status, r.source.text if r.source else None) for r in results
    ]


def test_approximate_figures_get_more_tolerance():
    [exact] = compare_figures("6 Mio. Haushalte", "5,7 Millionen Haushalte", language="de")
    [approx] = compare_figures("rund 6 Mio. Haushalte", "5,7 Millionen Haushalte", language="de")
    assert ("mismatch", "match") == (exact.status, approx.status)


def test_bounds_compare_as_intervals():
    [met] = compare_figures("mehr als 50.000 Menschen", "Es kamen 61.000 Menschen.", language="de")
    [missed] = compare_figures(
        "mehr als 50.000 Menschen", "Es kamen 40.000 Menschen.", language="de"
    )
    assert (0.0, 0.2) == (met.difference, missed.difference)


def test_money_in_another_currency_is_not_compared():
    [result] = compare_figures("5 Mio. Euro", "5 Mio. Dollar", language="de")
    assert ("nothing comparable", None) == (result.status, result.source)


def test_counts_of_differently_named_things_still_compare():
    claim = extract_figures("50.000 Hochleistungsprozessoren", "de")
    source = extract_figures("Nvidia shipped 10,000 GPUs and 500 servers.", "en")
    [result] = compare_figures(claim, source)
    assert ("10,000 GPUs", 0.8, False) == (
        result.source.text,
        result.difference,
        result.unit_matched,
    )


def test_dates_compare_by_the_parts_both_give():
    claim = extract_figures("am 27. Januar", "de")
    source = extract_figures("on January 27, 2024 and on March 3, 2024", "en")
    [result] = compare_figures(claim, source)
    assert ("match", "January 27, 2024") == (result.status, result.source.text)


def test_relative_difference_of_ranges():
    def f(**kw) -> Figure:
        base = {
            "kind": "percent",
            "value": None,
            "unit": "percent",
            "start": 0,
            "end": 1,
            "text": "x",
        }
        return Figure(**{**base, **kw})

    assert 0.0 == relative_difference(f(lower=10.0, upper=20.0), f(value=15.0))
    assert 0.25 == relative_difference(f(lower=10.0, upper=20.0), f(value=25.0))
    assert relative_difference(f(kind="date", date="2024-01-01"), f(value=1.0)) is None


def test_comparison_to_dict_is_json():
    [result] = compare_figures("50.000 GPUs", "10.000 GPUs", language="de")
    data = json.loads(json.dumps(result.to_dict()))
    assert ("mismatch", 0.8) == (data["status"], data["difference"])


# -- the command --------------------------------------------------------------------------------


def test_figures_command_reads_standard_input(run):
    result = run(
        "figures", "-", "--json", input="Am 27. Januar verlor Nvidia 592,7 Milliarden Dollar."
    )
    assert 0 == result.returncode, result.stderr
    data = json.loads(result.stdout)
    assert ["date", "money"] == [f["kind"] for f in data["figures"]]


def test_figures_command_human_output_and_errors(run):
    ok = run("figures", "--lang", "en", "more than 50,000 GPUs")
    assert (0, "0-21  count     > 50,000 GPUs  'more than 50,000 GPUs'") == (
        ok.returncode,
        ok.stdout.strip(),
    )
    empty = run("figures", "  ")
    assert (1, "error: The text is empty.") == (empty.returncode, empty.stderr.strip())
    usage = run("figures", "--lang", "fr", "x")
    assert 2 == usage.returncode
