"""German and English: complete catalogues, compiled files in step, switching while running."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
GUI = REPO / "workbench" / "gui"


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        pytest.skip(f"{name} is not installed")
    return found


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_german_message_is_translated() -> None:
    found = messages(TRANSLATIONS / "workbench_de.ts")
    unfinished = [key for key, m in found.items() if m.find("translation").get("type")]
    assert unfinished == []
    assert len(found) > 200


def test_the_catalogues_cover_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in GUI.glob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert set(messages(fresh)) == set(messages(TRANSLATIONS / "workbench_de.ts"))


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_committed_qm_files_match_their_sources(tmp_path: Path, language: str) -> None:
    compiled = tmp_path / f"workbench_{language}.qm"
    subprocess.run(
        [
            tool("pyside6-lrelease"),
            str(TRANSLATIONS / f"workbench_{language}.ts"),
            "-qm",
            str(compiled),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    assert compiled.read_bytes() == (TRANSLATIONS / f"workbench_{language}.qm").read_bytes()


def test_switching_the_language_in_the_menu(qtbot, window, claims_in_window) -> None:
    from workbench.gui import i18n

    german = window.actions_.language_actions["de"]
    try:
        german.trigger()
        qtbot.wait(20)  # Qt posts the LanguageChange events
        assert i18n.current_language() == "de"
        assert window.actions_.menus["file"].title() == "&Datei"
        assert window.docks["claims"].windowTitle() == "Behauptungen"
        assert window.claim_model.headerData(0, qt_horizontal()) == "Behauptung"
        assert window.claim_model.index(0, 1).data() == "offen"
        assert window.inspector.rating.itemText(0) == "kein Urteil"
        assert window.counts.text() == "2 Behauptungen  ·  1 mit Urteil"
        assert window.claim_model.index(1, 2).data() == "Richtig"
        assert window.settings.value("ui/language") == "de"
    finally:
        window.actions_.language_actions["en"].trigger()
        qtbot.wait(20)
    assert window.actions_.menus["file"].title() == "&File"
    assert window.counts.text() == "2 claims  ·  1 with verdict"


def qt_horizontal():  # noqa: ANN201
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


@pytest.fixture
def claims_in_window(window):  # noqa: ANN201
    library = window.session.library
    first = library.claims.add(window.current_article, quote="17 Prozent")
    second = library.claims.add(window.current_article, quote="5,6 Millionen Dollar")
    library.verdicts.add(second.id, "True")
    window.open_article(window.current_article, first.id)
    return [first.id, second.id]
