"""Nominees of a year: a table (to be extended with search, filter and a detail pane)."""

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout

from nomdesk.services import queries
from nomdesk.ui.nominee_model import NomineeTableModel
from nomdesk.ui.views.base import YearView


class NomineesView(YearView):
    def __init__(self, workspace, parent=None) -> None:
        super().__init__(workspace, parent)
        self.model = NomineeTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        QVBoxLayout(self).addWidget(self.table)

    def refresh(self) -> None:
        rows = (
            []
            if self.year_id is None
            else queries.nominee_rows(session=self.session, year_id=self.year_id)
        )
        self.model.set_rows(rows)
