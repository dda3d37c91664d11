"""A year's timetable on its Overview: dated steps in order, the next one named at the top."""

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from nomdesk.db.models import TimetableEntry
from nomdesk.services import years
from nomdesk.services.schemas import TimetableCreate, TimetableUpdate
from nomdesk.ui import commands
from nomdesk.ui.dialogs.timetable_dialog import TimetableDialog, date_pattern
from nomdesk.ui.labels import timetable_kind_label
from nomdesk.ui.workspace import Workspace

UID_ROLE = Qt.ItemDataRole.UserRole


def format_date(value: date | None, long: bool = False) -> str:
    """A date in the interface language's format, always with a four-digit year."""
    if value is None:
        return ""
    locale = QLocale()
    qdate = QDate(value.year, value.month, value.day)
    if long:
        return locale.toString(qdate, QLocale.FormatType.LongFormat)
    return locale.toString(qdate, date_pattern())


def format_span(entry: TimetableEntry) -> str:
    if entry.ends_on and entry.ends_on != entry.starts_on:
        return f"{format_date(entry.starts_on)} – {format_date(entry.ends_on)}"
    return format_date(entry.starts_on) or QCoreApplication.translate("timetable", "no date yet")


def localized(swedish: str, english: str | None) -> str:
    """The English text in an English interface (when there is one), else the Swedish."""
    if english and QLocale().language() != QLocale.Language.Swedish:
        return english
    return swedish


def entry_text(entry: TimetableEntry) -> str:
    return localized(entry.label, entry.label_en) or timetable_kind_label(entry.kind)


def next_entry(entries: list[TimetableEntry], today: date) -> TimetableEntry | None:
    """The step happening now or next: the first (by start) whose last day is not past."""
    for entry in entries:
        last = entry.ends_on or entry.starts_on
        if last is not None and last >= today:
            return entry
    return None


def next_text(entry: TimetableEntry | None, today: date) -> str:
    if entry is None:
        return QCoreApplication.translate("timetable", "Nothing more is planned in the timetable.")
    what = entry_text(entry)
    if entry.starts_on and entry.starts_on > today:
        when = format_date(entry.starts_on, long=True)
        return QCoreApplication.translate("timetable", "Next: {what} on {date}").format(
            what=what, date=when
        )
    if entry.ends_on and entry.ends_on > today:
        until = format_date(entry.ends_on, long=True)
        return QCoreApplication.translate("timetable", "Now: {what}, until {date}").format(
            what=what, date=until
        )
    return QCoreApplication.translate("timetable", "Today: {what}").format(what=what)


class TimetablePanel(QGroupBox):
    """Entries sorted by date with kind, label, dates and place; add, edit and remove."""

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Timetable"))
        self.workspace = workspace
        self.year_id: int | None = None
        self.locked = False
        self.today: date | None = None  # None: the real date (tests set another)
        self.entries: list[TimetableEntry] = []
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = self._make_table()
        layout = QVBoxLayout(self)
        layout.addWidget(self.next_label)
        layout.addWidget(self.table)
        layout.addLayout(self._make_buttons())

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 4)
        table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("What"), self.tr("Place")]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.itemDoubleClicked.connect(lambda _item: self.edit_entry())
        table.itemSelectionChanged.connect(self._update_buttons)
        return table

    def _make_buttons(self) -> QHBoxLayout:
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button.clicked.connect(self.edit_entry)
        self.remove_button.clicked.connect(self.remove_entry)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    # --- showing ----------------------------------------------------------------------

    def show_year(self, year_id: int, *, locked: bool) -> None:
        self.year_id = year_id
        self.locked = locked
        self.entries = years.timetable(session=self.workspace.session, year_id=year_id)
        today = self.today or QDate.currentDate().toPython()
        upcoming = next_entry(self.entries, today)
        self.next_label.setText(f"<b>{html.escape(next_text(upcoming, today))}</b>")
        self.next_label.setVisible(not (locked and upcoming is None))
        self._fill(upcoming, today)
        self._update_buttons()

    def _fill(self, upcoming: TimetableEntry | None, today: date) -> None:
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = (
                format_span(entry),
                timetable_kind_label(entry.kind),
                entry_text(entry),
                entry.place,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(UID_ROLE, entry.uid)
                self._style(item, entry, upcoming, today)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(height + 2)

    def _style(self, item, entry, upcoming, today: date) -> None:
        if entry is upcoming:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
            highlight = QColor(self.palette().color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(40)
            item.setBackground(highlight)
            item.setToolTip(self.tr("The next step in the timetable"))
        elif (entry.ends_on or entry.starts_on or today) < today:
            item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))

    def _update_buttons(self) -> None:
        writable = self.year_id is not None and not self.locked
        chosen = self.current_uid() is not None
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and chosen)
        self.remove_button.setEnabled(writable and chosen)
        tip = "" if writable else self.tr("The year is locked; unlock it to change the timetable.")
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setToolTip(tip)

    def current_uid(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(UID_ROLE) if items else None

    def select_uid(self, uid: str) -> None:
        for row, entry in enumerate(self.entries):
            if entry.uid == uid:
                self.table.selectRow(row)

    # --- edits ------------------------------------------------------------------------

    def add_entry(self) -> None:
        TimetableDialog(self, save=self.create_entry).exec()

    def edit_entry(self) -> None:
        uid = self.current_uid()
        entry = next((e for e in self.entries if e.uid == uid), None)
        if entry is not None and not self.locked:
            TimetableDialog(
                self, save=lambda changes: self.update_entry(uid, changes), entry=entry
            ).exec()

    def remove_entry(self) -> None:
        uid = self.current_uid()
        if uid is None:
            return
        session = self.workspace.session
        commands.delete(
            self.workspace,
            self.tr("Remove timetable entry"),
            TimetableEntry,
            uid,
            lambda id_: years.remove_timetable_entry(session=session, entry_id=id_),
        )

    def create_entry(self, values: dict) -> TimetableEntry:
        session, year_id = self.workspace.session, self.year_id
        return commands.create(
            self.workspace,
            self.tr("Add timetable entry"),
            TimetableEntry,
            lambda: years.add_timetable_entry(
                session=session, year_id=year_id, data=TimetableCreate(**values)
            ),
        )

    def update_entry(self, uid: str, changes: dict) -> TimetableEntry:
        session = self.workspace.session
        return commands.update(
            self.workspace,
            self.tr("Edit timetable entry"),
            TimetableEntry,
            uid,
            lambda id_, values: years.update_timetable_entry(
                session=session, entry_id=id_, data=TimetableUpdate(**values)
            ),
            changes,
        )
