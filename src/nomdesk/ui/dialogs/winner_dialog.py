"""Mark the winner: the finalists (the leader chosen), the methods side by side, a tie and
missing scores (each needing a tick), and the jury's motivation in Swedish and English."""

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from nomdesk.ui.dialogs.winner_facts import WinnerFacts
from nomdesk.ui.dialogs.winner_tables import (
    ID_ROLE,
    comparison_table,
    finalists_table,
    fit_table,
)
from nomdesk.ui.forms import FieldErrors, attempt, with_error
from nomdesk.ui.views.nominee_texts import CommitTextEdit
from nomdesk.ui.views.results_texts import method_label
from nomdesk.ui.views.timetable_panel import localized
from nomdesk.ui.widgets import BANNER_STYLE, SECONDARY_STYLE

# Records the decision with these values; raises NomdeskError when refused.
Record = Callable[[dict[str, Any]], Any]


def _note(text: str = "", style: str = BANNER_STYLE) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    return label


class WinnerDialog(QDialog):
    """Choose a finalist, confirm what needs confirming, write the motivation, record."""

    def __init__(self, facts: WinnerFacts, record: Record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facts = facts
        self.record = record
        self.errors = FieldErrors()
        year = facts.year.year
        self.setWindowTitle(self.tr("Mark the winner of {year}").format(year=year))
        self.finalists = finalists_table(facts)
        self.finalists.itemSelectionChanged.connect(self._update)
        self.comparison = comparison_table(facts)
        self._make_confirmations()
        self._make_motivation()
        self.buttons = self._make_buttons()
        self._lay_out()
        self._preselect()
        self._update()

    # --- building ---------------------------------------------------------------------

    def _make_confirmations(self) -> None:
        facts = self.facts
        self.tie_note = _note(self._tie_text())
        self.tie_check = QCheckBox(
            self.tr("The jury has settled the tie; the motivation says how.")
        )
        self.missing_note = _note(self._missing_text())
        self.missing_check = QCheckBox(
            self.tr("Decide with %n score(s) missing; the decision records it.", "", facts.missing)
        )
        for widget in (self.tie_note, self.tie_check):
            widget.setVisible(bool(facts.tie))
        for widget in (self.missing_note, self.missing_check):
            widget.setVisible(facts.missing > 0)
        self.tie_check.toggled.connect(self._update)
        self.missing_check.toggled.connect(self._update)
        self.differs_note = _note(self.tr("The methods do not agree on first place."))
        self.differs_note.setVisible(facts.comparison.first_place_differs)
        self.choice_note = _note(style=SECONDARY_STYLE)

    def _make_motivation(self) -> None:
        self.motivation = CommitTextEdit(5)
        self.motivation.setTabChangesFocus(True)
        self.motivation.textChanged.connect(self._update)
        self.motivation_en = CommitTextEdit(4)
        self.motivation_en.setTabChangesFocus(True)

    def _make_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Record the decision"))
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        return buttons

    def _lay_out(self) -> None:
        facts = self.facts
        intro = self.tr("The finalists of the round {round}, ranked by {method}.").format(
            round=localized(facts.round.name, facts.round.name_en),
            method=method_label(facts.method),
        )
        left = QVBoxLayout()
        left.addWidget(QLabel(intro))
        left.addWidget(with_error(self.finalists, self.errors.label_for("winner")))
        left.addWidget(self.choice_note)
        left.addWidget(self._motivation_box())
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._comparison_box())
        right.addWidget(self._confirm_box())
        right.addStretch(1)
        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 5)
        self.lock_note = _note(style=SECONDARY_STYLE)  # filled in by _update
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addWidget(self.lock_note)
        layout.addWidget(self.buttons)

    def _comparison_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Method comparison"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.comparison)
        layout.addWidget(self.differs_note)
        return box

    def _confirm_box(self) -> QGroupBox:
        self.confirm_box = QGroupBox(self.tr("Before you decide"))
        layout = QVBoxLayout(self.confirm_box)
        for widget in (self.tie_note, self.tie_check, self.missing_note):
            layout.addWidget(widget)
        layout.addWidget(with_error(self.missing_check, self.errors.label_for("confirm_missing")))
        self.confirm_box.setVisible(bool(self.facts.tie) or self.facts.missing > 0)
        return self.confirm_box

    def _motivation_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The jury's motivation"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(
            self.tr("&Swedish (required)"),
            with_error(self.motivation, self.errors.label_for("motivation")),
        )
        form.addRow(self.tr("&English (optional)"), self.motivation_en)
        return box

    def showEvent(self, event) -> None:
        """Size the tables to show every finalist and method once fonts and styles apply."""
        super().showEvent(event)
        for table in (self.finalists, self.comparison):
            fit_table(table)
        self.layout().activate()
        self.resize(self.sizeHint())

    # --- texts ------------------------------------------------------------------------

    def _tie_text(self) -> str:
        facts = self.facts
        if not facts.tie:
            return ""
        names = ", ".join(facts.ranked.names[n] for n in facts.tie)
        text = self.tr("First place is shared under {method}: {names}.").format(
            method=method_label(facts.method), names=names
        )
        broken = facts.tie_break
        if broken is not None and broken.broken:
            first = facts.ranked.names[broken.order[0]]
            text += " " + self.tr("The year's tie-break puts {name} first.").format(name=first)
        else:
            text += " " + self.tr("Choose the finalist the jury decided on.")
        return text

    def _missing_text(self) -> str:
        facts = self.facts
        if not facts.missing:
            return ""
        who = ", ".join(f"{name} ({count})" for name, count in facts.missing_by_juror)
        text = self.tr("%n score(s) are missing: {who}.", "", facts.missing)
        return text.format(who=who)

    # --- state ------------------------------------------------------------------------

    def _preselect(self) -> None:
        leader = self.facts.leader()
        for row in range(self.finalists.rowCount()):
            if self.finalists.item(row, 1).data(ID_ROLE) == leader:
                self.finalists.selectRow(row)

    def chosen_id(self) -> int | None:
        rows = self.finalists.selectionModel().selectedRows()
        return self.finalists.item(rows[0].row(), 1).data(ID_ROLE) if rows else None

    def _update(self) -> None:
        chosen = self.chosen_id()
        self._show_choice(chosen)
        ready = (
            chosen is not None
            and bool(self.motivation.toPlainText().strip())
            and (not self.facts.tie or self.tie_check.isChecked())
            and (not self.facts.missing or self.missing_check.isChecked())
        )
        self.ok_button.setEnabled(ready)

    def _show_choice(self, chosen: int | None) -> None:
        leader = self.facts.leader()
        name = self.facts.ranked.names.get(chosen, "") if chosen is not None else ""
        note = ""
        if chosen is None:
            note = self.tr("Choose the winner among the finalists.")
        elif leader is not None and chosen != leader:
            note = self.tr("{name} is not first under {method}.").format(
                name=name, method=method_label(self.facts.method)
            )
        self.choice_note.setText(note)
        self.choice_note.setVisible(bool(note))
        lock = self.tr(
            "Recording the decision makes {winner} the winner, closes the round and locks "
            "{year}. Edit ▸ Undo takes it back."
        )
        self.lock_note.setText(lock.format(winner=name or "…", year=self.facts.year.year))

    # --- recording --------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What `record` gets: the service's keyword arguments."""
        chosen = self.chosen_id()
        facts = self.facts
        return {
            "winner_id": chosen,
            "motivation": self.motivation.toPlainText().strip(),
            "motivation_en": self.motivation_en.toPlainText().strip() or None,
            "round_id": facts.round.id,
            "method": facts.method,
            "tie_break": facts.tie_break_record(chosen) if chosen is not None else None,
            "ranking_snapshot": facts.snapshot(),
            "confirm_missing": self.missing_check.isChecked(),
        }

    def _submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        if attempt(self, lambda: self.record(self.values()), self.errors) is not None:
            self.accept()
