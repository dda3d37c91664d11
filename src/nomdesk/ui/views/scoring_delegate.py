"""Typing a score into the grid: checked against scale and step as it is typed.

A value that does not fit turns the editor red and shows the service's message; Enter
and Tab then keep the editor open, so nothing is saved and nothing moves on. Enter moves
on like Tab (see `ScoreDelegate.eventFilter`).
"""

import math

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPolygonF
from PySide6.QtWidgets import QAbstractItemDelegate, QLineEdit, QStyledItemDelegate

from nomdesk.errors import NomdeskError
from nomdesk.services.scores import SheetCriterion, check_value
from nomdesk.ui.errors import translate_error
from nomdesk.ui.views.scoring_model import COMMENT_ROLE, ScoreGridModel
from nomdesk.ui.widgets import number_text

INVALID_STYLE = "QLineEdit { background: #ffe3e3; color: #8b0000; border: 2px solid #b00020; }"
COMMENT_CORNER = QColor("#d55e00")  # Okabe–Ito vermilion: visible to every kind of eye
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
MOVE_KEYS = (*ENTER_KEYS, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


def parse_score(text: str) -> float | None:
    """The number typed, in the interface's format (7,5 in Swedish); a point is taken
    too, since keypads type one. None when it is not a number."""
    text = text.strip().replace("\u2212", "-")
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.RejectGroupSeparator)
    value, ok = locale.toDouble(text)
    if not ok:
        value, ok = QLocale.c().toDouble(text.replace(",", "."))
    return value if ok and math.isfinite(value) else None


def score_problem(text: str, criterion: SheetCriterion) -> NomdeskError | None:
    """Why the typed text is refused for this criterion (the service's own check), or
    None; an empty text is fine (it clears the cell)."""
    if not text.strip():
        return None
    value = parse_score(text)
    try:
        check_value(criterion, math.nan if value is None else value)  # type: ignore[arg-type]
    except NomdeskError as err:
        # The service writes numbers as Python does (7.3); show them as people type them.
        numbers = {"value": value, "min": criterion.scale_min, "max": criterion.scale_max}
        numbers["step"] = criterion.step
        for key, number in numbers.items():
            if key in err.params and number is not None:
                err.params[key] = number_text(number)
        return err
    return None


class ScoreDelegate(QStyledItemDelegate):
    """A line editor per cell with live checking, and a corner mark on commented cells."""

    # The message to show next to the grid ("" when there is nothing wrong).
    problem_changed = Signal(str)

    def __init__(self, model: ScoreGridModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent, option, index: QModelIndex) -> QLineEdit:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setFrame(False)
        criterion = self.model.criterion(index.column())
        editor.textChanged.connect(lambda text: self._check(editor, criterion, text))
        return editor

    def setEditorData(self, editor: QLineEdit, index: QModelIndex) -> None:
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")

    def _check(self, editor: QLineEdit, criterion: SheetCriterion, text: str) -> bool:
        """Mark the editor and show the message; True when the text may be saved."""
        err = score_problem(text, criterion)
        message = translate_error(err) if err else ""
        editor.setStyleSheet(INVALID_STYLE if err else "")
        editor.setToolTip(message)
        editor.setProperty("refused", err is not None)
        self.problem_changed.emit(message)
        return err is None

    def eventFilter(self, editor, event) -> bool:
        """Enter moves on like Tab (Shift+Enter back); a refused value keeps the editor."""
        if event.type() == QEvent.Type.KeyPress and event.key() in MOVE_KEYS:
            if editor.property("refused"):
                return True  # the message is shown; nothing is saved, the cursor stays
            if event.key() in ENTER_KEYS:
                back = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                hint = QAbstractItemDelegate.EndEditHint
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, hint.EditPreviousItem if back else hint.EditNextItem)
                return True
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.problem_changed.emit("")
        return super().eventFilter(editor, event)

    def setModelData(self, editor: QLineEdit, model, index: QModelIndex) -> None:
        """Save a changed, valid value (an emptied cell clears it); refused: nothing."""
        text = editor.text()
        criterion = self.model.criterion(index.column())
        if not self._check(editor, criterion, text):
            return
        value = parse_score(text) if text.strip() else None
        cell = self.model.cell(index)
        if (cell.value if cell else None) == value:
            return  # unchanged: no save, no undo step
        model.setData(index, value, Qt.ItemDataRole.EditRole)

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        if index.data(COMMENT_ROLE):
            self._paint_corner(painter, option.rect)

    @staticmethod
    def _paint_corner(painter: QPainter, rect) -> None:
        """A filled triangle in the top right corner, as spreadsheets mark a comment."""
        size = max(6, rect.height() // 3)
        right, top = rect.right() + 1, rect.top()
        corner = QPolygonF(
            [QPointF(right - size, top), QPointF(right, top), QPointF(right, top + size)]
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(COMMENT_CORNER)
        painter.drawPolygon(corner)
        painter.restore()
