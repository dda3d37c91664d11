"""A new award year, copying criteria, jurors and settings from an earlier year."""

from collections import Counter
from itertools import pairwise

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)
from sqlmodel import Session

from nomdesk.db.models import AwardYear
from nomdesk.services import awards, queries, rounds, years
from nomdesk.services.schemas import RoundCreate, YearCreate
from nomdesk.services.unit import write
from nomdesk.ui import commands
from nomdesk.ui.forms import FieldErrors, attempt, with_error

FIRST_YEAR, LAST_YEAR = 1900, 2200
FINAL_ROUND = RoundCreate(name="Final", name_en="Final", stage="finalist")


def next_year(existing: list[int]) -> int:
    """The year after the latest, at the award's usual interval (e.g. every other year)."""
    if not existing:
        return QDate.currentDate().year()
    ordered = sorted(existing)
    gaps = [b - a for a, b in pairwise(ordered) if b > a]
    if not gaps:
        return ordered[-1] + 1
    counts = Counter(gaps)
    usual = max(counts, key=lambda gap: (counts[gap], -gap))
    return ordered[-1] + usual


@write
def create_year_with_round(
    *,
    session: Session,
    award_id: int,
    data: YearCreate,
    copy_from_year_id: int | None,
    copy: frozenset[str],
    final_round: bool,
) -> AwardYear:
    """The year and, when asked, its final round, in one transaction."""
    year = years.create_year(
        session=session,
        award_id=award_id,
        data=data,
        copy_from_year_id=copy_from_year_id,
        copy=copy,
    )
    if final_round:
        rounds.create_round(session=session, year_id=year.id, data=FINAL_ROUND)  # type: ignore[arg-type]
    return year


