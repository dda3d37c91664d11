"""Heatmap of jurors × nominees: each juror's totals as z-scores (standardised over the
nominees that juror completed, as the zscore method does), so that a juror's own order
shows; beside it a column of how far each juror lies above or below the others, so that
harsh and lenient jurors stand out (z-scores alone remove exactly that difference)."""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QWidget

from nomdesk.ui.charts import palette
from nomdesk.ui.charts.base import CategoryAxis, Chart
from nomdesk.ui.charts.data import ChartData
from nomdesk.ui.charts.labels import Label, Labels
from nomdesk.ui.charts.texts import number, signed

Z_LIMIT = 2.5  # z beyond ±2.5 takes the end colour
LENIENCY_LIMIT = 20.0  # points on 0–100
MAX_CELL_TEXTS = 400  # above this many cells the values are only on hover
MAX_COLUMN_LINES = 60  # above this many nominees the columns have no lines between them
SIDE_SHARE = 0.08  # the "± others" column takes at least this share of the width


def side_column(columns: int) -> tuple[float, float]:
    """(left edge, width) of the "± others" column: a gap after the nominees, then a
    column wide enough to read however many nominees there are."""
    width = max(1.0, SIDE_SHARE * columns)
    return columns - 0.5 + width / 2, width


def z_matrix(data: ChartData) -> np.ndarray:
    """Jurors × nominees (ranking order) of z-scores; NaN where the juror has none."""
    matrix = np.full((len(data.jurors), len(data.nominees)), np.nan)
    for r, juror in enumerate(data.jurors):
        for c, nominee in enumerate(data.nominees):
            value = data.z_scores.get((juror.id, nominee.id))
            if value is not None:
                matrix[r, c] = value
    return matrix


def leniency_column(data: ChartData) -> np.ndarray:
    values = [data.leniency.get(j.id) for j in data.jurors]
    return np.array([[np.nan if v is None else v] for v in values], dtype=float)


