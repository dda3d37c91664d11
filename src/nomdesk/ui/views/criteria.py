"""The criteria of a year: a table with weights and scales, and the edits on it."""

import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from nomdesk.db.models import AwardYear, Criterion
from nomdesk.services import criteria
from nomdesk.services.schemas import CriterionCreate, CriterionUpdate
from nomdesk.ui import commands
from nomdesk.ui.dialogs.criterion_dialog import CriterionDialog
from nomdesk.ui.forms import attempt
from nomdesk.ui.table_model import RecordTableModel
from nomdesk.ui.views.base import YearView
from nomdesk.ui.widgets import LockBanner, button_row, number_text, record_table, selected_row

Index = QModelIndex | QPersistentModelIndex
FIELDS = ("name", "name_en", "description", "description_en", "weight", "scale_min",
          "scale_max", "step")  # fmt: skip
NUMERIC_COLUMNS = (0, 3, 4, 6)


@dataclass(frozen=True)
class CriterionRow:
    """What the table shows of one criterion (a snapshot, safe after later edits)."""

    uid: str
    values: dict[str, Any]

    @classmethod
    def of(cls, criterion: Criterion) -> "CriterionRow":
        return cls(criterion.uid, {field: getattr(criterion, field) for field in FIELDS})


class CriteriaModel(RecordTableModel):
    """Order, name, English name, weight, share of the total weight, scale, step, text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.total_weight = 0.0

    def headers(self) -> list[str]:
        return [
            self.tr("#"),
            self.tr("Name"),
            self.tr("English name"),
            self.tr("Weight"),
            self.tr("Share"),
            self.tr("Scale"),
            self.tr("Step"),
            self.tr("Description"),
        ]

    def set_rows(self, rows: list[CriterionRow]) -> None:
        self.total_weight = sum(r.values["weight"] for r in rows)
        super().set_rows(rows)

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 2, 7):
            return self._tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, number: int, row: CriterionRow, column: int) -> str:
        v = row.values
        if column == 0:
            return QLocale().toString(number + 1)
        if column == 4:
            return self._share(v["weight"])
        if column == 5:
            return f"{number_text(v['scale_min'])}–{number_text(v['scale_max'])}"
        texts = {1: v["name"], 2: v["name_en"] or "", 3: number_text(v["weight"])}
        texts |= {6: number_text(v["step"]), 7: " ".join(v["description"].split())}
        return texts[column]

    def _share(self, weight: float) -> str:
        if self.total_weight <= 0:
            return ""
        share = QLocale().toString(100.0 * weight / self.total_weight, "f", 1)
        return self.tr("{share} %").format(share=share)

    def _tooltip(self, row: CriterionRow) -> str:
        v = {k: html.escape(str(value or "")) for k, value in row.values.items()}
        parts = [f"<b>{v['name']}</b>", v["description"]]
        if v["name_en"] or v["description_en"]:
            parts += [f"<b>{v['name_en']}</b>", v["description_en"]]
        return "<p>" + "</p><p>".join(p for p in parts if p) + "</p>"


class CriteriaView(YearView):
    """Criteria of the chosen year: add, edit, remove and reorder, each one undoable."""

    def __init__(self, workspace, parent=None) -> None:
        super().__init__(workspace, parent)
        self.locked = False
        self.dialog: CriterionDialog | None = None
        self.banner = LockBanner()
        self.model = CriteriaModel(self)
        self.table = self._make_table()
        self.total = QLabel()
        self._make_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(button_row(self.buttons[:3], self.buttons[3:]))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        self._update_buttons()

    def _make_table(self) -> QTableView:
        table = record_table(self.model, self.edit, self._update_buttons)
        table.setWordWrap(False)
        return table

    def _make_buttons(self) -> None:
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.buttons = (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        )

    # --- showing ------------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.current_row()
        year = self.session.get(AwardYear, self.year_id) if self.year_id else None
        self.locked = self.banner.show_year(year)
        found = criteria.list_criteria(session=self.session, year_id=year.id) if year else []
        self.model.set_rows([CriterionRow.of(c) for c in found])
        self.total.setText(self._total_text(year))
        if current is not None:
            self.select(current.uid)
        self._update_buttons()

    def _total_text(self, year: AwardYear | None) -> str:
        if year is None:
            return ""
        if not self.model.rows:
            return self.tr("No criteria are recorded for {year}.").format(year=year.year)
        text = self.tr("%n criterion(s), total weight {total}", "", len(self.model.rows))
        return text.format(total=number_text(self.model.total_weight))

    def current_row(self) -> CriterionRow | None:
        row = selected_row(self.table)
        return None if row is None else self.model.rows[row]

    def select(self, uid: str) -> None:
        row = self.model.row_of(uid)
        if row is not None:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        row = selected_row(self.table)
        chosen = row is not None and not self.locked
        self.add_button.setEnabled(self.year_id is not None and not self.locked)
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)  # type: ignore[operator]
        self.down_button.setEnabled(chosen and row < len(self.model.rows) - 1)  # type: ignore[operator]

    # --- edits --------------------------------------------------------------------------

    def _open(self, dialog: CriterionDialog) -> None:
        """Show a dialog without blocking; it is kept in `self.dialog` while open."""
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: CriterionDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def add(self) -> None:
        if self.year_id is not None and not self.locked:
            self._open(CriterionDialog(self._create, parent=self))

    def _create(self, values: dict[str, Any]) -> Criterion:
        year_id, data = self.year_id, CriterionCreate(**values)
        text = self.tr("Add criterion {name}").format(name=data.name)

        def make() -> Criterion:
            return criteria.add_criterion(session=self.session, year_id=year_id, data=data)  # type: ignore[arg-type]

        created = commands.create(self.workspace, text, Criterion, make)
        self.select(created.uid)
        return created

    def edit(self) -> None:
        row = self.current_row()
        if row is not None and not self.locked:
            submit = lambda changes: self._update(row, changes)  # noqa: E731
            self._open(CriterionDialog(submit, dict(row.values), parent=self))

    def _update(self, row: CriterionRow, changes: dict[str, Any]) -> Criterion:
        text = self.tr("Edit criterion {name}").format(name=row.values["name"])

        def apply(criterion_id: int, values: dict[str, Any]) -> Criterion:
            data = CriterionUpdate(**values)
            return criteria.update_criterion(
                session=self.session, criterion_id=criterion_id, data=data
            )

        return commands.update(self.workspace, text, Criterion, row.uid, apply, changes)

    def remove(self) -> None:
        row = self.current_row()
        if row is None or self.locked or not self._confirm_remove(row):
            return
        text = self.tr("Remove criterion {name}").format(name=row.values["name"])

        def remove(criterion_id: int):
            return criteria.remove_criterion(session=self.session, criterion_id=criterion_id)

        attempt(self, lambda: commands.delete(self.workspace, text, Criterion, row.uid, remove))

    def _confirm_remove(self, row: CriterionRow) -> bool:
        question = self.tr(
            "Remove the criterion {name}? Every score given on it is removed with it. "
            "Edit ▸ Undo brings both back."
        ).format(name=row.values["name"])
        answer = QMessageBox.question(self, self.tr("Remove criterion"), question)
        return answer == QMessageBox.StandardButton.Yes

    def move(self, offset: int) -> None:
        """Move the chosen criterion up (-1) or down (+1); undo moves it back."""
        position = selected_row(self.table)
        if position is None or self.locked:
            return
        target = position + offset
        if not 0 <= target < len(self.model.rows):
            return
        row = self.model.rows[position]
        text = self.tr("Move criterion {name}").format(name=row.values["name"])
        attempt(
            self,
            lambda: commands.action(
                self.workspace, text, self._mover(row.uid, target), self._mover(row.uid, position)
            ),
        )

    def _mover(self, uid: str, position: int):
        def move() -> list[Criterion]:
            criterion_id = self.workspace.id_of(Criterion, uid)
            return criteria.move_criterion(
                session=self.session, criterion_id=criterion_id, position=position
            )

        return move
