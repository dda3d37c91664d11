"""The Results view's ranking table: rows built from the ranking services, and the model.

Every cell is worked out once when the table is filled (text, sort key, tooltip), so the
model only hands them out, and sorts its rows itself by those keys (a sort proxy would
ask the model for each key at every comparison): numbers in numeric order, names in Swedish
order, missing values last either way round.
"""

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cmp_to_key

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from nomdesk.db.models import Criterion
from nomdesk.services.ranking import RoundJurors, RoundRanking
from nomdesk.ui.views.results_texts import method_hint, number, score_text
from nomdesk.ui.views.timetable_panel import localized

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CRITERION_WIDTH = 120  # at most, in pixels: long criterion names are elided, the tooltip has them


@dataclass(frozen=True)
class Cell:
    text: str
    sort: float | str
    tooltip: str = ""
    right: bool = True


@dataclass(frozen=True)
class Header:
    text: str
    tooltip: str = ""
    criterion: bool = False


@dataclass(frozen=True)
class Row:
    nominee_id: int
    rank: int | None
    cells: tuple[Cell, ...]
    position: int = 0  # in the ranking's order


def _low_first(value: float | None) -> float:
    """A sort key: ascending order puts low values first and missing values last."""
    return math.inf if value is None else value


def _best_first(value: float | None) -> float:
    """A sort key for columns where higher is better: ascending order (the first click on
    a header) puts the best first, and missing values last."""
    return math.inf if value is None else -value


def _plain(value: float) -> str:
    return QLocale().toString(float(value), "g", 6)


def headers(method: str, trim_k: int, criteria: Sequence[Criterion]) -> list[Header]:
    found = [
        Header(
            QCoreApplication.translate("ResultsView", "Rank"),
            QCoreApplication.translate(
                "ResultsView", "Standard competition ranking: equal scores share a rank."
            ),
        ),
        Header(QCoreApplication.translate("ResultsView", "Nominee")),
        Header(QCoreApplication.translate("ResultsView", "Score"), method_hint(method, trim_k)),
    ]
    for c in criteria:
        name = localized(c.name, c.name_en)
        tip = QCoreApplication.translate(
            "ResultsView",
            "{criterion}: the jurors' mean on its own scale {scale}, weight {weight}.",
        )
        found.append(
            Header(
                name,
                tip.format(
                    criterion=name,
                    scale=f"{_plain(c.scale_min)}–{_plain(c.scale_max)}",
                    weight=_plain(c.weight),
                ),
                criterion=True,
            )
        )
    found += [
        Header(
            QCoreApplication.translate("ResultsView", "Jurors"),
            QCoreApplication.translate(
                "ResultsView", "How many jurors have a complete total for the nominee."
            ),
        ),
        Header(
            QCoreApplication.translate("ResultsView", "SD"),
            QCoreApplication.translate(
                "ResultsView", "Standard deviation of the jurors' totals (0–100)."
            ),
        ),
        Header(
            QCoreApplication.translate("ResultsView", "Max − min"),
            QCoreApplication.translate("ResultsView", "The spread of the jurors' totals (0–100)."),
        ),
        Header(
            QCoreApplication.translate("ResultsView", "Scores"),
            QCoreApplication.translate(
                "ResultsView", "Whether every juror without a conflict has scored it all."
            ),
        ),
    ]
    return found


class _Jurors:
    """The jurors as the tooltips name them, and who owes what for each nominee."""

    def __init__(self, people: RoundJurors, label: Callable[[int, str], str]) -> None:
        self.order = [j.id for j in people.jurors]
        self.names = {j.id: label(j.place, j.name) for j in people.jurors}
        self.owed: dict[int, dict[int, int]] = {}
        for (j, n), count in people.missing_cells.items():
            self.owed.setdefault(n, {})[j] = count

    def listed(self, ids) -> str:
        wanted = set(ids)
        return ", ".join(self.names[j] for j in self.order if j in wanted)

    def owed_text(self, nominee_id: int) -> str:
        owed = self.owed.get(nominee_id, {})
        return ", ".join(
            QCoreApplication.translate("ResultsView", "{juror} ({count})").format(
                juror=self.names[j], count=owed[j]
            )
            for j in self.order
            if j in owed
        )


