"""Text blocks: paragraphs (wrapping, splitting across pages), headings and rules."""

from dataclasses import dataclass, field, replace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextCharFormat, QTextLayout, QTextOption

from nomdesk.reporting import style
from nomdesk.reporting.fonts import font
from nomdesk.reporting.layout import Block, Canvas


@dataclass(frozen=True)
class Span:
    """A run of text in one weight and slant."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class TextStyle:
    size: float = style.BODY
    bold: bool = False
    italic: bool = False
    color: QColor = field(default_factory=lambda: QColor(style.TEXT))
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    leading: float = 1.32  # line advance as a share of the line's height
    indent: float = 0.0  # points, every line
    bullet: str = ""  # painted in the indent of the first line
    bar: QColor | None = None  # a vertical line in the indent, beside every line (a quote)


class _Lines:
    """A laid-out paragraph: the layout, and each line's (text start, top, advance)."""

    def __init__(self, layout: QTextLayout, lines: list[tuple[int, float, float]]) -> None:
        self.layout = layout
        self.lines = lines

    @property
    def height(self) -> float:
        return sum(advance for _start, _top, advance in self.lines)


class Paragraph(Block):
    def __init__(
        self,
        content: str | list[Span],
        text_style: TextStyle = TextStyle(),
        *,
        space_before: float = 5.0,
        keep_with_next: bool = False,
    ) -> None:
        plain = isinstance(content, str)
        self.spans = [Span(content, text_style.bold, text_style.italic)] if plain else content
        self.style = text_style
        self.space_before = space_before
        self.keep_with_next = keep_with_next
        self._laid: dict[tuple[int, float], _Lines] = {}

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)

    def _layout(self, canvas: Canvas, width: float) -> _Lines:
        key = (id(canvas.device), width)
        if key not in self._laid:
            self._laid[key] = self._lay_out(canvas, width)
        return self._laid[key]

    def _lay_out(self, canvas: Canvas, width: float) -> _Lines:
        s = self.style
        layout = QTextLayout(self.text, font(s.size, bold=s.bold, italic=s.italic), canvas.device)
        option = QTextOption(s.align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.setFormats(self._formats())
        layout.beginLayout()
        lines, y = [], 0.0
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width - canvas.pt(s.indent))
            advance = line.height() * s.leading
            line.setPosition(QPointF(0.0, y + (advance - line.height()) / 2))
            lines.append((line.textStart(), y, advance))
            y += advance
        layout.endLayout()
        return _Lines(layout, lines)

    def _formats(self) -> list[QTextLayout.FormatRange]:
        ranges, start = [], 0
        for span in self.spans:
            chosen = QTextLayout.FormatRange()
            chosen.start, chosen.length = start, len(span.text)
            char_format = QTextCharFormat()
            char_format.setFont(font(self.style.size, bold=span.bold, italic=span.italic))
            chosen.format = char_format
            ranges.append(chosen)
            start += len(span.text)
        return ranges

    def measure(self, canvas: Canvas, width: float) -> float:
        return self._layout(canvas, width).height

    def lead(self, canvas: Canvas, width: float) -> float:
        lines = self._layout(canvas, width).lines
        return sum(advance for _s, _t, advance in lines[:2])

    def split(self, canvas: Canvas, width: float, room: float):
        lines = self._layout(canvas, width).lines
        fits, used = 0, 0.0
        while fits < len(lines) and used + lines[fits][2] <= room:
            used += lines[fits][2]
            fits += 1
        if len(lines) - fits == 1 and fits > 2:
            fits -= 1  # no widow: carry a second line over with the last
        if fits == 0 or (fits == 1 and len(lines) > 2):
            return None, self  # no orphan: the paragraph starts on the next page
        cut = lines[fits][0]
        return self._part(0, cut, self.space_before), self._part(cut, len(self.text), 0.0)

    def _part(self, start: int, end: int, space_before: float) -> "Paragraph":
        spans, offset = [], 0
        for span in self.spans:
            low, high = max(start, offset), min(end, offset + len(span.text))
            if low < high:
                spans.append(replace(span, text=span.text[low - offset : high - offset]))
            offset += len(span.text)
        text_style = replace(self.style, bullet="") if start else self.style
        return Paragraph(spans, text_style, space_before=space_before)

    def paint(self, canvas: Canvas, painter: QPainter, rect: QRectF) -> None:
        laid = self._layout(canvas, rect.width())
        painter.setPen(self.style.color)
        indent = canvas.pt(self.style.indent)
        laid.layout.draw(painter, QPointF(rect.left() + indent, rect.top()))
        if self.style.bar is not None:
            painter.fillRect(QRectF(rect.left(), rect.top(), canvas.pt(2.4), rect.height()),
                             self.style.bar)  # fmt: skip
        if self.style.bullet and laid.lines:
            painter.setFont(font(self.style.size, bold=self.style.bold))
            top, advance = laid.lines[0][1], laid.lines[0][2]
            bullet_box = QRectF(rect.left(), rect.top() + top, indent, advance)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(bullet_box, flags, self.style.bullet)


def heading(text: str, level: int = 1, *, space_before: float | None = None) -> Paragraph:
    """A heading that stays with what follows it."""
    size = {1: style.H1, 2: style.H2}.get(level, style.H3)
    color = style.ACCENT if level < 3 else style.TEXT
    gap = {1: 26.0, 2: 16.0}.get(level, 10.0) if space_before is None else space_before
    text_style = TextStyle(size=size, bold=True, color=color, leading=1.2)
    return Paragraph(text, text_style, space_before=gap, keep_with_next=True)


def muted(text: str, *, size: float = style.SMALL, space_before: float = 2.0) -> Paragraph:
    return Paragraph(text, TextStyle(size=size, color=style.MUTED), space_before=space_before)


class Rule(Block):
    """A horizontal line across the frame."""

    def __init__(self, *, color: QColor = style.ACCENT, weight: float = 1.2, space_before=4.0):
        self.color = color
        self.weight = weight
        self.space_before = space_before

    def measure(self, canvas: Canvas, width: float) -> float:
        return canvas.pt(self.weight + 4.0)

    def paint(self, canvas: Canvas, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(QPen(self.color, canvas.pt(self.weight)))
        y = rect.top() + canvas.pt(self.weight / 2)
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
