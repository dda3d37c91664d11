"""The score grid's table (Enter moves on, Delete clears) and the juror list (its missing
counts brought up to date as it opens)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QTableView

from nomdesk.ui.views.scoring_delegate import ENTER_KEYS


class ScoreTable(QTableView):
    """The grid: typing starts an edit; Enter on a cell not being edited moves on; Delete
    clears the current cell."""

    def __init__(self, clear, parent=None) -> None:
        super().__init__(parent)
        self._clear = clear

    def keyPressEvent(self, event) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._clear(self.currentIndex())
            return
        if not editing and event.key() in ENTER_KEYS:
            back = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            action = QAbstractItemView.CursorAction
            target = self.moveCursor(
                action.MovePrevious if back else action.MoveNext, Qt.KeyboardModifier.NoModifier
            )
            if target.isValid():
                self.setCurrentIndex(target)
            return
        super().keyPressEvent(event)


class JurorBox(QComboBox):
    """The juror list; it brings every juror's missing count up to date as it opens."""

    def __init__(self, before_opening, parent=None) -> None:
        super().__init__(parent)
        self._before_opening = before_opening

    def showPopup(self) -> None:
        self._before_opening()
        super().showPopup()
