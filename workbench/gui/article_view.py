"""The article: metadata above its plain text, each claim highlighted in its verdict's colour.

The text is set as plain text, never HTML, and nothing in it is fetched or opened without the
user's word. Highlights are ExtraSelections, so thousands of claims are drawn without touching
the document; positions go through PositionMap because Qt counts UTF-16 units.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QSplitter,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.library.models import Article, Claim
from workbench.gui import labels
from workbench.gui.applog import qt_override
from workbench.gui.find_bar import FindBar
from workbench.gui.textpos import PositionMap, snap_to_words


def tint(color: QColor, dark: bool, strong: bool = False) -> QColor:
    """A see-through version of a verdict colour that keeps the text readable."""
    tinted = QColor(color)
    tinted.setAlpha((150 if strong else 105) if dark else (120 if strong else 70))
    return tinted


class ArticleText(QPlainTextEdit):
    """Read-only text that reports clicks and Enter on a position, and offers to mark a claim."""

    clicked_at = Signal(int)
    mark_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.setFont(font)
        self.mark_action: QAction | None = None

    @qt_override()
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.clicked_at.emit(self.cursorForPosition(event.position().toPoint()).position())

    @qt_override()
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.clicked_at.emit(self.textCursor().position())
            return
        super().keyPressEvent(event)

    @qt_override()
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        menu = self.createStandardContextMenu(event.pos())
        if self.mark_action is not None:
            first = menu.actions()[0] if menu.actions() else None
            if first is None:
                menu.addAction(self.mark_action)
            else:
                menu.insertAction(first, self.mark_action)
                menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()


class ArticleView(QWidget):
    """Metadata, text with highlights, a find bar and the claims the text no longer holds."""

    claim_clicked = Signal(str)
    open_link_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article: Article | None = None
        self.claims: list[Claim] = []
        self.selected_id: str | None = None
        self.positions = PositionMap("")
        self._base: list[QTextEdit.ExtraSelection] = []
        self._faint: list[QTextEdit.ExtraSelection] = []
        self.suggestion_spans: list[tuple[int, int]] = []
        self._build()
        self.retranslate()
        self.show_article(None, [])

    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.meta = QLabel(self)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setWordWrap(True)
        self.link = QLabel(self)
        self.link.setTextFormat(Qt.TextFormat.PlainText)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.link.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.open_link = QToolButton(self)
        self.open_link.clicked.connect(self._ask_open_link)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link, 1)
        link_row.addWidget(self.open_link)
        self.text = ArticleText(self)
        self.text.clicked_at.connect(self._on_clicked_at)
        self.find_bar = FindBar(self.text, self)
        self.orphans_label = QLabel(self)
        self.orphans = QListWidget(self)
        self.orphans.itemActivated.connect(self._on_orphan)
        self.orphans.itemClicked.connect(self._on_orphan)
        orphan_box = QWidget(self)
        orphan_layout = QVBoxLayout(orphan_box)
        orphan_layout.setContentsMargins(0, 0, 0, 0)
        orphan_layout.addWidget(self.orphans_label)
        orphan_layout.addWidget(self.orphans)
        self.orphan_box = orphan_box
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(splitter)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.text)
        top_layout.addWidget(self.find_bar)
        splitter.addWidget(top)
        splitter.addWidget(orphan_box)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addLayout(link_row)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.text)

    def retranslate(self) -> None:
        self.open_link.setText(self.tr("Open link…"))
        self.open_link.setToolTip(self.tr("Open the article's address in your web browser"))
        self.open_link.setAccessibleName(self.tr("Open the article's link in a browser"))
        self.text.setAccessibleName(self.tr("Article text"))
        self.text.setAccessibleDescription(
            self.tr("Select a passage and press Ctrl+M to mark it as a claim")
        )
        self.title.setAccessibleName(self.tr("Article title"))
        self.orphans.setAccessibleName(self.tr("Claims not found in the current text"))
        self._show_meta()
        self._show_orphans()

    @qt_override()
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._rebuild_suggestions()
            self._rebuild_highlights()
        super().changeEvent(event)

    # -- content ---------------------------------------------------------------------------------

    def show_article(self, article: Article | None, claims: list[Claim]) -> None:
        """Show another article (or none); its text is set once, highlights come on top."""
        self.article = article
        self.selected_id = None
        text = (article.text or "") if article is not None else ""
        self.positions = PositionMap(text)
        self.text.setPlainText(text)
        self.suggestion_spans = []
        self._faint = []
        self._show_meta()
        self.set_claims(claims)

    def set_claims(self, claims: list[Claim]) -> None:
        """Redraw the highlights for the article's claims (after an edit or an undo)."""
        self.claims = sorted(
            (c for c in claims if c.start is not None and not c.orphaned),
            key=lambda c: (c.start or 0, -(c.end or 0)),
        )
        self._orphaned = [c for c in claims if c.orphaned or c.start is None]
        if self.selected_id and not any(c.id == self.selected_id for c in claims):
            self.selected_id = None
        self._rebuild_highlights()
        self._show_orphans()

    def _show_meta(self) -> None:
        article = self.article
        if article is None:
            self.title.setText(self.tr("No article open"))
            self.meta.setText(
                self.tr(
                    "Import an article with File ▸ Import, or pick one in the library on the left."
                )
            )
            self.link.setText("")
            self.open_link.setVisible(False)
            return
        self.title.setText(article.title)
        parts = [p for p in (article.site, article.author, (article.published or "")[:10]) if p]
        self.meta.setText("  ·  ".join(parts))
        self.link.setText(article.url or article.file_name or "")
        self.open_link.setVisible(bool(article.url))

    def _show_orphans(self) -> None:
        orphans = getattr(self, "_orphaned", [])
        self.orphan_box.setVisible(bool(orphans))
        self.orphans_label.setText(
            self.tr("Claims no longer found in this version of the text: %n", "", len(orphans))
        )
        self.orphans.clear()
        for claim in orphans:
            item = QListWidgetItem(labels.one_line(claim.label, 200))
            item.setData(Qt.ItemDataRole.UserRole, claim.id)
            self.orphans.addItem(item)

    # -- highlights --------------------------------------------------------------------------------

    def _dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Base).lightness() < 128

    def _rebuild_highlights(self) -> None:
        dark = self._dark()
        formats: dict[str, QTextCharFormat] = {}
        document = self.text.document()
        to_qt = self.positions.to_qt
        selections = []
        for claim in self.claims:
            key = claim.rating_color or labels.NEUTRAL_COLOR
            fmt = formats.get(key)
            if fmt is None:
                color = QColor(key)
                fmt = QTextCharFormat()
                fmt.setBackground(tint(color, dark))
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(color)
                formats[key] = fmt
            cursor = QTextCursor(document)
            cursor.setPosition(to_qt(claim.start or 0))
            cursor.setPosition(to_qt(claim.end or 0), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor  # type: ignore[misc]
            selection.format = fmt  # type: ignore[misc]
            selections.append(selection)
        self._base = selections
        self._apply_selection()

    def set_suggestions(self, spans: list[tuple[int, int]]) -> None:
        """Faintly mark suggested sentences; drawn first, so claim highlights stay on top."""
        self.suggestion_spans = list(spans)
        self._rebuild_suggestions()
        self._apply_selection()

    def _rebuild_suggestions(self) -> None:
        fmt = QTextCharFormat()
        faint = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        faint.setAlpha(45 if self._dark() else 28)
        fmt.setBackground(faint)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(self.palette().color(QPalette.ColorRole.PlaceholderText))
        selections = []
        for start, end in self.suggestion_spans:
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(self.positions.to_qt(start))
            cursor.setPosition(self.positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor  # type: ignore[misc]
            selection.format = fmt  # type: ignore[misc]
            selections.append(selection)
        self._faint = selections

    def suggestion_count(self) -> int:
        return len(self._faint)

    def show_span(self, start: int, end: int) -> None:
        """Select a passage (library offsets) and scroll the text to bring it in view."""
        self.select_span(end, start)  # the cursor at the start: that is what gets centred
        self.text.centerCursor()

    def _apply_selection(self) -> None:
        selections = [*self._faint, *self._base]
        claim = self._claim(self.selected_id)
        if claim is not None:
            color = labels.claim_color(claim)
            fmt = QTextCharFormat()
            fmt.setBackground(tint(color, self._dark(), strong=True))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(color)
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(self.positions.to_qt(claim.start or 0))
            cursor.setPosition(
                self.positions.to_qt(claim.end or 0), QTextCursor.MoveMode.KeepAnchor
            )
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor  # type: ignore[misc]
            selection.format = fmt  # type: ignore[misc]
            selections.append(selection)
        self.text.setExtraSelections(selections)

    def highlight_count(self) -> int:
        return len(self._base)

    # -- selecting -----------------------------------------------------------------------------------

    def _claim(self, claim_id: str | None) -> Claim | None:
        if claim_id is None:
            return None
        return next((c for c in self.claims if c.id == claim_id), None)

    def select_claim(self, claim_id: str | None, scroll: bool = True) -> None:
        """Emphasise a claim and (unless scroll is False) scroll the text to bring it in view."""
        self.selected_id = claim_id
        self._apply_selection()
        claim = self._claim(claim_id)
        if claim is None:
            for row in range(self.orphans.count()):
                item = self.orphans.item(row)
                item.setSelected(item.data(Qt.ItemDataRole.UserRole) == claim_id)
            return
        if scroll:
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(self.positions.to_qt(claim.start or 0))
            self.text.setTextCursor(cursor)
            self.text.centerCursor()

    def claim_at(self, offset: int) -> Claim | None:
        """The innermost claim at a character offset (a click just after a claim counts)."""
        best: Claim | None = None
        for claim in self.claims:
            start, end = claim.start or 0, claim.end or 0
            if start > offset:
                break
            if start <= offset <= end and (
                best is None or end - start < (best.end or 0) - (best.start or 0)
            ):
                best = claim
        return best

    def _on_clicked_at(self, position: int) -> None:
        claim = self.claim_at(self.positions.from_qt(position))
        if claim is not None:
            self.claim_clicked.emit(claim.id)

    def _on_orphan(self, item: QListWidgetItem) -> None:
        self.claim_clicked.emit(item.data(Qt.ItemDataRole.UserRole))

    def selection_span(self) -> tuple[int, int] | None:
        """The selected passage as library offsets, widened to whole words and trimmed of
        surrounding blanks: a drag that began at "vidia-Aktie" marks "Nvidia-Aktie"."""
        cursor = self.text.textCursor()
        if not cursor.hasSelection() or self.article is None:
            return None
        start, end = snap_to_words(
            self.article.text or "",
            self.positions.from_qt(cursor.selectionStart()),
            self.positions.from_qt(cursor.selectionEnd()),
        )
        return (start, end) if end > start else None

    def select_span(self, start: int, end: int) -> None:
        """Select a passage, as a user would with the mouse (used by keyboard flows and tests)."""
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self.positions.to_qt(start))
        cursor.setPosition(self.positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)

    def _ask_open_link(self) -> None:
        if self.article is not None and self.article.url:
            self.open_link_requested.emit(self.article.url)

    def show_find(self) -> None:
        self.find_bar.open()
