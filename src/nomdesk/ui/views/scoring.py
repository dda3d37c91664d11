"""Score entry: the secretariat keys in one juror's paper sheet, nominees × criteria.

Pick a round and a juror; type a score and press Enter or Tab: the cursor moves along the
nominee's row and on to the next nominee's first criterion, the order in which a sheet
is read (Enter on the numeric keypad sits beside the digits, so it moves on like Tab;
Shift+Enter or Shift+Tab goes back). Delete clears a score. Every saved cell is one undo step.
"""

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from nomdesk.db.models import AwardYear, Juror, ScoringRound
from nomdesk.errors import NomdeskError
from nomdesk.services import jurors, rounds, scores
from nomdesk.services.progress import round_progress
from nomdesk.services.scores import JurorSheet, SheetCriterion, SheetNominee
from nomdesk.ui.errors import translate_error
from nomdesk.ui.forms import ERROR_STYLE
from nomdesk.ui.labels import role_label
from nomdesk.ui.views import scoring_edits as edits
from nomdesk.ui.views.base import YearView
from nomdesk.ui.views.scoring_delegate import ScoreDelegate
from nomdesk.ui.views.scoring_edits import CellRef
from nomdesk.ui.views.scoring_model import ScoreGridModel, criterion_name, scale_text
from nomdesk.ui.views.scoring_panel import CommentPanel
from nomdesk.ui.views.scoring_widgets import JurorBox, ScoreTable
from nomdesk.ui.views.timetable_panel import localized
from nomdesk.ui.widgets import BANNER_STYLE, SECONDARY_STYLE, LockBanner, number_text

NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # a juror item's text without the count


