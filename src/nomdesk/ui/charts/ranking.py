"""Ranking bars: one bar per nominee (the method's score, best first), each juror's total
as a point on it, so that the spread behind every score shows."""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF

from nomdesk.ui.charts import palette
from nomdesk.ui.charts.base import HOVER_DISTANCE_PX, CategoryAxis, Chart, LocaleAxis
from nomdesk.ui.charts.data import ChartData, NomineeBar
from nomdesk.ui.charts.labels import Label, Labels
from nomdesk.ui.charts.texts import ON_TOTAL_SCALE, method_label, number, score_text

BAR_HEIGHT = 0.6
MAX_VALUE_LABELS = 40  # above this many nominees the bars carry no value text
ZOOM_FROM = 30  # with more nominees than this the chart zooms and pans up and down
DOT, SMALL_DOT = 9, 5  # a juror's dot, and the same among many nominees


class RankingChart(Chart):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.data: ChartData | None = None
        self.bar_values: dict[int, float] = {}  # nominee id → bar length (the score)
        # juror id → [(total, row, nominee id)] as drawn
        self.points: dict[int, list[tuple[float, float, int]]] = {}
        self.totals_view = pg.ViewBox(enableMenu=False)  # the 0–100 axis of other methods
        self.totals_view.setMouseEnabled(x=False, y=False)
        self.plot.scene().addItem(self.totals_view)
        self.totals_view.setZValue(10)  # the jurors' dots above the bars
        self.plot.getAxis("top").linkToView(self.totals_view)
        self.totals_view.setYLink(self.plot.getViewBox())
        self.plot.getViewBox().sigResized.connect(self._align_views)
        self.plot.getViewBox().invertY(True)  # the best at the top
        self.totals_view.invertY(True)
        # Kept from one drawing to the next (a redraw only gives them new data).
        self.bars = pg.BarGraphItem(x0=[], y=[], height=BAR_HEIGHT, width=[])
        self.bars.setOpts(brush=palette.BAR_FILL, pen=pg.mkPen(palette.BAR_EDGE, width=1))
        self.plot.addItem(self.bars)
        self.dots: list[pg.ScatterPlotItem] = []  # one per juror, in jury order
        self.values = Labels()  # each bar's score
        self.plot.addItem(self.values)
        self.zero_line: pg.InfiniteLine | None = None  # under the zscore method

    def _dots_of(self, k: int) -> pg.ScatterPlotItem:
        """The k-th juror's dots (made on first use, in the view the totals use)."""
        while len(self.dots) <= k:
            index = len(self.dots)
            colour = palette.series_colour(index)
            item = pg.ScatterPlotItem(
                size=DOT,
                symbol=palette.series_symbol(index)[0],
                brush=pg.mkBrush(colour),
                pen=pg.mkPen("#666666" if colour == "#000000" else "#ffffff", width=0.8),
            )
            self._add_to(self.point_view, item)
            self.dots.append(item)
        return self.dots[k]

    def _add_to(self, view: pg.ViewBox, item) -> None:
        # Through the plot when it is the plot's own view, so that the plot knows the item.
        (self.plot if view is self.plot.getViewBox() else view).addItem(item)

    def _remove_from(self, view: pg.ViewBox, item) -> None:
        (self.plot if view is self.plot.getViewBox() else view).removeItem(item)

    def make_axes(self):
        return {
            "left": CategoryAxis("left"),
            "bottom": LocaleAxis("bottom"),
            "top": LocaleAxis("top"),
        }

    def hint(self) -> str:
        text = self.tr("Point at a bar or a juror's dot to see its values.")
        data = getattr(self, "data", None)
        if data is not None and len(data.nominees) > ZOOM_FROM:
            text += " " + self.tr("Turn the mouse wheel over the chart to zoom in.")
        return text

    def _align_views(self) -> None:
        self.totals_view.setGeometry(self.plot.getViewBox().sceneBoundingRect())

    @property
    def point_view(self) -> pg.ViewBox:
        """Where the jurors' totals are drawn: the bars' own view when the score is a total."""
        on_scale = self.data is None or self.data.method in ON_TOTAL_SCALE
        return self.plot.getViewBox() if on_scale else self.totals_view

    def set_data(self, data: ChartData) -> None:
        self.data = data
        if self.zero_line is not None:
            self.plot.removeItem(self.zero_line)
            self.zero_line = None
        self.set_title(
            self.tr("Ranking in {round} {year}: {method}").format(
                round=data.round_name, year=data.year, method=method_label(data.method)
            )
        )
        self._draw_bars(data)
        self._draw_points(data)
        self._set_axes(data)
        self._set_legend(data)
        self.hover.setText(self.hint())
        self.show_plot()

    def _draw_bars(self, data: ChartData) -> None:
        rows = [(i, n) for i, n in enumerate(data.nominees) if n.score is not None]
        scores = np.array([n.score for _i, n in rows], dtype=float)
        many = len(data.nominees) > MAX_VALUE_LABELS  # thin bars: an edge would hide them
        self.bars.setOpts(
            x0=np.minimum(scores, 0),
            y=np.array([i for i, _n in rows]),
            width=np.abs(scores),
            pen=pg.mkPen(None) if many else pg.mkPen(palette.BAR_EDGE, width=1),
        )
        self.bar_values = {n.id: float(n.score) for _i, n in rows}
        shown = [] if many else list(enumerate(data.nominees))
        self.values.set_labels(self._value_label(i, n) for i, n in shown)
        if data.method == "zscore":
            self.zero_line = pg.InfiniteLine(0, angle=90, pen=pg.mkPen(palette.MUTED))
            self.plot.addItem(self.zero_line)

    def _value_label(self, row: int, nominee: NomineeBar) -> Label:
        """The score inside the bar at its base, where the jurors' dots rarely fall."""
        if nominee.score is None:
            text, colour = self.tr("no complete total"), palette.MUTED
        else:
            text, colour = score_text(self.data.method, nominee.score), palette.TEXT  # type: ignore[union-attr]
        negative = nominee.score is not None and nominee.score < 0
        return Label(0.0, row, text, colour, (1.1, 0.5) if negative else (-0.1, 0.5))

    def _draw_points(self, data: ChartData) -> None:
        self._move_dots(self.point_view)
        count = max(len(data.jurors), 1)
        self.points = {}
        for k, juror in enumerate(data.jurors):
            offset = (k - (count - 1) / 2) * (0.5 / count)  # spread the jurors within the bar
            drawn = [
                (data.totals[n.id][juror.id], i + offset, n.id)
                for i, n in enumerate(data.nominees)
                if juror.id in data.totals.get(n.id, {})
            ]
            self.points[juror.id] = drawn
            xs = np.array([t for t, _y, _n in drawn], dtype=float)
            self._set_dots(self._dots_of(k), xs, np.array([y for _t, y, _n in drawn]))
        for item in self.dots[len(data.jurors) :]:
            self._set_dots(item, np.zeros(0), np.zeros(0))
        size = SMALL_DOT if len(data.nominees) > MAX_VALUE_LABELS else DOT
        for item in self.dots:
            if item.opts["size"] != size:
                item.setSize(size)

    @staticmethod
    def _set_dots(item: pg.ScatterPlotItem, xs: np.ndarray, ys: np.ndarray) -> None:
        """New positions, skipped when they are the same (one edit moves one juror's dot)."""
        old_x, old_y = item.getData()
        if np.array_equal(old_x, xs) and np.array_equal(old_y, ys):
            return
        item.setData(x=xs, y=ys)

    def _move_dots(self, view: pg.ViewBox) -> None:
        """Put the dots in `view` (the method changed which axis the totals use)."""
        for item in self.dots:
            current = item.getViewBox()
            if current is not view:
                self._remove_from(current, item)
                self._add_to(view, item)

    def _set_axes(self, data: ChartData) -> None:
        count = len(data.nominees)
        labels = [self._row_label(n) for n in data.nominees]
        self.plot.getAxis("left").set_categories(range(count), labels)
        self.plot.getViewBox().setYRange(-0.6, count - 0.4, padding=0)
        many = count > ZOOM_FROM
        self.plot.getViewBox().setMouseEnabled(x=False, y=many)
        if many:
            self.plot.getViewBox().setLimits(yMin=-0.6, yMax=count - 0.4)
        self.plot.setLabel("bottom", self._score_axis_title(data))
        on_scale = data.method in ON_TOTAL_SCALE
        self.plot.showAxis("top", not on_scale)
        self.totals_view.setVisible(not on_scale)
        if on_scale:
            self.plot.getViewBox().setXRange(0, 100, padding=0.02)
        else:
            self.plot.setLabel("top", self.tr("A juror's total (0–100)"))
            self.totals_view.setXRange(0, 100, padding=0.02)
            self.plot.getViewBox().setXRange(*self._score_range(data), padding=0.02)
        whole = data.method == "schulze" and len(data.nominees) <= 20
        self.plot.getAxis("bottom").setTickSpacing(*((1, 1) if whole else ()))
        self._align_views()

    def _row_label(self, nominee: NomineeBar) -> str:
        if nominee.rank is None:
            return nominee.name
        return self.tr("{rank}. {name}").format(rank=nominee.rank, name=nominee.name)

    def _score_axis_title(self, data: ChartData) -> str:
        if data.method in ON_TOTAL_SCALE:
            return self.tr("{method} of the jurors' totals (0–100)").format(
                method=method_label(data.method)
            )
        return method_label(data.method)

    def _score_range(self, data: ChartData) -> tuple[float, float]:
        scores = [n.score for n in data.nominees if n.score is not None] or [0.0]
        if data.method == "zscore":
            edge = max(1.0, max(abs(s) for s in scores))
            return -edge, edge
        if data.method == "borda":
            return 0.0, 1.0
        return 0.0, max(1.0, float(len(data.nominees) - 1))  # schulze: pairwise wins

    def _set_legend(self, data: ChartData) -> None:
        entries = [(palette.BAR_EDGE, "▬", method_label(data.method))]
        for k, juror in enumerate(data.jurors):
            label = (
                juror.label
                if self.points.get(juror.id)
                else self.tr("{juror} (no complete total yet)").format(juror=juror.label)
            )
            entries.append((palette.series_colour(k), palette.series_symbol(k)[1], label))
        note = (
            ""
            if data.method in ON_TOTAL_SCALE
            else self.tr("Bars on the lower axis; the jurors' totals on the upper axis.")
        )
        self.set_legend(entries, note)

    # --- hover ------------------------------------------------------------------------

    def hover_text(self, scene_pos: QPointF) -> str | None:
        if self.data is None or not self.data.nominees:
            return None
        point = self._point_at(scene_pos)
        if point is not None:
            return point
        y = self.plot.getViewBox().mapSceneToView(scene_pos).y()
        row = round(y)
        if 0 <= row < len(self.data.nominees) and abs(y - row) <= 0.45:
            return self._nominee_text(self.data.nominees[row])
        return None

    def _point_at(self, scene_pos: QPointF) -> str | None:
        best: tuple[float, str] | None = None
        row = self.point_view.mapSceneToView(scene_pos).y()
        for k, juror in enumerate(self.data.jurors):  # type: ignore[union-attr]
            for total, y, nominee_id in self.points.get(juror.id, []):
                if abs(y - row) > 1:  # only the rows near the mouse are worth mapping
                    continue
                distance = self.pixel_distance(self.point_view, (total, y), scene_pos)
                if distance <= HOVER_DISTANCE_PX and (best is None or distance < best[0]):
                    best = (distance, self._point_text(k, nominee_id, total))
        return None if best is None else best[1]

    def _point_text(self, k: int, nominee_id: int, total: float) -> str:
        juror = self.data.jurors[k]  # type: ignore[union-attr]
        nominee = self.data.nominee(nominee_id)  # type: ignore[union-attr]
        return self.tr("{juror} · {nominee}: total {total}").format(
            juror=juror.label, nominee=nominee.name, total=number(total)
        )

    def _nominee_text(self, nominee: NomineeBar) -> str:
        data = self.data
        expected = sum(1 for j in data.jurors if (j.id, nominee.id) not in data.conflicts)  # type: ignore[union-attr]
        counted = self.tr("{counted} of %n juror(s)", "", expected).format(counted=nominee.jurors)
        if nominee.score is None:
            return self.tr("{name}: no complete total yet").format(name=nominee.name)
        text = self.tr("{name}: {method} {score} (rank {rank}; {counted}; sd {sd})").format(
            name=nominee.name,
            method=method_label(data.method),  # type: ignore[union-attr]
            score=score_text(data.method, nominee.score),  # type: ignore[union-attr]
            rank=nominee.rank,
            counted=counted,
            sd=number(nominee.sd),
        )
        if not nominee.complete:
            text += " " + self.tr("Scores are missing.")
        return text
