"""Edit ▸ Undo and Redo over the session's undo stack, named after the step they take back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from workbench.gui.actions import Actions
from workbench.gui.session import Session


class UndoActions(QObject):
    """Keeps the Undo and Redo actions in step with the undo stack."""

    def __init__(
        self,
        session: Session,
        actions: Actions,
        before: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.actions = actions
        self.before = before  # writes what is still being typed, so that it is undone too
        stack = session.undo_stack
        actions.undo.triggered.connect(self.undo)
        actions.redo.triggered.connect(self.redo)
        stack.canUndoChanged.connect(actions.undo.setEnabled)
        stack.canRedoChanged.connect(actions.redo.setEnabled)
        stack.undoTextChanged.connect(self._on_undo_text)
        stack.redoTextChanged.connect(self._on_redo_text)
        actions.undo.setEnabled(False)
        actions.redo.setEnabled(False)

    def undo(self) -> None:
        self.before()
        self.session.undo_stack.undo()

    def redo(self) -> None:
        self.before()
        self.session.undo_stack.redo()

    def retranslate(self) -> None:
        stack = self.session.undo_stack
        self._on_undo_text(stack.undoText())
        self._on_redo_text(stack.redoText())

    def _on_undo_text(self, text: str) -> None:
        self.actions.undo.setText(
            self.tr("&Undo %1").replace("%1", text) if text else self.tr("&Undo")
        )

    def _on_redo_text(self, text: str) -> None:
        self.actions.redo.setText(
            self.tr("&Redo %1").replace("%1", text) if text else self.tr("&Redo")
        )
