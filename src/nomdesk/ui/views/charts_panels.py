"""The four pages of the Charts tab: each holds its controls and, once first shown, its chart.

A page imports its chart's module (and with it pyqtgraph) only when it first draws.
"""

import importlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nomdesk.ui.charts.data import ChartData
from nomdesk.ui.roomy import roomy_rows

DEFAULT_COMPARED = 3  # the criteria page compares the top three unless told otherwise


class ChartPage(QWidget):
    """A page of the Charts tab; it draws when shown, and again when its data changes."""

    chart_module = ""
    chart_class = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: ChartData | None = None
        self._chart = None
        self._stale = False
        self._new_round = False
        self.body = QHBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)

    @property
    def chart(self):
        """The chart widget, made (and its module imported) on first use."""
        if self._chart is None:
            module = importlib.import_module(f"nomdesk.ui.charts.{self.chart_module}")
            self._chart = getattr(module, self.chart_class)()
            self.body.insertWidget(0, self._chart, 1)
        return self._chart

    @property
    def chart_made(self) -> bool:
        return self._chart is not None

    def show_data(self, data: ChartData, *, new_round: bool) -> None:
        """Take new data; a hidden page updates its controls and draws when shown."""
        self.data = data
        self._new_round = self._new_round or new_round
        if self.isVisible():
            self._catch_up()
        else:
            self._stale = True

    def _catch_up(self) -> None:
        self._stale = False
        self.take_data(self.data, new_round=self._new_round)  # type: ignore[arg-type]
        self._new_round = False
        self.draw()

    def take_data(self, data: ChartData, *, new_round: bool) -> None:
        """Update the page's own controls for new data (before any drawing)."""

    def showEvent(self, event) -> None:
        if self._stale and self.data is not None:
            self._catch_up()
        super().showEvent(event)

    def draw(self) -> None:
        """Give the chart the round's data (pages with choices of their own override)."""
        if self.data is not None:
            self.chart.set_data(self.data)

    def save_png(self, path: str | Path) -> bool:
        if self._stale or self._chart is None:
            self._catch_up()
        return self.chart.save_png(path)


class RankingPage(ChartPage):
    chart_module, chart_class = "ranking", "RankingChart"


class HeatmapPage(ChartPage):
    chart_module, chart_class = "heatmap", "HeatmapChart"


class CriteriaPage(ChartPage):
    """Grouped bars per criterion for the nominees ticked in the list beside them."""

    chart_module, chart_class = "criteria", "CriteriaChart"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen_by_user = False
        self.nominee_list = QListWidget()
        roomy_rows(self.nominee_list)
        self.nominee_list.itemChanged.connect(self._ticked)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Nominees to compare:")))
        side.addWidget(self.nominee_list, 1)
        panel = QWidget()
        panel.setLayout(side)
        panel.setFixedWidth(240)
        self.body.addWidget(panel)

    def checked_ids(self) -> list[int]:
        items = (self.nominee_list.item(i) for i in range(self.nominee_list.count()))
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def take_data(self, data: ChartData, *, new_round: bool) -> None:
        if new_round:
            self.chosen_by_user = False
        keep = set(self.checked_ids())
        if not self.chosen_by_user:
            keep = {n.id for n in data.nominees[:DEFAULT_COMPARED]}
        self.nominee_list.blockSignals(True)
        self.nominee_list.clear()
        for nominee in data.nominees:
            item = QListWidgetItem(nominee.name)
            item.setData(Qt.ItemDataRole.UserRole, nominee.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = nominee.id in keep
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.nominee_list.addItem(item)
        self.nominee_list.blockSignals(False)

    def _ticked(self, _item) -> None:
        self.chosen_by_user = True
        self.draw()

    def draw(self) -> None:
        if self.data is not None:
            self.chart.set_data(self.data, self.checked_ids())


class RadarPage(ChartPage):
    """The jury's mean per criterion for one nominee, optionally beside one juror's scores."""

    chart_module, chart_class = "radar", "RadarChart"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nominee_box = QComboBox()
        self.juror_box = QComboBox()
        self.nominee_box.currentIndexChanged.connect(lambda _i: self.draw())
        self.juror_box.currentIndexChanged.connect(lambda _i: self.draw())
        row = QHBoxLayout()
        row.setContentsMargins(8, 6, 8, 0)
        row.addWidget(QLabel(self.tr("Nominee:")))
        row.addWidget(self.nominee_box)
        row.addSpacing(16)
        row.addWidget(QLabel(self.tr("Compare with a juror:")))
        row.addWidget(self.juror_box)
        row.addStretch(1)
        column = QVBoxLayout()
        column.addLayout(row)
        self.body.addLayout(column, 1)
        self._column = column

    @property
    def chart(self):
        if self._chart is None:
            module = importlib.import_module("nomdesk.ui.charts.radar")
            self._chart = module.RadarChart()
            self._column.addWidget(self._chart, 1)
        return self._chart

    def take_data(self, data: ChartData, *, new_round: bool) -> None:
        nominee = None if new_round else self.nominee_box.currentData()
        juror = None if new_round else self.juror_box.currentData()
        for box in (self.nominee_box, self.juror_box):
            box.blockSignals(True)
            box.clear()
        for one in data.nominees:
            self.nominee_box.addItem(one.name, one.id)
        self.juror_box.addItem(self.tr("No juror"), None)
        for one in data.jurors:
            self.juror_box.addItem(one.label, one.id)
        self.nominee_box.setCurrentIndex(max(self.nominee_box.findData(nominee), 0))
        self.juror_box.setCurrentIndex(max(self.juror_box.findData(juror), 0))
        for box in (self.nominee_box, self.juror_box):
            box.blockSignals(False)

    def draw(self) -> None:
        data = self.data
        nominee_id = self.nominee_box.currentData()
        if data is None or nominee_id is None:
            return
        from nomdesk.ui.charts.radar import RadarSeries  # the chart's module, loaded by now

        chart = self.chart
        means = data.criterion_means.get(nominee_id, {})
        series = [RadarSeries(self.tr("Jury mean"), [means.get(c.id) for c in data.criteria])]
        juror_id = self.juror_box.currentData()
        note = ""
        if juror_id is not None:
            label = self.juror_box.currentText()
            values = [data.scores.get((juror_id, nominee_id, c.id)) for c in data.criteria]
            if (juror_id, nominee_id) in data.conflicts:
                note = self.tr("{juror} has a conflict of interest for this nominee.")
                values = [None] * len(values)
            elif None in values:
                note = self.tr("{juror} has not scored every criterion for this nominee.")
            note = note.format(juror=label)
            series.append(RadarSeries(label, values))
        if all(v is None for v in series[0].values):
            note = " ".join([self.tr("No complete total for this nominee yet."), note]).strip()
        chart.set_title(self._title(data, nominee_id))
        chart.set_data(
            [c.name for c in data.criteria],
            [(c.scale_min, c.scale_max) for c in data.criteria],
            series,
            note,
        )

    def _title(self, data: ChartData, nominee_id: int) -> str:
        return self.tr("{nominee}: mean per criterion in {round} {year}").format(
            nominee=data.nominee(nominee_id).name, round=data.round_name, year=data.year
        )
