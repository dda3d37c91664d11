"""Add or edit one timetable entry: kind, label in both languages, dates, place."""

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nomdesk.db.models import TimetableEntry
from nomdesk.ui.forms import FieldErrors, attempt
from nomdesk.ui.labels import timetable_kind_label

KINDS = ("deadline", "shortlist", "finalists", "site_visits", "jury_meeting", "ceremony", "other")
FIELDS = ("kind", "label", "label_en", "starts_on", "ends_on", "place")


class OptionalDate(QWidget):
    """A date that may be left unset: a check box enabling a date field."""

    def __init__(self, tip: str, value: date | None, parent=None) -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        self.check.setToolTip(tip)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_pattern())
        self.edit.setDate(_qdate(value) if value else QDate.currentDate())
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(_qdate(value))


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_pattern() -> str:
    """The language's short date format, always with a four-digit year."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


class TimetableDialog(QDialog):
    """`save(values)` runs the undoable edit; a refusal shows next to its field."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        save: Callable[[dict[str, Any]], Any],
        entry: TimetableEntry | None = None,
    ) -> None:
        super().__init__(parent)
        self.save = save
        self.entry = entry
        self.errors = FieldErrors()
        title = self.tr("Edit timetable entry") if entry else self.tr("Add timetable entry")
        self.setWindowTitle(title)
        self._build()
        if entry is not None:
            self._load(entry)
        self.setMinimumWidth(460)

    def _build(self) -> None:
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(timetable_kind_label(kind), kind)
        self.label = QLineEdit()
        self.label_en = QLineEdit()
        self.starts_on = OptionalDate(self.tr("Uncheck while the date is not known"), date.today())
        self.ends_on = OptionalDate(self.tr("Check for a step lasting several days"), None)
        self.place = QLineEdit()
        form = QFormLayout()
        rows = (
            (self.tr("Kind"), self.kind, "kind"),
            (self.tr("What (Swedish)"), self.label, "label"),
            (self.tr("What (English)"), self.label_en, "label_en"),
            (self.tr("Starts on"), self.starts_on, "starts_on"),
            (self.tr("Ends on"), self.ends_on, "ends_on"),
            (self.tr("Place"), self.place, "place"),
        )
        for text, widget, field in rows:
            form.addRow(text, widget)
            form.addRow("", self.errors.label_for(field))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _load(self, entry: TimetableEntry) -> None:
        if self.kind.findData(entry.kind) < 0:
            self.kind.addItem(timetable_kind_label(entry.kind), entry.kind)
        self.kind.setCurrentIndex(self.kind.findData(entry.kind))
        self.label.setText(entry.label)
        self.label_en.setText(entry.label_en or "")
        self.starts_on.set_value(entry.starts_on)
        self.ends_on.set_value(entry.ends_on)
        self.place.setText(entry.place)

    def values(self) -> dict[str, Any]:
        """Every field as the service takes it."""
        return {
            "kind": self.kind.currentData(),
            "label": self.label.text().strip(),
            "label_en": self.label_en.text().strip() or None,
            "starts_on": self.starts_on.value(),
            "ends_on": self.ends_on.value(),
            "place": self.place.text().strip(),
        }

    def changes(self) -> dict[str, Any]:
        """The fields that differ from the entry (all of them for a new entry)."""
        values = self.values()
        if self.entry is None:
            return values
        return {k: v for k, v in values.items() if getattr(self.entry, k) != v}

    def accept(self) -> None:
        changes = self.changes()
        if not changes:
            super().accept()
            return
        if "label" in changes and not changes["label"]:
            self._refuse_empty_label()
            return
        if attempt(self, lambda: self.save(changes), self.errors) is not None:
            super().accept()

    def _refuse_empty_label(self) -> None:
        self.errors.clear()
        label = self.errors.labels["label"]
        label.setText(self.tr("Say what happens."))
        label.show()
