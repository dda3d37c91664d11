"""Tables whose cells wrap, that break between rows and repeat their header on each page."""

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from nomdesk.reporting import style
from nomdesk.reporting.fonts import font
from nomdesk.reporting.layout import Block, Canvas

LEFT = Qt.AlignmentFlag.AlignLeft
RIGHT = Qt.AlignmentFlag.AlignRight
CENTRE = Qt.AlignmentFlag.AlignHCenter
PADDING = (3.2, 4.0)  # points: vertical, horizontal


@dataclass(frozen=True)
class Column:
    title: str
    weight: float = 1.0  # share of the table's width
    align: Qt.AlignmentFlag = LEFT


@dataclass(frozen=True)
class TableStyle:
    size: float = style.TABLE
    header: bool = True
    stripes: bool = True
    grid: bool = False  # lines around every cell (a form to fill in)
    min_row: float = 0.0  # points
    bold_rows: frozenset[int] = field(default_factory=frozenset)
    marked_rows: frozenset[int] = field(default_factory=frozenset)  # a coloured left edge
    width: float = 1.0  # share of the frame, from its left edge


def fit_widths(weights: list[float], least: list[float], total: float) -> list[float]:
    """Share `total` by weight; a column that would be narrower than its least width gets
    that, and the others share the rest."""
    fixed: set[int] = set()
    while True:
        rest = total - sum(least[i] for i in fixed)
        free = sum(w for i, w in enumerate(weights) if i not in fixed)
        if free <= 0:
            return [least[i] for i in range(len(weights))]
        widths = [least[i] if i in fixed else rest * w / free for i, w in enumerate(weights)]
        short = {i for i, w in enumerate(widths) if i not in fixed and w < least[i]}
        if not short:
            return widths
        fixed |= short


def _flags(align: Qt.AlignmentFlag) -> int:
    vertical = Qt.AlignmentFlag.AlignVCenter.value
    return align.value | vertical | Qt.TextFlag.TextWordWrap.value


