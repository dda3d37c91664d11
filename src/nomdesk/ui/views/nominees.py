"""Nominees of a year: a searchable, filterable table with its actions, and the chosen
nominee's details beside it."""

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from nomdesk.db.models import AwardYear
from nomdesk.domain import stages
from nomdesk.services import queries
from nomdesk.services.guards import get
from nomdesk.services.queries import NomineeRow
from nomdesk.ui import settings
from nomdesk.ui.labels import stage_label
from nomdesk.ui.nominee_model import NomineeFilterProxy, NomineeTableModel
from nomdesk.ui.views.base import YearView
from nomdesk.ui.views.nominee_detail import NomineeDetail
from nomdesk.ui.views.nominees_actions import NomineeActions
from nomdesk.ui.views.nominees_columns import ColumnFitter

BANNER_STYLE = (
    "QLabel { background: #fff4ce; color: #4d3b00; border: 1px solid #e6c65c;"
    " border-radius: 4px; padding: 6px 10px; }"
)
# Columns that give way when the table is narrow, with their shares (name, organisations,
# county, initiatives, nominated by); the stage keeps its width.
SHRINKING_COLUMNS = {0: 4, 1: 3, 2: 2, 4: 1, 5: 1}


class NomineesView(YearView):
    """`model` holds the year's nominees, `table` shows them through the search filter."""

    def __init__(self, workspace, parent=None) -> None:
        super().__init__(workspace, parent)
        self._shown_year: int | None = None
        self._detail_id: int | None = None
        self.locked = False
        self.model = NomineeTableModel(self)
        self.proxy = NomineeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._make_table()
        self.columns = ColumnFitter(self.table, SHRINKING_COLUMNS)
        self.search = self._make_search()
        self.stage_filter = self._make_stage_filter()
        self.count_label = QLabel()
        self.banner = QLabel(self.tr("This year is decided and locked."))
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        self.detail = NomineeDetail(workspace)
        self.nominee_actions = NomineeActions(self)
        self.toolbar = QToolBar()
        self.nominee_actions.fill_toolbar(self.toolbar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self._lay_out()
        self._connect()
        self._restore_splitter()
        self._selection_changed()

    # --- building ---------------------------------------------------------------------

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
        search.setPlaceholderText(self.tr("Search name, organisation, county, nominator…"))
        search.setClearButtonEnabled(True)
        find = QAction(self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: search.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.addAction(find)
        return search

    def _make_stage_filter(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("All stages"), "")
        for stage in stages.STAGES:
            combo.addItem(stage_label(stage), stage)
        combo.setToolTip(self.tr("Show only the nominees at one stage"))
        return combo

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.stage_filter)
        filters.addWidget(self.count_label)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.search, self.stage_filter)
        self.setTabOrder(self.stage_filter, self.table)
        self.setTabOrder(self.table, self.detail)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._filter_changed)
        self.stage_filter.currentIndexChanged.connect(self._filter_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.nominee_actions.edit_nominee())
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.splitter.splitterMoved.connect(self._save_splitter)

    def _restore_splitter(self) -> None:
        state = settings.read(settings.NOMINEE_SPLITTER)
        if not state.isEmpty():
            self.splitter.restoreState(state)

    def _save_splitter(self, *_args) -> None:
        settings.write(settings.NOMINEE_SPLITTER, self.splitter.saveState())

    # --- data -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the year's nominees, keeping the chosen one chosen."""
        uid = self.current_uid()
        year_changed = self.year_id != self._shown_year
        self._shown_year = self.year_id
        rows = self._rows()
        self.model.set_rows(rows, reset=year_changed)
        self.locked = self._year_locked()
        self.banner.setVisible(self.locked)
        if year_changed:
            self.columns.fit()
            self.table.selectRow(0)
        elif uid is not None and self.current_uid() != uid:
            self.select_uid(uid)
        self._update_count()
        self._selection_changed()

    def _rows(self) -> list[NomineeRow]:
        if self.year_id is None:
            return []
        return queries.nominee_rows(session=self.session, year_id=self.year_id)

    def _year_locked(self) -> bool:
        if self.year_id is None:
            return False
        return get(self.session, AwardYear, self.year_id, field="year").locked_at is not None

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if shown == total:
            text = self.tr("%n nominee(s)", "", total)
        else:
            text = self.tr("{shown} of %n nominee(s)", "", total).format(shown=shown)
        self.count_label.setText(text)

    def _filter_changed(self, *_args) -> None:
        self.proxy.set_search(self.search.text())
        self.proxy.set_stage(self.stage_filter.currentData() or "")
        self._update_count()
        self._selection_changed()

    # --- selection --------------------------------------------------------------------

    def current_row(self) -> NomineeRow | None:
        """The chosen nominee, or None."""
        chosen = self.table.selectionModel().selectedRows()
        if not chosen:
            return None
        return self.model.row_at(self.proxy.mapToSource(chosen[0]).row())

    def current_uid(self) -> str | None:
        row = self.current_row()
        return row.uid if row is not None else None

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

    def _selection_changed(self, *_args) -> None:
        row = self.current_row()
        writable = self.year_id is not None and not self.locked
        self.nominee_actions.update_state(row, writable)
        nominee_id = row.id if row is not None else None
        if nominee_id != self._detail_id:
            self._detail_id = nominee_id
            self.detail.show_nominee(nominee_id)

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.selectRow(index.row())
        menu = self.nominee_actions.context_menu()
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # --- keys -------------------------------------------------------------------------
