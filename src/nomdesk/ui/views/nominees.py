"""Nominees of a year: a searchable, filterable table with its actions, and the chosen
nominee's details beside it."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QToolBar,
    QVBoxLayout,
)

from nomdesk.services import queries
from nomdesk.services.guards import is_locked
from nomdesk.services.rows import NomineeRow
from nomdesk.ui import settings
from nomdesk.ui.views.base import YearView
from nomdesk.ui.views.nominee_detail import NomineeDetail
from nomdesk.ui.views.nominee_list import NomineeList, lay_out_split
from nomdesk.ui.views.nominees_actions import NomineeActions

BANNER_STYLE = (
    "QLabel { background: #fff4ce; color: #4d3b00; border: 1px solid #e6c65c;"
    " border-radius: 4px; padding: 6px 10px; }"
)


class NomineesView(YearView):
    """`model` holds the year's nominees, `table` shows them through the search filter."""

    def __init__(self, workspace, parent=None) -> None:
        super().__init__(workspace, parent)
        self._shown_year: int | None = None
        self._detail_id: int | None = None
        self.locked = False
        self.list = NomineeList()
        self.model, self.proxy, self.table = self.list.model, self.list.proxy, self.list.table
        self.columns, self.search = self.list.columns, self.list.search
        self.stage_filter, self.count_label = self.list.stage_filter, self.list.count_label
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

    def _lay_out(self) -> None:
        lay_out_split(self.splitter, self.list, self.detail)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
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
        self.list.set_rows(self._rows(), reset=year_changed)
        self.locked = self._year_locked()
        self.banner.setVisible(self.locked)
        if not year_changed and uid is not None and self.current_uid() != uid:
            self.select_uid(uid)
        self._selection_changed()

    def _rows(self) -> list[NomineeRow]:
        if self.year_id is None:
            return []
        return queries.nominee_rows(session=self.session, year_id=self.year_id)

    def _year_locked(self) -> bool:
        if self.year_id is None:
            return False
        return is_locked(self.session, self.year_id)

    def _filter_changed(self, *_args) -> None:
        self._selection_changed()  # the list filtered itself; the chosen row may be gone

    # --- selection --------------------------------------------------------------------

    def current_row(self) -> NomineeRow | None:
        """The chosen nominee, or None."""
        return self.list.current_row()

    def current_uid(self) -> str | None:
        row = self.current_row()
        return row.uid if row is not None else None

    def select_uid(self, uid: str, *, reveal: bool = False) -> bool:
        """Choose the nominee with `uid`; `reveal` clears the filters if they hide it."""
        return self.list.select_uid(uid, reveal=reveal)

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
