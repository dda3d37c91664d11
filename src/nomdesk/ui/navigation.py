"""The navigation pane: awards, and under each its years with their phase."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from nomdesk.services.rows import TreeAward, TreeYear
from nomdesk.ui.labels import phase_label
from nomdesk.ui.roomy import roomy_rows

YEAR_ROLE = Qt.ItemDataRole.UserRole
AWARD_ROLE = Qt.ItemDataRole.UserRole + 1


class YearTree(QTreeWidget):
    """Emits `year_selected(year_id)` (0 when an award, not a year, is chosen)."""

    year_selected = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.retranslate()
        self.setRootIsDecorated(True)
        roomy_rows(self)
        self._announced: int | None = -1
        self.currentItemChanged.connect(self._chosen)

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Award years")])

    def reload(self, session, keep_year: int | None = None) -> None:
        """Fill the tree from the database; select `keep_year`, else the newest year of the
        first award."""
        from nomdesk.services import queries

        self.fill(queries.year_tree(session=session), keep_year)

    def fill(self, tree: list[tuple[TreeAward, list[TreeYear]]], keep_year: int | None) -> None:
        """Fill the tree from rows; select `keep_year`, else the first award's newest year."""
        self.blockSignals(True)
        self.clear()
        kept = newest = None
        for award, years in tree:
            top = QTreeWidgetItem([award.name])
            top.setData(0, AWARD_ROLE, award.id)
            top.setToolTip(0, award.name)
            self.addTopLevelItem(top)
            for y in years:
                item = QTreeWidgetItem([self._label(y)])
                item.setData(0, YEAR_ROLE, y.id)
                tip = y.title if not y.locked else self.tr("{title} (decided and locked)")
                item.setToolTip(0, tip.format(title=y.title))
                top.addChild(item)
                kept = item if y.id == keep_year else kept
                newest = item if self.topLevelItemCount() == 1 else newest
            top.setExpanded(True)
        self.blockSignals(False)
        chosen = kept or newest
        self.blockSignals(True)
        if chosen is not None:
            self.setCurrentItem(chosen)
        self.blockSignals(False)
        self._chosen(self.currentItem())

    def _label(self, y: TreeYear) -> str:
        return f"{y.year}  ·  {phase_label(y.phase)}"

    def _chosen(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        """Announce the year only when it changes (a reload after an edit keeps views as
        they are; they refresh themselves on the workspace's `changed`)."""
        year_id = (item.data(0, YEAR_ROLE) if item else None) or 0
        if year_id != self._announced:
            self._announced = year_id
            self.year_selected.emit(year_id)

    def forget_selection(self) -> None:
        """Make the next reload announce its year again (another database was opened)."""
        self._announced = -1

    def current_award_id(self) -> int | None:
        item = self.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return item.data(0, AWARD_ROLE) if item else None

    def current_year_id(self) -> int | None:
        item = self.currentItem()
        return (item.data(0, YEAR_ROLE) or None) if item else None
