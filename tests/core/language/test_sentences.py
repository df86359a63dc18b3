"""Sentence segmentation of German and English news text, with offsets into the original."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.language.sentences import MAX_SENTENCE_CHARS, paragraph_spans, split_sentences


def texts(text: str, language: str = "de") -> list[str]:
    return [s.text for s in split_sentences(text, language)]


@pytest.mark.parametrize(
    ("sentences", "language"),
    [
        (["Am 27. Januar verlor Nvidia 592,7 Milliarden Dollar.", "Das war ein Rekord."], "de"),
        (["So stieg z. B. der Preis um 70 Cent.", "Das sagte Dr. Müller u. a. im Radio."], "de"),
        (["Der US-Konzern meldete 50.000 Verkäufe.", "Die Aktie stieg um 3,5 %."], "de"),
        (["„Wir wachsen.“", "Das sagte die Chefin."], "de"),
        (["Er sagte: „Wir haben 5,6 Mio. Euro verdient.“", "Dann ging er."], "de"),
        (["Ist das wahr?", "Nein!", "Doch…", "Es stimmt."], "de"),
        (["Der 1. FC Köln gewann am 3. Oktober.", "Der Verein jubelt."], "de"),
        (["Die Mannschaft belegte Platz 10.", "Hoffentlich wird es besser."], "de"),
        (["Die Zahl stieg auf 20.", "Dann fiel sie wieder."], "de"),
        (["Der Umsatz stieg 2023.", "Die Firma wuchs."], "de"),
        (["Es waren 6 Mio.", "Die Firma bestätigte das."], "de"),
        (["Äpfel, Birnen usw.", "Die Firma wuchs."], "de"),
        (["Mehr dazu lesen Sie auf S. 5.", "Sind die Zahlen vergleichbar?"], "de"),
        (["Prof. Dr. Jürgen Wolf sagte, es seien ca. 3.000 gewesen.", "Er irrt."], "de"),
        (["Das Defizit wuchs auf 1,9 Mrd. € an.", "Steigen die Beiträge?"], "de"),
        (["Der Schaden: rund 6 Mio. – ist das viel?", "Ja."], "de"),
        (["Es kam Herr C. Meier.", "Er blieb."], "de"),
        (["The firm employs 120,000 people.", '"We grew," she said.'], "en"),
        (["U.S. officials said so.", "The firm grew."], "en"),
        (["He lives in the U.S.", "The firm grew."], "en"),
        (["It starts at 10 a.m. on Tuesday.", "It ends at 5 p.m."], "en"),
        (["Tesla shares lost 12.2% on Jan. 3.", "The firm grew."], "en"),
        (["The song spent ten weeks at No. 1 in the charts.", "It was big."], "en"),
        (["Mr. Smith left.", "Mrs. Jones stayed."], "en"),
        (["It rose to 5.5%.", "Investors cheered."], "en"),
        (["Apple Inc. reported $1.2bn.", "It was a record."], "en"),
        (["A survey by the chamber of commerce found.", "Germany is big."], "en"),
        (["Approx. 3,000 workers walked out.", "They left."], "en"),
    ],
)
def test_news_sentences_are_split_where_a_reader_splits_them(sentences, language):
    assert sentences == texts(" ".join(sentences), language)


@pytest.mark.parametrize(
    "text",
    [
        "Kein Satzende hier",
        "Am 27. Januar",
        "z. B. und u. a.",
        "Er kam um 20 Uhr",
    ],
)
def test_text_without_a_sentence_end_is_one_sentence(text):
    assert [text] == texts(text)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", "\u200b\u200b", "\u200f\u200e", "\ufeff"])
def test_empty_or_invisible_text_has_no_sentences(text):
    assert [] == split_sentences(text, "de")


def test_offsets_survive_invisible_and_no_break_characters():
    text = "\ufeff\u200bEr kam.\u200b\u200fDann 50\u00a0000 Menschen.\u00a0 \u202eWirklich?\u202c"
    found = split_sentences(text, "de")
    assert ["Er kam.", "Dann 50\u00a0000 Menschen.", "Wirklich?"] == [s.text for s in found]
    assert all(text[s.start : s.end] == s.text for s in found)


def test_line_breaks_end_paragraphs_unless_the_sentence_goes_on():
    text = "Überschrift ohne Punkt\nDer Text beginnt hier,\nund geht weiter.\n\nNeuer Absatz."
    assert [
        "Überschrift ohne Punkt",
        "Der Text beginnt hier,\nund geht weiter.",
        "Neuer Absatz.",
    ] == texts(text)
    assert 3 == len(paragraph_spans(text))


def test_many_wrapped_lines_are_joined_in_linear_time():
    text = "ein Satz, der umbrochen wird,\n" * 50_000 + "und endet."
    started = time.perf_counter()
    found = split_sentences(text, "de")
    assert time.perf_counter() - started < 5
    assert len(found) > 1
    assert all(text[s.start : s.end] == s.text for s in found)


def test_windows_line_endings():
    assert ["Eins.", "Zwei."] == texts("Eins.\r\n\r\nZwei.\r\n")


def test_an_overlong_run_is_cut_at_a_space():
    text = ("wort " * 2000).strip()
    found = split_sentences(text, "de")
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in found)
    assert all(text[s.start : s.end] == s.text for s in found)
    assert text.split() == " ".join(s.text for s in found).split()


def test_overlong_run_without_spaces_is_cut_hard():
    text = "x" * (MAX_SENTENCE_CHARS * 3 + 7)
    found = split_sentences(text, "en")
    assert [MAX_SENTENCE_CHARS] * 3 + [7] == [len(s.text) for s in found]


def test_a_megabyte_on_one_line_is_quick():
    text = ("Am 27. Januar sagte Dr. Müller, der Kurs sei um 3,5 % gefallen. " * 16000)[:1_000_000]
    started = time.perf_counter()
    found = split_sentences(text, "de")
    assert time.perf_counter() - started < 5
    assert 15000 < len(found) < 16001


def test_a_megabyte_without_any_sentence_end():
    text = "wort " * 200_000
    found = split_sentences(text, "de")
    assert all(text[s.start : s.end] == s.text for s in found)
    assert len(found) >= 1_000_000 // MAX_SENTENCE_CHARS


def test_mixed_language_text_keeps_offsets():
    text = "Der Umsatz stieg. The firm grew. Это тест. 株価は上昇した。 ¿Qué pasa? Fin."
    found = split_sentences(text, "de")
    assert all(text[s.start : s.end] == s.text for s in found)
    assert "Der Umsatz stieg." == found[0].text


def test_somajo_engine_gives_spans_of_the_original_text():
    text = "Am 27. Januar sagte Dr. Müller etwas.\u200b Dann 50\u00a0000 Menschen! Wirklich?"
    found = split_sentences(text, "de", engine="somajo")
    assert ["Am 27. Januar sagte Dr. Müller etwas.", "Dann 50\u00a0000 Menschen!", "Wirklich?"] == [
        s.text for s in found
    ]
    assert all(text[s.start : s.end] == s.text for s in found)


def test_importing_the_text_modules_loads_no_heavy_library():
    code = (
        "import sys\n"
        "import workbench.core.language.sentences, workbench.core.language.suggest, workbench.core.language.figures\n"
        "import workbench.core.language.detect, workbench.core.language.figure_check\n"
        "print(sorted(m for m in ('somajo', 'lingua', 'babel', 'rapidfuzz') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert "[]" == result.stdout.strip(), result.stderr


ODD = st.lists(
    st.sampled_from(
        [
            *"aZß.!?… \n\t\r,;:„“\"'()0123456789-",
            "\u200b",
            "\u00a0",
            "\u200f",
            "\u202e",
            "Dr.",
            "z. B.",
            "27. ",
        ]
    ),
    max_size=80,
).map("".join)


@given(st.text(max_size=400))
@settings(max_examples=200, deadline=None)
def test_any_text_gives_sentences_that_are_slices_of_it(text):
    for language in ("de", "en"):
        found = split_sentences(text, language)
        assert all(text[s.start : s.end] == s.text and s.text for s in found)
        assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


@given(ODD)
@settings(max_examples=300, deadline=None)
def test_punctuation_soup_keeps_every_visible_character(text):
    found = split_sentences(text, "de")
    assert all(text[s.start : s.end] == s.text for s in found)
    covered = "".join(s.text for s in found)
    visible = [c for c in text if not (c.isspace() or c in "\u200b\u200f\u202e")]
    assert visible == [c for c in covered if not (c.isspace() or c in "\u200b\u200f\u202e")]
