"""The evidence of a claim: a table of sources with stance, excerpt, note and link, and its dialog.

Adding evidence: a web address (fetched and kept as a snapshot in the background), a file (its
bytes kept as a snapshot), or a note such as an interview. Links open only after asking. Each
row also says whether its excerpt is in the source's snapshot and how the link last checked out,
in words (a colour only repeats them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.core.library.models import SOURCE_KINDS, STANCES, Evidence
from workbench.gui import labels
from workbench.gui.applog import qt_override
from workbench.gui.list_model import HeaderedTableModel

Index = QModelIndex | QPersistentModelIndex
EvidenceIdRole = Qt.ItemDataRole.UserRole + 1
SOURCE, STANCE, EXCERPT, NOTE, LINK, FOUND, CHECK = range(7)
COLUMNS = 7
STANCE_COLORS = {"supports": "#2e7d32", "refutes": "#c62828", "context": "#1565c0"}
WARNING_COLOR = "#c62828"
#: Excerpt states: what a look-up of the excerpt in the latest snapshot's text gave.
FOUND_STATES = ("found", "missing", "checking", "no-snapshot", "")
TROUBLE = frozenset({"missing", "gone", "changed", "error"})


@dataclass(frozen=True)
class RowState:
    """What the list shows beside the evidence: the excerpt look-up and the source's link check."""

    excerpt: str = ""
    snapshot_id: str | None = None
    snapshot_at: str | None = None
    link_state: str | None = None
    checked_at: str | None = None
    http_status: int | None = None
    detail: str | None = None
    archive_url: str | None = None


class EvidenceModel(HeaderedTableModel):
    """The evidence of one claim (a handful of rows, read whole)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Evidence] = []
        self.states: dict[str, RowState] = {}
        self._headers: tuple[str, ...] = ()
        self.retranslate()

    def set_rows(self, rows: list[Evidence], states: dict[str, RowState] | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.states = dict(states or {})
        self.endResetModel()

    def set_state(self, evidence_id: str, state: RowState) -> None:
        """Update one row's checks in place (a look-up finished in the background)."""
        self.states[evidence_id] = state
        for row, item in enumerate(self.rows):
            if item.id == evidence_id:
                self.dataChanged.emit(self.index(row, FOUND), self.index(row, CHECK))

    def state(self, item: Evidence) -> RowState:
        return self.states.get(item.id, RowState())

    def retranslate(self) -> None:
        self._headers = (
            self.tr("Source"),
            self.tr("Stance"),
            self.tr("Excerpt"),
            self.tr("Note"),
            self.tr("Link"),
            self.tr("In snapshot"),
            self.tr("Link check"),
        )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMNS

    @qt_override()
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        item = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            full = {
                SOURCE: source_title(item),
                EXCERPT: item.excerpt,
                NOTE: item.note,
                LINK: self._link_tip(item),
                FOUND: self._found_tip(self.state(item)),
                CHECK: self._check_tip(self.state(item)),
            }.get(column)
            return labels.plain_tooltip(full) or None
        if role == Qt.ItemDataRole.DecorationRole and column == STANCE:
            from PySide6.QtGui import QColor

            return QColor(STANCE_COLORS.get(item.stance, labels.NEUTRAL_COLOR))
        if role == Qt.ItemDataRole.ForegroundRole and column in (FOUND, CHECK):
            state = self.state(item)
            shown = state.excerpt if column == FOUND else state.link_state
            if shown in TROUBLE:
                from PySide6.QtGui import QColor

                return QColor(WARNING_COLOR)
        if role == EvidenceIdRole:
            return item.id
        return None

    def _display(self, item: Evidence, column: int) -> str:
        if column == SOURCE:
            return labels.one_line(source_title(item), 80)
        if column == STANCE:
            return labels.stance_label(item.stance)
        if column == EXCERPT:
            return labels.one_line(item.excerpt, 120)
        if column == NOTE:
            return labels.one_line(item.note, 80)
        if column == FOUND:
            return self.found_label(self.state(item).excerpt)
        if column == CHECK:
            return self.check_label(self.state(item))
        return labels.one_line(link_of(item), 80)

    def found_label(self, excerpt_state: str) -> str:
        """Whether the excerpt is in the snapshot, in one or two words."""
        names = {
            "found": self.tr("found"),
            "missing": self.tr("not found"),
            "checking": self.tr("looking…"),
            "no-snapshot": self.tr("no snapshot"),
        }
        return names.get(excerpt_state, "")

    def state_label(self, link_state: str | None) -> str:
        names = {
            "alive": self.tr("alive"),
            "redirected": self.tr("redirected"),
            "gone": self.tr("gone"),
            "changed": self.tr("changed"),
            "error": self.tr("error"),
        }
        return names.get(link_state or "", link_state or "")

    def check_label(self, state: RowState) -> str:
        """The link's last state and when it was seen, short enough for a cell."""
        if not state.link_state:
            return ""
        when = labels.compact_time(state.checked_at)
        word = self.state_label(state.link_state)
        return f"{word} · {when}" if when else word

    def _found_tip(self, state: RowState) -> str:
        when = labels.short_time(state.snapshot_at)
        tips = {
            "found": self.tr("The excerpt is in the text of the snapshot of %1."),
            "missing": self.tr(
                "The excerpt was not found in the text of the snapshot of %1. Check the "
                "wording, or whether the page has changed."
            ),
            "checking": self.tr("Looking for the excerpt in the snapshot of %1…"),
            "no-snapshot": self.tr("There is no snapshot of this source to look in."),
        }
        return tips.get(state.excerpt, "").replace("%1", when)

    def _check_tip(self, state: RowState) -> str:
        if not state.link_state:
            return ""
        lines = [
            self.tr("Link %1 when checked on %2.")
            .replace("%1", self.state_label(state.link_state))
            .replace("%2", labels.short_time(state.checked_at))
        ]
        if state.http_status:
            lines.append(self.tr("HTTP status: %1").replace("%1", str(state.http_status)))
        if state.detail:
            lines.append(state.detail)
        return "\n".join(lines)

    def _link_tip(self, item: Evidence) -> str:
        link = link_of(item)
        archived = self.state(item).archive_url
        if link and archived:
            return link + "\n" + self.tr("Archived copy: %1").replace("%1", archived)
        return link


