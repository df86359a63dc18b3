"""Check-worthiness suggestions: scores, reasons, offsets, bad input and the labelled set."""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.errors import Cancelled
from workbench.core.language.suggest import (
    DEFAULT_THRESHOLD,
    score_sentence,
    score_sentences,
    suggest,
)
from workbench.core.language.suggest_eval import evaluate, load_labelled

LABELLED = Path(__file__).resolve().parents[3] / "tests" / "data" / "checkworthiness.jsonl"

ARTICLE = (
    "Nvidia verliert 592,7 Milliarden Dollar\n\n"
    "Die Aktie des Chipherstellers Nvidia fiel am 27. Januar um rund 17 Prozent. "
    "Damit verlor das Unternehmen 592,7 Milliarden Dollar an Börsenwert, so viel wie nie zuvor. "
    "Wie konnte das passieren? "
    "Ein US-Investor sprach vom „Sputnik-Moment“. "
    "Das Training soll nur 5,6 Millionen Dollar gekostet haben, sagte der Gründer. "
    "Vielleicht erholt sich der Kurs bald wieder."
)


def codes(text: str, language: str) -> set[str]:
    return {r.code for r in score_sentence(text, language).reasons}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Der Umsatz stieg 2023 um 12 Prozent auf 3,5 Mrd. Euro.", "de"),
        ("Laut Polizei nahmen 15.000 Menschen an der Demonstration teil.", "de"),
        (
            "Deutschland ist der größte Nettozahler der EU, sagte der Minister am Montag, dass es so sei.",
            "de",
        ),
        ("„Handystrahlung verursacht Krebs“, behauptete der Redner.", "de"),
        ("Revenue climbed 12% to €3.5bn in the third quarter, the company said.", "en"),
        ("According to the UN, more than six million people have fled the country.", "en"),
        ("The chancellor said on Monday that Germany would not send fighter jets.", "en"),
    ],
)
def test_check_worthy_sentences_score_high(text, language):
    assert score_sentence(text, language).score >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("text", "language", "code"),
    [
        ("Wie viele Menschen werden 2030 noch ein Auto besitzen?", "de", "question"),
        ("Vielleicht steigen die Preise im Sommer noch einmal um 5 Prozent.", "de", "hedge"),
        (
            "Das Ifo-Institut erwartet für das kommende Jahr ein Wachstum von 0,4 Prozent.",
            "de",
            "prediction",
        ),
        ("Ich finde, der Trainer hätte früher wechseln müssen.", "de", "opinion"),
        ("Will Apple remain the most valuable company in the world?", "en", "question"),
        ("Prices might rise by another 5 percent over the summer.", "en", "hedge"),
        ("The IMF expects the global economy to grow by 3.1% next year.", "en", "prediction"),
        ("Frankly, the coach should have made changes much earlier.", "en", "opinion"),
    ],
)
def test_questions_hedges_forecasts_and_opinions_score_low(text, language, code):
    scored = score_sentence(text, language)
    assert scored.score < DEFAULT_THRESHOLD
    assert code in {r.code for r in scored.reasons}


def test_reasons_name_the_figures_and_the_source():
    scored = score_sentence(
        "Laut Bundesamt lebten Ende 2023 rund 84,7 Millionen Menschen in Deutschland.", "de"
    )
    figure = next(r for r in scored.reasons if r.code == "figure")
    assert "Contains a count: 2023, rund 84,7 Millionen Menschen" == figure.text
    assert {"figure", "attribution"} <= {r.code for r in scored.reasons}
    assert ["year", "count"] == [f.kind for f in scored.figures]


def test_superlatives_and_causes_are_reasons():
    assert {"superlative"} <= codes("Germany is the largest net contributor to the EU.", "en")
    assert {"causal"} <= codes("Smoking causes most lung cancer cases.", "en")


def test_suggestions_of_an_article_point_into_its_text():
    result = suggest(ARTICLE, language="de")
    assert ("de", None) == (result.language, result.note)
    assert all(ARTICLE[s.start : s.end] == s.text for s in result.suggestions)
    assert all(ARTICLE[f.start : f.end] == f.text for s in result.suggestions for f in s.figures)
    texts = [s.text for s in result.suggestions]
    assert texts[:3] == [
        "Nvidia verliert 592,7 Milliarden Dollar",
        "Die Aktie des Chipherstellers Nvidia fiel am 27. Januar um rund 17 Prozent.",
        "Damit verlor das Unternehmen 592,7 Milliarden Dollar an Börsenwert, so viel wie nie zuvor.",
    ]
    assert "Wie konnte das passieren?" not in texts
    assert "Vielleicht erholt sich der Kurs bald wieder." not in texts


def test_language_is_detected_when_not_given():
    assert "de" == suggest(ARTICLE).language


def test_min_score_zero_returns_every_sentence():
    assert 7 == len(suggest(ARTICLE, language="de", min_score=0).suggestions)
    assert [] == suggest(ARTICLE, language="de", min_score=1.01).suggestions