class Table(Block):
    def __init__(
        self,
        columns: list[Column],
        rows: list[list[str]],
        table_style: TableStyle = TableStyle(),
        *,
        space_before: float = 6.0,
        first_row: int = 0,
        widths: list[float] | None = None,
    ) -> None:
        self.columns = columns
        self.rows = rows
        self.style = table_style
        self.space_before = space_before
        self.first_row = first_row  # index of rows[0] in the whole table (for bold rows)
        self._fixed = widths  # a split table keeps the whole table's column widths
        self._fixed_for: tuple[int, float] | None = None
        self._heights: dict[tuple[int, float], tuple[float, list[float]]] = {}

    def _widths(self, canvas: Canvas, width: float) -> list[float]:
        """Column widths by weight, but never narrower than the column's longest word."""
        if self._fixed is None or self._fixed_for != (id(canvas.device), width):
            weights = [c.weight for c in self.columns]
            self._fixed = fit_widths(weights, self._least_widths(canvas), width * self.style.width)
            self._fixed_for = (id(canvas.device), width)
        return self._fixed

    def _least_widths(self, canvas: Canvas) -> list[float]:
        metrics = canvas.metrics(font(self.style.size, bold=True))  # bold is the wider
        measured: dict[str, float] = {}
        least = [0.0] * len(self.columns)
        for cells in [[c.title for c in self.columns], *self.rows]:
            for i, text in enumerate(cells):
                for word in text.split():
                    if word not in measured:
                        measured[word] = metrics.horizontalAdvance(word)
                    least[i] = max(least[i], measured[word])
        return [w + 2 * canvas.pt(PADDING[1]) + canvas.pt(1) for w in least]

    def _cell_height(self, canvas: Canvas, text: str, width: float, bold: bool) -> float:
        pad_v, pad_h = (canvas.pt(p) for p in PADDING)
        metrics = canvas.metrics(font(self.style.size, bold=bold))
        box = QRectF(0, 0, max(width - 2 * pad_h, 1.0), 1e7)
        return metrics.boundingRect(box, _flags(LEFT), text or " ").height() + 2 * pad_v

    def _row_height(self, canvas: Canvas, cells: list[str], widths, bold: bool, least=0.0):
        heights = [
            self._cell_height(canvas, t, w, bold) for t, w in zip(cells, widths, strict=True)
        ]
        return max([*heights, canvas.pt(least)])

    def _measure_rows(self, canvas: Canvas, width: float) -> tuple[float, list[float]]:
        key = (id(canvas.device), width)
        if key not in self._heights:
            widths = self._widths(canvas, width)
            titles = [c.title for c in self.columns]
            header = self._row_height(canvas, titles, widths, True) if self.style.header else 0.0
            rows = [
                self._row_height(canvas, row, widths, self._bold(i), self.style.min_row)
                for i, row in enumerate(self.rows)
            ]
            self._heights[key] = (header, rows)
        return self._heights[key]

    def _bold(self, index: int) -> bool:
        return index + self.first_row in self.style.bold_rows

    def measure(self, canvas: Canvas, width: float) -> float:
        header, rows = self._measure_rows(canvas, width)
        return header + sum(rows)

    def lead(self, canvas: Canvas, width: float) -> float:
        header, rows = self._measure_rows(canvas, width)
        return header + sum(rows[:2])

    def split(self, canvas: Canvas, width: float, room: float):
        header, rows = self._measure_rows(canvas, width)
        used, fits = header, 0
        while fits < len(rows) and used + rows[fits] <= room:
            used += rows[fits]
            fits += 1
        if fits == 0 or (fits == 1 and len(rows) > 2):
            return None, self
        widths = self._widths(canvas, width)
        head = Table(self.columns, self.rows[:fits], self.style, space_before=self.space_before,
                     first_row=self.first_row, widths=widths)  # fmt: skip
        tail = Table(self.columns, self.rows[fits:], self.style, space_before=0.0,
                     first_row=self.first_row + fits, widths=widths)  # fmt: skip
        head._fixed_for = tail._fixed_for = self._fixed_for
        return head, tail

    def paint(self, canvas: Canvas, painter: QPainter, rect: QRectF) -> None:
        header, rows = self._measure_rows(canvas, rect.width())
        widths = self._widths(canvas, rect.width())
        rect = QRectF(rect.left(), rect.top(), sum(widths), rect.height())
        y = rect.top()
        if self.style.header:
            self._paint_header(
                canvas, painter, QRectF(rect.left(), y, rect.width(), header), widths
            )
            y += header
        for i, (cells, height) in enumerate(zip(self.rows, rows, strict=True)):
            row_rect = QRectF(rect.left(), y, rect.width(), height)
            self._paint_row(canvas, painter, row_rect, widths, cells, i)
            y += height

    def _paint_header(self, canvas: Canvas, painter: QPainter, rect: QRectF, widths) -> None:
        painter.fillRect(rect, style.ACCENT_LIGHT)
        titles = [c.title for c in self.columns]
        self._paint_cells(canvas, painter, rect, widths, titles, bold=True, color=style.ACCENT)
        painter.setPen(QPen(style.ACCENT, canvas.pt(0.8)))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

    def _paint_row(self, canvas, painter: QPainter, rect: QRectF, widths, cells, index) -> None:
        whole = index + self.first_row
        if self.style.stripes and whole % 2 == 1:
            painter.fillRect(rect, style.STRIPE)
        if whole in self.style.marked_rows:
            edge = QRectF(rect.left(), rect.top(), canvas.pt(2.2), rect.height())
            painter.fillRect(edge, style.HIGHLIGHT)
        self._paint_cells(canvas, painter, rect, widths, cells, bold=self._bold(index))
        if self.style.grid:
            self._paint_grid(canvas, painter, rect, widths)
        else:
            painter.setPen(QPen(style.RULE, canvas.pt(0.4)))
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())

    def _paint_cells(self, canvas, painter, rect, widths, cells, *, bold, color=style.TEXT):
        pad_v, pad_h = (canvas.pt(p) for p in PADDING)
        painter.setFont(font(self.style.size, bold=bold))
        painter.setPen(QColor(color))
        x = rect.left()
        for column, width, text in zip(self.columns, widths, cells, strict=True):
            box = QRectF(
                x + pad_h, rect.top() + pad_v, width - 2 * pad_h, rect.height() - 2 * pad_v
            )
            painter.drawText(box, _flags(column.align), text)
            x += width

    def _paint_grid(self, canvas: Canvas, painter: QPainter, rect: QRectF, widths) -> None:
        painter.setPen(QPen(style.MUTED, canvas.pt(0.5)))
        painter.setBrush(QBrush())
        painter.drawRect(rect)
        x = rect.left()
        for width in widths[:-1]:
            x += width
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
