"""Beside the score grid: the selected cell's comment and the juror's overall comment on
the nominee, each saved when its field loses focus (one undo step each)."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from nomdesk.ui.views.nominee_texts import CommitTextEdit, set_read_only
from nomdesk.ui.widgets import SECONDARY_STYLE


class CommentPanel(QWidget):
    """Two comment fields for the grid's current cell; they say when a text was changed."""

    cell_comment_edited = Signal(str)
    nominee_comment_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.cell_comment = CommitTextEdit(5)
        self.cell_hint = self._hint()
        self.nominee_comment = CommitTextEdit(7)
        self.nominee_hint = self._hint()
        self._loaded = {self.cell_comment: "", self.nominee_comment: ""}
        self.cell_comment.focus_lost.connect(lambda: self._commit(self.cell_comment))
        self.nominee_comment.focus_lost.connect(lambda: self._commit(self.nominee_comment))
        self.cell_box = self._box(self.tr("Comment on this score"), self.cell_comment)
        self.cell_box.layout().insertWidget(0, self.where)
        self.cell_box.layout().addWidget(self.cell_hint)
        self.nominee_box = self._box(
            self.tr("Overall comment on the nominee"), self.nominee_comment
        )
        self.nominee_box.layout().addWidget(self.nominee_hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cell_box)
        layout.addWidget(self.nominee_box)
        layout.addStretch(1)
        self.show_nothing()

    @staticmethod
    def _hint() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet(SECONDARY_STYLE)
        return label

    @staticmethod
    def _box(title: str, editor: CommitTextEdit) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(editor)
        return box

    def show_nothing(self) -> None:
        self.where.setText(self.tr("Choose a cell in the grid."))
        self._load(self.cell_comment, "", editable=False)
        self._load(self.nominee_comment, "", editable=False)
        self.cell_hint.hide()
        self.nominee_hint.hide()

    def show_cell(
        self,
        where: str,
        comment: str | None,
        nominee_comment: str,
        *,
        writable: bool,
        why_not: str = "",
    ) -> None:
        """The current cell: `comment` None when it holds no score (nothing to comment on)."""
        self.where.setText(where)
        self._load(self.cell_comment, comment or "", editable=writable and comment is not None)
        self._load(self.nominee_comment, nominee_comment, editable=writable)
        cell_hint = why_not or (self.tr("Enter a score first.") if comment is None else "")
        self.cell_hint.setText(cell_hint)
        self.cell_hint.setVisible(bool(cell_hint))
        self.nominee_hint.setText(why_not)
        self.nominee_hint.setVisible(bool(why_not))

    def _load(self, editor: CommitTextEdit, text: str, *, editable: bool) -> None:
        if editor.hasFocus() and not editor.isReadOnly():
            return  # being typed in: the text is saved when the field loses focus
        self._loaded[editor] = text
        if editor.toPlainText() != text:
            editor.setPlainText(text)
        set_read_only(editor, not editable)

    def _commit(self, editor: CommitTextEdit) -> None:
        text = editor.toPlainText().strip()
        if editor.isReadOnly() or text == self._loaded[editor].strip():
            return
        self._loaded[editor] = text
        signal = (
            self.cell_comment_edited if editor is self.cell_comment else self.nominee_comment_edited
        )
        signal.emit(text)
