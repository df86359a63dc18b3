"""The learned check-worthiness model: the policy on sentences it was not trained on, reasons
with weights in both languages, the shipped file, and the training script that makes it."""

from __future__ import annotations

import gzip
import json
import math
from pathlib import Path

import pytest

from workbench.core.language.checkworthiness import (
    ModelError,
    explain,
    load_model,
    read_model,
    write_model,
)
from workbench.core.language.checkworthiness_features import View, Words, sentence_features
from workbench.core.language.figures import extract_figures
from workbench.core.language.suggest import DEFAULT_THRESHOLD, score_sentence

REPO = Path(__file__).resolve().parents[3]
DATA = REPO.parent / "shared" / "checkworthiness"
SHIPPED = REPO / "resources" / "models" / "checkworthiness.json.gz"
TRAINING_FILES = [REPO / "tests" / "data" / "checkworthiness.jsonl"] + [
    REPO / "tools" / "checkworthiness_written.jsonl"
]


def training_texts() -> set[str]:
    texts: set[str] = set()
    for path in TRAINING_FILES:
        with open(path, encoding="utf-8") as fh:
            texts |= {json.loads(line)["text"] for line in fh if line.strip()}
    return texts


# The product's policy, on sentences that are in none of the training files.
WORTH_CHECKING = [
    ("Impfungen verursachen keinen Autismus.", "de"),
    (
        "Nach Recherchen von Analysten soll DeepSeek in Wahrheit über 50.000"
        " Hochleistungsprozessoren verfügen.",
        "de",
    ),
    ("Kann ein Modell wirklich für nur 5,6 Millionen Dollar trainiert worden sein?", "de"),
    ("Das Kabinett hat die Reform am Mittwoch beschlossen.", "de"),
    ("Der Konzern bestreitet, Daten an Dritte verkauft zu haben.", "de"),
    ("The senator voted against the bill twice.", "en"),
    ("Unemployment rose to 7.8 percent last year, the statistics office said.", "en"),
]
NOT_WORTH_CHECKING = [
    ("Tickets gibt es ab 19,90 Euro.", "de"),
    ("Updated 3 hours ago", "en"),
    ("Öffnungszeiten: Montag bis Freitag 9 bis 17 Uhr.", "de"),
    ("Aktualisiert am 3. Februar 2025, 14:12 Uhr", "de"),
    ("Wie geht es nach der Wahl weiter?", "de"),
    ("Das finde ich persönlich ziemlich übertrieben, auch wenn es 20 Prozent sind.", "de"),
    ("Click here to subscribe for $1 a week.", "en"),
]


def test_the_policy_examples_are_not_training_sentences():
    assert not {t for t, _ in WORTH_CHECKING + NOT_WORTH_CHECKING} & training_texts()


@pytest.mark.parametrize(("text", "language"), WORTH_CHECKING)
def test_claims_hedged_claims_denials_and_loaded_questions_are_suggested(text, language):
    assert score_sentence(text, language).score >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(("text", "language"), NOT_WORTH_CHECKING)
def test_service_text_update_notes_open_questions_and_opinions_are_not(text, language):
    assert score_sentence(text, language).score < DEFAULT_THRESHOLD


def test_reasons_carry_the_weights_that_make_the_score():
    text = "Laut Bundesamt lebten Ende 2023 rund 84,7 Millionen Menschen in Deutschland."
    scored = score_sentence(text, "de")
    model = load_model()
    weights = [r.weight for r in scored.reasons]
    assert weights == sorted(weights, key=lambda w: -abs(w))
    raw, _ = model.score(text, "de", scored.figures)
    assert round(raw, 3) == scored.score
    # Reasons under 0.05 are left out and each weight is rounded, so allow a little.
    assert abs(math.log(raw / (1 - raw)) - model.bias["de"] - sum(weights)) < 0.3
    figure = next(r for r in scored.reasons if r.code == "figure")
    assert figure.weight > 0
    assert "rund 84,7 Millionen Menschen" in figure.text
    assert figure.text_de.startswith("Enthält ")
    assert "attribution" in {r.code for r in scored.reasons}


def test_every_reason_is_worded_in_english_and_german():
    for text, language in WORTH_CHECKING + NOT_WORTH_CHECKING:
        for reason in score_sentence(text, language).reasons:
            assert reason.text and reason.text_de, reason
            assert reason.text != reason.text_de or reason.code.startswith("wording"), reason


def test_what_pulls_a_score_down_is_shown_with_a_negative_weight():
    scored = score_sentence("Tickets gibt es ab 19,90 Euro.", "de")
    down = {r.code for r in scored.reasons if r.weight < 0}
    assert {"service", "service_figure"} & down
    opinion = score_sentence("I think we should do better than this.", "en")
    assert any(r.code == "opinion" and r.weight < 0 for r in opinion.reasons)


