"""Small widgets and helpers the views share: the lock banner, button rows, record tables."""

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from nomdesk.db.models import AwardYear

SECONDARY_STYLE = "color: palette(placeholder-text);"  # notes and hints beside the data
MUTED_STYLE = "color: #5f6368;"  # descriptions under a heading
BANNER_STYLE = (
    "background: #fff4ce; color: #4d3b00; border: 1px solid #e6c65c;"
    " border-radius: 4px; padding: 6px 10px;"
)


def labelled_row(fields: list[tuple[str, QWidget]], trailing: QWidget) -> QHBoxLayout:
    """Labelled choosers left to right (each label the buddy of its field, for its
    mnemonic), then `trailing` at the right end."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for text, field in fields:
        label = QLabel(text)
        label.setBuddy(field)
        row.addWidget(label)
        row.addWidget(field)
        row.addSpacing(12)
    row.addStretch(1)
    row.addWidget(trailing)
    return row


def number_text(value: float) -> str:
    """A weight, scale end or step as people write it in the interface language."""
    return QLocale().toString(float(value), "g", 12)


class LockBanner(QLabel):
    """A notice that the year is decided and locked; hidden for an open year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(BANNER_STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_year(self, year: AwardYear | None) -> bool:
        """Show the notice when `year` is locked; True when it is."""
        locked = year is not None and year.locked_at is not None
        if locked:
            text = self.tr("{year} is decided and locked: nothing here can be changed.")
            self.setText(text.format(year=year.year))  # type: ignore[union-attr]
        self.setVisible(locked)
        return locked


def button_row(*groups: tuple[QPushButton, ...]) -> QHBoxLayout:
    """Buttons in a row, a gap between groups, pushed to the left."""
    row = QHBoxLayout()
    for number, group in enumerate(groups):
        if number:
            row.addSpacing(16)
        for button in group:
            row.addWidget(button)
    row.addStretch(1)
    return row


def selected_row(table: QTableView) -> int | None:
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else None


def record_table(
    model: QAbstractItemModel, on_activate: Callable[[], None], on_selection: Callable[[], None]
) -> QTableView:
    """A read-only table of records, one selected row at a time; Enter or double-click acts."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.activated.connect(lambda _index: on_activate())
    table.selectionModel().selectionChanged.connect(lambda *_args: on_selection())
    return table
