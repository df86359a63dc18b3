"""A snapshot as it was kept: its text, and the facts that prove when and where it came from.

The page is shown as plain text only. Nothing of it is rendered, loaded, run or opened: a
captured page may hold scripts or trackers, and a snapshot view must never reach the network.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.gui import labels

if TYPE_CHECKING:
    from workbench.core.library.models import Evidence, Snapshot, Source
    from workbench.gui.session import Session


def redirect_lines(snapshot: Snapshot) -> list[str]:
    """Each hop of the redirect chain as "301  from → to"."""
    try:
        hops = json.loads(snapshot.redirects or "[]")
    except ValueError:
        return []
    lines = []
    for hop in hops:
        if isinstance(hop, list | tuple) and len(hop) == 3:
            source, status, target = hop
            lines.append(f"{status}  {source} → {target}")
    return lines


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def selected_excerpt(view: QPlainTextEdit) -> str:
    """The words selected in a text view, widened to whole words and on one line, as an excerpt:
    a selection that began in the middle of "Nvidia-Aktie" quotes the whole word."""
    from workbench.gui.textpos import PositionMap, snap_to_words

    cursor = view.textCursor()
    if not cursor.hasSelection():
        return ""
    text = view.toPlainText()
    positions = PositionMap(text)
    start, end = snap_to_words(
        text,
        positions.from_qt(cursor.selectionStart()),
        positions.from_qt(cursor.selectionEnd()),
    )
    return " ".join(text[start:end].split())


class SnapshotView(QDialog):
    """One snapshot of a source, read-only; the WARC export is one button away. When it was
    opened for a piece of evidence, selected words can become that evidence's excerpt."""

    export_requested = Signal(str)
    #: (evidence id, excerpt): the fact-checker chose these words as the excerpt.
    excerpt_chosen = Signal(str, str)

    def __init__(
        self,
        snapshot: Snapshot,
        text: str,
        source: Source | None,
        parent: QWidget | None = None,
        evidence: Evidence | None = None,
    ) -> None:
        super().__init__(parent)
        self.snapshot = snapshot
        self.evidence = evidence
        self.setWindowTitle(
            self.tr("Snapshot of %1").replace("%1", source.label if source else snapshot.url)
        )
        self.resize(760, 620)
        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        chain = redirect_lines(snapshot)
        status = snapshot.http_status
        for key, label, value in (
            ("captured", self.tr("Captured:"), labels.short_time(snapshot.captured_at)),
            ("url", self.tr("Address asked for:"), snapshot.url),
            ("final_url", self.tr("Final address:"), snapshot.final_url or snapshot.url),
            ("status", self.tr("HTTP status:"), str(status) if status else self.tr("(a file)")),
            ("type", self.tr("Content type:"), snapshot.content_type or ""),
            ("size", self.tr("Size:"), human_size(snapshot.size)),
            ("sha256", self.tr("SHA-256:"), snapshot.sha256),
            ("redirects", self.tr("Redirects:"), "\n".join(chain) or self.tr("none")),
            ("archive", self.tr("Archived copy:"), (source.archive_url if source else "") or ""),
        ):
            field = QLabel(value, self)
            field.setTextFormat(Qt.TextFormat.PlainText)  # never rich text, never a live link
            field.setOpenExternalLinks(False)
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setAccessibleName(label.rstrip(":"))
            if key == "sha256":
                field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self.fields[key] = field
            form.addRow(label, field)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText(text)
        self.text.setAccessibleName(self.tr("Text of the snapshot"))
        self.export_button = QPushButton(self.tr("Export as &WARC…"), self)
        self.export_button.setToolTip(self.tr("Save this snapshot as a WARC file"))
        self.export_button.clicked.connect(lambda: self.export_requested.emit(snapshot.id))
        self.excerpt_button = QPushButton(self.tr("Use selection as e&xcerpt"), self)
        self.excerpt_button.setToolTip(
            self.tr("Make the selected words the excerpt of this evidence")
        )
        self.excerpt_button.setEnabled(False)
        self.excerpt_button.setVisible(evidence is not None)
        self.excerpt_button.clicked.connect(self.use_selection)
        self.text.selectionChanged.connect(
            lambda: self.excerpt_button.setEnabled(bool(selected_excerpt(self.text)))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.excerpt_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def use_selection(self) -> None:
        """Send the selected words as the excerpt of the evidence the view was opened for."""
        words = selected_excerpt(self.text)
        if self.evidence is not None and words:
            self.excerpt_chosen.emit(self.evidence.id, words)


def set_excerpt(session: Session, evidence_id: str, excerpt: str) -> None:
    """Make ``excerpt`` the evidence's excerpt, as one undoable step."""
    from workbench.gui.undo import EditEvidence

    item = session.library.evidence.get(evidence_id)
    if item.excerpt == excerpt:
        return
    claim = session.library.claims.get(item.claim_id)
    session.run(
        EditEvidence(
            session,
            item.id,
            item.claim_id,
            claim.article_id,
            {"excerpt": item.excerpt},
            {"excerpt": excerpt},
        )
    )


def open_snapshot_view(
    snapshot: Snapshot,
    text: str,
    source: Source | None,
    parent: QWidget | None,
    session: Session,
    selected: Evidence | None,
) -> SnapshotView:
    """A snapshot view whose selected words can become the excerpt of the selected evidence
    (when that evidence cites this snapshot's source)."""
    evidence = (
        selected if selected is not None and selected.source_id == snapshot.source_id else None
    )
    view = SnapshotView(snapshot, text, source, parent, evidence)
    view.excerpt_chosen.connect(lambda evidence_id, words: set_excerpt(session, evidence_id, words))
    return view