class HeatmapChart(Chart):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.data: ChartData | None = None
        self.values = np.zeros((0, 0))
        self.leniency = np.zeros((0, 1))
        self.texts = Labels()  # the values written in the cells
        self.scale_legend = ColourScaleLegend()
        self.canvas_layout.addWidget(self.scale_legend)
        self.plot.getViewBox().invertY(True)

    def make_axes(self):
        return {"left": CategoryAxis("left", max_width=220), "bottom": CategoryAxis("bottom")}

    def hint(self) -> str:
        return self.tr("Point at a cell to see the juror's total and z-score.")

    def set_data(self, data: ChartData) -> None:
        self.data = data
        self.plot.clear()
        self.values, self.leniency = z_matrix(data), leniency_column(data)
        self.set_title(
            self.tr("Jurors' totals as z-scores in {round} {year}").format(
                round=data.round_name, year=data.year
            )
        )
        if not data.jurors or not data.nominees:
            self.show_message(self.tr("There are no jurors or nominees to compare."))
            return
        rows, columns = self.values.shape
        self._image(diverging_image(self.values, Z_LIMIT), QRectF(-0.5, -0.5, columns, rows))
        side = diverging_image(self.leniency, LENIENCY_LIMIT)
        left, width = side_column(columns)
        self._image(side, QRectF(left, -0.5, width, rows))
        self._draw_grid(rows, columns)
        self._draw_conflicts(data)
        self._cell_texts(rows, columns, cells=rows * columns <= MAX_CELL_TEXTS)
        self._set_axes(data, rows, columns)
        self._set_legend()
        self.show_plot()

    def _image(self, rgba: np.ndarray, rect: QRectF) -> None:
        # Colours as given: with automatic levels pyqtgraph would stretch each channel.
        image = pg.ImageItem(rgba, axisOrder="row-major", levels=(0, 255))
        image.setRect(rect)
        self.plot.addItem(image)

    def _draw_grid(self, rows: int, columns: int) -> None:
        path = QPainterPath()
        side, width = side_column(columns)
        for left, right in ((-0.5, columns - 0.5), (side, side + width)):
            for r in range(rows + 1):
                path.moveTo(left, r - 0.5)
                path.lineTo(right, r - 0.5)
        edges = [-0.5, columns - 0.5, side, side + width]
        if columns <= MAX_COLUMN_LINES:
            edges += [c - 0.5 for c in range(1, columns)]
        for x in edges:
            path.moveTo(x, -0.5)
            path.lineTo(x, rows - 0.5)
        self._path(path, palette.GRID)

    def _path(self, path: QPainterPath, colour: str, width: float = 1.0) -> None:
        item = QGraphicsPathItem(path)
        pen = QPen(QColor(colour), width)
        pen.setCosmetic(True)  # a pixel wide whatever the zoom
        item.setPen(pen)
        self.plot.addItem(item)

    def _draw_conflicts(self, data: ChartData) -> None:
        """Conflicted cells hatched: the juror's scores for that nominee never count."""
        path = QPainterPath()
        for r, juror in enumerate(data.jurors):
            for c, nominee in enumerate(data.nominees):
                if (juror.id, nominee.id) in data.conflicts:
                    for share in (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75):
                        start = QPointF(c - 0.5 + min(share, 1), r - 0.5 + max(share - 1, 0))
                        end = QPointF(c - 0.5 + max(share - 1, 0), r - 0.5 + min(share, 1))
                        path.moveTo(start)
                        path.lineTo(end)
        self._path(path, palette.CONFLICT)

    def _cell_texts(self, rows: int, columns: int, *, cells: bool) -> None:
        """Values in the cells (when they have room) and always in the "± others" column."""
        self.texts = Labels()
        self.plot.addItem(self.texts)
        for r in range(rows):
            for c in range(columns if cells else 0):
                self._cell_text(c, r, self.values[r, c], Z_LIMIT, signed)
            centre = side_column(columns)[0] + side_column(columns)[1] / 2
            self._cell_text(centre, r, self.leniency[r, 0], LENIENCY_LIMIT, signed)

    def _cell_text(self, x: float, y: int, value: float, limit: float, fmt) -> None:
        if np.isnan(value):
            return
        colour = diverging_image(np.array([[value]]), limit)[0, 0]
        ink = "#ffffff" if palette.is_dark(colour) else "#000000"
        self.texts.labels.append(Label(x, y, fmt(value, 1), ink))

    def _set_axes(self, data: ChartData, rows: int, columns: int) -> None:
        side, width = side_column(columns)
        self.plot.getAxis("left").set_categories(range(rows), [j.label for j in data.jurors])
        self.plot.getAxis("bottom").set_categories(
            [*range(columns), side + width / 2],
            [*(n.name for n in data.nominees), self.tr("± others")],
            pinned=(side + width / 2,),
        )
        view = self.plot.getViewBox()
        view.setRange(xRange=(-0.5, side + width), yRange=(-0.5, rows - 0.5), padding=0)
        many = columns > 40
        view.setMouseEnabled(x=many, y=False)
        if many:
            view.setLimits(xMin=-0.5, xMax=side + width)

    def _set_legend(self) -> None:
        self.set_legend(
            [],
            self.tr(
                "Each row: one juror's totals as z-scores (0 = the juror's own average), "
                "nominees best first. ± others: how many points (0–100) the juror's totals lie "
                "above or below the other jurors' for the same nominees; harsh jurors show "
                "red, lenient ones blue."
            ),
        )
        self.scale_legend.update()

    # --- hover ------------------------------------------------------------------------

    def hover_text(self, scene_pos: QPointF) -> str | None:
        if self.data is None or self.values.size == 0:
            return None
        where = self.plot.getViewBox().mapSceneToView(scene_pos)
        rows, columns = self.values.shape
        r, c = round(where.y()), round(where.x())
        if not (0 <= r < rows and -0.5 <= where.y() <= rows - 0.5):
            return None
        side, width = side_column(columns)
        if side <= where.x() <= side + width:
            return self._leniency_text(r)
        if 0 <= c < columns and abs(where.x() - c) <= 0.5:
            return self._cell_hover(r, c)
        return None

    def _cell_hover(self, r: int, c: int) -> str:
        juror, nominee = self.data.jurors[r], self.data.nominees[c]  # type: ignore[union-attr]
        if (juror.id, nominee.id) in self.data.conflicts:  # type: ignore[union-attr]
            text = self.tr("{juror} · {nominee}: conflict of interest (not counted)")
            return text.format(juror=juror.label, nominee=nominee.name)
        total = self.data.totals.get(nominee.id, {}).get(juror.id)  # type: ignore[union-attr]
        if total is None:
            text = self.tr("{juror} · {nominee}: no complete total")
            return text.format(juror=juror.label, nominee=nominee.name)
        text = self.tr("{juror} · {nominee}: total {total}, z {z} (the juror's average {average})")
        return text.format(
            juror=juror.label,
            nominee=nominee.name,
            total=number(total),
            z=signed(self.values[r, c]),
            average=number(self.data.juror_average(juror.id)),  # type: ignore[union-attr]
        )

    def _leniency_text(self, r: int) -> str:
        juror = self.data.jurors[r]  # type: ignore[union-attr]
        value = self.leniency[r, 0]
        if np.isnan(value):
            return self.tr("{juror}: no total to compare with the others").format(juror=juror.label)
        text = self.tr("{juror}: on average {points} points against the other jurors")
        return text.format(juror=juror.label, points=signed(value))


