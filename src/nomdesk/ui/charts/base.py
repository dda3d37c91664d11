"""What every chart shares: a title, the plot, a legend, the value under the mouse, PNG.

Imports pyqtgraph: import this module only when a chart is about to be shown.
"""

import html
import math
from collections.abc import Sequence
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from nomdesk.ui.charts import palette

CANVAS_STYLE = f"background: white; color: {palette.TEXT};"
HOVER_DISTANCE_PX = 8.0
BOTTOM_LINES = 2  # a name under a column may take two lines


class CategoryAxis(pg.AxisItem):
    """Names at given positions; as many as fit without overlapping, each elided to its room."""

    def __init__(self, orientation: str, max_width: int = 280) -> None:
        super().__init__(orientation)
        self.max_width = max_width
        self._labels: dict[float, str] = {}
        self._pinned: set[float] = set()
        self._room = float(max_width)

    def set_categories(
        self, positions: Sequence[float], labels: Sequence[str], pinned: Sequence[float] = ()
    ) -> None:
        """Name these positions; `pinned` ones are named whatever else has to give way."""
        new = dict(zip(positions, labels, strict=True))
        if new == self._labels and set(pinned) == self._pinned:
            return  # unchanged: keep the drawn axis
        self._labels, self._pinned = new, set(pinned)
        if self.orientation in ("left", "right"):
            longest = sorted(labels, key=len)[-12:]  # measuring 200 names costs ~10 ms
            widest = max((self._metrics().horizontalAdvance(t) for t in longest), default=0)
            self._room = min(self.max_width, math.ceil(widest) + 4)
            self.setWidth(int(self._room) + 14)
        else:
            self.setHeight(int(BOTTOM_LINES * self._metrics().height()) + 12)
        self.picture = None
        self.update()

    def labels(self) -> dict[float, str]:
        return dict(self._labels)

    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.style["tickFont"] or QFont())

    def tickValues(self, minVal: float, maxVal: float, size: float):
        minVal, maxVal = sorted((minVal, maxVal))  # an inverted view gives them reversed
        shown = sorted(p for p in self._labels if minVal - 0.5 <= p <= maxVal + 0.5)
        if not shown or size <= 0:
            return []
        per_unit = size / max(maxVal - minVal, 1e-9)
        if self.orientation in ("left", "right"):
            step = max(1, math.ceil(self._metrics().height() * 1.15 / per_unit))
        else:
            step = max(1, math.ceil(64 / per_unit))
            self._room = step * per_unit - 10
        pinned = [p for p in shown if p in self._pinned]
        kept = [p for p in shown[::step] if all(abs(p - q) >= step for q in pinned)]
        return [(1.0, sorted(set(kept) | set(pinned)))]

    def tickStrings(self, values, scale, spacing):
        lines = 1 if self.orientation in ("left", "right") else BOTTOM_LINES
        metrics = self._metrics()
        return [wrap_text(metrics, self._labels.get(v, ""), self._room, lines) for v in values]


def wrap_text(metrics: QFontMetricsF, text: str, room: float, lines: int) -> str:
    """`text` on at most `lines` lines of `room` pixels; the last one elided if need be."""
    words, out = text.split(), []
    while words and len(out) < lines - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= room:
            line += " " + words.pop(0)
        if metrics.horizontalAdvance(line) > room:  # one long word: leave it to the last line
            words.insert(0, line)
            break
        out.append(line)
    if words:
        out.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, room))
    return "\n".join(out)


class LocaleAxis(pg.AxisItem):
    """Numbers written as the interface's locale writes them (0,5 in Swedish)."""

    def tickStrings(self, values, scale, spacing):
        digits = max(0, -math.floor(math.log10(spacing * scale))) if spacing > 0 else 0
        locale = QLocale()
        return [locale.toString(float(v * scale), "f", digits) for v in values]


def legend_html(entries: Sequence[tuple[str, str, str]]) -> str:
    """A one-paragraph legend from (colour, mark, text) entries."""
    parts = [  # an entry never breaks inside; the paragraph wraps between entries
        f'<span style="color:{colour}; font-size:large">{mark}</span>&nbsp;'
        + html.escape(text).replace(" ", "&nbsp;")
        for colour, mark, text in entries
    ]
    return "&nbsp;&nbsp;&nbsp; ".join(parts)


class Chart(QWidget):
    """A chart with a title, a legend and a line naming the value under the mouse."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = QWidget()  # what "Save chart as PNG" saves
        self.canvas.setObjectName("chartCanvas")
        self.canvas.setAutoFillBackground(True)
        self.canvas.setStyleSheet(f"#chartCanvas, #chartCanvas QLabel {{{CANVAS_STYLE}}}")
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.plot_widget = pg.PlotWidget(background="w", axisItems=self.make_axes())
        self.plot = self.plot_widget.getPlotItem()
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.plot_widget)
        self.stack.addWidget(self.message)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.hover = QLabel(self.hint())
        self.hover.setWordWrap(True)
        # Two lines, always: a longer text must not resize the plot under the mouse.
        self.hover.setFixedHeight(2 * self.hover.fontMetrics().lineSpacing() + 6)
        self.hover.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.hover.setContentsMargins(12, 0, 12, 0)
        self._layout_canvas()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.canvas, 1)
        outer.addWidget(self.hover)
        self._style_plot()
        self.plot_widget.scene().sigMouseMoved.connect(self._mouse_moved)

    def _layout_canvas(self) -> None:
        layout = QVBoxLayout(self.canvas)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.legend)
        self.canvas_layout = layout

    def _style_plot(self) -> None:
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        for name in ("left", "bottom", "top", "right"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(palette.MUTED))
            axis.setTextPen(pg.mkPen(palette.TEXT))

    # --- what subclasses provide ------------------------------------------------------

    def make_axes(self) -> dict[str, pg.AxisItem]:
        return {}

    def hint(self) -> str:
        return self.tr("Point at the chart to see its values.")

    def hover_text(self, scene_pos: QPointF) -> str | None:
        """What lies under the mouse at this scene position, or None."""
        return None

    # --- shared behaviour -------------------------------------------------------------

    def set_title(self, text: str) -> None:
        self.title.setText(text)

    def set_legend(self, entries: Sequence[tuple[str, str, str]], note: str = "") -> None:
        text = legend_html(entries)
        if note:
            text += f'<br><span style="color:{palette.MUTED}">{html.escape(note)}</span>'
        self.legend.setText(text)
        self.legend.setVisible(bool(text))

    def show_message(self, text: str) -> None:
        """Show a sentence instead of the plot (nothing to draw)."""
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def show_plot(self) -> None:
        self.stack.setCurrentWidget(self.plot_widget)

    def save_png(self, path: str | Path) -> bool:
        """Save what the chart shows (title, plot, legend) as a PNG image."""
        return self.canvas.grab().save(str(path), "PNG")

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        text = self.hover_text(scene_pos)
        self.hover.setText(text or self.hint())
        self.plot_widget.setToolTip(text or "")

    def pixel_distance(self, view_box: pg.ViewBox, point: tuple[float, float], scene_pos) -> float:
        """The distance in pixels between a data point of `view_box` and a scene position."""
        where = view_box.mapViewToScene(QPointF(*point))
        return math.hypot(where.x() - scene_pos.x(), where.y() - scene_pos.y())
