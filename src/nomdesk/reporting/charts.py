"""Charts drawn as vectors with QPainter (never a raster image): horizontal bar charts."""

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from nomdesk.reporting import style
from nomdesk.reporting.fonts import font
from nomdesk.reporting.layout import Block, Canvas

LABEL_SIZE = 8.0
TICK_SIZE = 7.0
VALUE_SIZE = 7.0
LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE_TOP = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop


@dataclass(frozen=True)
class Axis:
    """A value axis: its range, tick marks with their labels, and its title."""

    low: float
    high: float
    ticks: tuple[tuple[float, str], ...]
    title: str

    def x(self, value: float, left: float, width: float) -> float:
        share = (value - self.low) / (self.high - self.low) if self.high > self.low else 0.0
        return left + width * min(max(share, 0.0), 1.0)


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values covering [low, high]: steps of 1, 2 or 5 times a power of ten."""
    span = (high - low) or 1.0
    raw = span / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.floor(low / step) * step
    ticks, value = [], first
    while value <= high + step * 1e-9:
        ticks.append(round(value, 10))
        value += step
    if ticks[-1] < high - step * 1e-9:
        ticks.append(ticks[-1] + step)
    return ticks


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the value as the reader sees it
    highlight: bool = False


@dataclass(frozen=True)
class Series:
    label: str
    values: tuple[float | None, ...]  # one per category
    texts: tuple[str, ...]


class _Chart(Block):
    """What both charts share: a label column, a plot with grid lines, and the axis below."""

    axis: Axis
    label_share = 0.34

    def _label_width(self, canvas: Canvas, labels: list[str], width: float) -> float:
        metrics = canvas.metrics(font(LABEL_SIZE, bold=True))  # a highlighted label is bold
        widest = max([metrics.horizontalAdvance(t) for t in labels] + [0.0])
        return min(widest + canvas.pt(8), width * self.label_share)

    def _axis_height(self, canvas: Canvas) -> float:
        return canvas.pt(TICK_SIZE * 1.6 + LABEL_SIZE * 1.8)

    def _paint_grid(self, canvas: Canvas, painter: QPainter, plot: QRectF) -> None:
        painter.setFont(font(TICK_SIZE))
        for value, text in self.axis.ticks:
            x = self.axis.x(value, plot.left(), plot.width())
            painter.setPen(QPen(style.RULE, canvas.pt(0.4)))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(style.MUTED)
            box = QRectF(
                x - canvas.pt(20), plot.bottom() + canvas.pt(2), canvas.pt(40), canvas.pt(10)
            )
            painter.drawText(box, CENTRE_TOP, text)
        painter.setPen(QPen(style.MUTED, canvas.pt(0.6)))
        zero = self.axis.x(max(self.axis.low, 0.0), plot.left(), plot.width())
        painter.drawLine(QPointF(zero, plot.top()), QPointF(zero, plot.bottom()))
        painter.setFont(font(LABEL_SIZE))
        title = QRectF(plot.left(), plot.bottom() + canvas.pt(TICK_SIZE * 1.7), plot.width(),
                       canvas.pt(LABEL_SIZE * 1.6))  # fmt: skip
        painter.drawText(title, CENTRE_TOP, self.axis.title)

    def _paint_bar(self, canvas, painter, plot: QRectF, top, height, value, text, colour) -> None:
        start = self.axis.x(max(self.axis.low, 0.0), plot.left(), plot.width())
        end = self.axis.x(value, plot.left(), plot.width())
        painter.fillRect(QRectF(min(start, end), top, abs(end - start), height), colour)
        painter.setFont(font(min(VALUE_SIZE, height / canvas.unit)))
        painter.setPen(style.TEXT)
        room = canvas.pt(40)
        if end >= start:
            box = QRectF(end + canvas.pt(3), top, room, height)
            painter.drawText(box, LEFT_MIDDLE, text)
        else:
            painter.drawText(
                QRectF(end - canvas.pt(3) - room, top, room, height), RIGHT_MIDDLE, text
            )

    def _paint_label(self, canvas, painter, box: QRectF, text: str, bold=False) -> None:
        painter.setFont(font(LABEL_SIZE, bold=bold))
        painter.setPen(style.TEXT)
        metrics = canvas.metrics(font(LABEL_SIZE, bold=bold))
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, box.width() - canvas.pt(6))
        painter.drawText(box.adjusted(0, 0, -canvas.pt(6), 0), RIGHT_MIDDLE, shown)


class BarChart(_Chart):
    """One bar per nominee, best first; the highlighted bar in the accent colour."""

    BAR = 11.0  # points
    GAP = 4.5

    def __init__(self, bars: list[Bar], axis: Axis, *, space_before: float = 8.0) -> None:
        self.bars = bars
        self.axis = axis
        self.space_before = space_before

    def measure(self, canvas: Canvas, width: float) -> float:
        rows = len(self.bars) * canvas.pt(self.BAR + self.GAP)
        return rows + canvas.pt(self.GAP) + self._axis_height(canvas)

    def paint(self, canvas: Canvas, painter: QPainter, rect: QRectF) -> None:
        labels = [b.label for b in self.bars]
        label_width = self._label_width(canvas, labels, rect.width())
        plot = QRectF(rect.left() + label_width, rect.top(), 0, 0)
        plot.setRight(rect.right() - canvas.pt(36))
        plot.setBottom(rect.bottom() - self._axis_height(canvas))
        self._paint_grid(canvas, painter, plot)
        y = plot.top() + canvas.pt(self.GAP)
        for bar in self.bars:
            height = canvas.pt(self.BAR)
            colour = style.HIGHLIGHT if bar.highlight else style.ACCENT
            box = QRectF(rect.left(), y, label_width, height)
            self._paint_label(canvas, painter, box, bar.label, bold=bar.highlight)
            self._paint_bar(canvas, painter, plot, y, height, bar.value, bar.text, colour)
            y += canvas.pt(self.BAR + self.GAP)


class GroupedBarChart(_Chart):
    """Per category (criterion), one bar for each series (nominee), with a legend above."""

    BAR = 7.5
    GROUP_GAP = 8.0
    label_share = 0.28

    def __init__(self, categories: list[str], series: list[Series], axis: Axis, *,
                 space_before: float = 8.0) -> None:  # fmt: skip
        self.categories = categories
        self.series = series
        self.axis = axis
        self.space_before = space_before

    def _legend_rows(self, canvas: Canvas, width: float) -> list[list[int]]:
        metrics = canvas.metrics(font(LABEL_SIZE))
        rows: list[list[int]] = [[]]
        used = 0.0
        for i, series in enumerate(self.series):
            need = metrics.horizontalAdvance(series.label) + canvas.pt(22)
            if rows[-1] and used + need > width:
                rows.append([])
                used = 0.0
            rows[-1].append(i)
            used += need
        return rows

    def _group_height(self, canvas: Canvas) -> float:
        return canvas.pt(len(self.series) * self.BAR + self.GROUP_GAP)

    def measure(self, canvas: Canvas, width: float) -> float:
        legend = len(self._legend_rows(canvas, width)) * canvas.pt(LABEL_SIZE * 1.7)
        groups = len(self.categories) * self._group_height(canvas)
        return legend + canvas.pt(4) + groups + self._axis_height(canvas)

    def paint(self, canvas: Canvas, painter: QPainter, rect: QRectF) -> None:
        legend_height = self._paint_legend(canvas, painter, rect)
        label_width = self._label_width(canvas, self.categories, rect.width())
        top = rect.top() + legend_height + canvas.pt(4)
        plot = QRectF(rect.left() + label_width, top, 0, 0)
        plot.setRight(rect.right() - canvas.pt(36))
        plot.setBottom(rect.bottom() - self._axis_height(canvas))
        self._paint_grid(canvas, painter, plot)
        y = plot.top() + canvas.pt(self.GROUP_GAP / 2)
        for c, category in enumerate(self.categories):
            group = QRectF(rect.left(), y, label_width, canvas.pt(len(self.series) * self.BAR))
            self._paint_category(canvas, painter, group, category)
            for s, series in enumerate(self.series):
                value = series.values[c]
                if value is not None:
                    top_of_bar = y + canvas.pt(s * self.BAR)
                    height = canvas.pt(self.BAR - 1.2)
                    colour = style.SERIES[s % len(style.SERIES)]
                    text = series.texts[c]
                    self._paint_bar(canvas, painter, plot, top_of_bar, height, value, text, colour)
            y += self._group_height(canvas)

    def _paint_category(self, canvas: Canvas, painter: QPainter, box: QRectF, text: str) -> None:
        painter.setFont(font(LABEL_SIZE))
        painter.setPen(style.TEXT)
        flags = RIGHT_MIDDLE.value | Qt.TextFlag.TextWordWrap.value
        painter.drawText(box.adjusted(0, -canvas.pt(4), -canvas.pt(6), canvas.pt(4)), flags, text)

    def _paint_legend(self, canvas: Canvas, painter: QPainter, rect: QRectF) -> float:
        metrics = canvas.metrics(font(LABEL_SIZE))
        line = canvas.pt(LABEL_SIZE * 1.7)
        rows = self._legend_rows(canvas, rect.width())
        painter.setFont(font(LABEL_SIZE))
        for r, row in enumerate(rows):
            x = rect.left()
            y = rect.top() + r * line
            for i in row:
                swatch = QRectF(x, y + line * 0.25, canvas.pt(8), canvas.pt(8))
                painter.fillRect(swatch, QColor(style.SERIES[i % len(style.SERIES)]))
                painter.setPen(style.TEXT)
                label = self.series[i].label
                painter.drawText(
                    QRectF(x + canvas.pt(11), y, rect.width(), line), LEFT_MIDDLE, label
                )
                x += metrics.horizontalAdvance(label) + canvas.pt(22)
        return len(rows) * line
