"""The nominees of one year as a Qt table model, and the proxy that searches and filters it."""

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette

from nomdesk.domain import stages
from nomdesk.services.rows import NomineeRow
from nomdesk.ui.labels import stage_label

Index = QModelIndex | QPersistentModelIndex

UID_ROLE = Qt.ItemDataRole.UserRole
STAGE_ROLE = Qt.ItemDataRole.UserRole + 1
INITIATIVES_COLUMN = 4


class NomineeTableModel(QAbstractTableModel):
    """Name, organisations, county, stage, initiatives, nominated by."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[NomineeRow] = []

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("NomineeTableModel", "Nominee"),
            QCoreApplication.translate("NomineeTableModel", "Organisations"),
            QCoreApplication.translate("NomineeTableModel", "County"),
            QCoreApplication.translate("NomineeTableModel", "Stage"),
            QCoreApplication.translate("NomineeTableModel", "Initiatives"),
            QCoreApplication.translate("NomineeTableModel", "Nominated by"),
        ]

    def set_rows(self, rows: list[NomineeRow], *, reset: bool = True) -> None:
        """Show `rows`; without `reset`, rows are matched by uid so views keep selections."""
        if reset:
            self.beginResetModel()
            self._rows = list(rows)
            self.endResetModel()
            return
        fresh = {r.uid: r for r in rows}
        self._remove_missing(fresh)
        self._update_kept(fresh)
        self._append_new(rows)

    def _remove_missing(self, fresh: dict[str, NomineeRow]) -> None:
        for i in reversed(range(len(self._rows))):
            if self._rows[i].uid not in fresh:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self.endRemoveRows()

    def _update_kept(self, fresh: dict[str, NomineeRow]) -> None:
        for i, old in enumerate(self._rows):
            if fresh[old.uid] != old:
                self._rows[i] = fresh[old.uid]
                last = self.columnCount() - 1
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))

    def _append_new(self, rows: list[NomineeRow]) -> None:
        known = {r.uid for r in self._rows}
        added = [r for r in rows if r.uid not in known]
        if added:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._rows.extend(added)
            self.endInsertRows()

    def row_at(self, row: int) -> NomineeRow:
        return self._rows[row]

    def row_of_uid(self, uid: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.uid == uid), None)

    def rows(self) -> list[NomineeRow]:
        return list(self._rows)

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
        return self._other(row, index.column(), role)

    def _other(self, row: NomineeRow, column: int, role):
        if role == UID_ROLE:
            return row.uid
        if role == STAGE_ROLE:
            return row.stage
        if role == Qt.ItemDataRole.ToolTipRole and column != INITIATIVES_COLUMN:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == INITIATIVES_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.stage == stages.WINNER:
            font = QGuiApplication.font()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.stage == stages.WITHDRAWN:
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def _tooltip(self, row: NomineeRow, column: int) -> str:
        """The whole text, for cells too narrow to show it (organisations one a line)."""
        if column == 1:
            return "\n".join(row.organisations)
        return str(self._display(row, column))

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


def _searchable(row: NomineeRow) -> str:
    parts = [row.name, *row.organisations, *row.counties, row.nominated_by]
    return "\n".join(parts).casefold()


class NomineeFilterProxy(QSortFilterProxyModel):
    """Keeps the rows matching the search text (name, organisations, county, nominated by)
    and the chosen stage; sorts by name unless a column header says otherwise."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text = ""
        self._stage = ""
        self.setSortLocaleAware(True)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_stage(self, stage: str) -> None:
        """Show only nominees at `stage` ("" for every stage)."""
        self.beginFilterChange()
        self._stage = stage
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row = self.sourceModel().row_at(source_row)  # type: ignore[attr-defined]
        if self._stage and row.stage != self._stage:
            return False
        return not self._text or self._text in _searchable(row)
