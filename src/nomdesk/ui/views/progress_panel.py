"""Scoring progress of a year's latest round: a jurors × nominees matrix of completeness.

Each cell is complete, partial, missing or a conflict of interest, shown by a symbol and
a colour (Okabe–Ito, so that the symbol alone tells it too); a column counts each juror's
missing scores and a last row each nominee's. Clicking a juror opens the Scores tab on
that juror's sheet.
"""

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QVBoxLayout,
)

from nomdesk.db.models import AwardYear, ScoringRound
from nomdesk.services import jurors, rounds
from nomdesk.services.progress import (
    COMPLETE,
    CONFLICT,
    MISSING,
    PARTIAL,
    RoundProgress,
    nominee_names,
    round_progress,
)
from nomdesk.ui.views.timetable_panel import localized
from nomdesk.ui.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
MISSING_COLOUR = "#b00020"
# state → (symbol, symbol colour, background): Okabe–Ito hues, light tints behind.
LOOKS = {
    COMPLETE: ("✓", "#00664a", "#d5efe6"),
    PARTIAL: ("◐", "#8a5a00", "#fbe7bd"),
    MISSING: ("○", "#9c3d00", "#f9d9c6"),
    CONFLICT: ("⊘", "#555555", "#e4e4e4"),
}
HEADER_LIMIT = 150  # pixels: longer nominee names are elided in the turned header


@dataclass(frozen=True)
class Person:
    id: int
    name: str


