"""Declaring a conflict of interest: the juror says why; the nominee then needs no scores."""

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from nomdesk.ui.forms import FieldErrors, attempt


class ConflictDialog(QDialog):
    """Asks for the reason; `submit(reason)` declares (a refusal shows under the reason)."""

    def __init__(self, nominee: str, submit: Callable[[str], Any], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Declare a conflict of interest"))
        self._submit = submit
        self.errors = FieldErrors()
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("For example: I sit on its board"))
        self.reason.setMinimumSize(420, 90)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Declare"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update_ok)
        self._lay_out(nominee)
        self._update_ok()

    def _lay_out(self, nominee: str) -> None:
        intro = QLabel(
            self.tr(
                "Why can you not judge {nominee} impartially? The secretariat sees the reason. "
                "You then give {nominee} no scores; you can withdraw the declaration later."
            ).format(nominee=nominee)
        )
        intro.setWordWrap(True)
        intro.setBuddy(self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason)
        layout.addWidget(self.errors.label_for("reason"))
        layout.addWidget(self.buttons)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.reason.toPlainText().strip()))

    def accept(self) -> None:
        text = self.reason.toPlainText().strip()
        if text and attempt(self, lambda: self._submit(text) is not False, self.errors):
            super().accept()
