"""The nominees of one year as a Qt table model."""

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from nomdesk.services.queries import NomineeRow
from nomdesk.ui.labels import stage_label

Index = QModelIndex | QPersistentModelIndex


class NomineeTableModel(QAbstractTableModel):
    """Name, organisations, county, stage, initiatives, nominated by."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[NomineeRow] = []

    def headers(self) -> list[str]:
        t = QCoreApplication.translate
        return [
            t("NomineeTableModel", "Nominee"),
            t("NomineeTableModel", "Organisations"),
            t("NomineeTableModel", "County"),
            t("NomineeTableModel", "Stage"),
            t("NomineeTableModel", "Initiatives"),
            t("NomineeTableModel", "Nominated by"),
        ]

    def set_rows(self, rows: list[NomineeRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> NomineeRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: NomineeRow, column: int):
        values = (
            row.name,
            ", ".join(row.organisations),
            ", ".join(row.counties),
            stage_label(row.stage),
            row.initiatives,
            row.nominated_by,
        )
        return values[column]
