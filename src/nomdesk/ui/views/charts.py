"""The Charts tab: a scoring round's ranking bars, per-criterion bars, radar and heatmap.

Importing this module imports no pyqtgraph: each page imports its chart when it first
draws (pyqtgraph costs ~0.5 s, design §7).
"""

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nomdesk.db.models import AwardYear, ScoringRound
from nomdesk.domain.rules import METHODS
from nomdesk.services import rounds
from nomdesk.ui.charts.data import ChartData, chart_data
from nomdesk.ui.charts.texts import method_hint, method_label
from nomdesk.ui.views.base import YearView
from nomdesk.ui.views.charts_panels import (
    ChartPage,
    CriteriaPage,
    HeatmapPage,
    RadarPage,
    RankingPage,
)
from nomdesk.ui.views.timetable_panel import localized
from nomdesk.ui.widgets import SECONDARY_STYLE, labelled_row
from nomdesk.ui.workspace import Workspace

FILE_NAMES = ("ranking", "criteria", "radar", "heatmap")  # one per page, in tab order


class ChartsView(YearView):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.data: ChartData | None = None
        self._shown_year: int | None = None
        self._shown_round: int | None = None
        self._folder = Path.home()
        self.round_box = QComboBox()
        self.method_box = QComboBox()
        for method in METHODS:
            self.method_box.addItem(method_label(method), method)
        self.round_box.currentIndexChanged.connect(lambda _i: self._load())
        self.method_box.currentIndexChanged.connect(lambda _i: self._load())
        self.save_button = QPushButton(self.tr("Save chart as PNG…"))
        self.save_button.clicked.connect(self.save_chart)
        self.note = QLabel()
        self.note.setStyleSheet(SECONDARY_STYLE)
        self.note.setWordWrap(True)
        self.pages: list[ChartPage] = [RankingPage(), CriteriaPage(), RadarPage(), HeatmapPage()]
        self.tabs = QTabWidget()
        titles = (
            self.tr("Ranking"),
            self.tr("By criterion"),
            self.tr("Radar"),
            self.tr("Jurors' z-scores"),
        )
        for page, title in zip(self.pages, titles, strict=True):
            self.tabs.addTab(page, title)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()  # the charts, or a sentence saying why there are none
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.empty)
        self.pickers = self._pickers()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pickers)
        layout.addWidget(self.note)
        layout.addWidget(self.stack, 1)
        workspace.presentation_changed.connect(lambda _on: self._changed())

    def _pickers(self) -> QWidget:
        fields = [(self.tr("&Round"), self.round_box), (self.tr("&Method"), self.method_box)]
        row = labelled_row(fields, self.save_button)
        pickers = QWidget()
        pickers.setLayout(row)
        return pickers

    # --- data -------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.isVisible():  # drawn when shown: charts cost time, hidden ones none
            self._stale = True
            return
        year = self.session.get(AwardYear, self.year_id) if self.year_id else None
        if year is None:
            self._show_empty(self.tr("Choose an award year on the left."), pickers=False)
            return
        found = rounds.list_rounds(session=self.session, year_id=year.id)  # type: ignore[arg-type]
        if not found:
            text = self.tr("{year} has no scoring round, so there is nothing to chart.")
            self._show_empty(text.format(year=year.year), pickers=False)
            return
        self._fill_pickers(year, found)
        self._load()

    def _fill_pickers(self, year: AwardYear, found: list[ScoringRound]) -> None:
        new_year = year.id != self._shown_year
        keep = None if new_year else self.round_box.currentData()
        for box in (self.round_box, self.method_box):
            box.blockSignals(True)
        wanted = [(localized(r.name, r.name_en), r.id) for r in found]
        box = self.round_box
        if wanted != [(box.itemText(i), box.itemData(i)) for i in range(box.count())]:
            box.clear()  # only when the rounds changed: a rebuilt box lays out the whole view
            for text, round_id in wanted:
                box.addItem(text, round_id)
        at = self.round_box.findData(keep)
        self.round_box.setCurrentIndex(at if at >= 0 else len(found) - 1)  # default: the latest
        if new_year:
            self.method_box.setCurrentIndex(max(self.method_box.findData(year.default_method), 0))
        self._name_methods(year)
        for box in (self.round_box, self.method_box):
            box.blockSignals(False)
        self._shown_year = year.id

    def _name_methods(self, year: AwardYear) -> None:
        """Method names as in Results: the year's own marked, what each means on hover."""
        for i, method in enumerate(METHODS):
            text = method_label(method)
            if method == year.default_method:
                text = self.tr("{method} (the year's setting)").format(method=text)
            if self.method_box.itemText(i) != text:
                self.method_box.setItemText(i, text)
            hint = method_hint(method, year.trim_k)
            self.method_box.setItemData(i, hint, Qt.ItemDataRole.ToolTipRole)

    def _load(self) -> None:
        round_id = self.round_box.currentData()
        if round_id is None:
            return
        self.data = chart_data(
            session=self.session,
            round_id=round_id,
            method=self.method_box.currentData(),
            juror_label=self.workspace.juror_label,
            localized=localized,
        )
        if not self.data.has_totals:
            text = self.tr(
                "No juror has a complete total in {round} {year} yet: the charts appear "
                "once a juror has scored every criterion for a nominee."
            )
            self._show_empty(text.format(round=self.data.round_name, year=self.data.year))
            return  # the pickers stay: another round or method may have totals
        new_round = round_id != self._shown_round
        self._shown_round = round_id
        self.note.setText(self._note_text(self.data))
        self.note.setVisible(bool(self.data.missing))
        self.pickers.show()
        self.save_button.setEnabled(True)
        self.stack.setCurrentIndex(0)
        for page in self.pages:
            page.show_data(self.data, new_round=new_round)

    def _note_text(self, data: ChartData) -> str:
        """How many scores are missing and from whom, as the Results view says it."""
        total = sum(count for _juror, count in data.missing)
        who = ", ".join(
            self.tr("{juror} ({count})").format(juror=juror, count=count)
            for juror, count in data.missing
        )
        text = self.tr("%n score(s) missing, from {who}.", "", total).format(who=who)
        return (
            text
            + " "
            + self.tr("A juror's total counts only when the juror has scored every criterion.")
        )

    def _show_empty(self, text: str, *, pickers: bool = True) -> None:
        """A sentence in place of the charts; the pickers too when there is no round."""
        self.data = None
        self._shown_round = None
        self.empty.setText(text)
        self.stack.setCurrentIndex(1)
        self.note.hide()
        self.pickers.setVisible(pickers)
        self.save_button.setEnabled(False)

    # --- saving -----------------------------------------------------------------------

    def current_page(self) -> ChartPage:
        return self.pages[self.tabs.currentIndex()]

    def save_chart(self) -> None:
        """Ask where, then save the chart on show as a PNG image."""
        if self.data is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save chart as PNG"),
            str(self._folder / self._file_name(self.data)),
            self.tr("PNG images (*.png)"),
        )
        if not path:
            return
        target = Path(path if path.lower().endswith(".png") else path + ".png")
        self._folder = target.parent
        if not self.current_page().save_png(target):
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("The chart could not be saved as {path}.").format(path=target),
            )
            return
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr("Chart saved as {path}").format(path=target))

    def _file_name(self, data: ChartData) -> str:
        kind = FILE_NAMES[self.tabs.currentIndex()]
        round_name = re.sub(r"[^\w-]+", "-", data.round_name).strip("-").lower()
        return f"{data.year}-{round_name}-{kind}.png"