def _jurors_cell(ranked: RoundRanking, jurors: _Jurors, result) -> Cell:
    n = result.nominee_id
    counted = jurors.listed(ranked.ranking.totals.get(n, {}))
    tip = QCoreApplication.translate("ResultsView", "Complete totals from: {jurors}").format(
        jurors=counted or "–"
    )
    conflicted = jurors.listed(j for j, m in ranked.data.conflicts if m == n)
    if conflicted:
        tip += "\n" + QCoreApplication.translate(
            "ResultsView", "Conflict of interest: {jurors}"
        ).format(jurors=conflicted)
    return Cell(str(result.jurors), -result.jurors, tip)


def _scores_cell(jurors: _Jurors, result) -> Cell:
    if result.complete:
        return Cell(QCoreApplication.translate("ResultsView", "complete"), -1, right=False)
    missing = sum(jurors.owed.get(result.nominee_id, {}).values())
    owed = jurors.owed_text(result.nominee_id)
    tip = (
        QCoreApplication.translate("ResultsView", "Missing from: {jurors}").format(jurors=owed)
        if owed
        else ""
    )
    return Cell(
        QCoreApplication.translate("ResultsView", "%n missing", "", missing),
        missing,
        tip,
        right=False,
    )


def build_rows(
    ranked: RoundRanking,
    people: RoundJurors,
    criteria: Sequence[Criterion],
    label: Callable[[int, str], str],
) -> list[Row]:
    """One row per ranked nominee, best first; jurors named by `label(place, name)`."""
    method = ranked.ranking.method
    jurors = _Jurors(people, label)
    locale = QLocale()
    ids = [c.id for c in criteria]
    rows = []
    for result in ranked.ranking.rows:
        name = ranked.names.get(result.nominee_id, "")
        means = [result.criterion_means.get(c) for c in ids]  # type: ignore[arg-type]
        cells = (
            Cell("–" if result.rank is None else str(result.rank), _low_first(result.rank)),
            Cell(name, name, right=False),
            Cell(score_text(method, result.score, locale), _best_first(result.score)),
            *(Cell(number(value, 2, locale), _best_first(value)) for value in means),
            _jurors_cell(ranked, jurors, result),
            Cell(number(result.sd, 2, locale), _low_first(result.sd)),
            Cell(number(result.range, 2, locale), _low_first(result.range)),
            _scores_cell(jurors, result),
        )
        rows.append(Row(result.nominee_id, result.rank, cells, len(rows)))
    return rows


class RankingModel(QAbstractTableModel):
    """The ranking rows; read-only."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.header_list: list[Header] = []
        self.rows: list[Row] = []
        self.sorted_by: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    def set_table(self, header_list: list[Header], rows: list[Row]) -> None:
        self.beginResetModel()
        self.header_list = header_list
        self.rows = rows
        self._sort_rows()
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._sort_rows()
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        """Stable, from the ranking's own order, so that equal keys keep it."""
        column, order = self.sorted_by
        if not self.rows or not 0 <= column < len(self.header_list):
            return
        self.rows.sort(key=lambda r: r.position)
        descending = order == Qt.SortOrder.DescendingOrder
        if isinstance(self.rows[0].cells[column].sort, str):
            # Swedish names in Swedish order (Å, Ä, Ö after Z) whatever the interface.
            collator = QCollator(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
            distinct = {r.cells[column].sort for r in self.rows}
            texts = sorted(distinct, key=cmp_to_key(collator.compare))
            place = {text: i for i, text in enumerate(texts)}
            self.rows.sort(key=lambda r: place[r.cells[column].sort], reverse=descending)
            return
        known = [r for r in self.rows if r.cells[column].sort != math.inf]
        known.sort(key=lambda r: r.cells[column].sort, reverse=descending)
        self.rows[:] = known + [r for r in self.rows if r.cells[column].sort == math.inf]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.header_list)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or section >= len(self.header_list):
            return None
        header = self.header_list[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return header.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return header.tooltip or None
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        cell = row.cells[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == SORT_ROLE:
            return cell.sort
        if role == ID_ROLE:
            return row.nominee_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tooltip or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if cell.right else LEFT
        if role == Qt.ItemDataRole.FontRole and row.rank == 1:
            font = QFont()
            font.setBold(True)
            return font
        return None
