"""Scoring progress of a year's latest round: how many scores are in, per juror."""

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from nomdesk.db.models import Juror, ScoringRound
from nomdesk.services import jurors, queries, rounds
from nomdesk.services.progress import RoundProgress, round_progress
from nomdesk.ui.views.timetable_panel import localized
from nomdesk.ui.workspace import Workspace

MISSING_COLOUR = "#b00020"


def expected_for(progress: RoundProgress, juror_id: int) -> int:
    """Scores a juror owes: every criterion for each ranked nominee they are not conflicted for."""
    pairs = [n for n in progress.nominee_ids if (juror_id, n) not in progress.conflicts]
    return len(pairs) * progress.criteria


def missing_nominees(progress: RoundProgress, juror_id: int) -> list[int]:
    """Nominees the juror has not scored on every criterion yet."""
    return [
        n
        for n in progress.nominee_ids
        if (juror_id, n) not in progress.conflicts
        and progress.present.get((juror_id, n), 0) < progress.criteria
    ]


class ProgressPanel(QGroupBox):
    """'X of Y scores entered (Z missing)' and a table jurors × scored, a bar, missing."""

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.progress: RoundProgress | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Juror"), self.tr("Scored"), self.tr("Progress"), self.tr("Missing")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)

    def show_year(self, year_id: int) -> bool:
        """Show the latest round's progress; False (and hidden) when it has no scores yet."""
        session = self.workspace.session
        found = rounds.list_rounds(session=session, year_id=year_id)
        self.progress = None
        if found:
            progress = round_progress(session=session, round_id=found[-1].id)
            self.progress = progress if progress.scored() > 0 else None
        self.setVisible(self.progress is not None)
        if self.progress is not None:
            self._show(found[-1], self.progress, year_id)
        return self.progress is not None

    def _show(self, round_: ScoringRound, progress: RoundProgress, year_id: int) -> None:
        name = localized(round_.name, round_.name_en)
        self.setTitle(self.tr("Scoring progress: {round}").format(round=name))
        self.summary.setText(self._summary_text(progress))
        session = self.workspace.session
        names = {r.id: r.name for r in queries.nominee_rows(session=session, year_id=year_id)}
        people = jurors.list_jurors(session=session, year_id=year_id)
        self.table.setRowCount(len(people))
        for row, juror in enumerate(people):
            self._fill_row(row, juror, progress, names)
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(height + 2)

    def _summary_text(self, progress: RoundProgress) -> str:
        expected, missing = progress.expected(), progress.missing()
        if missing == 0:
            return self.tr("All %Ln score(s) are entered.", "", expected)
        scored = QLocale().toString(progress.scored())
        text = self.tr("{scored} of %Ln score(s) entered ({missing})", "", expected)
        return text.format(scored=scored, missing=self.tr("%Ln missing", "", missing))

    def _fill_row(self, row: int, juror: Juror, progress: RoundProgress, names) -> None:
        expected = expected_for(progress, juror.id)
        missing = progress.missing_for(juror.id)
        scored = expected - missing
        locale = QLocale()
        name = QTableWidgetItem(juror.name)
        conflicted = [names.get(n, "?") for j, n in progress.conflicts if j == juror.id]
        if conflicted:
            tip = self.tr("Conflict of interest (not counted): {names}")
            name.setToolTip(tip.format(names=", ".join(conflicted)))
        self.table.setItem(row, 0, name)
        ratio = QTableWidgetItem(f"{locale.toString(scored)} / {locale.toString(expected)}")
        ratio.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, 1, ratio)
        self.table.setCellWidget(row, 2, self._bar(scored, expected))
        self.table.setItem(row, 3, self._missing_item(missing, juror, progress, names))

    def _bar(self, scored: int, expected: int) -> QProgressBar:
        bar = QProgressBar()
        bar.setRange(0, max(expected, 1))
        bar.setValue(scored)
        bar.setTextVisible(True)
        bar.setMaximumHeight(18)
        return bar

    def _missing_item(self, missing: int, juror: Juror, progress, names) -> QTableWidgetItem:
        item = QTableWidgetItem(QLocale().toString(missing))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if missing:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
            item.setForeground(QColor(MISSING_COLOUR))
            waiting = [names.get(n, "?") for n in missing_nominees(progress, juror.id)]
            item.setToolTip(self.tr("Not complete for: {names}").format(names=", ".join(waiting)))
        return item
