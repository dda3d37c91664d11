"""Flowing blocks onto A4 pages: measure, break into pages, then paint with QPainter.

Sizes are given in points and painted in the device's own units (`Canvas.pt`), so the
same blocks paint onto a QPdfWriter (1200 dpi) and onto a print preview's QPrinter.
Pagination happens before painting, so every page knows the page count ("Page 2 of 6").
"""

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPagedPaintDevice, QPainter


@dataclass(frozen=True)
class Margins:
    """Page margins in points; the footer sits inside the bottom margin."""

    top: float = 58.0
    right: float = 62.0
    bottom: float = 70.0
    left: float = 62.0


class Canvas:
    """The device a document is measured and painted on, and its page frame."""

    def __init__(self, device: QPagedPaintDevice, margins: Margins = Margins()) -> None:
        self.device = device
        self.unit = device.logicalDpiY() / 72.0  # device units per point
        self.margins = margins
        self.page = QRectF(0, 0, device.width(), device.height())
        self.frame = self.page.adjusted(
            self.pt(margins.left), self.pt(margins.top), -self.pt(margins.right),
            -self.pt(margins.bottom),
        )  # fmt: skip

    def pt(self, points: float) -> float:
        return points * self.unit

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)


class Block:
    """A piece of the document's flow. Subclasses measure and paint; some can split."""

    space_before: float = 0.0  # points; dropped at the top of a page
    keep_with_next: bool = False

    def measure(self, canvas: Canvas, width: float) -> float:
        raise NotImplementedError

    def lead(self, canvas: Canvas, width: float) -> float:
        """The least of this block that may start a page (a heading keeps it company)."""
        return self.measure(canvas, width)

    def split(self, canvas: Canvas, width: float, room: float):
        """(a head that fits in `room`, the rest); (None, self) when no head fits."""
        return None, self

    def paint(self, canvas: Canvas, painter: QPainter, rect: QRectF) -> None:
        raise NotImplementedError


class PageBreak(Block):
    def measure(self, canvas: Canvas, width: float) -> float:
        return 0.0

    def paint(self, canvas: Canvas, painter: QPainter, rect: QRectF) -> None:
        pass


class Spacer(Block):
    def __init__(self, points: float) -> None:
        self.points = points

    def measure(self, canvas: Canvas, width: float) -> float:
        return canvas.pt(self.points)

    def paint(self, canvas: Canvas, painter: QPainter, rect: QRectF) -> None:
        pass


class Group(Block):
    """Blocks kept on one page when they fit on one; otherwise they flow one by one."""

    def __init__(self, blocks: list[Block], space_before: float = 0.0) -> None:
        self.blocks = blocks
        self.space_before = space_before

    def measure(self, canvas: Canvas, width: float) -> float:
        heights = [b.measure(canvas, width) for b in self.blocks]
        gaps = [canvas.pt(b.space_before) for b in self.blocks[1:]]
        return sum(heights) + sum(gaps)

    def paint(self, canvas: Canvas, painter: QPainter, rect: QRectF) -> None:
        y = rect.top()
        for i, block in enumerate(self.blocks):
            y += canvas.pt(block.space_before) if i else 0.0
            height = block.measure(canvas, rect.width())
            block.paint(canvas, painter, QRectF(rect.left(), y, rect.width(), height))
            y += height


Placed = tuple[Block, QRectF]


class _Pages:
    """The pages being filled and where the next block goes."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.pages: list[list[Placed]] = [[]]
        self.y = canvas.frame.top()

    @property
    def empty(self) -> bool:
        return not self.pages[-1]

    @property
    def room(self) -> float:
        return self.canvas.frame.bottom() - self.y

    def gap(self, block: Block) -> float:
        return 0.0 if self.empty else self.canvas.pt(block.space_before)

    def place(self, block: Block, height: float) -> None:
        self.y += self.gap(block)
        frame = self.canvas.frame
        self.pages[-1].append((block, QRectF(frame.left(), self.y, frame.width(), height)))
        self.y += height

    def new_page(self) -> None:
        if not self.empty:
            self.pages.append([])
        self.y = self.canvas.frame.top()


def paginate(canvas: Canvas, blocks: Iterable[Block]) -> list[list[Placed]]:
    """Every page's blocks with their rectangles."""
    pages = _Pages(canvas)
    width = canvas.frame.width()
    queue: deque[Block] = deque(blocks)
    while queue:
        _flow(pages, queue, width)
    return pages.pages


def _flow(pages: _Pages, queue: deque[Block], width: float) -> None:
    """Place the next block of the queue, splitting or moving it to a new page."""
    canvas = pages.canvas
    block = queue.popleft()
    if isinstance(block, PageBreak):
        pages.new_page()
        return
    height = block.measure(canvas, width)
    need = height + (_lead_of(queue, canvas, width) if block.keep_with_next else 0.0)
    if pages.gap(block) + need <= pages.room:
        pages.place(block, height)
    elif isinstance(block, Group) and pages.empty:
        queue.extendleft(reversed(block.blocks))  # taller than a page: let it flow
    elif pages.empty:
        _place_or_split(pages, queue, block, width)
    else:
        _split_or_move(pages, queue, block, width)


def _lead_of(queue: deque[Block], canvas: Canvas, width: float) -> float:
    if not queue or isinstance(queue[0], PageBreak):
        return 0.0
    return canvas.pt(queue[0].space_before) + queue[0].lead(canvas, width)


def _split_or_move(pages: _Pages, queue: deque[Block], block: Block, width: float) -> None:
    head, tail = (None, block)
    if not block.keep_with_next:
        head, tail = block.split(pages.canvas, width, pages.room - pages.gap(block))
    if head is not None:
        pages.place(head, head.measure(pages.canvas, width))
    pages.new_page()
    if tail is not None:
        queue.appendleft(tail)


def _place_or_split(pages: _Pages, queue: deque[Block], block: Block, width: float) -> None:
    """A block on an empty page that does not fit: split it, or let it overflow."""
    head, tail = block.split(pages.canvas, width, pages.room)
    if head is None:
        head, tail = block, None
    pages.place(head, head.measure(pages.canvas, width))
    if tail is not None:
        pages.new_page()
        queue.appendleft(tail)


Decorate = Callable[[QPainter, Canvas, int, int], None]
Progress = Callable[[int, int], None]


def render(
    device: QPagedPaintDevice,
    blocks: list[Block],
    decorate: Decorate,
    *,
    margins: Margins = Margins(),
    progress: Progress | None = None,
) -> int:
    """Paint the blocks page by page, then `decorate(painter, canvas, index, count)` each
    page (footer, watermark). Returns the number of pages."""
    canvas = Canvas(device, margins)
    pages = paginate(canvas, blocks)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the report could not be started on its output")
    try:
        for index, placed in enumerate(pages):
            _paint_page(canvas, painter, placed, decorate, index, len(pages))
            if progress is not None:
                progress(index + 1, len(pages))
    finally:
        painter.end()
    return len(pages)


def _paint_page(canvas: Canvas, painter: QPainter, placed, decorate, index, count) -> None:
    if index:
        canvas.device.newPage()
    for block, rect in placed:
        block.paint(canvas, painter, rect)
    decorate(painter, canvas, index, count)
