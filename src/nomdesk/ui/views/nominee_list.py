"""The searchable, filterable table of a year's nominees, without the database.

It holds rows (`set_rows`), so that the first paint can show them from a plain sqlite3
read before the ORM has loaded; `NomineesView` builds the rest around it.
"""

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nomdesk.domain import stages
from nomdesk.services.rows import NomineeRow
from nomdesk.ui.labels import stage_label
from nomdesk.ui.nominee_model import NomineeFilterProxy, NomineeTableModel
from nomdesk.ui.views.nominees_columns import ColumnFitter

# Columns that give way when the table is narrow, with their shares (name, organisations,
# county, initiatives, nominated by); the stage keeps its width.
SHRINKING_COLUMNS = {0: 4, 1: 3, 2: 2, 4: 1, 5: 1}


class NomineeList(QWidget):
    """Search field, stage filter and count above the table of nominees."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = NomineeTableModel(self)
        self.proxy = NomineeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._make_table()
        self.columns = ColumnFitter(self.table, SHRINKING_COLUMNS)
        self.search = self._make_search()
        self.stage_filter = self._make_stage_filter()
        self.count_label = QLabel()
        self._lay_out()
        self.search.textChanged.connect(self._filter_changed)
        self.stage_filter.currentIndexChanged.connect(self._filter_changed)

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setWordWrap(False)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        return table

    def _make_search(self) -> QLineEdit:
        search = QLineEdit()
        search.setPlaceholderText(
            QCoreApplication.translate(
                "NomineesView", "Search name, organisation, county, nominator…"
            )
        )
        search.setClearButtonEnabled(True)
        find = QAction(self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: search.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.addAction(find)
        return search

    def _make_stage_filter(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(QCoreApplication.translate("NomineesView", "All stages"), "")
        for stage in stages.STAGES:
            combo.addItem(stage_label(stage), stage)
        combo.setToolTip(
            QCoreApplication.translate("NomineesView", "Show only the nominees at one stage")
        )
        return combo

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.stage_filter)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.search, self.stage_filter)
        self.setTabOrder(self.stage_filter, self.table)

    # --- rows -------------------------------------------------------------------------

    def set_rows(self, rows: list[NomineeRow], *, reset: bool) -> None:
        """Show `rows`; `reset` (another year) refits the columns and chooses the first."""
        self.model.set_rows(rows, reset=reset)
        if reset:
            self.columns.fit()
            self.table.selectRow(0)
        self.update_count()

    def update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if shown == total:
            text = QCoreApplication.translate("NomineesView", "%n nominee(s)", "", total)
        else:
            text = QCoreApplication.translate(
                "NomineesView", "{shown} of %n nominee(s)", "", total
            ).format(shown=shown)
        self.count_label.setText(text)

    def _filter_changed(self, *_args) -> None:
        self.proxy.set_search(self.search.text())
        self.proxy.set_stage(self.stage_filter.currentData() or "")
        self.update_count()

    # --- selection --------------------------------------------------------------------

    def current_row(self) -> NomineeRow | None:
        """The chosen nominee, or None."""
        chosen = self.table.selectionModel().selectedRows()
        if not chosen:
            return None
        return self.model.row_at(self.proxy.mapToSource(chosen[0]).row())

    def select_uid(self, uid: str, *, reveal: bool = False) -> bool:
        """Choose the nominee with `uid`; `reveal` clears the filters if they hide it."""
        source = self.model.row_of_uid(uid)
        if source is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        if not index.isValid() and reveal:
            self.search.clear()
            self.stage_filter.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(source, 0))
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        rows = flags | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, rows)
        self.table.scrollTo(index)
        return True


def lay_out_split(splitter, left: QWidget, right: QWidget) -> None:
    """The list beside the details, as the Nominees view and its first-paint preview share."""
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    splitter.setChildrenCollapsible(False)
    splitter.setSizes([600, 400])
