"""Showing a refused edit next to its field, and running edits that may be refused."""

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from nomdesk.errors import NomdeskError
from nomdesk.ui.errors import show_error, translate_error

ERROR_STYLE = "color: #b00020;"


class FieldErrors:
    """Error labels under form fields, keyed by the service's field names."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}

    def label_for(self, field: str) -> QLabel:
        """The (hidden until needed) error label to place under `field`'s widget."""
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self.labels[field] = label
        return label

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
            label.hide()

    def show(self, err: NomdeskError) -> bool:
        """Show the error beside its field; False when no field here matches."""
        self.clear()
        label = self.labels.get(err.field or "")
        if label is None:
            return False
        label.setText(translate_error(err))
        label.show()
        return True


def with_error(field: QWidget, error: QLabel) -> QWidget:
    """A field with its (hidden until needed) error message right under it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    return box


def add_rows(form: QFormLayout, rows, errors: FieldErrors) -> None:
    """Add (field, label text, widget) rows, each label a buddy of its widget."""
    for field, text, widget in rows:
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, with_error(widget, errors.label_for(field)))


def focus_refused(widgets: dict[str, QWidget], errors: FieldErrors) -> None:
    """Put the cursor in the field whose refusal is shown."""
    for field, label in errors.labels.items():
        if not label.isHidden() and field in widgets:
            widgets[field].setFocus()
            return


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel, wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def attempt(parent: QWidget, call: Callable[[], Any], errors: FieldErrors | None = None) -> Any:
    """Run an edit; a refusal is shown next to its field (or in a message). None if refused."""
    if errors is not None:
        errors.clear()
    try:
        return call()
    except NomdeskError as err:
        if errors is None or not errors.show(err):
            show_error(parent, err)
        return None