@pytest.mark.parametrize(
    ("text", "language", "note"),
    [
        ("", None, "The text is empty."),
        ("  \n\u200b ", "de", "The text is empty."),
        ("Le gouvernement a annoncé une hausse des impôts de 5 %.", None, "(fr)"),
        ("12 345", None, "Could not tell the language"),
    ],
)
def test_no_suggestions_with_a_reason(text, language, note):
    result = suggest(text, language=language)
    assert [] == result.suggestions
    assert note in (result.note or "")


def test_result_is_json():
    data = json.loads(json.dumps(suggest(ARTICLE, language="de").to_dict()))
    first = data["suggestions"][0]
    assert {"start", "end", "text", "score", "reasons", "figures"} == set(first)
    assert {"code", "text", "text_de", "weight"} == set(first["reasons"][0])


@pytest.mark.parametrize(
    "text",
    [
        "Kein Satzende und keine Zahl",
        "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 " * 50,
        "Der Umsatz: 50\u00a0000 Euro.\u200b Die Zahl: 50 000.\u200f Wirklich?\u200e",
        "Die Regierung sagte, 5 Mio. Euro. The government said £5m. Это 5 миллионов.",
    ],
)
def test_bad_input_gives_sensible_output(text):
    result = suggest(text, language="de", min_score=0)
    assert all(text[s.start : s.end] == s.text for s in result.suggestions)
    assert all(0.0 <= s.score <= 1.0 for s in result.suggestions)


def test_a_megabyte_on_one_line_is_suggested():
    text = ("Am 27. Januar fiel die Aktie um 17 Prozent, sagte Dr. Müller. Ist das so? " * 14000)[
        :1_000_000
    ]
    result = suggest(text, language="de")
    assert 10000 < len(result.suggestions) < 14001


def test_progress_is_reported_and_cancel_is_honoured():
    seen: list[tuple[int, int]] = []
    score_sentences(ARTICLE, "de", progress=lambda done, total, _msg: seen.append((done, total)))
    assert (7, 7) == seen[-1]
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        score_sentences(ARTICLE, "de", cancel=cancel)


@given(st.text(max_size=300))
@settings(max_examples=150, deadline=None)
def test_any_text_gives_suggestions_that_are_slices_of_it(text):
    for language in ("de", "en"):
        for s in suggest(text, language=language, min_score=0).suggestions:
            assert text[s.start : s.end] == s.text
            assert all(text[f.start : f.end] == f.text for f in s.figures)
            assert 0.0 <= s.score <= 1.0


def test_labelled_set_quality():
    """The project's own sentences, as a regression check (they are part of the training data,
    so this is no measure of quality: see tests/benchmarks/bench_suggest.py for that)."""
    records = load_labelled(LABELLED)
    assert len(records) >= 300
    assert {"de", "en"} == {r["language"] for r in records}
    scores = evaluate(records)
    assert scores.f1 >= 0.8, scores
    assert scores.figures_exact >= 0.95, scores


# -- the command ----------------------------------------------------------------------------


def test_suggest_command(run, lib, tmp_path):
    article = lib.articles.add(ARTICLE, language="de").article
    lib.close()
    human = run("suggest", article.id[:8])
    assert 0 == human.returncode, human.stderr
    assert re.match(r"[01]\.\d\d  \d+-\d+  ", human.stdout)
    assert "592,7 Milliarden Dollar" in human.stdout
    data = json.loads(run("suggest", article.id[:8], "--json", "--min-score", "0.9").stdout)
    assert (article.id, "de") == (data["article"], data["language"])
    assert all(s["score"] >= 0.9 for s in data["suggestions"])
    missing = run("suggest", "ffffffff")
    assert 1 == missing.returncode
    assert 1 == len(missing.stderr.strip().splitlines())
    assert 2 == run("suggest", article.id[:8], "--min-score", "2").returncode


def test_an_english_paragraph_in_a_german_article_is_read_in_english():
    from workbench.core.language.suggest import language_runs, suggest

    german = (
        "Die Aktie des Chipherstellers Nvidia fiel am Montag um rund 17 Prozent, und Analysten "
        "in Frankfurt sprachen von einem der größten Verluste der Börsengeschichte überhaupt."
    )
    english = (
        "The company said on Monday that its market value had fallen by about 590 billion "
        "dollars, the largest one-day loss in the history of the American stock market."
    )
    text = f"{german}\n\n{english}\n\nLaut Unternehmen sank der Wert um 2 Billionen Euro.\n"
    assert ["de", "en", "de"] == [lang for _, _, lang in language_runs(text, "de")]
    values = {f.text: f.value for s in suggest(text, language="de").suggestions for f in s.figures}
    assert 590e9 == values["about 590 billion dollars"]
    assert 2e12 == values["2 Billionen Euro"]
