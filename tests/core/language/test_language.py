"""Language detection from function words and scripts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.language.detect import SUPPORTED, detect_language, is_supported


@pytest.mark.parametrize(
    ("expected", "text"),
    [
        ("de", "Ist das wahr?"),
        ("de", "Die Aktie stieg um 3,5 Prozent."),
        ("de", "Laut Ifo sank der Index im Mai."),
        ("de", "Radfahren macht einfach Spaß."),
        ("de", "Am 27. Januar verlor Nvidia 592,7 Milliarden Dollar an Börsenwert."),
        ("de", "Wer zahlt am Ende die Rechnung für die Energiewende?"),
        ("en", "The share rose 3.5%."),
        ("en", "Trump said no."),
        ("en", "GDP shrank by 0.3% in 2023."),
        ("en", "Who pays the bill for the energy transition in the end?"),
        ("en", "Shares of the chipmaker slumped on Monday."),
        ("fr", "Selon le ministère, le chômage a baissé de deux points."),
        ("es", "Según el ministerio, el paro bajó dos puntos este año."),
        ("it", "Secondo il ministero, la disoccupazione è scesa di due punti."),
        ("nl", "Volgens het ministerie is de werkloosheid met twee punten gedaald."),
        ("pt", "O governo anunciou um aumento de impostos para as empresas."),
        ("pl", "Rząd zapowiedział podwyżkę podatków dla firm, według ministerstwa."),
        ("tr", "Hükümet şirketler için vergi artışı açıkladı ve bu yüzde beş oldu."),
        ("sv", "Regeringen har meddelat att skatten höjs för företag enligt ministern."),
        ("ru", "Правительство объявило о повышении налогов для компаний."),
        ("uk", "Уряд оголосив про підвищення податків для компаній."),
        ("ar", "أعلنت الحكومة عن زيادة الضرائب على الشركات."),
        ("el", "Η κυβέρνηση ανακοίνωσε αύξηση των φόρων για τις επιχειρήσεις."),
        ("zh", "政府宣布提高企业税收。"),
        ("ja", "政府は企業向けの増税を発表した。"),
    ],
)
def test_language_of_short_news_sentences(expected, text):
    assert expected == detect_language(text)


@pytest.mark.parametrize("text", ["", "   ", "123 456,7 %", "\u200b\u200f", "Nvidia", "$5bn"])
def test_too_little_to_tell_gives_none(text):
    assert detect_language(text) is None


def test_mixed_text_goes_with_the_majority():
    text = (
        "Die Regierung hat die Steuern erhöht, und die Opposition ist dagegen. "
        "Das sagte der Minister am Montag in Berlin. The minister said so."
    )
    assert "de" == detect_language(text)


def test_a_long_text_is_judged_from_its_opening_quickly():
    text = "The firm said the figures were wrong. " * 30000
    assert "en" == detect_language(text)


def test_supported_languages():
    assert ("de", "en") == SUPPORTED
    assert (True, True, False, False) == tuple(map(is_supported, ("de", "en", "fr", None)))


@given(st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_any_text_gives_a_code_or_none(text):
    result = detect_language(text)
    assert result is None or (len(result) == 2 and result.isalpha())
