"""One criterion in the juror's scoring form: what it means, the score and its comment."""

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
)

from nomdesk.errors import NomdeskError
from nomdesk.exchange.workspace_views import Cell, CriterionView
from nomdesk.ui.errors import translate_error
from nomdesk.ui.forms import ERROR_STYLE
from nomdesk.ui.juror.autosave import Autosave, AutosaveEdit
from nomdesk.ui.juror.language import pick
from nomdesk.ui.juror.score_input import ScoreSpinBox
from nomdesk.ui.widgets import MUTED_STYLE, number_text

# save(criterion uid, score or None, comment) -> True when saved, raises NomdeskError
SaveCell = Callable[[str, float | None, str], object]


class CriterionRow(QFrame):
    """Name, weight, description and any site-visit note; a score box with its scale and a
    Clear button; a comment. Each change is saved through `save` at once (typing in the
    comment after a short pause)."""

    saved = Signal()

    def __init__(self, criterion: CriterionView, save: SaveCell, parent=None) -> None:
        super().__init__(parent)
        self.criterion = criterion
        self._save = save
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.spin = ScoreSpinBox(criterion)
        self.spin.valueChanged.connect(self._score_changed)
        self.spin.refused.connect(self._typed_off_scale)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Remove the score (not scored yet)"))
        self.clear_button.clicked.connect(self.spin.clear_value)
        self.comment = AutosaveEdit(2)
        self.autosave = Autosave(self.comment, self._save_comment)
        self.note = QLabel()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self._lay_out()

    def _lay_out(self) -> None:
        criterion = self.criterion
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(4)
        grid.addWidget(self._title(), 0, 0, 1, 2)
        description = pick(criterion.description, criterion.description_en)
        grid.addWidget(self._muted(description), 1, 0, 1, 2)
        grid.addWidget(self._muted(self._scale_text()), 2, 0, 1, 2)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(MUTED_STYLE + " font-style: italic;")
        self.note.hide()
        grid.addWidget(self.note, 3, 0, 1, 2)
        score_label = QLabel(self.tr("&Score"))
        score_label.setBuddy(self.spin)
        grid.addWidget(score_label, 4, 0)
        line = QHBoxLayout()
        line.addWidget(self.spin)
        line.addWidget(self.clear_button)
        line.addStretch(1)
        grid.addLayout(line, 4, 1)
        comment_label = QLabel(self.tr("Co&mment"))
        comment_label.setBuddy(self.comment)
        grid.addWidget(comment_label, 5, 0)
        grid.addWidget(self.comment, 5, 1)
        grid.addWidget(self.error, 6, 0, 1, 2)

    def _title(self) -> QLabel:
        name = pick(self.criterion.name, self.criterion.name_en)
        title = QLabel(name)
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        return title

    @staticmethod
    def _muted(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(MUTED_STYLE)
        label.setVisible(bool(text))
        return label

    def _scale_text(self) -> str:
        criterion = self.criterion
        text = self.tr("Scale {low}–{high} in steps of {step} · weight {weight}")
        return text.format(
            low=number_text(criterion.scale_min),
            high=number_text(criterion.scale_max),
            step=number_text(criterion.step),
            weight=number_text(criterion.weight),
        )

    # --- showing ------------------------------------------------------------------------

    def show_cell(self, cell: Cell, note: str = "") -> None:
        """Show the stored score and comment (no save is triggered)."""
        self.spin.blockSignals(True)
        self.spin.set_score(cell.value)
        self.spin.blockSignals(False)
        self.autosave.load(cell.comment)
        self.note.setText(self.tr("Site visit: {note}").format(note=note) if note else "")
        self.note.setVisible(bool(note))
        self._show_error(None)
        self._update_state()

    def _update_state(self) -> None:
        scored = self.spin.score() is not None
        self.comment.setEnabled(scored)
        self.clear_button.setEnabled(scored)
        placeholder = self.tr("Why this score? (optional)")
        self.comment.setPlaceholderText(placeholder if scored else self.tr("Give a score first."))

    def _show_error(self, err: NomdeskError | None) -> None:
        self._show_text(translate_error(err) if err else "")

    def _show_text(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _typed_off_scale(self, text: str) -> None:
        if not text.strip():
            return  # an emptied box simply shows the stored score again
        shown = self.spin.score()
        kept = number_text(shown) if shown is not None else self.tr("not scored")
        message = self.tr("{typed} is not on this scale; the score stays {kept}.")
        self._show_text(message.format(typed=text.strip(), kept=kept))

    # --- saving -------------------------------------------------------------------------

    def _score_changed(self, _value: float) -> None:
        comment = self.comment.toPlainText()
        if self._call(self.spin.score(), comment):
            self.autosave.mark_saved()
        self._update_state()

    def _save_comment(self, text: str) -> bool:
        score = self.spin.score()
        return score is not None and self._call(score, text)

    def _call(self, score: float | None, comment: str) -> bool:
        try:
            self._save(self.criterion.uid, score, comment)
        except NomdeskError as err:
            self._show_error(err)
            return False
        self._show_error(None)
        self.saved.emit()
        return True

    def flush(self) -> None:
        self.autosave.flush()
