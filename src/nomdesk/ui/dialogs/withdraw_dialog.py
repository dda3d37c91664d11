"""Withdrawing a nominee: the reason is asked for, and a refusal shows beside it."""

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from nomdesk.ui.forms import FieldErrors, attempt


class WithdrawDialog(QDialog):
    """Asks why `name` is withdrawn; `submit(reason)` runs the edit (and may be refused)."""

    def __init__(
        self, name: str, submit: Callable[[str], Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Withdraw nominee"))
        self._submit = submit
        self.errors = FieldErrors()
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("For example: the nomination was withdrawn by…"))
        self.reason.setMinimumSize(380, 90)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Withdraw"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(name)

    def _lay_out(self, name: str) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Why is {name} withdrawn?").format(name=name))
        intro.setWordWrap(True)
        intro.setBuddy(self.reason)
        layout.addWidget(intro)
        layout.addWidget(self.reason)
        layout.addWidget(self.errors.label_for("withdrawn_reason"))
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        """Withdraw; on a refusal the dialog stays open with the message under the reason."""
        text = self.reason.toPlainText()
        if attempt(self, lambda: self._submit(text) is not None, self.errors):
            super().accept()
