"""The dialog for a new or changed juror: name, affiliation, role and e-mail."""

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nomdesk.domain.rules import JUROR_ROLES
from nomdesk.ui.forms import FieldErrors, add_rows, attempt, focus_refused, ok_cancel
from nomdesk.ui.labels import role_label

DEFAULTS: dict[str, Any] = {"name": "", "affiliation": "", "role": "member", "email": None}


class JurorDialog(QDialog):
    """Edits a juror. `submit(values)` saves (all values for a new juror, the changed ones for
    an existing one) or raises a refusal, shown beside its field with the dialog kept open."""

    def __init__(
        self,
        submit: Callable[[dict[str, Any]], Any],
        values: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.editing = values is not None
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("Edit juror") if values else self.tr("New juror"))
        self._build()
        self.set_values(values or DEFAULTS)
        self.shown = self.values()

    def _build(self) -> None:
        self.name = QLineEdit()
        self.affiliation = QLineEdit()
        self.role = QComboBox()
        for role in JUROR_ROLES:
            self.role.addItem(role_label(role), role)
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("Optional"))
        form = QFormLayout()
        add_rows(form, self._rows(), self.errors)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def _rows(self) -> list[tuple[str, str, QWidget]]:
        return [
            ("name", self.tr("&Name:"), self.name),
            ("affiliation", self.tr("&Affiliation:"), self.affiliation),
            ("role", self.tr("&Role:"), self.role),
            ("email", self.tr("&E-mail:"), self.email),
        ]

    def widgets(self) -> dict[str, QWidget]:
        return {field: widget for field, _text, widget in self._rows()}

    def set_values(self, values: dict[str, Any]) -> None:
        self.name.setText(values["name"])
        self.affiliation.setText(values["affiliation"])
        self.role.setCurrentIndex(max(0, self.role.findData(values["role"])))
        self.email.setText(values["email"] or "")

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "affiliation": self.affiliation.text().strip(),
            "role": self.role.currentData(),
            "email": self.email.text().strip() or None,
        }

    def changes(self) -> dict[str, Any]:
        """The values that differ from what the dialog first showed."""
        return {k: v for k, v in self.values().items() if v != self.shown[k]}

    def accept(self) -> None:
        values = self.changes() if self.editing else self.values()
        if self.editing and not values:
            super().accept()  # nothing changed, nothing to save
            return
        if attempt(self, lambda: self._submit(values), self.errors) is None:
            focus_refused(self.widgets(), self.errors)
            return
        super().accept()
