"""The list of suggested sentences: its model, its key handling and the words for each reason.

Shown by the Suggest panel (suggest_panel.py); kept apart so that each file shows one thing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QListView,
)

from workbench.core.library.models import Claim
from workbench.gui import labels
from workbench.gui.applog import qt_override
from workbench.gui.list_model import RowListModel

if TYPE_CHECKING:  # the model's code loads when suggestions are first asked for
    from workbench.core.language.suggest import Reason, Suggestion

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate
SuggestionRole = Qt.ItemDataRole.UserRole + 1
ScoreRole = Qt.ItemDataRole.UserRole + 2
_ACCEPT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_DISMISS_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


def shown_suggestions(
    suggestions: Iterable[Suggestion],
    claims: Iterable[Claim],
    dismissed_texts: Iterable[str],
) -> list[Suggestion]:
    """What the user still has to decide on, highest score first (the core decides)."""
    from workbench.core.language.article_suggestions import open_suggestions

    return open_suggestions(suggestions, claims, dismissed_texts)


def score_text(score: float) -> str:
    """A score from 0 to 1 in the interface's number format ("0.85", "0,85")."""
    return QLocale().toString(score, "f", 2)


def reason_text(reason: Reason, suggestion: Suggestion) -> str:
    """A reason in the interface language: the app's catalogue for the long-standing cues,
    the core's English or German wording for the others."""
    if reason.code in ("figure", "date"):
        found = ", ".join(f.text for f in suggestion.figures[:3])
        if len(suggestion.figures) > 3:
            found += ", …"
        if found:
            return translate("Suggestions", "Contains figures: %1").replace("%1", found)
    names = {
        "attribution": translate("Suggestions", "Attributed to a source"),
        "superlative": translate("Suggestions", "Claims a record, a first or a superlative"),
        "comparison": translate("Suggestions", "Compares or reports a change"),
        "reported": translate("Suggestions", "Reports what someone said as fact"),
        "causal": translate("Suggestions", "States a cause or effect"),
        "event": translate("Suggestions", "Reports something that happened"),
        "quote": translate("Suggestions", "Quotes a named person or body"),
        "question": translate("Suggestions", "Phrased as a question"),
        "hedge": translate("Suggestions", "Hedged or speculative"),
        "prediction": translate("Suggestions", "A forecast, plan or promise"),
        "opinion": translate("Suggestions", "Opinion, demand or advice"),
        "evaluative": translate("Suggestions", "Judges rather than states"),
        "imperative": translate("Suggestions", "Advice or an appeal to the reader"),
    }
    if reason.code in names:
        return names[reason.code]
    # The model's other reasons come worded in both languages by the core.
    if labels.ui_language() == "de" and reason.text_de:
        return reason.text_de
    return reason.text


def weight_text(weight: float) -> str:
    """A reason's learned weight, signed, in the interface's number format ("+1.2", "−0,4")."""
    shown = QLocale().toString(abs(weight), "f", 1)
    return ("+" if weight >= 0 else "−") + shown


def reasons_lines(suggestion: Suggestion) -> list[str]:
    """One line per reason, "+" for what raised the score and "−" for what lowered it, with
    the weight the model gave it."""
    return [
        ("+ " if reason.weight >= 0 else "− ")
        + reason_text(reason, suggestion)
        + f" ({weight_text(reason.weight)})"
        for reason in suggestion.reasons
    ]


class SuggestionModel(RowListModel["Suggestion"]):
    """The suggestions still open, best first; each row shows its score, text and reasons."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Suggestion] = []

    def row_data(self, suggestion: Suggestion, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            why = "; ".join(reason_text(r, suggestion) for r in suggestion.reasons if r.weight > 0)
            line = f"{score_text(suggestion.score)}  {labels.one_line(suggestion.text, 300)}"
            return f"{line}\n{why}" if why else line
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(reasons_lines(suggestion))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (
                self.tr("Score %1: %2")
                .replace("%1", score_text(suggestion.score))
                .replace("%2", suggestion.text)
            )
        if role == SuggestionRole:
            return suggestion
        if role == ScoreRole:
            return suggestion.score
        return None


class SuggestionList(QListView):
    """The list takes Enter (accept) and Delete (dismiss) itself, before any window shortcut."""

    accept_requested = Signal()
    dismiss_requested = Signal()

    @qt_override(False)
    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (*_ACCEPT_KEYS, *_DISMISS_KEYS)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            event.accept()
            return True
        return super().event(event)

    @qt_override()
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in _ACCEPT_KEYS:
            self.accept_requested.emit()
            return
        if event.key() in _DISMISS_KEYS:
            self.dismiss_requested.emit()
            return
        super().keyPressEvent(event)
