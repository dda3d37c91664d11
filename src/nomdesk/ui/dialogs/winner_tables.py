"""The two tables of the winner dialog: the finalists to choose from, and the methods."""

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from nomdesk.ui.dialogs.winner_facts import Finalist, WinnerFacts
from nomdesk.ui.views.results_texts import method_label, score_text

ID_ROLE = Qt.ItemDataRole.UserRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
    return table


def _item(text: str, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(RIGHT)
    return item


def fit_table(table: QTableWidget) -> None:
    """As tall as its rows and as wide as its columns: every finalist and every method
    in view at once (call once the table is shown, when fonts and styles apply)."""
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.resizeColumnsToContents()
    room = table.fontMetrics().height() + 8  # marks on Å, Ä, Ö clear of the row above
    for row in range(table.rowCount()):
        table.setRowHeight(row, room)
    frame = 2 * table.frameWidth() + 2
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + frame)
    columns = sum(table.columnWidth(c) for c in range(table.columnCount()))
    table.setMinimumWidth(columns + frame)


def finalists_table(facts: WinnerFacts) -> QTableWidget:
    """Rank, finalist, score, jurors, complete; one row chosen (the winner)."""
    table = _table(
        [
            QCoreApplication.translate("WinnerDialog", "Rank"),
            QCoreApplication.translate("WinnerDialog", "Finalist"),
            QCoreApplication.translate("WinnerDialog", "Score"),
            QCoreApplication.translate("WinnerDialog", "Jurors"),
            QCoreApplication.translate("WinnerDialog", "Complete"),
        ]
    )
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setRowCount(len(facts.finalists))
    for row, finalist in enumerate(facts.finalists):
        _fill_finalist(table, row, finalist, facts.method)
    return table


def _fill_finalist(table: QTableWidget, row: int, finalist: Finalist, method: str) -> None:
    result = finalist.result
    rank = "–" if result.rank is None else QLocale().toString(result.rank)
    name = _item(finalist.name)
    name.setData(ID_ROLE, finalist.id)
    complete = (
        QCoreApplication.translate("WinnerDialog", "yes")
        if result.complete
        else QCoreApplication.translate("WinnerDialog", "no")
    )
    cells = [
        _item(rank, right=True),
        name,
        _item(score_text(method, result.score), right=True),
        _item(QLocale().toString(result.jurors), right=True),
        _item(complete),
    ]
    for column, item in enumerate(cells):
        table.setItem(row, column, item)


def comparison_table(facts: WinnerFacts) -> QTableWidget:
    """One row per method: its first place and its next two, the year's method in bold."""
    table = _table(
        [
            QCoreApplication.translate("WinnerDialog", "Method"),
            QCoreApplication.translate("WinnerDialog", "First"),
            QCoreApplication.translate("WinnerDialog", "Second"),
            QCoreApplication.translate("WinnerDialog", "Third"),
        ]
    )
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    results = facts.comparison.results
    table.setRowCount(len(results))
    names = facts.comparison.names
    for row, result in enumerate(results):
        # Ranks are shown with the names, so a shared place reads "1. A", "1. B".
        places = [f"{r.rank}. {names.get(r.nominee_id, '?')}" for r in result.top[:3]]
        texts = [method_label(result.method), *places, "", "", ""][:4]
        for column, text in enumerate(texts):
            item = _item(text)
            if result.method == facts.method:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            table.setItem(row, column, item)
    return table