def test_word_lists_match_whole_words_beginnings_endings_and_phrases():
    words = Words(r"laut|verursach\w*|\w+ung|nach (?:eigenen )?Angaben|Tickets?")
    assert words.search(View("Laut Polizei war es so."))
    assert words.search(View("Das verursachte Schäden."))
    assert words.search(View("Die Ursache der Störung."))
    assert words.search(View("Nach eigenen Angaben stimmt das."))
    assert words.search(View("Ein Ticket kostet viel."))
    assert not words.search(View("Das ist lautlos und ungeklärt."))


def test_explain_groups_words_and_figures():
    text = "Die Arbeitslosigkeit stieg auf 6,1 Prozent."
    figures = tuple(extract_figures(text, "de"))
    active = [("figure:percent", 2.0), ("w:de:arbeitslosigkeit", 0.4), ("w:de:auf", -0.2)]
    reasons = explain(active, figures)
    assert [("figure", 2.0), ("wording", 0.4), ("wording_against", -0.2)] == [
        (r.code, r.weight) for r in reasons
    ]
    assert "\u201carbeitslosigkeit\u201d" in reasons[1].text


def test_the_shipped_model_says_where_its_data_comes_from():
    model = load_model()
    sources = json.dumps(model.notes["sources"])
    assert "ClaimBuster" in sources and "10.5281/zenodo.3609356" in sources
    assert 0 < model.notes["threshold on held-out folds"] < 1
    assert model.notes["held-out figures"]["model"]["debates (en)"]["f1"] > 0.7
    assert SHIPPED.stat().st_size < 5_000_000


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"not gzip at all", "damaged"),
        (gzip.compress(b"{]"), "damaged"),
        (gzip.compress(b'{"format": 99}'), "another version"),
    ],
)
def test_a_damaged_model_file_is_reported_clearly(data, message):
    with pytest.raises(ModelError, match=message):
        read_model(data)


def test_a_written_model_reads_back_the_same():
    blob = write_model({"w:en:tax": 0.51234, "cue:hedge": -1.0}, {"de": 0.1, "en": -0.2}, {})
    model = read_model(blob)
    assert {"w:en:tax": 0.5123, "cue:hedge": -1.0} == model.weights
    assert blob == write_model(
        {"cue:hedge": -1.0, "w:en:tax": 0.51234}, {"en": -0.2, "de": 0.1}, {}
    )


# -- the training script ---------------------------------------------------------------------

needs_data = pytest.mark.skipif(not DATA.is_dir(), reason="the labelled data is not here")


def _trainer():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "train_checkworthiness", REPO / "tools" / "train_checkworthiness.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@needs_data
def test_the_shipped_model_was_trained_on_the_data_here():
    trainer = _trainer()
    assert load_model().notes["data digest"] == trainer.data_digest(trainer.load())


@needs_data
def test_the_training_script_measures_and_writes_a_model_that_scores(tmp_path, capsys):
    pytest.importorskip("sklearn")
    out = tmp_path / "model.json.gz"
    assert 0 == _trainer().main(["--subset", "600", "--output", str(out), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert {"debates (en)"} <= set(report["model"]) and 0 < report["threshold"] < 1
    assert {"precision", "recall", "f1"} <= set(report["digit baseline"]["debates (en)"])
    model = read_model(out.read_bytes())
    text = "Unemployment rose to 7.8 percent last year."
    score, active = model.score(text, "en", extract_figures(text, "en"))
    assert 0.0 < score < 1.0 and active


@needs_data
def test_the_script_reproduces_the_shipped_model(tmp_path):
    """Retrain on all data with the shipped threshold: the weights must come out the same."""
    pytest.importorskip("sklearn")
    shipped = load_model()
    out = tmp_path / "model.json.gz"
    threshold = shipped.notes["threshold on held-out folds"]
    assert 0 == _trainer().main(["--threshold", str(threshold), "--output", str(out)])
    again = read_model(out.read_bytes())
    keys = set(shipped.weights) | set(again.weights)
    worst = max(abs(shipped.weights.get(k, 0.0) - again.weights.get(k, 0.0)) for k in keys)
    assert worst < 0.01
    assert shipped.bias == pytest.approx(again.bias, abs=0.01)


def test_training_and_scoring_see_the_same_features():
    """The run-time shortcut for German word pieces adds up to what training sees."""
    model = load_model()
    text = "Die Bundesregierung beschloss Steuererleichterungen für Pendlerinnen."
    figures = tuple(extract_figures(text, "de"))
    features = sentence_features(text, "de", figures)
    expected = model.bias["de"] + sum(model.weights.get(k, 0.0) * v for k, v in features.items())
    score, _ = model.score(text, "de", figures)
    assert math.log(score / (1 - score)) == pytest.approx(expected, abs=1e-9)
