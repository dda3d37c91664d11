"""The score-entry grid's model: one juror's sheet, nominees (rows) × criteria (columns).

A model over the service's `JurorSheet` (dictionaries), so that 200 nominees × 10
criteria cost nothing to show; an edit calls back into the view, which saves it through
the undo stack and hands the model the fresh sheet.
"""

import html
import textwrap
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from nomdesk.services.scores import JurorSheet, SheetCriterion, SheetNominee
from nomdesk.ui.views.timetable_panel import localized
from nomdesk.ui.widgets import number_text

Index = QModelIndex | QPersistentModelIndex
COMMENT_ROLE = Qt.ItemDataRole.UserRole + 1  # the cell's comment ("" when none)
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 2  # True for a conflicted (disabled) cell
CONFLICT_BACKGROUND = QColor("#e4e4e4")
CONFLICT_MARK = "⊘"
COMMENT_MARK = "✎"

# Called with (nominee, criterion, value or None to clear); True when saved.
SaveCell = Callable[[SheetNominee, SheetCriterion, float | None], bool]


HEADER_WRAP = 14  # characters per line of a criterion's name in the column header


def scale_text(criterion: SheetCriterion) -> str:
    """'0–10' in the interface's number format."""
    return f"{number_text(criterion.scale_min)}–{number_text(criterion.scale_max)}"


def criterion_name(criterion: SheetCriterion) -> str:
    """The criterion's name in the interface's language (Swedish when it has no other)."""
    return localized(criterion.name, criterion.name_en)


def header_text(criterion: SheetCriterion) -> str:
    """The criterion's name over a few short lines, then its scale: columns stay narrow."""
    name = textwrap.fill(criterion_name(criterion), HEADER_WRAP, break_long_words=False)
    return f"{name}\n{scale_text(criterion)}"


class ScoreGridModel(QAbstractTableModel):
    """Rows: the round's scorable nominees; columns: the year's criteria."""

    def __init__(self, save_cell: SaveCell, parent=None) -> None:
        super().__init__(parent)
        self.save_cell = save_cell
        self.sheet: JurorSheet | None = None
        self.read_only = True

    # --- contents ---------------------------------------------------------------------

    def set_sheet(self, sheet: JurorSheet | None, read_only: bool) -> None:
        """Show a sheet; the same nominees and criteria are updated in place (the cursor
        and an edit moving on stay where they are), anything else resets the grid."""
        same = (
            sheet is not None
            and self.sheet is not None
            and self._shape(sheet) == self._shape(self.sheet)
            and read_only == self.read_only
        )
        if not same:
            self.beginResetModel()
        self.sheet, self.read_only = sheet, read_only
        if not same:
            self.endResetModel()
            return
        last = self.index(self.rowCount() - 1, self.columnCount() - 1)
        self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    @staticmethod
    def _shape(sheet: JurorSheet) -> tuple:
        return (
            sheet.round_id,
            sheet.juror_id,
            tuple(n.id for n in sheet.nominees),
            tuple((c.id, c.name, c.scale_min, c.scale_max, c.step) for c in sheet.criteria),
            tuple(sorted(sheet.conflicts)),
        )

    def nominee(self, row: int) -> SheetNominee:
        return self.sheet.nominees[row]  # type: ignore[union-attr]

    def criterion(self, column: int) -> SheetCriterion:
        return self.sheet.criteria[column]  # type: ignore[union-attr]

    def cell(self, index: Index):
        """The stored score of a cell, or None."""
        if self.sheet is None or not index.isValid():
            return None
        key = (self.nominee(index.row()).id, self.criterion(index.column()).id)
        return self.sheet.cells.get(key)

    def conflicted(self, row: int) -> bool:
        return self.sheet is not None and self.nominee(row).id in self.sheet.conflicts

    # --- Qt's model interface ---------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.sheet is None else len(self.sheet.nominees)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.sheet is None else len(self.sheet.criteria)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.conflicted(index.row()):
            return Qt.ItemFlag.NoItemFlags  # disabled: the cursor passes over it
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if self.read_only else flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.sheet is None:
            return None
        if self.conflicted(index.row()):
            return self._conflict_data(index.row(), role)
        cell = self.cell(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return "" if cell is None else number_text(cell.value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == COMMENT_ROLE:
            return cell.comment if cell else ""
        if role == Qt.ItemDataRole.ToolTipRole and cell and cell.comment:
            return self._comment_tip(index.column(), cell.comment)
        return None

    def _conflict_data(self, row: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return CONFLICT_MARK
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(CONFLICT_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.conflict_text(row)
        if role == CONFLICT_ROLE:
            return True
        return None

    def conflict_text(self, row: int) -> str:
        reason = self.sheet.conflicts.get(self.nominee(row).id, "")  # type: ignore[union-attr]
        if reason:
            return self.tr("Conflict of interest, not scored: {reason}").format(reason=reason)
        return self.tr("Conflict of interest, not scored.")

    def _comment_tip(self, column: int, comment: str) -> str:
        name = html.escape(criterion_name(self.criterion(column)))
        return f"<p><b>{name}</b></p><p>{html.escape(comment)}</p>"

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if self.sheet is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._criterion_header(self.criterion(section), role)
        return self._nominee_header(section, role)

    def _criterion_header(self, criterion: SheetCriterion, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return header_text(criterion)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.tr("{name}: scale {scale}, step {step}, weight {weight}")
            return text.format(
                name=criterion_name(criterion),
                scale=scale_text(criterion),
                step=number_text(criterion.step),
                weight=number_text(criterion.weight),
            )
        return None

    def _nominee_header(self, row: int, role):
        nominee = self.nominee(row)
        comment = self.sheet.nominee_comments.get(nominee.id, "")  # type: ignore[union-attr]
        if role == Qt.ItemDataRole.DisplayRole:
            if self.conflicted(row):
                return f"{nominee.name}  {CONFLICT_MARK}"
            return f"{nominee.name}  {COMMENT_MARK}" if comment else nominee.name
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.conflicted(row):
                return self.conflict_text(row)
            return comment or None
        return None

    def setData(self, index: Index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        """`value` is a float, or None to clear the cell; the view saves it (undoable)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        if self.conflicted(index.row()):
            return False
        nominee, criterion = self.nominee(index.row()), self.criterion(index.column())
        return self.save_cell(nominee, criterion, value)