class ScoringView(YearView):
    """A round and a juror chosen above; the grid with the comments panel beside it."""

    def __init__(self, workspace, parent=None) -> None:
        super().__init__(workspace, parent)
        self.sheet: JurorSheet | None = None
        self.shown: tuple = ()  # (round uid, juror uid) last shown
        self.writable = False
        self.panel_ref: CellRef | None = None
        self.banner = LockBanner()
        self.note = QLabel()
        self.note.setStyleSheet(BANNER_STYLE)
        self.note.setWordWrap(True)
        self.model = ScoreGridModel(self._submit, self)
        self.delegate = ScoreDelegate(self.model, self)
        self.table = self._make_table()
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.delegate.problem_changed.connect(self.show_problem)
        self.panel = CommentPanel()
        self.panel.cell_comment_edited.connect(self._comment_edited)
        self.panel.nominee_comment_edited.connect(self._nominee_comment_edited)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.note)
        layout.addLayout(self._make_choosers())
        layout.addWidget(self._make_splitter(), 1)

    # --- building ---------------------------------------------------------------------

    def _make_choosers(self) -> QHBoxLayout:
        self.round_box = QComboBox()
        self.round_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.juror_box = JurorBox(self._count_missing)
        self.juror_box.setMinimumContentsLength(24)
        self.juror_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.missing = QLabel()
        row = QHBoxLayout()
        for text, box in ((self.tr("&Round"), self.round_box), (self.tr("&Juror"), self.juror_box)):
            label = QLabel(text)
            label.setBuddy(box)
            row.addWidget(label)
            row.addWidget(box)
            row.addSpacing(12)
        row.addWidget(self.missing)
        row.addStretch(1)
        return row

    def _make_table(self) -> ScoreTable:
        table = ScoreTable(self.clear_cell)
        table.setModel(self.model)
        table.setItemDelegate(self.delegate)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        table.setTabKeyNavigation(True)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        # Widths from the headers alone: measuring 200 × 10 cells would cost ~100 ms.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.model.modelReset.connect(self._size_columns)
        table.selectionModel().currentChanged.connect(self._current_changed)
        return table

    def _make_splitter(self) -> QSplitter:
        self.hint = QLabel(
            self.tr(
                "Type a score and press Enter or Tab to move on: along the nominee's row, "
                "then to the next nominee. Shift goes back, Delete clears a score, Esc "
                "cancels. A red value is not saved."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(SECONDARY_STYLE)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.problem)
        column.addWidget(self.hint)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([780, 280])
        return splitter

    def _size_columns(self) -> None:
        """Each criterion's column as wide as its header (and room for a number)."""
        metrics = self.table.horizontalHeader().fontMetrics()
        least = metrics.horizontalAdvance("00,00") + 40
        for column in range(self.model.columnCount()):
            text = self.model.headerData(column, Qt.Orientation.Horizontal)
            lines = str(text or "").splitlines() or [""]
            width = max(metrics.horizontalAdvance(line) for line in lines) + 24
            self.table.setColumnWidth(column, max(width, least))
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 12)

    # --- showing ----------------------------------------------------------------------

    def refresh(self) -> None:
        year = self.session.get(AwardYear, self.year_id) if self.year_id else None
        locked = self.banner.show_year(year)
        self._fill_rounds(year)
        round_ = self.current_round()
        self._fill_jurors(year)
        self._show_sheet(round_, locked)
        if self.sheet is not None:  # the shown juror's count, from the sheet just read
            self._label_juror(self.juror_box.currentIndex(), self.sheet.missing())
        shown = (self.round_box.currentData(), self.juror_box.currentData())
        if shown != self.shown:  # another sheet: start where keying in would start
            self.shown = shown
            self.go_to_first_missing(focus=False)

    def _fill_rounds(self, year: AwardYear | None) -> None:
        found = rounds.list_rounds(session=self.session, year_id=year.id) if year else []
        keep = self.round_box.currentData()
        self.round_box.blockSignals(True)
        self.round_box.clear()
        for round_ in found:
            name = localized(round_.name, round_.name_en)
            if round_.status == "closed":
                name = self.tr("{round} (closed)").format(round=name)
            self.round_box.addItem(name, round_.uid)
        index = self.round_box.findData(keep)
        self.round_box.setCurrentIndex(index if index >= 0 else len(found) - 1)
        self.round_box.blockSignals(False)

    def _fill_jurors(self, year: AwardYear | None) -> None:
        people = jurors.list_jurors(session=self.session, year_id=year.id) if year else []
        box = self.juror_box
        keep = box.currentData()
        box.blockSignals(True)
        box.clear()
        for juror in people:
            name = f"{juror.name} ({role_label(juror.role)})"
            box.addItem(name, juror.uid)
            box.setItemData(box.count() - 1, name, NAME_ROLE)
        index = box.findData(keep)
        box.setCurrentIndex(max(index, 0) if people else -1)
        box.blockSignals(False)

    def _label_juror(self, index: int, missing: int) -> None:
        """'Name (role) · 3 missing' in the juror list."""
        name = self.juror_box.itemData(index, NAME_ROLE)
        if name is None:
            return
        text = name + ("  " + self.tr("· %n missing", "", missing) if missing else "")
        self.juror_box.setItemText(index, text)

    def _count_missing(self) -> None:
        """Every juror's missing scores, shown when the list opens (one progress query,
        not one per keystroke)."""
        round_ = self.current_round()
        if round_ is None:
            return
        progress = round_progress(session=self.session, round_id=round_.id)  # type: ignore[arg-type]
        if not progress.criteria:
            return
        for index in range(self.juror_box.count()):
            juror = self._by_uid(Juror, self.juror_box.itemData(index))
            if juror is not None:
                self._label_juror(index, progress.missing_for(juror.id))  # type: ignore[arg-type]

    def current_round(self) -> ScoringRound | None:
        uid = self.round_box.currentData()
        return None if uid is None else self._by_uid(ScoringRound, uid)

    def current_juror_id(self) -> int | None:
        uid = self.juror_box.currentData()
        found = None if uid is None else self._by_uid(Juror, uid)
        return found.id if found else None

    def _by_uid(self, model, uid: str):
        try:
            return self.session.get(model, self.workspace.id_of(model, uid))
        except NomdeskError:
            return None

    def _show_sheet(self, round_: ScoringRound | None, locked: bool) -> None:
        juror_id = self.current_juror_id()
        sheet = None
        if round_ is not None and juror_id is not None:
            sheet = scores.juror_sheet(session=self.session, round_id=round_.id, juror_id=juror_id)
        self.writable = bool(sheet and not locked and round_.status == "open")  # type: ignore[union-attr]
        self.sheet = sheet
        self.model.set_sheet(sheet, read_only=not self.writable)
        self._show_note(round_, sheet, locked)
        self._show_missing(sheet)
        self._show_panel()

    def _show_note(self, round_, sheet: JurorSheet | None, locked: bool) -> None:
        note = ""
        if self.year_id is not None and round_ is None:
            note = self.tr("This year has no scoring round.")
        elif round_ is not None and self.juror_box.count() == 0:
            note = self.tr("This year has no jurors yet: add them on the Jury tab.")
        elif sheet is not None and not sheet.criteria:
            note = self.tr("This year has no criteria yet: add them on the Criteria tab.")
        elif round_ is not None and round_.status != "open" and not locked:
            name = localized(round_.name, round_.name_en)
            note = self.tr("The round {round} is closed: its scores can be read, not changed.")
            note = note.format(round=name)
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def _show_missing(self, sheet: JurorSheet | None) -> None:
        if sheet is None or not sheet.criteria:
            self.missing.clear()
            return
        missing = sheet.missing()
        if missing == 0:
            self.missing.setText(self.tr("This juror's sheet is complete."))
        else:
            self.missing.setText(self.tr("%n score(s) missing on this sheet", "", missing))

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    # --- choosing ---------------------------------------------------------------------

    def show_juror(self, juror_id: int, nominee_id: int | None = None) -> None:
        """Show a juror's sheet in the latest round, the cursor on `nominee_id`'s row (or
        the first missing score)."""
        juror = self.session.get(Juror, juror_id)
        if juror is None:
            return
        self.round_box.setCurrentIndex(self.round_box.count() - 1)
        index = self.juror_box.findData(juror.uid)
        if index >= 0:
            self.juror_box.setCurrentIndex(index)
        self.refresh()
        row = self._row_of(nominee_id)
        if row is None:
            self.go_to_first_missing()
        else:
            self._go_to(self.model.index(row, 0))

    def _row_of(self, nominee_id: int | None) -> int | None:
        if self.sheet is None or nominee_id is None:
            return None
        ids = [n.id for n in self.sheet.nominees]
        return ids.index(nominee_id) if nominee_id in ids else None

    def go_to_first_missing(self, *, focus: bool = True) -> None:
        """Put the cursor on the first cell still to score (else the first cell)."""
        model = self.model
        rows, columns = range(model.rowCount()), range(model.columnCount())
        cells = [model.index(r, c) for r in rows for c in columns if not model.conflicted(r)]
        target = next((i for i in cells if model.cell(i) is None), cells[0] if cells else None)
        if target is not None:
            self._go_to(target, focus=focus)

    def _go_to(self, index: QModelIndex, *, focus: bool = True) -> None:
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        if focus:
            self.table.setFocus()

    # --- the comments panel -----------------------------------------------------------

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_panel()

    def _show_panel(self) -> None:
        index = self.table.currentIndex()
        if self.sheet is None or not index.isValid():
            self.panel_ref = None
            self.panel.show_nothing()
            return
        nominee, criterion = self.model.nominee(index.row()), self.model.criterion(index.column())
        self.panel_ref = self._ref(nominee, criterion)
        cell = self.model.cell(index)
        where = self.tr("{nominee} · {criterion} (scale {scale}, step {step})").format(
            nominee=nominee.name,
            criterion=criterion_name(criterion),
            scale=scale_text(criterion),
            step=number_text(criterion.step),
        )
        conflicted = self.model.conflicted(index.row())
        why_not = self.model.conflict_text(index.row()) if conflicted else ""
        self.panel.show_cell(
            where,
            cell.comment if cell else None,
            self.sheet.nominee_comments.get(nominee.id, ""),
            writable=self.writable and not conflicted,
            why_not=why_not,
        )

    def _ref(self, nominee: SheetNominee, criterion: SheetCriterion | None = None) -> CellRef:
        round_, juror_uid = self.current_round(), self.juror_box.currentData()
        return CellRef(
            round_uid=round_.uid,  # type: ignore[union-attr]
            juror_uid=juror_uid,
            nominee_uid=nominee.uid,
            nominee=nominee.name,
            criterion_uid=criterion.uid if criterion else None,
            criterion=criterion_name(criterion) if criterion else "",
        )

    # --- edits ------------------------------------------------------------------------

    def _attempt(self, call) -> bool:
        try:
            call()
        except NomdeskError as err:
            self.show_problem(translate_error(err))
            return False
        return True

    def _submit(self, nominee: SheetNominee, criterion: SheetCriterion, value) -> bool:
        """Save a typed value (None clears the cell); a refusal is shown under the grid."""
        old = self.sheet.cells.get((nominee.id, criterion.id)) if self.sheet else None
        ref = self._ref(nominee, criterion)
        if value is None:
            return old is None or self._attempt(lambda: edits.clear_value(self.workspace, ref, old))
        self.show_problem("")
        return self._attempt(lambda: edits.set_value(self.workspace, ref, value, old))

    def clear_cell(self, index: QModelIndex) -> None:
        if index.isValid() and self.model.cell(index) is not None:
            self.model.setData(index, None, Qt.ItemDataRole.EditRole)

    def _comment_edited(self, text: str) -> None:
        ref = self.panel_ref
        if ref is None or self.sheet is None or ref.criterion_uid is None:
            return
        old = self._cell_of(ref)
        if old is not None:
            self._attempt(lambda: edits.set_comment(self.workspace, ref, text, old))

    def _cell_of(self, ref: CellRef):
        nominee = next(n for n in self.sheet.nominees if n.uid == ref.nominee_uid)  # type: ignore[union-attr]
        criterion = next(c for c in self.sheet.criteria if c.uid == ref.criterion_uid)  # type: ignore[union-attr]
        return self.sheet.cells.get((nominee.id, criterion.id))  # type: ignore[union-attr]

    def _nominee_comment_edited(self, text: str) -> None:
        ref = self.panel_ref
        if ref is None or self.sheet is None:
            return
        nominee_ref = CellRef(ref.round_uid, ref.juror_uid, ref.nominee_uid, ref.nominee)
        nominee = next(n for n in self.sheet.nominees if n.uid == ref.nominee_uid)
        old = self.sheet.nominee_comments.get(nominee.id, "")
        self._attempt(lambda: edits.set_nominee_comment(self.workspace, nominee_ref, text, old))
