"""Text from the library is shown as typed everywhere: never as markup in tooltips or labels."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QWidget

from workbench.core.library.store import Library

MARKUP = '<h1>Groß</h1><img src="file:///etc/passwd">'


def _tooltips(window) -> list[str]:
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        if widget.toolTip():
            found.append(widget.toolTip())
    for model in window.findChildren(QAbstractItemModel):
        try:
            rows, columns = model.rowCount(QModelIndex()), model.columnCount(QModelIndex())
        except TypeError:  # Qt's internal models keep these private
            continue
        for row in range(min(rows, 50)):
            for column in range(columns):
                tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str) and tip:
                    found.append(tip)
    return found


def test_markup_in_the_library_is_never_rendered(qtbot, window, lib: Library, article_id) -> None:
    claim = lib.claims.add(article_id, quote="17 Prozent", statement=MARKUP, claimant=MARKUP)
    source = lib.sources.add(title=MARKUP, note=MARKUP, kind="person")
    lib.evidence.add(claim.id, source.id, stance="refutes", excerpt=MARKUP, note=MARKUP)
    lib.verdicts.add(claim.id, "false", scale="five-point", rationale=MARKUP)
    window.session.check_for_changes()
    window.open_article(article_id)
    window.select_claim(claim.id)
    qtbot.wait(50)
    tips = _tooltips(window)
    assert any("Groß" in tip for tip in tips), "the hostile text should be in some tooltip"
    for tip in tips:
        assert "<img" not in tip and "<h1>" not in tip, tip
    for label in window.findChildren(QLabel):
        if "<img" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
