"""The juror's scoring form for one nominee: every criterion, an overall comment, and the
conflict declaration (which hides the scores while it stands)."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nomdesk.errors import NomdeskError
from nomdesk.exchange.juror_workspace import JurorWorkspace
from nomdesk.exchange.workspace_views import Cell, CriterionView, NomineeContent
from nomdesk.ui.errors import translate_error
from nomdesk.ui.forms import ERROR_STYLE
from nomdesk.ui.juror.autosave import Autosave, AutosaveEdit
from nomdesk.ui.juror.criterion_row import CriterionRow
from nomdesk.ui.juror.language import pick
from nomdesk.ui.widgets import BANNER_STYLE


class ScoringForm(QWidget):
    """Scores and comments of the chosen nominee, each saved to the workspace at once."""

    changed = Signal()  # a score, comment or declaration was saved
    declare_requested = Signal()
    withdraw_requested = Signal()

    def __init__(self, workspace: JurorWorkspace, criteria: list[CriterionView], parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.content: NomineeContent | None = None
        self.title = QLabel()
        self.declare_button = QPushButton(self.tr("Declare a &conflict…"))
        self.declare_button.clicked.connect(self.declare_requested)
        self.conflict_box, self.conflict_text = self._conflict_box()
        self.rows = [CriterionRow(c, self._save_cell) for c in criteria]
        for row in self.rows:
            row.saved.connect(self.changed)
        self.overall = AutosaveEdit(4)
        self.overall.setPlaceholderText(self.tr("Your overall view of the nominee (optional)"))
        self.overall_autosave = Autosave(self.overall, self._save_overall)
        self.overall_error = QLabel()
        self.overall_error.setStyleSheet(ERROR_STYLE)
        self.overall_error.setWordWrap(True)
        self.overall_error.hide()
        self.scores = self._scores_widget()
        self._lay_out()

    def _lay_out(self) -> None:
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.declare_button, 0, Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.scores)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.conflict_box)
        layout.addWidget(self.scroll, 1)
        self.filler = QWidget()  # takes the room of the hidden scores under a declaration
        self.filler.hide()
        layout.addWidget(self.filler, 1)

    def _conflict_box(self) -> tuple[QFrame, QLabel]:
        box = QFrame()
        box.setObjectName("conflictBox")
        box.setStyleSheet(f"#conflictBox {{{BANNER_STYLE}}}")
        text = QLabel()
        text.setWordWrap(True)
        self.withdraw_button = QPushButton(self.tr("&Withdraw the declaration"))
        self.withdraw_button.clicked.connect(self.withdraw_requested)
        layout = QVBoxLayout(box)
        layout.addWidget(text)
        layout.addWidget(self.withdraw_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.hide()
        return box, text

    def _scores_widget(self) -> QWidget:
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 6, 0)
        for row in self.rows:
            layout.addWidget(row)
        label = QLabel(self.tr("&Overall comment"))
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        label.setBuddy(self.overall)
        layout.addSpacing(6)
        layout.addWidget(label)
        layout.addWidget(self.overall)
        layout.addWidget(self.overall_error)
        layout.addStretch(1)
        return widget

    # --- showing ------------------------------------------------------------------------

    @property
    def nominee_uid(self) -> str | None:
        return self.content.uid if self.content else None

    def show_nominee(self, content: NomineeContent, notes: dict[str, str]) -> None:
        """Show a nominee's cells; `notes` are site-visit observations by criterion uid."""
        self.flush()
        self.content = content
        self.title.setText(pick(content.display_name, content.display_name_en))
        conflicted = content.conflict_reason is not None
        self.declare_button.setVisible(not conflicted)
        self.conflict_box.setVisible(conflicted)
        self.scroll.setVisible(not conflicted)
        self.filler.setVisible(conflicted)
        if conflicted:
            self.conflict_text.setText(self._conflict_message(content))
        for row in self.rows:
            cell = content.cells.get(row.criterion.uid, Cell(None, ""))
            row.show_cell(cell, notes.get(row.criterion.uid, ""))
        self.overall_autosave.load(content.overall_comment)
        self.overall_error.hide()
        self.scroll.verticalScrollBar().setValue(0)

    def _conflict_message(self, content: NomineeContent) -> str:
        text = self.tr(
            "You declared a conflict of interest: {reason}\n\nYour score sheet carries this "
            "declaration instead of scores for {nominee}; the secretariat does not count your "
            "scores for it. Scores you gave before are kept here in case you withdraw it."
        )
        name = pick(content.display_name, content.display_name_en)
        return text.format(reason=content.conflict_reason, nominee=name)

    # --- saving -------------------------------------------------------------------------

    def _save_cell(self, criterion_uid: str, score: float | None, comment: str) -> None:
        if self.nominee_uid is None:
            return
        if score is None:
            self.workspace.clear_score(self.nominee_uid, criterion_uid)
        else:
            self.workspace.set_score(self.nominee_uid, criterion_uid, score, comment)

    def _save_overall(self, text: str) -> bool:
        if self.nominee_uid is None or self.content.conflict_reason is not None:  # type: ignore[union-attr]
            return False
        try:
            self.workspace.set_overall_comment(self.nominee_uid, text)
        except NomdeskError as err:
            self.overall_error.setText(translate_error(err))
            self.overall_error.show()
            return False
        self.overall_error.hide()
        self.changed.emit()
        return True

    def flush(self) -> None:
        """Save whatever is still being typed."""
        for row in self.rows:
            row.flush()
        self.overall_autosave.flush()

    def pending(self) -> bool:
        return any(r.autosave.pending() for r in self.rows) or self.overall_autosave.pending()
