"""Results: a round's ranking under a chosen method, its ties and missing scores, and the
winner and top three under every method side by side.

Read-only. The ranking services remember the round between refreshes (a score edit costs
a few milliseconds), so the view simply asks again whenever the data changes.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nomdesk.db.models import AwardYear, Nominee, ScoringRound
from nomdesk.domain.rules import METHODS
from nomdesk.errors import NomdeskError
from nomdesk.services import criteria, decisions, ranking, rounds
from nomdesk.ui.views.base import YearView
from nomdesk.ui.views.results_compare import ComparisonPanel
from nomdesk.ui.views.results_model import (
    CRITERION_WIDTH,
    RankingModel,
    build_rows,
    headers,
)
from nomdesk.ui.views.results_texts import method_hint, method_label, missing_text, tie_text
from nomdesk.ui.views.timetable_panel import localized
from nomdesk.ui.widgets import BANNER_STYLE, SECONDARY_STYLE, labelled_row

PADDING = 16  # a cell's margins beside its text, in pixels
HEADER_PADDING = 30  # and a header's, with room for the sort arrow
NOMINEE_COLUMN = 1
CANDIDATES = 6  # texts measured per number column


def _banner() -> QLabel:
    label = QLabel()
    label.setStyleSheet(BANNER_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class ResultsView(YearView):
    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.method_year: int | None = None  # the year whose setting chose the method
        self._widths: list[int] = []  # the columns' natural widths, and their values' own
        self._least: list[int] = []
        self._criteria = range(0)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.decided = QLabel()
        self.decided.setWordWrap(True)
        self.ties = _banner()
        self.missing = _banner()
        self.model = RankingModel(self)
        self.table = self._make_table()
        self.comparison = ComparisonPanel()
        self.comparison.method_chosen.connect(self.choose_method)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.ties)
        body.addWidget(self.missing)
        body.addWidget(self.table, 1)
        body.addWidget(self.comparison)
        body.addStretch(0)
        self.choosers = QWidget()
        self.choosers.setLayout(self._make_choosers())
        layout = QVBoxLayout(self)
        layout.addWidget(self.choosers)
        layout.addWidget(self.notice)
        layout.addWidget(self.decided)
        layout.addWidget(self.body, 1)
        layout.addStretch(0)
        workspace.presentation_changed.connect(lambda _on: self._changed())

    # --- building ---------------------------------------------------------------------

    def _make_choosers(self) -> QHBoxLayout:
        self.round_box = QComboBox()
        self.round_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.method_box = QComboBox()
        for method in METHODS:
            self.method_box.addItem(method_label(method), method)
        self.method_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.summary = QLabel()
        self.summary.setStyleSheet(SECONDARY_STYLE)
        fields = [(self.tr("&Round"), self.round_box), (self.tr("&Method"), self.method_box)]
        return labelled_row(fields, self.summary)

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # best first
        return table

    # --- choosing ---------------------------------------------------------------------

    def current_round(self) -> ScoringRound | None:
        uid = self.round_box.currentData()
        if uid is None:
            return None
        try:
            return self.session.get(ScoringRound, self.workspace.id_of(ScoringRound, uid))
        except NomdeskError:
            return None

    def current_method(self) -> str:
        return self.method_box.currentData() or METHODS[0]

    def choose_method(self, method: str) -> None:
        index = self.method_box.findData(method)
        if index >= 0:
            self.method_box.setCurrentIndex(index)

    def _fill_rounds(self, year: AwardYear | None) -> None:
        found = rounds.list_rounds(session=self.session, year_id=year.id) if year else []
        keep = self.round_box.currentData()
        self.round_box.blockSignals(True)
        self.round_box.clear()
        for round_ in found:
            self.round_box.addItem(localized(round_.name, round_.name_en), round_.uid)
        index = self.round_box.findData(keep)
        self.round_box.setCurrentIndex(index if index >= 0 else len(found) - 1)
        self.round_box.blockSignals(False)

    def _fill_methods(self, year: AwardYear | None) -> None:
        """The year's method when another year is shown; else the one chosen stays."""
        self.method_box.blockSignals(True)
        if year is not None and year.id != self.method_year:
            self.method_year = year.id
            self.choose_method(year.default_method)
        for i, method in enumerate(METHODS):
            text = method_label(method)
            if year is not None and method == year.default_method:
                text = self.tr("{method} (the year's setting)").format(method=text)
            self.method_box.setItemText(i, text)
            self.method_box.setItemData(
                i, method_hint(method, year.trim_k if year else 1), Qt.ItemDataRole.ToolTipRole
            )
        self.method_box.blockSignals(False)

    # --- showing ----------------------------------------------------------------------

    def refresh(self) -> None:
        year = self.session.get(AwardYear, self.year_id) if self.year_id else None
        self._fill_rounds(year)
        self._fill_methods(year)
        self._show_decision(year)
        round_ = self.current_round()
        if year is None:
            return self._show_empty(self.tr("Choose an award year on the left."))
        if round_ is None:
            text = self.tr("{year} has no scoring round, so no scores are recorded for it.")
            return self._show_empty(text.format(year=year.year))
        ranked = ranking.rank_round(
            session=self.session,
            round_id=round_.id,  # type: ignore[arg-type]
            method=self.current_method(),
        )
        if not ranked.data.scores:
            text = self.tr("No scores are recorded in the round {round} yet.")
            return self._show_empty(text.format(round=localized(round_.name, round_.name_en)))
        self._show_ranking(year, round_, ranked)

    def _show_empty(self, text: str) -> None:
        self.choosers.setVisible(self.round_box.count() > 0)
        self.notice.setText(text)
        self.notice.show()
        self.body.hide()
        self.summary.clear()
        self.model.set_table([], [])

    def _show_decision(self, year: AwardYear | None) -> None:
        found = decisions.find_decision(session=self.session, year_id=year.id) if year else None
        winner = self.session.get(Nominee, found.winner_id) if found else None
        if winner is None:
            self.decided.hide()
            return
        if found.method:  # type: ignore[union-attr]
            text = self.tr("Winner recorded: {name} (decided under {method}).").format(
                name=winner.display_name,
                method=method_label(found.method),  # type: ignore[union-attr]
            )
        else:
            text = self.tr("Winner recorded: {name}.").format(name=winner.display_name)
        self.decided.setText(text)
        self.decided.show()

    def _show_ranking(self, year: AwardYear, round_: ScoringRound, ranked) -> None:
        self.choosers.show()
        self.notice.hide()
        self.body.show()
        people = ranking.round_jurors(self.session, round_.id)  # type: ignore[arg-type]
        shown = criteria.list_criteria(session=self.session, year_id=year.id)  # type: ignore[arg-type]
        label = self.workspace.juror_label
        method = ranked.ranking.method
        chosen = self.selected_nominee()
        self.model.set_table(
            headers(method, year.trim_k, shown), build_rows(ranked, people, shown, label)
        )
        self._size_table(len(shown))
        self._select(chosen)
        ranks = {r.nominee_id: r.rank for r in ranked.ranking.rows}
        refs = {c.uid: localized(c.name, c.name_en) for c in shown}
        refs |= {c.name: localized(c.name, c.name_en) for c in shown}
        ties = tie_text(ranked.ranking.ties, ranks, ranked.names, ranked.tie_break, refs)
        self._set_banner(self.ties, ties)
        self._set_banner(self.missing, missing_text(people, label))
        comparison = ranking.compare_methods(self.session, round_.id)  # type: ignore[arg-type]
        self.comparison.show_comparison(comparison, method)
        ranked_count = sum(1 for r in ranked.ranking.rows if r.rank is not None)
        self.summary.setText(
            self.tr("%n nominee(s) ranked", "", ranked_count)
            + " · "
            + self.tr("%n juror(s)", "", len(people.jurors))
        )

    def selected_nominee(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].nominee_id if rows else None

    def _select(self, nominee_id: int | None) -> None:
        """Keep the row a person picked selected across refreshes and method changes."""
        ids = [row.nominee_id for row in self.model.rows]
        if nominee_id in ids:
            self.table.selectRow(ids.index(nominee_id))

    def _set_banner(self, banner: QLabel, text: str) -> None:
        banner.setText(text)
        banner.setVisible(bool(text))

    def _size_table(self, n_criteria: int) -> None:
        """Columns as wide as their texts (measured here: Qt's resizeColumnsToContents asks
        the model for every cell several times, which costs half a second on 200 rows);
        no taller than its rows, so that a short ranking keeps the comparison close."""
        self._widths, self._least = self._column_widths()
        self._criteria = range(3, 3 + n_criteria)
        self._fit_columns()
        table = self.table
        rows = table.verticalHeader().length()
        header = table.horizontalHeader()
        wide = header.length() > self._available()  # a horizontal scroll bar only then
        scroll = table.horizontalScrollBar().sizeHint().height() if wide else 0
        table.setMaximumHeight(header.sizeHint().height() + rows + scroll + 2 * table.frameWidth())

    def _available(self) -> int:
        margins = self.layout().contentsMargins()
        return self.width() - margins.left() - margins.right() - 2 * self.table.frameWidth()

    def _fit_columns(self) -> None:
        """Criterion columns at most CRITERION_WIDTH, and narrower still (down to their
        values' width) when the table would not fit the view; their headers elide and
        the header's tooltip has the name."""
        widths = list(self._widths)
        for column in self._criteria:
            widths[column] = min(widths[column], CRITERION_WIDTH)
        excess = sum(widths) - self._available()
        room = {c: max(widths[c] - self._least[c], 0) for c in self._criteria}
        spare = sum(room.values())
        if excess > 0 and spare:
            for column, slack in room.items():
                widths[column] -= min(slack, round(excess * slack / spare))
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.model.rows:
            self._fit_columns()

    def _column_widths(self) -> tuple[list[int], list[int]]:
        """Each column's widest text with and without its header, measured on a few
        candidates: the longest texts of number columns (digits are equally wide), every
        name, and the bold first rows."""
        plain = self.table.fontMetrics()
        bold_font = QFont(self.table.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        heading = self.table.horizontalHeader().fontMetrics()
        model = self.model
        values = [0] * len(model.header_list)
        for column in range(len(values)):
            texts = {row.cells[column].text for row in model.rows}
            if column != NOMINEE_COLUMN:
                texts = set(sorted(texts, key=len)[-CANDIDATES:])
            for text in texts:
                values[column] = max(values[column], plain.horizontalAdvance(text) + PADDING)
        for row in model.rows:
            if row.rank == 1:
                for column, cell in enumerate(row.cells):
                    width = bold.horizontalAdvance(cell.text) + PADDING
                    values[column] = max(values[column], width)
        widths = [
            max(value, heading.horizontalAdvance(h.text) + HEADER_PADDING)
            for value, h in zip(values, model.header_list, strict=True)
        ]
        return widths, values
