"""Texts placed at data points, all drawn by one item at the screen's own size.

pyqtgraph's TextItem is one QGraphicsTextItem per text (~1 ms each to make); a chart with
fifty values would spend most of a redraw making them. This item keeps plain tuples and
paints them in one pass.
"""

from collections.abc import Iterable
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF


@dataclass(frozen=True)
class Label:
    x: float
    y: float
    text: str  # may hold several lines
    colour: str = "#222222"
    # Which point of the text sits at (x, y), as shares of its width and height, the way
    # pyqtgraph's TextItem reads its anchor: (0, 0) top left, (0.5, 0.5) the centre.
    anchor: tuple[float, float] = (0.5, 0.5)
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignHCenter


class Labels(pg.GraphicsObject):
    def __init__(self, labels: Iterable[Label] = ()) -> None:
        super().__init__()
        self.font = QFont()
        self.labels: list[Label] = list(labels)

    def set_labels(self, labels: Iterable[Label]) -> None:
        self.labels = list(labels)
        self.update()

    def texts(self) -> list[str]:
        return [label.text for label in self.labels]

    def boundingRect(self) -> QRectF:
        # The texts keep their size in pixels whatever the zoom: claim the visible area.
        view = self.getViewBox()
        return QRectF() if view is None else view.viewRect()

    def viewRangeChanged(self) -> None:
        self.prepareGeometryChange()
        super().viewRangeChanged()

    def paint(self, painter, *_args) -> None:
        transform = painter.transform()
        metrics = QFontMetricsF(self.font)
        painter.save()
        painter.resetTransform()
        painter.setFont(self.font)
        for label in self.labels:
            at = transform.map(QPointF(label.x, label.y))
            size = metrics.size(0, label.text)
            box = QRectF(
                at.x() - label.anchor[0] * size.width(),
                at.y() - label.anchor[1] * size.height(),
                size.width(),
                size.height(),
            )
            painter.setPen(QColor(label.colour))
            painter.drawText(box, label.align | Qt.AlignmentFlag.AlignVCenter, label.text)
        painter.restore()
