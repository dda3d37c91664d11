"""The dialog for a new or changed criterion: names, descriptions, weight, scale and step."""

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from nomdesk.ui.forms import FieldErrors, add_rows, attempt, focus_refused, ok_cancel

# What a new criterion starts with (the table's defaults).
DEFAULTS: dict[str, Any] = {
    "name": "",
    "name_en": None,
    "description": "",
    "description_en": None,
    "weight": 1.0,
    "scale_min": 0.0,
    "scale_max": 10.0,
    "step": 1.0,
}
NUMBER_LIMIT = 1_000_000.0


def _number(minimum: float, maximum: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setDecimals(2)
    spin.setRange(minimum, maximum)
    spin.setMinimumWidth(110)
    return spin


def _text_box() -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(64)
    return box


class CriterionDialog(QDialog):
    """Edits a criterion. `submit(values)` saves (all values for a new criterion, the changed
    ones for an existing one) or raises a refusal, shown beside its field with the dialog kept
    open."""

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
        title = self.tr("Edit criterion") if values else self.tr("New criterion")
        self.setWindowTitle(title)
        self._build()
        self.set_values(values or DEFAULTS)
        self.shown = self.values()

    def _build(self) -> None:
        self.name = QLineEdit()
        self.name_en = QLineEdit()
        self.description = _text_box()
        self.description_en = _text_box()
        self.weight = _number(0.0, NUMBER_LIMIT)  # 0 is allowed so that the service says why
        self.scale_min = _number(-NUMBER_LIMIT, NUMBER_LIMIT)
        self.scale_max = _number(-NUMBER_LIMIT, NUMBER_LIMIT)
        self.step = _number(0.0, NUMBER_LIMIT)
        self.name_en.setPlaceholderText(self.tr("Optional; reports fall back to Swedish"))
        form = QFormLayout()
        add_rows(form, self._rows(), self.errors)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _rows(self) -> list[tuple[str, str, QWidget]]:
        return [
            ("name", self.tr("&Name (Swedish):"), self.name),
            ("name_en", self.tr("Name (&English):"), self.name_en),
            ("description", self.tr("&Description (Swedish):"), self.description),
            ("description_en", self.tr("Description (En&glish):"), self.description_en),
            ("weight", self.tr("&Weight:"), self.weight),
            ("scale_min", self.tr("Scale &from:"), self.scale_min),
            ("scale_max", self.tr("Scale &to:"), self.scale_max),
            ("step", self.tr("&Step:"), self.step),
        ]

    def widgets(self) -> dict[str, QWidget]:
        return {field: widget for field, _text, widget in self._rows()}

    def set_values(self, values: dict[str, Any]) -> None:
        self.name.setText(values["name"])
        self.name_en.setText(values["name_en"] or "")
        self.description.setPlainText(values["description"])
        self.description_en.setPlainText(values["description_en"] or "")
        for field in ("weight", "scale_min", "scale_max", "step"):
            getattr(self, field).setValue(values[field])

    def values(self) -> dict[str, Any]:
        """The values as entered; an empty English text is None (reports use the Swedish)."""
        return {
            "name": self.name.text().strip(),
            "name_en": self.name_en.text().strip() or None,
            "description": self.description.toPlainText().strip(),
            "description_en": self.description_en.toPlainText().strip() or None,
            "weight": self.weight.value(),
            "scale_min": self.scale_min.value(),
            "scale_max": self.scale_max.value(),
            "step": self.step.value(),
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
