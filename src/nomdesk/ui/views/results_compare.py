"""The method comparison: the winner and top three under every method side by side, with
a warning when the methods do not agree on first place (design §3, robustness)."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from nomdesk.domain.scoring import NomineeResult
from nomdesk.services.ranking import MethodComparison, MethodResult
from nomdesk.ui.views.results_texts import method_hint, method_label, score_text
from nomdesk.ui.widgets import BANNER_STYLE, SECONDARY_STYLE

METHOD_ROLE = Qt.ItemDataRole.UserRole
DIFFERS = QColor("#fde2c8")  # a first place unlike the chosen method's (with a ≠ mark)


class ComparisonPanel(QGroupBox):
    """Rows: the six methods; columns: 1st, 2nd, 3rd. Activating a row picks that method."""

    method_chosen = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Method comparison"))
        self.warning = QLabel()
        self.warning.setStyleSheet(BANNER_STYLE)
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.agreement = QLabel()
        self.agreement.setStyleSheet(SECONDARY_STYLE)
        self.agreement.setWordWrap(True)
        self.table = self._make_table()
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.agreement)
        layout.addWidget(self.table)

    def _make_table(self) -> QTableWidget:
        headers = [self.tr("Method"), self.tr("1st"), self.tr("2nd"), self.tr("3rd")]
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.setWordWrap(False)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        # First place (where ties show) as wide as it needs; 2nd and 3rd share the rest.
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.cellActivated.connect(self._activated)
        table.cellDoubleClicked.connect(self._activated)
        return table

    def _activated(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.method_chosen.emit(item.data(METHOD_ROLE))

    # --- showing ----------------------------------------------------------------------

    def show_comparison(self, comparison: MethodComparison, chosen: str) -> None:
        names = comparison.names
        reference = frozenset(comparison.result(chosen).winners)
        self.table.setRowCount(len(comparison.results))
        for row, result in enumerate(comparison.results):
            self._fill_row(row, result, names, chosen, reference, comparison.trim_k)
        self._fit()
        self._show_verdict(comparison)

    def _fill_row(self, row, result: MethodResult, names, chosen, reference, trim_k) -> None:
        method = QTableWidgetItem(method_label(result.method))
        method.setData(METHOD_ROLE, result.method)
        method.setToolTip(method_hint(result.method, trim_k))
        items = [method]
        for place in (1, 2, 3):
            at = [r for r in result.top if r.rank == place]
            items.append(self._place_item(result.method, at, names))
        differs = bool(result.winners) and frozenset(result.winners) != reference
        if differs:
            items[1].setBackground(QBrush(DIFFERS))
            items[1].setText("≠ " + items[1].text())
            items[1].setToolTip(self.tr("First place differs from the method shown above."))
        if result.method == chosen:
            font = QFont()
            font.setBold(True)
            for item in items:
                item.setFont(font)
        for column, item in enumerate(items):
            self.table.setItem(row, column, item)

    def _place_item(self, method: str, at: list[NomineeResult], names) -> QTableWidgetItem:
        if not at:
            return QTableWidgetItem("–")
        # Nominees sharing a place share the score: show it once.
        text = self.tr("{name} ({score})").format(
            name=" = ".join(names.get(r.nominee_id, "") for r in at),
            score=score_text(method, at[0].score),
        )
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        return item

    def _fit(self) -> None:
        """Every method in view without a scroll bar."""
        rows = self.table.verticalHeader().length()
        frame = 2 * self.table.frameWidth()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + rows + frame)

    def _show_verdict(self, comparison: MethodComparison) -> None:
        names = comparison.names
        groups: dict[frozenset[int], list[str]] = {}
        for result in comparison.results:
            groups.setdefault(frozenset(result.winners), []).append(method_label(result.method))
        if comparison.first_place_differs:
            parts = [
                self.tr("{methods}: {names}").format(
                    methods=", ".join(methods), names=self._winners(winners, names)
                )
                for winners, methods in groups.items()
            ]
            text = self.tr("The methods disagree on first place. {details}.")
            self.warning.setText(text.format(details="; ".join(parts)))
            self.warning.show()
            self.agreement.clear()
            self.agreement.hide()
            return
        self.warning.clear()
        self.warning.hide()
        winners = next(iter(groups), frozenset())
        if winners:
            text = self.tr("Every method puts {names} first.")
            self.agreement.setText(text.format(names=self._winners(winners, names)))
        else:
            self.agreement.setText(self.tr("No nominee has a complete total yet."))
        self.agreement.show()

    def _winners(self, winners: frozenset[int], names) -> str:
        if not winners:
            return self.tr("nobody yet")
        return " = ".join(sorted(names.get(n, "") for n in winners))
