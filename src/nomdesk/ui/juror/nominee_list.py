"""The ballot's nominees, each with how many criteria the juror has scored ("3/4")."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from nomdesk.exchange.workspace_views import NomineeProgress
from nomdesk.ui.juror.language import pick
from nomdesk.ui.roomy import roomy_rows

UID_ROLE = Qt.ItemDataRole.UserRole
DONE_COLOUR = "#1e7b34"
MUTED_COLOUR = "#5f6368"


class NomineeList(QTreeWidget):
    """Nominee names and their progress; choosing one says so with `chosen(uid)`."""

    chosen = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Nominee"), self.tr("Scored")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        roomy_rows(self)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.currentItemChanged.connect(self._current_changed)
        self._shown: dict[str, NomineeProgress] = {}  # what each row shows now

    def fill(self, items: list[NomineeProgress]) -> None:
        """Show the nominees; the chosen one stays chosen (the first when none was)."""
        current = self.current_uid()
        self.blockSignals(True)
        self.clear()
        self._shown = {}
        for item in items:
            row = QTreeWidgetItem([pick(item.name, item.name_en), ""])
            row.setData(0, UID_ROLE, item.uid)
            self._describe(row, item)
            self.addTopLevelItem(row)
        self.blockSignals(False)
        self.choose(current or (items[0].uid if items else None))

    def update_progress(self, items: list[NomineeProgress]) -> None:
        """Change the progress texts in place (the selection and focus stay); only rows
        whose progress changed are touched."""
        by_uid = {item.uid: item for item in items}
        for index in range(self.topLevelItemCount()):
            row = self.topLevelItem(index)
            found = by_uid.get(row.data(0, UID_ROLE))
            if found is not None and self._shown.get(found.uid) != found:
                self._describe(row, found)

    def _describe(self, row: QTreeWidgetItem, item: NomineeProgress) -> None:
        self._shown[item.uid] = item
        font = QFont(self.font())
        if item.conflict:
            row.setText(1, self.tr("conflict"))
            row.setToolTip(1, self.tr("You declared a conflict of interest"))
            font.setItalic(True)
            colour = MUTED_COLOUR
        else:
            row.setText(1, f"{item.scored}/{item.expected}" + (" ✓" if item.complete else ""))
            row.setToolTip(1, self.tr("%n of the criteria scored", "", item.scored))
            colour = DONE_COLOUR if item.complete else None
        row.setFont(0, font)
        row.setFont(1, font)
        brush = QBrush(QColor(colour)) if colour else QBrush()
        row.setForeground(1, brush)
        if item.conflict:
            row.setForeground(0, brush)
        else:
            row.setForeground(0, QBrush())
        row.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def current_uid(self) -> str | None:
        item = self.currentItem()
        return item.data(0, UID_ROLE) if item is not None else None

    def choose(self, uid: str | None) -> None:
        for index in range(self.topLevelItemCount()):
            row = self.topLevelItem(index)
            if row.data(0, UID_ROLE) == uid:
                self.setCurrentItem(row)
                return

    def _current_changed(self, current, _previous) -> None:
        if current is not None:
            self.chosen.emit(current.data(0, UID_ROLE))