def diverging_image(values: np.ndarray, limit: float) -> np.ndarray:
    """RGBA cells; NaN (no total, a conflict) left white."""
    rgba = palette.diverging_rgba(values, limit)
    rgba[np.isnan(values)] = (255, 255, 255, 255)
    return rgba


class ColourScaleLegend(QWidget):
    """The colour scale of z (−2.5 … +2.5) and what hatched and blank cells mean."""

    def sizeHint(self) -> QSize:
        return QSize(600, 3 * self.fontMetrics().height() + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self.sizeHint().height())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        width = min(320, self.width() // 2)
        self._draw_scale(painter, 0, 4, width, line)
        x = width + 40
        x = self._swatch(painter, x, 4, line, hatched=True, text=self.tr("conflict of interest"))
        self._swatch(painter, x + 24, 4, line, hatched=False, text=self.tr("no complete total"))
        painter.end()

    def _draw_scale(self, painter: QPainter, x: int, y: int, width: int, line: int) -> None:
        gradient = QLinearGradient(x, 0, x + width, 0)
        for i, colour in enumerate(palette.DIVERGING):
            gradient.setColorAt(i / (len(palette.DIVERGING) - 1), QColor(colour))
        painter.fillRect(QRectF(x, y, width, line), gradient)
        painter.setPen(QColor(palette.TEXT))
        for z in (-2, -1, 0, 1, 2):
            at = x + width * (z + Z_LIMIT) / (2 * Z_LIMIT)
            painter.drawLine(QPointF(at, y + line), QPointF(at, y + line + 3))
            label = signed(float(z), 0) if z else "0"
            painter.drawText(
                QRectF(at - 30, y + line + 3, 60, line), Qt.AlignmentFlag.AlignHCenter, label
            )
        below = QRectF(x, y + 2 * line + 3, width, line)
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft, self.tr("← below own average"))
        painter.drawText(below, Qt.AlignmentFlag.AlignRight, self.tr("above →"))

    def _swatch(self, painter: QPainter, x: int, y: int, line: int, *, hatched: bool, text: str):
        box = QRectF(x, y, line * 1.4, line)
        painter.setPen(QColor(palette.GRID))
        painter.fillRect(box, QColor("#ffffff"))
        painter.drawRect(box)
        if hatched:
            painter.setPen(QColor(palette.CONFLICT))
            painter.save()
            painter.setClipRect(box)
            for step in range(-line, int(box.width()) + line, 5):
                painter.drawLine(QPointF(x + step, y + line), QPointF(x + step + line, y))
            painter.restore()
        painter.setPen(QColor(palette.TEXT))
        advance = self.fontMetrics().horizontalAdvance(text)
        painter.drawText(
            QRectF(box.right() + 6, y, advance + 4, line), Qt.AlignmentFlag.AlignLeft, text
        )
        return int(box.right() + 10 + advance)
