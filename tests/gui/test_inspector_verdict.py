"""The verdict section speaks the interface language, scale names and ratings included."""

from __future__ import annotations

import pytest

from workbench.core.library.store import Library
from workbench.gui import dialogs


@pytest.fixture
def rated_claim(lib: Library, article_id: str) -> str:
    claim = lib.claims.add(article_id, quote="17 Prozent")
    lib.verdicts.add(claim.id, "richtig", scale="correctiv")
    return claim.id


def test_changing_the_scale_names_the_rating_in_the_interface_language(
    window, rated_claim: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _parent, text, *_: asked.append(text) or False)
    window.select_claim(rated_claim)
    verdict = window.inspector.verdict_section
    verdict.scale.setCurrentIndex(verdict.scale.findData("meta"))
    verdict.scale.activated.emit(verdict.scale.currentIndex())
    assert asked == [
        "The rating “Correct” is not on the scale “Meta fact-checking labels”: changing the "
        "scale withdraws the verdict. Change the scale?"
    ]
    assert verdict.scale.currentData() == "correctiv"  # refused: nothing changed


def test_scale_names_follow_the_language(qtbot, window, rated_claim: str) -> None:
    window.select_claim(rated_claim)
    scale = window.inspector.scale
    try:
        window.actions_.language_actions["de"].trigger()
        qtbot.wait(20)
        names = [scale.itemText(i) for i in range(scale.count())]
        assert "Fünfstufige Skala" in names and "Five-point scale" not in names
        assert window.inspector.rating.currentText() == "Richtig"
    finally:
        window.actions_.language_actions["en"].trigger()
        qtbot.wait(20)
    assert window.inspector.rating.currentText() == "Correct"


def test_a_rationale_with_markup_is_shown_as_typed_in_the_history(
    window, lib: Library, rated_claim: str
) -> None:
    lib.verdicts.add(rated_claim, "richtig", scale="correctiv", rationale="<b>laut</b> Quelle")
    window.select_claim(rated_claim)
    history = window.inspector.history
    tip = history.index(0).data(0x03)  # ToolTipRole, the newest entry first
    assert tip == "<qt>&lt;b&gt;laut&lt;/b&gt; Quelle</qt>"
