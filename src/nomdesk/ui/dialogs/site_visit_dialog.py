"""Add or edit one site visit to a nominee: the date, who went, the notes."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from nomdesk.ui.forms import FieldErrors, attempt


class SiteVisitDialog(QDialog):
    """`save(values)` stores the values (raising NomdeskError when refused); read-only shows."""

    def __init__(
        self,
        visit: Any = None,
        save: Callable[[dict[str, Any]], Any] | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.read_only = read_only
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("Site visit") if visit else self.tr("New site visit"))
        self._build()
        if visit is not None:
            self.load(visit)
        self._set_read_only(read_only)
        self.resize(520, self.sizeHint().height())

    def _build(self) -> None:
        self.visited_on = QDateEdit(QDate.currentDate())
        self.visited_on.setCalendarPopup(True)
        self.participants = QLineEdit()
        self.participants.setPlaceholderText(self.tr("Who went, e.g. two jurors and the secretary"))
        self.notes = self._text_edit()
        self.notes_en = self._text_edit()
        self.notes_en.setPlaceholderText(self.tr("Optional"))
        form = QFormLayout()
        rows = [
            (self.tr("Date"), self.visited_on, "visited_on"),
            (self.tr("Participants"), self.participants, "participants"),
            (self.tr("Notes"), self.notes, "notes"),
            (self.tr("Notes in English"), self.notes_en, "notes_en"),
        ]
        for label, widget, field in rows:
            form.addRow(label, widget)
            form.addRow("", self.errors.label_for(field))
        self.buttons = QDialogButtonBox()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _text_edit(self) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(self.fontMetrics().lineSpacing() * 7 + 12)
        return edit

    def _set_read_only(self, read_only: bool) -> None:
        self.visited_on.setReadOnly(read_only)
        for edit in (self.participants, self.notes, self.notes_en):
            edit.setReadOnly(read_only)
        standard = QDialogButtonBox.StandardButton
        self.buttons.setStandardButtons(
            standard.Close if read_only else standard.Ok | standard.Cancel
        )

    def load(self, visit: Any) -> None:
        if visit.visited_on is not None:
            self.visited_on.setDate(QDate(visit.visited_on))
        self.participants.setText(visit.participants)
        self.participants.setCursorPosition(0)  # show the first names, not the last
        self.notes.setPlainText(visit.notes)
        self.notes_en.setPlainText(visit.notes_en or "")

    def values(self) -> dict[str, Any]:
        return {
            "visited_on": self.visited_on.date().toPython(),
            "participants": self.participants.text().strip(),
            "notes": self.notes.toPlainText().strip(),
            "notes_en": self.notes_en.toPlainText().strip() or None,
        }

    def accept(self) -> None:
        if self.read_only or self._save is None:
            super().accept()
            return
        if attempt(self, lambda: self._save(self.values()), self.errors) is not None:
            super().accept()
