"""The Overview of a year: title, phase and lock, the decision, counts, timetable, progress."""

from datetime import UTC, date, datetime

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nomdesk.db.models import AwardYear, Decision, Nominee
from nomdesk.domain import stages
from nomdesk.domain.rules import PHASES
from nomdesk.services import decisions, queries, years
from nomdesk.ui import commands
from nomdesk.ui.forms import attempt
from nomdesk.ui.labels import phase_label, stage_label
from nomdesk.ui.views.base import YearView
from nomdesk.ui.views.progress_panel import ProgressPanel
from nomdesk.ui.views.timetable_panel import TimetablePanel, format_date
from nomdesk.ui.widgets import SECONDARY_STYLE
from nomdesk.ui.workspace import Workspace

STAGES = stages.STAGES
TOTALS = ("criteria", "jurors", "conflicts", "initiatives")


def allowed_phases(year: AwardYear) -> tuple[str, ...]:
    """Phases the year may be set to: any while open; a locked one only decision → publication."""
    if year.locked_at is None:
        return PHASES
    if year.phase == "decision":
        return ("decision", "publication")
    return (year.phase,)


def local_date(moment: datetime) -> date:
    """The local calendar day of a stored timestamp (stored in UTC, read back naive)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone().date()


def _secondary(label: QLabel) -> QLabel:
    label.setStyleSheet(SECONDARY_STYLE)
    label.setWordWrap(True)
    return label


class OverviewView(YearView):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.year: AwardYear | None = None
        self.decision: Decision | None = None
        self.timetable = TimetablePanel(workspace)
        self.progress = ProgressPanel(workspace)
        self.empty = QLabel(self.tr("Choose an award year on the left."))
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(self._make_heading())
        layout.addWidget(self.empty)
        self.body = QWidget()
        layout.addWidget(self.body)
        layout.addStretch(1)
        self._make_body(self.body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # --- building ---------------------------------------------------------------------

    def _make_heading(self) -> QVBoxLayout:
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title_en = _secondary(QLabel())
        for label in (self.title, self.title_en):
            label.setTextFormat(Qt.TextFormat.PlainText)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.title)
        heading.addWidget(self.title_en)
        return heading

    def _make_body(self, body: QWidget) -> None:
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self._make_status())
        left.addWidget(self._make_counts())
        left.addStretch(1)
        right.addWidget(self._make_decision())
        right.addWidget(self.progress)
        right.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addWidget(self.timetable, 1, 0, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)

    def _make_status(self) -> QGroupBox:
        box = QGroupBox(self.tr("Year"))
        self.phase = QComboBox()
        self.phase.activated.connect(self._phase_chosen)
        self.lock_state = QLabel()
        self.lock_state.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("Unlock…"))
        self.unlock_button.clicked.connect(self.unlock)
        self.lock_button = QPushButton(self.tr("Lock…"))
        self.lock_button.clicked.connect(self.lock)
        lock_row = QHBoxLayout()
        lock_row.addWidget(self.lock_state, 1)
        lock_row.addWidget(self.unlock_button)
        lock_row.addWidget(self.lock_button)
        form = QFormLayout(box)
        form.addRow(self.tr("Phase"), self.phase)
        form.addRow(self.tr("Lock"), lock_row)
        return box

    def _make_counts(self) -> QGroupBox:
        box = QGroupBox(self.tr("In this year"))
        grid = QGridLayout(box)
        self.count_labels: dict[str, QLabel] = {}
        names = {
            "nominees": self.tr("Nominees"),
            "criteria": self.tr("Criteria"),
            "jurors": self.tr("Jurors"),
            "conflicts": self.tr("Conflicts of interest"),
            "initiatives": self.tr("Initiatives"),
        }
        left = [("nominees", names["nominees"])]
        left += [(stage, "    " + stage_label(stage)) for stage in STAGES]
        for column, keys in ((0, left), (3, [(key, names[key]) for key in TOTALS])):
            for row, (key, text) in enumerate(keys):
                self._add_count(grid, row, column, key, text)
        grid.setColumnMinimumWidth(2, 24)
        grid.setColumnStretch(5, 1)
        return box

    def _add_count(self, grid: QGridLayout, row: int, column: int, key: str, text: str) -> None:
        value = QLabel()
        value.setAlignment(Qt.AlignmentFlag.AlignRight)
        name = QLabel(text)
        if key in STAGES:
            _secondary(name)
        grid.addWidget(name, row, column)
        grid.addWidget(value, row, column + 1)
        self.count_labels[key] = value

    def _make_decision(self) -> QGroupBox:
        self.decision_box = QGroupBox(self.tr("Decision"))
        self.winner = QLabel()
        font = QFont(self.winner.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.winner.setFont(font)
        self.decided = _secondary(QLabel())
        self.motivation = QLabel()
        self.motivation_en = _secondary(QLabel())
        for label in (self.winner, self.decided, self.motivation, self.motivation_en):
            label.setTextFormat(Qt.TextFormat.PlainText)  # names and texts people typed
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self.decision_box)
        for widget in (self.winner, self.decided, self.motivation, self.motivation_en):
            layout.addWidget(widget)
        return self.decision_box

    # --- showing ----------------------------------------------------------------------

    def refresh(self) -> None:
        year = self.session.get(AwardYear, self.year_id) if self.year_id is not None else None
        self.year = year
        self.empty.setVisible(year is None)
        self.body.setVisible(year is not None)
        if year is None:
            self.title.clear()
            self.title_en.clear()
            return
        self.decision = decisions.find_decision(session=self.session, year_id=year.id)
        self._show_heading(year)
        self._show_status(year)
        self._show_counts(year)
        self._show_decision(self.decision)
        self.progress.show_year(year.id)
        self.timetable.show_year(year.id, locked=year.locked_at is not None)

    def _show_heading(self, year: AwardYear) -> None:
        self.title.setText(year.title or str(year.year))
        english = year.title_en if year.title_en and year.title_en != year.title else ""
        self.title_en.setText(english)
        self.title_en.setVisible(bool(english))

    def _show_status(self, year: AwardYear) -> None:
        self.phase.blockSignals(True)
        self.phase.clear()
        allowed = allowed_phases(year)
        for phase in allowed:
            self.phase.addItem(phase_label(phase), phase)
        self.phase.setCurrentIndex(self.phase.findData(year.phase))
        self.phase.setEnabled(len(allowed) > 1)
        self.phase.blockSignals(False)
        locked = year.locked_at is not None
        self.phase.setToolTip(
            self.tr("A locked year can only move on from decided to published.") if locked else ""
        )
        self.lock_state.setText(self._lock_text(year))
        self.unlock_button.setVisible(locked)
        self.lock_button.setVisible(not locked and self.decision is not None)

    def _lock_text(self, year: AwardYear) -> str:
        if year.locked_at is None:
            return self.tr("Open for changes")
        when = format_date(local_date(year.locked_at))
        text = self.tr("Locked since {date} by {who}")
        return text.format(date=when, who=year.locked_by or "?")

    def _show_counts(self, year: AwardYear) -> None:
        counts = queries.year_counts(session=self.session, year_id=year.id)
        values = {key: counts.get(key, 0) for key in ("nominees", *TOTALS, *STAGES)}
        for key, value in values.items():
            self.count_labels[key].setText(QLocale().toString(value))

    def _show_decision(self, decision: Decision | None) -> None:
        self.decision_box.setVisible(decision is not None)
        if decision is None:
            return
        winner = self.session.get(Nominee, decision.winner_id)
        self.winner.setText(
            self.tr("Winner: {name}").format(name=winner.display_name if winner else "?")
        )
        self.decided.setText(self._decided_text(decision))
        self.motivation.setText(decision.motivation)
        self.motivation.setVisible(bool(decision.motivation))
        self.motivation_en.setText(decision.motivation_en or "")
        self.motivation_en.setVisible(bool(decision.motivation_en))

    def _decided_text(self, decision: Decision) -> str:
        if decision.historical:
            return self.tr("Entered from the award's history.")
        when = format_date(local_date(decision.decided_at))
        text = self.tr("Decided on {date} by {who}.").format(date=when, who=decision.decided_by)
        if decision.missing_confirmed:
            text += " " + self.tr("%Ln score(s) were missing.", "", decision.missing_scores)
        return text

    # --- edits ------------------------------------------------------------------------

    def _phase_chosen(self, index: int) -> None:
        new, old = self.phase.itemData(index), self.year.phase if self.year else None
        if self.year is None or new == old:
            return
        ws, uid = self.workspace, self.year.uid

        def set_phase(phase: str):
            return lambda: years.set_phase(
                session=ws.session, year_id=ws.id_of(AwardYear, uid), phase=phase
            )

        text = self.tr("Set the phase to {phase}").format(phase=phase_label(new))
        if attempt(self, lambda: commands.action(ws, text, set_phase(new), set_phase(old))) is None:
            self.refresh()

    def unlock(self) -> None:
        if self.year is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Unlock the year"),
            self.tr("Why is {year} unlocked? The audit log keeps the reason.").format(
                year=self.year.year
            ),
        )
        if ok:
            self._set_lock(locked=False, reason=reason, undone=self.tr("Unlock undone"))

    def lock(self) -> None:
        if self.year is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Lock the year"), self.tr("Why is the year locked again? (optional)")
        )
        if ok:
            self._set_lock(locked=True, reason=reason, undone=self.tr("Lock undone"))

    def _set_lock(self, *, locked: bool, reason: str, undone: str) -> None:
        ws, uid = self.workspace, self.year.uid

        def unlock(why: str):
            return lambda: years.unlock_year(
                session=ws.session, year_id=ws.id_of(AwardYear, uid), reason=why
            )

        def lock(why: str):
            return lambda: years.lock_year(
                session=ws.session, year_id=ws.id_of(AwardYear, uid), reason=why
            )

        if locked:
            text = self.tr("Lock {year}").format(year=self.year.year)
            do, inverse = lock(reason), unlock(undone)
        else:
            text = self.tr("Unlock {year}").format(year=self.year.year)
            do, inverse = unlock(reason), lock(undone)
        attempt(self, lambda: commands.action(ws, text, do, inverse))