def source_title(item: Evidence) -> str:
    source = item.source
    if source is None:
        return item.source_id[:8]
    kind = labels.kind_label(source.kind)
    return f"{source.label} ({kind})" if source.kind in ("person", "dataset") else source.label


def link_of(item: Evidence) -> str:
    source = item.source
    if source is None:
        return ""
    return source.url or source.file_name or ""


@dataclass(frozen=True)
class EvidenceInput:
    """What the user entered for new evidence: where the source is, and what it shows."""

    mode: str  # "url", "file", "note" or "edit"
    stance: str
    excerpt: str | None
    note: str | None
    url: str | None = None
    file_name: str | None = None
    title: str | None = None
    kind: str = "web"
    source_note: str | None = None


class EvidenceDialog(QDialog):
    """Asks for a source (by mode) and the stance, excerpt and note of the evidence.

    Only the fields of the mode are created: a field made but not laid out would sit over the
    labels and take typing in the Tab order. Tab moves through the fields in the order shown.
    """

    def __init__(
        self,
        mode: str,
        parent: QWidget | None = None,
        *,
        current: Evidence | None = None,
        file_name: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self.setMinimumWidth(480)
        form = QFormLayout()
        self.url: QLineEdit | None = None
        self.title: QLineEdit | None = None
        self.kind: QComboBox | None = None
        self.source_note: QPlainTextEdit | None = None
        self.file_label: QLabel | None = None
        if mode == "url":
            self.setWindowTitle(self.tr("Add a web page as evidence"))
            self.url = QLineEdit(self)
            self.url.setPlaceholderText("https://")
            form.addRow(self.tr("&Address (URL):"), self.url)
            self.title = QLineEdit(self)
            form.addRow(self.tr("&Title (optional):"), self.title)
            self.kind = self._kinds("web")
            form.addRow(self.tr("&Kind:"), self.kind)
        elif mode == "file":
            self.setWindowTitle(self.tr("Add a file as evidence"))
            self.file_label = QLabel(file_name or "", self)
            self.file_label.setTextFormat(Qt.TextFormat.PlainText)
            self.file_label.setWordWrap(True)
            form.addRow(self.tr("File:"), self.file_label)
            self.title = QLineEdit(self)
            form.addRow(self.tr("&Title:"), self.title)
            self.kind = self._kinds("document")
            form.addRow(self.tr("&Kind:"), self.kind)
        elif mode == "note":
            self.setWindowTitle(self.tr("Add a note as evidence"))
            self.title = QLineEdit(self)
            self.title.setPlaceholderText(self.tr("e.g. Phone interview with Dr. A. Example"))
            form.addRow(self.tr("&Source:"), self.title)
            self.kind = self._kinds("person")
            form.addRow(self.tr("&Kind:"), self.kind)
            self.source_note = QPlainTextEdit(self)
            self.source_note.setTabChangesFocus(True)
            self.source_note.setFixedHeight(60)
            form.addRow(self.tr("&Who, when, how:"), self.source_note)
        else:
            self.setWindowTitle(self.tr("Edit evidence"))
            shown = QLabel(source_title(current) if current else "", self)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setWordWrap(True)
            form.addRow(self.tr("Source:"), shown)
        self.stance = QComboBox(self)
        for stance in STANCES:
            self.stance.addItem(labels.stance_label(stance), stance)
        self.excerpt = QPlainTextEdit(self)
        self.excerpt.setTabChangesFocus(True)
        self.excerpt.setFixedHeight(80)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        form.addRow(self.tr("&Stance:"), self.stance)
        form.addRow(self.tr("&Excerpt (exact words):"), self.excerpt)
        form.addRow(self.tr("N&ote:"), self.note)
        if current is not None:
            self.stance.setCurrentIndex(max(0, self.stance.findData(current.stance)))
            self.excerpt.setPlainText(current.excerpt or "")
            self.note.setPlainText(current.note or "")
        for widget, name in (
            (self.url, self.tr("Address of the web page")),
            (self.title, self.tr("Title of the source")),
            (self.kind, self.tr("Kind of source")),
            (self.source_note, self.tr("Who, when and how")),
            (self.stance, self.tr("Stance of the evidence")),
            (self.excerpt, self.tr("Excerpt: the exact words quoted")),
            (self.note, self.tr("Note on this evidence")),
        ):
            if widget is not None:
                widget.setAccessibleName(name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c62828")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        chain = [
            w for w in (self.url, self.title, self.kind, self.source_note) if w is not None
        ] + [self.stance, self.excerpt, self.note]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        chain[0].setFocus()

    def _kinds(self, chosen: str) -> QComboBox:
        box = QComboBox(self)
        for kind in SOURCE_KINDS:
            box.addItem(labels.kind_label(kind), kind)
        box.setCurrentIndex(max(0, box.findData(chosen)))
        return box

    def _accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            return
        self.accept()

    def problem(self) -> str | None:
        """Why the entry can't be used yet, in words for the user; None when it can."""
        if self.url is not None:
            url = self.url.text().strip()
            if not url.lower().startswith(("http://", "https://")) or len(url) < 11:
                return self.tr("Enter a web address starting with http:// or https://.")
        if self.mode == "note" and self.title is not None and not self.title.text().strip():
            return self.tr("Name the source, for example the person interviewed.")
        return None

    def value(self, file_name: str | None = None) -> EvidenceInput:
        def text(widget: QLineEdit | QPlainTextEdit | None) -> str | None:
            if widget is None:
                return None
            raw = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
            return raw.strip() or None

        default = {"url": "web", "file": "document"}.get(self.mode, "web")
        kind = (self.kind.currentData() if self.kind is not None else None) or default
        return EvidenceInput(
            mode=self.mode,
            stance=self.stance.currentData(),
            excerpt=text(self.excerpt),
            note=text(self.note),
            url=text(self.url),
            file_name=file_name,
            title=text(self.title),
            kind=kind,
            source_note=text(self.source_note),
        )
