"""Per-criterion grouped bars: for each criterion, one bar per chosen nominee (the mean of
the jurors' scores, as a share of the criterion's scale so that scales compare)."""

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPointF

from nomdesk.ui.charts import palette
from nomdesk.ui.charts.base import CategoryAxis, Chart, LocaleAxis
from nomdesk.ui.charts.data import ChartData, CriterionInfo
from nomdesk.ui.charts.labels import Label, Labels
from nomdesk.ui.charts.texts import number, scale_text

GROUP_HEIGHT = 0.8
MAX_VALUE_LABELS = 40


def share_of_scale(value: float, criterion: CriterionInfo) -> float:
    """A value on the criterion's own scale as 0–100."""
    span = criterion.scale_max - criterion.scale_min
    return 100.0 * (value - criterion.scale_min) / span


class CriteriaChart(Chart):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.data: ChartData | None = None
        self.nominee_ids: list[int] = []
        # (nominee id, criterion id) → (row centre, bar length on 0–100)
        self.bars: dict[tuple[int, int], tuple[float, float]] = {}
        self.values = Labels()
        self.plot.getViewBox().invertY(True)

    def make_axes(self):
        return {"left": CategoryAxis("left", max_width=300), "bottom": LocaleAxis("bottom")}

    def hint(self) -> str:
        return self.tr("Point at a bar to see the mean score.")

    def set_data(self, data: ChartData, nominee_ids: Sequence[int]) -> None:
        self.data, self.nominee_ids = data, list(nominee_ids)
        self.plot.clear()
        self.bars = {}
        self.set_title(
            self.tr("Mean score per criterion in {round} {year}").format(
                round=data.round_name, year=data.year
            )
        )
        if not data.criteria:
            self.show_message(self.tr("The year has no criteria."))
            return
        if not self.nominee_ids:
            self.show_message(self.tr("Tick nominees in the list to compare them."))
            self.set_legend([])
            return
        self.values = Labels()  # each bar's mean on the criterion's own scale
        for k, nominee_id in enumerate(self.nominee_ids):
            self._draw_nominee(k, nominee_id)
        self.plot.addItem(self.values)
        self._set_axes(data)
        self._set_legend(data)
        self.show_plot()

    def _row(self, criterion_index: int, k: int) -> float:
        height = GROUP_HEIGHT / len(self.nominee_ids)
        return criterion_index - GROUP_HEIGHT / 2 + (k + 0.5) * height

    def _draw_nominee(self, k: int, nominee_id: int) -> None:
        data = self.data
        means = data.criterion_means.get(nominee_id, {})  # type: ignore[union-attr]
        rows, lengths = [], []
        for c, criterion in enumerate(data.criteria):  # type: ignore[union-attr]
            mean = means.get(criterion.id)
            if mean is None:
                continue
            row, length = self._row(c, k), share_of_scale(mean, criterion)
            self.bars[nominee_id, criterion.id] = (row, length)
            rows.append(row)
            lengths.append(length)
            if len(data.criteria) * len(self.nominee_ids) <= MAX_VALUE_LABELS:  # type: ignore[union-attr]
                self.values.labels.append(Label(length, row, number(mean), anchor=(-0.1, 0.5)))
        if rows:
            bars = pg.BarGraphItem(
                x0=0,
                y=rows,
                height=0.9 * GROUP_HEIGHT / len(self.nominee_ids),
                width=lengths,
                brush=palette.series_colour(k),
                pen=pg.mkPen("#ffffff", width=1),
            )
            self.plot.addItem(bars)

    def _set_axes(self, data: ChartData) -> None:
        labels = [
            self.tr("{name} ({scale})").format(
                name=c.name, scale=scale_text(c.scale_min, c.scale_max)
            )
            for c in data.criteria
        ]
        self.plot.getAxis("left").set_categories(range(len(labels)), labels)
        self.plot.getViewBox().setYRange(-0.5, len(labels) - 0.5, padding=0)
        self.plot.getViewBox().setXRange(-1, 108, padding=0)
        self.plot.getAxis("bottom").setTickSpacing(20, 10)
        self.plot.setLabel("bottom", self.tr("Mean score as a share of the criterion's scale (%)"))

    def _set_legend(self, data: ChartData) -> None:
        entries = []
        for k, nominee_id in enumerate(self.nominee_ids):
            nominee = data.nominee(nominee_id)
            name = nominee.name
            if not any(key[0] == nominee_id for key in self.bars):
                name = self.tr("{name} (no complete total yet)").format(name=name)
            entries.append((palette.series_colour(k), "■", name))
        self.set_legend(entries, self.tr("Means over the jurors with a complete total."))

    def hover_text(self, scene_pos: QPointF) -> str | None:
        if self.data is None or not self.bars:
            return None
        where = self.plot.getViewBox().mapSceneToView(scene_pos)
        half = 0.45 * GROUP_HEIGHT / len(self.nominee_ids)
        for (nominee_id, criterion_id), (row, length) in self.bars.items():
            if abs(where.y() - row) <= half and -1 <= where.x() <= max(length, 8) + 1:
                return self._bar_text(nominee_id, criterion_id, length)
        return None

    def _bar_text(self, nominee_id: int, criterion_id: int, length: float) -> str:
        data = self.data
        criterion = next(c for c in data.criteria if c.id == criterion_id)  # type: ignore[union-attr]
        mean = data.criterion_means[nominee_id][criterion_id]  # type: ignore[union-attr]
        return self.tr("{nominee} · {criterion}: mean {mean} on {scale} ({share} %)").format(
            nominee=data.nominee(nominee_id).name,  # type: ignore[union-attr]
            criterion=criterion.name,
            mean=number(mean),
            scale=scale_text(criterion.scale_min, criterion.scale_max),
            share=number(length, 1),
        )