class NewYearDialog(QDialog):
    """Creates one award year as an undoable edit; sets `created_year_id` when accepted."""

    def __init__(self, workspace, parent=None, award_id=None, **_kwargs) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.created_year_id: int | None = None
        self.errors = FieldErrors()
        self._titles_edited = False
        self._summaries: list[queries.YearSummary] = []
        self._awards: dict = {}
        self.setWindowTitle(self.tr("New award year"))
        self._build_fields()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form())
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._fill_awards(award_id)

    # --- building ---------------------------------------------------------------------

    def _build_fields(self) -> None:
        self.award = QComboBox()
        self.award.currentIndexChanged.connect(self._award_changed)
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setGroupSeparatorShown(False)
        self.year.setMaximumWidth(self.year.sizeHint().width() + 40)
        self.year.valueChanged.connect(self._refresh_titles)
        self.title = QLineEdit()
        self.title_en = QLineEdit()
        for edit in (self.title, self.title_en):
            edit.setMaxLength(300)
            edit.textEdited.connect(self._title_edited)
        self.copy_from = QComboBox()
        self.copy_from.currentIndexChanged.connect(self._copy_source_changed)
        self.copy_criteria = QCheckBox(self.tr("&Criteria"))
        self.copy_jurors = QCheckBox(self.tr("&Jurors"))
        self.copy_settings = QCheckBox(self.tr("&Settings"))
        self.copy_settings.setToolTip(self.tr("Ranking method, trim k and the tie-break order"))
        for box in self.copy_boxes():
            box.setChecked(True)
        self.final_round = QCheckBox(self.tr("Create a &final scoring round"))
        self.final_round.setChecked(True)
        self.no_award = QLabel(self.tr("Create an award first (Award ▸ New award…)."))
        self.no_award.setWordWrap(True)
        self.no_award.hide()

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(self.tr("&Award:"), with_error(self.award, self.errors.label_for("award")))
        form.addRow("", self.no_award)
        form.addRow(self.tr("&Year:"), with_error(self.year, self.errors.label_for("year")))
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&English title:"), self.title_en)
        copy_from = with_error(self.copy_from, self.errors.label_for("copy_from"))
        form.addRow(self.tr("C&opy from:"), copy_from)
        boxes = QHBoxLayout()
        for box in self.copy_boxes():
            boxes.addWidget(box)
        boxes.addStretch(1)
        form.addRow(self.tr("Copy:"), boxes)
        form.addRow("", self.final_round)
        return form

    def copy_boxes(self) -> tuple[QCheckBox, QCheckBox, QCheckBox]:
        return (self.copy_criteria, self.copy_jurors, self.copy_settings)

    # --- reacting to choices ------------------------------------------------------------

    def _fill_awards(self, award_id: int | None) -> None:
        found_awards = awards.list_awards(session=self.workspace.session)
        self._awards = {award.id: award for award in found_awards}
        for award in found_awards:
            self.award.addItem(award.name, award.id)
        found = self.award.findData(award_id) if award_id is not None else -1
        self.award.setCurrentIndex(max(found, 0))
        if self.award.count() == 0:
            self._nothing_to_do()

    def _nothing_to_do(self) -> None:
        """No award yet: say so, and leave only Cancel to press."""
        self.no_award.show()
        self.year.setValue(next_year([]))
        fields = (self.award, self.year, self.title, self.title_en, self.copy_from)
        for widget in (*fields, *self.copy_boxes(), self.final_round, self.ok_button):
            widget.setEnabled(False)

    def _award_changed(self, _index: int) -> None:
        award_id = self.award.currentData()
        session = self.workspace.session
        summaries = queries.year_summaries(session=session, award_id=award_id)
        self._summaries = sorted(summaries, key=lambda s: s.year, reverse=True)
        self._fill_copy_from()
        self.year.setValue(next_year([s.year for s in self._summaries]))
        self._refresh_titles()

    def _fill_copy_from(self) -> None:
        self.copy_from.clear()
        for summary in self._summaries:
            label = self.tr("{year}  (criteria: {criteria}, jurors: {jurors})").format(
                year=summary.year,
                criteria=summary.counts.get("criteria", 0),
                jurors=summary.counts.get("jurors", 0),
            )
            self.copy_from.addItem(label, summary.id)
        self.copy_from.addItem(self.tr("Nothing"), None)
        self.copy_from.setCurrentIndex(self._default_source_index())

    def _default_source_index(self) -> int:
        """The newest year that has criteria or jurors, else "Nothing" (the last entry)."""
        for index, summary in enumerate(self._summaries):
            if summary.counts.get("criteria") or summary.counts.get("jurors"):
                return index
        return len(self._summaries)

    def _copy_source_changed(self, _index: int) -> None:
        copying = self.copy_from.currentData() is not None
        for box in self.copy_boxes():
            box.setEnabled(copying)

    def _title_edited(self, _text: str) -> None:
        self._titles_edited = True

    def _refresh_titles(self) -> None:
        """Prefill "<award> <year>" until the user types a title of their own."""
        if self._titles_edited or self.award.currentData() is None:
            return
        award = self._awards[self.award.currentData()]
        year = self.year.value()
        self.title.setText(f"{award.name} {year}")
        self.title_en.setText(f"{award.name_en or award.name} {year}")

    # --- creating -----------------------------------------------------------------------

    def copy_choice(self) -> tuple[int | None, frozenset[str]]:
        """The year to copy from (None for nothing) and what to copy."""
        source = self.copy_from.currentData()
        if source is None:
            return None, frozenset()
        names = ("criteria", "jurors", "settings")
        chosen = (
            name for name, box in zip(names, self.copy_boxes(), strict=True) if box.isChecked()
        )
        return source, frozenset(chosen)

    def data(self) -> YearCreate:
        return YearCreate(
            year=self.year.value(),
            title=self.title.text(),
            title_en=self.title_en.text().strip() or None,
        )

    def accept(self) -> None:
        """Create the year; a refusal shows next to its field and the dialog stays open."""
        session = self.workspace.session
        data = self.data()
        source, copy = self.copy_choice()
        award_id = self.award.currentData()
        final_round = self.final_round.isChecked()

        def make() -> AwardYear:
            return create_year_with_round(
                session=session,
                award_id=award_id,
                data=data,
                copy_from_year_id=source,
                copy=copy,
                final_round=final_round,
            )

        text = self.tr("New year {year}").format(year=data.year)
        year = attempt(
            self, lambda: commands.create(self.workspace, text, AwardYear, make), self.errors
        )
        if year is None:
            self.year.setFocus()
            self.year.selectAll()
            return
        self.created_year_id = year.id
        super().accept()
