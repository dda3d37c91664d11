"""Text a juror types is saved shortly after they stop typing, and at once when the field
loses focus, another nominee is chosen or the window closes (`flush`)."""

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

DELAY_MS = 400  # a pause this long in typing saves; each save is one audited change


class AutosaveEdit(QPlainTextEdit):
    """A plain-text editor of a few lines that reports focus loss and Tab moves on."""

    focus_lost = Signal()

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 12)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


class Autosave(QObject):
    """Saves an editor's text with `save(text)` after a pause in typing; `flush` saves now."""

    def __init__(self, editor: AutosaveEdit, save: Callable[[str], object]) -> None:
        super().__init__(editor)
        self.editor = editor
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.flush)
        editor.textChanged.connect(self._typed)
        editor.focus_lost.connect(self.flush)
        self.saved_text = ""
        self._loading = False

    def load(self, text: str) -> None:
        """Show stored text (not a change to save)."""
        self._timer.stop()
        self._loading = True
        self.editor.setPlainText(text)
        self._loading = False
        self.saved_text = text

    def pending(self) -> bool:
        return self.editor.toPlainText() != self.saved_text

    def _typed(self) -> None:
        if not self._loading:
            self._timer.start()

    def mark_saved(self) -> None:
        """The text was saved by another call (e.g. with a score): nothing is pending."""
        self._timer.stop()
        self.saved_text = self.editor.toPlainText()

    def flush(self) -> None:
        self._timer.stop()
        if self.pending() and self.editor.isEnabled():
            text = self.editor.toPlainText()
            if self._save(text) is not False:
                self.saved_text = text
