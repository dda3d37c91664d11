"""A radar chart: one axis per criterion, from its scale's minimum (centre) to its maximum
(rim), and one polygon per series. It takes plain values, so that juror mode can show a
juror's own scores with it as well as the Charts tab the jury's means."""

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPolygonF
from PySide6.QtWidgets import QGraphicsPolygonItem

from nomdesk.ui.charts import palette
from nomdesk.ui.charts.base import HOVER_DISTANCE_PX, Chart
from nomdesk.ui.charts.labels import Label, Labels
from nomdesk.ui.charts.texts import number, scale_text

RINGS = (0.25, 0.5, 0.75, 1.0)
LABEL_RADIUS = 1.08
LABEL_CHARS = 24  # an axis name wraps onto lines of about this many characters
FILL_ALPHA = 46


@dataclass(frozen=True)
class RadarSeries:
    """One polygon: a name for the legend and a value per axis on the axis's own scale
    (None where there is no value; such a series shows its points but no polygon)."""

    name: str
    values: Sequence[float | None]


def axis_angle(index: int, count: int) -> float:
    """The first axis points up; the others follow clockwise."""
    return math.pi / 2 - 2 * math.pi * index / count


def radar_point(value: float, scale: tuple[float, float], angle: float) -> tuple[float, float]:
    low, high = scale
    radius = (value - low) / (high - low)
    return radius * math.cos(angle), radius * math.sin(angle)


class RadarChart(Chart):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.axes: list[str] = []
        self.scales: list[tuple[float, float]] = []
        self.series: list[RadarSeries] = []
        # series index → [(axis index, x, y)] of the points drawn
        self.points: dict[int, list[tuple[int, float, float]]] = {}
        self.names = Labels()  # the axes' names
        self.plot.hideAxis("left")
        self.plot.hideAxis("bottom")
        self.plot.setAspectLocked(True)

    def hint(self) -> str:
        return self.tr("Point at a corner to see its value.")

    def set_data(
        self,
        axes: Sequence[str],
        scales: Sequence[tuple[float, float]],
        series: Sequence[RadarSeries],
        note: str = "",
    ) -> None:
        """Draw `series` over `axes` (names) with their (min, max) `scales`."""
        self.axes, self.scales, self.series = list(axes), list(scales), list(series)
        self.plot.clear()
        self.points = {}
        if not self.axes:
            self.show_message(self.tr("There are no criteria to draw."))
            return
        self._draw_web()
        for index, one in enumerate(self.series):
            self._draw_series(index, one)
        self.plot.getViewBox().setRange(xRange=(-1.3, 1.3), yRange=(-1.4, 1.4), padding=0)
        entries = [
            (palette.series_colour(i), palette.series_symbol(i)[1], s.name)
            for i, s in enumerate(self.series)
        ]
        self.set_legend(entries, note)
        self.show_plot()

    def _angles(self) -> list[float]:
        return [axis_angle(i, len(self.axes)) for i in range(len(self.axes))]

    def _draw_web(self) -> None:
        pen = pg.mkPen(palette.GRID, width=1)
        angles = self._angles()
        for ring in RINGS:
            xs = [ring * math.cos(a) for a in [*angles, angles[0]]]
            ys = [ring * math.sin(a) for a in [*angles, angles[0]]]
            self.plot.addItem(pg.PlotCurveItem(xs, ys, pen=pen))
        for angle in angles:
            self.plot.addItem(pg.PlotCurveItem([0, math.cos(angle)], [0, math.sin(angle)], pen=pen))
        self.names = Labels(self._axis_label(i, a) for i, a in enumerate(angles))
        self.plot.addItem(self.names)

    def _axis_label(self, index: int, angle: float) -> Label:
        """The axis's name (wrapped) and its scale, just outside the rim, facing away."""
        low, high = self.scales[index]
        lines = textwrap.wrap(self.axes[index], LABEL_CHARS) or [""]
        text = "\n".join([*lines, scale_text(low, high)])
        cos, sin = math.cos(angle), math.sin(angle)
        anchor = (0.5 - 0.5 * round(cos, 6), 0.5 + 0.5 * round(sin, 6))
        align = Qt.AlignmentFlag.AlignHCenter
        if cos > 0.2:
            align = Qt.AlignmentFlag.AlignLeft
        elif cos < -0.2:
            align = Qt.AlignmentFlag.AlignRight
        return Label(LABEL_RADIUS * cos, LABEL_RADIUS * sin, text, palette.TEXT, anchor, align)

    def _draw_series(self, index: int, one: RadarSeries) -> None:
        colour = palette.series_colour(index)
        angles = self._angles()
        drawn = [
            (i, *radar_point(v, self.scales[i], angles[i]))
            for i, v in enumerate(one.values)
            if v is not None
        ]
        self.points[index] = drawn
        whole = len(drawn) == len(self.axes)
        if whole and len(drawn) >= 3:
            self._fill(drawn, colour)
        xs = [x for _i, x, _y in drawn] + ([drawn[0][1]] if whole and drawn else [])
        ys = [y for _i, _x, y in drawn] + ([drawn[0][2]] if whole and drawn else [])
        symbol, _mark = palette.series_symbol(index)
        self.plot.addItem(
            pg.PlotDataItem(
                xs,
                ys,
                pen=pg.mkPen(colour, width=2) if whole else None,
                symbol=symbol,
                symbolSize=8,
                symbolBrush=colour,
                symbolPen=pg.mkPen("#ffffff"),
            )
        )

    def _fill(self, drawn: list[tuple[int, float, float]], colour: str) -> None:
        polygon = QGraphicsPolygonItem(QPolygonF([QPointF(x, y) for _i, x, y in drawn]))
        fill = QColor(colour)
        fill.setAlpha(FILL_ALPHA)
        polygon.setBrush(QBrush(fill))
        polygon.setPen(pg.mkPen(None))
        self.plot.addItem(polygon)

    def hover_text(self, scene_pos: QPointF) -> str | None:
        best: tuple[float, str] | None = None
        view = self.plot.getViewBox()
        for index, drawn in self.points.items():
            for axis, x, y in drawn:
                distance = self.pixel_distance(view, (x, y), scene_pos)
                if distance <= HOVER_DISTANCE_PX and (best is None or distance < best[0]):
                    best = (distance, self._point_text(index, axis))
        return None if best is None else best[1]

    def _point_text(self, index: int, axis: int) -> str:
        value = self.series[index].values[axis]
        low, high = self.scales[axis]
        return self.tr("{series} · {axis}: {value} on {scale}").format(
            series=self.series[index].name,
            axis=self.axes[axis],
            value=number(value),
            scale=scale_text(low, high),
        )