class ProgressModel(QAbstractTableModel):
    """Rows: jurors, then the total; columns: missing, then one per nominee."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.progress: RoundProgress | None = None
        self.jurors: list[Person] = []
        self.nominees: list[Person] = []
        self.states: list[list[str]] = []  # [juror row][nominee column - 1]
        self.juror_missing: list[int] = []
        self.nominee_missing: list[int] = []

    def set_progress(self, progress, people: list[Person], nominees: list[Person]) -> None:
        """Show a round's progress; every cell is worked out here, once (15 × 200 cells
        are read many times while the table lays itself out and paints)."""
        self.beginResetModel()
        self.progress, self.jurors, self.nominees = progress, people, nominees
        self.states = [[progress.state(j.id, n.id) for n in nominees] for j in people]
        self.juror_missing = [progress.missing_for(j.id) for j in people]
        self.nominee_missing = [progress.missing_for_nominee(n.id) for n in nominees]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.progress is None else len(self.jurors) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.progress is None else len(self.nominees) + 1

    def is_total(self, row: int) -> bool:
        return row == len(self.jurors)

    def juror_of(self, row: int) -> Person | None:
        return None if self.is_total(row) else self.jurors[row]

    def nominee_of(self, column: int) -> Person | None:
        return self.nominees[column - 1] if column > 0 else None

    def state(self, index: Index) -> str | None:
        row, column = index.row(), index.column()
        if self.is_total(row) or column == 0:
            return None
        return self.states[row][column - 1]

    def missing(self, index: Index) -> int:
        """The count a total cell shows: a juror's, a nominee's, or the round's."""
        row, column = index.row(), index.column()
        if not self.is_total(row):
            return self.juror_missing[row]
        if column > 0:
            return self.nominee_missing[column - 1]
        return sum(self.juror_missing)

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.progress is None:
            return None
        state = self.state(index)
        if state is None:
            return self._count_data(index, role)
        symbol, colour, background = LOOKS[state]
        if role == Qt.ItemDataRole.DisplayRole:
            return symbol
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(background))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tip(index, state)
        return None

    def _count_data(self, index: Index, role):
        missing = self.missing(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return QLocale().toString(missing)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and missing:
            return QBrush(QColor(MISSING_COLOUR))
        if role == Qt.ItemDataRole.FontRole and (missing or self.is_total(index.row())):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%n score(s) missing", "", missing)
        return None

    def _cell_tip(self, index: Index, state: str) -> str:
        juror, nominee = self.juror_of(index.row()), self.nominee_of(index.column())
        names = {"juror": juror.name, "nominee": nominee.name}  # type: ignore[union-attr]
        if state == CONFLICT:
            return self.tr("{juror} · {nominee}: conflict of interest, not scored").format(**names)
        scored = self.progress.scored_for(juror.id, nominee.id)  # type: ignore[union-attr]
        text = self.tr("{juror} · {nominee}: {scored} of %n score(s)", "", self.progress.criteria)  # type: ignore[union-attr]
        return text.format(scored=QLocale().toString(scored), **names)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if self.progress is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            nominee = self.nominee_of(section)
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return nominee.name if nominee else self.tr("Missing")
            return None
        juror = self.juror_of(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return juror.name if juror else self.tr("Missing per nominee")
        if role == Qt.ItemDataRole.ToolTipRole and juror:
            return self.tr("Open {juror}'s scores on the Scores tab").format(juror=juror.name)
        return None


class TurnedHeader(QHeaderView):
    """A horizontal header whose labels read upwards, so that columns stay narrow."""

    def __init__(self, parent=None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(False)
        self._labels: list[str] | None = None  # elided once per model reset

    def setModel(self, model) -> None:
        super().setModel(model)
        model.modelReset.connect(self._forget)

    def _forget(self) -> None:
        self._labels = None

    def _label(self, section: int) -> str:
        if self._labels is None:
            model, metrics = self.model(), self.fontMetrics()
            texts = [
                model.headerData(s, Qt.Orientation.Horizontal) or "" for s in range(self.count())
            ]
            elide = Qt.TextElideMode.ElideRight
            self._labels = [metrics.elidedText(t, elide, HEADER_LIMIT) for t in texts]
        return self._labels[section] if section < len(self._labels) else ""

    def sectionSizeFromContents(self, section: int) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.height() + 10, metrics.horizontalAdvance(self._label(section)) + 20)

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = section
        self.style().drawControl(QStyle.ControlElement.CE_HeaderSection, option, painter, self)
        painter.save()
        painter.translate(rect.left(), rect.bottom())
        painter.rotate(-90)
        turned = QRect(6, 0, rect.height() - 10, rect.width())
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(turned, int(align), self._label(section))
        painter.restore()


class MatrixTable(QTableView):
    """A table as tall as its rows and no wider than its columns: every juror in view,
    a scroll bar only across, and only when the nominees do not fit."""

    def fit(self) -> None:
        model = self.model()
        columns = sum(self.columnWidth(c) for c in range(model.columnCount()))
        frame = 2 * self.frameWidth()
        self.setMaximumWidth(self.verticalHeader().sizeHint().width() + columns + frame + 2)
        rows = sum(self.rowHeight(r) for r in range(model.rowCount()))
        height = self.horizontalHeader().sizeHint().height() + rows + frame + 2
        room = self.width() - self.verticalHeader().width() - frame
        if columns > room:
            height += self.horizontalScrollBar().sizeHint().height()
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()


class ProgressPanel(QGroupBox):
    """'X of Y scores entered (Z missing)', the matrix, and a legend."""

    # (juror id, nominee id or 0): the person wants that juror's sheet.
    juror_chosen = Signal(int, int)

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.progress: RoundProgress | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = ProgressModel(self)
        self.table = self._make_table()
        self.legend = QLabel(self._legend())
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.legend)
        self.juror_chosen.connect(self._open_scores)

    def _make_table(self) -> "MatrixTable":
        table = MatrixTable()
        table.setModel(self.model)
        table.setHorizontalHeader(TurnedHeader(table))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setWordWrap(False)
        # Fixed sizes: measuring 15 × 200 cells for their contents would take a second.
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().sectionClicked.connect(lambda row: self._clicked(row, 0))
        table.clicked.connect(lambda index: self._clicked(index.row(), index.column()))
        return table

    def _legend(self) -> str:
        parts = [
            (COMPLETE, self.tr("complete")),
            (PARTIAL, self.tr("partly scored")),
            (MISSING, self.tr("not scored")),
            (CONFLICT, self.tr("conflict of interest")),
        ]
        spans = [
            f'<span style="color:{LOOKS[state][1]}; background:{LOOKS[state][2]};">'
            f"&nbsp;{LOOKS[state][0]}&nbsp;</span>&nbsp;{text}"
            for state, text in parts
        ]
        hint = self.tr("Click a juror to key in their scores.")
        return "&nbsp;&nbsp; ".join(spans) + f"<br>{hint}"

    # --- showing ----------------------------------------------------------------------

    def show_year(self, year_id: int) -> bool:
        """Show the latest round's progress; False (and hidden) when there is nothing to
        follow: no round, nothing to score, or a locked year whose round has no scores."""
        session = self.workspace.session
        found = rounds.list_rounds(session=session, year_id=year_id)
        self.progress = None
        if found:
            progress = round_progress(session=session, round_id=found[-1].id)
            locked = session.get(AwardYear, year_id).locked_at is not None  # type: ignore[union-attr]
            if progress.expected() > 0 and (progress.scored() > 0 or not locked):
                self.progress = progress
        self.setVisible(self.progress is not None)
        if self.progress is not None:
            self._show(found[-1], self.progress, year_id)
        return self.progress is not None

    def _show(self, round_: ScoringRound, progress: RoundProgress, year_id: int) -> None:
        name = localized(round_.name, round_.name_en)
        self.setTitle(self.tr("Scoring progress: {round}").format(round=name))
        self.summary.setText(self._summary_text(progress))
        session = self.workspace.session
        people = [
            Person(j.id, j.name)  # type: ignore[arg-type]
            for j in jurors.list_jurors(session=session, year_id=year_id)
            if j.id in progress.juror_ids
        ]
        names = nominee_names(session=session, nominee_ids=progress.nominee_ids)
        nominees = [Person(n, names[n]) for n in progress.nominee_ids]  # by name, as listed
        self.model.set_progress(progress, people, nominees)
        self._fit_height()

    def _fit_height(self) -> None:
        """Size the matrix once its data changed: symbol columns as narrow as a line of
        text is high, the missing column as wide as its largest count."""
        table, metrics = self.table, self.table.fontMetrics()
        bold = QFont(table.font())
        bold.setBold(True)
        widest = QFontMetrics(bold).horizontalAdvance(
            QLocale().toString(self.model.missing(self.model.index(self.model.rowCount() - 1, 0)))
        )
        table.horizontalHeader().setDefaultSectionSize(metrics.height() + 10)
        table.setColumnWidth(0, max(widest, metrics.height()) + 14)
        table.verticalHeader().setDefaultSectionSize(metrics.height() + 6)
        table.fit()

    def _summary_text(self, progress: RoundProgress) -> str:
        expected, missing = progress.expected(), progress.missing()
        if missing == 0:
            return self.tr("All %Ln score(s) are entered.", "", expected)
        scored = QLocale().toString(progress.scored())
        text = self.tr("{scored} of %Ln score(s) entered ({missing})", "", expected)
        return text.format(scored=scored, missing=self.tr("%Ln missing", "", missing))

    # --- going to the Scores tab ------------------------------------------------------

    def _clicked(self, row: int, column: int) -> None:
        juror = self.model.juror_of(row) if 0 <= row < self.model.rowCount() else None
        if juror is None:
            return
        nominee = self.model.nominee_of(column)
        self.juror_chosen.emit(juror.id, nominee.id if nominee else 0)

    def _open_scores(self, juror_id: int, nominee_id: int) -> None:
        """Open the Scores tab of the main window on the juror (when there is one)."""
        window = self.window()
        tabs, view = getattr(window, "tabs", None), getattr(window, "scoring", None)
        if tabs is None or view is None:
            return
        tabs.setCurrentWidget(view)
        view.show_juror(juror_id, nominee_id or None)
