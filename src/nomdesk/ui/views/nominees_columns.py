"""Column widths of the nominee table: fitted to the contents while they fit, shared out
by weight when the table is narrow, and left alone once a person drags a column."""

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableView

MIN_WIDTH = 60
TITLE_PADDING = 16


class ColumnFitter(QObject):
    """Fits the columns of `table` on `fit()` and whenever the table is resized.

    `weights` maps the columns that may shrink below their contents to their share of
    the room left by the others.
    """

    def __init__(self, table: QTableView, weights: dict[int, int]) -> None:
        super().__init__(table)
        self.table = table
        self.weights = weights
        self.user_sized = False
        self._fitting = False
        table.horizontalHeader().sectionResized.connect(self._resized_by_hand)
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)  # its size is final when it hears

    def fit(self) -> None:
        """Size the columns afresh (a new year: forget what a person dragged)."""
        self.user_sized = False
        self._apply()

    def eventFilter(self, watched, event) -> bool:
        # Compare with the viewport kept at start: the table may already be deleted when a
        # late event arrives (its C++ object goes before this Python object).
        resized = event.type() == QEvent.Type.Resize
        mine = watched is self._viewport and shiboken6.isValid(self.table)
        if resized and mine and not self.user_sized:
            self._apply()
        return False

    def _resized_by_hand(self, *_args) -> None:
        # The header also resizes its last section itself; only a drag counts.
        dragging = QGuiApplication.mouseButtons() & Qt.MouseButton.LeftButton
        if not self._fitting and dragging:
            self.user_sized = True

    def _apply(self) -> None:
        self._fitting = True
        try:
            header = self.table.horizontalHeader()
            hints = [header.sectionSizeHint(c) for c in range(header.count())]
            wanted = self._content_widths(hints)
            widths = self.widths(wanted, self.table.viewport().width(), self._titles())
            for column, width in enumerate(widths):
                header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _titles(self) -> list[int]:
        """The width of each column's title alone (without room for a sort arrow)."""
        model, metrics = self.table.model(), self.table.horizontalHeader().fontMetrics()
        titles = (
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        )
        return [metrics.horizontalAdvance(str(t)) + TITLE_PADDING for t in titles]

    def _content_widths(self, header_widths: list[int]) -> list[int]:
        return [max(self.table.sizeHintForColumn(c), w) for c, w in enumerate(header_widths)]

    def widths(self, wanted: list[int], available: int, least: list[int]) -> list[int]:
        """Content widths when they fit in `available`; else the weighted columns share
        what the others leave in proportion to their weights, each kept between its
        `least` (title, MIN_WIDTH) and its contents."""
        if sum(wanted) <= available:
            return wanted
        shrinking = [c for c in self.weights if c < len(wanted)]
        room = available - sum(w for c, w in enumerate(wanted) if c not in shrinking)
        bounds = {
            c: (max(MIN_WIDTH, least[c]), max(MIN_WIDTH, least[c], wanted[c])) for c in shrinking
        }

        def fitted(level: float) -> dict[int, int]:
            return {
                c: min(max(int(level * self.weights[c]), lo), hi) for c, (lo, hi) in bounds.items()
            }

        low, high = 0.0, float(max(hi for _lo, hi in bounds.values()))
        for _ in range(40):  # the widths grow with the level: find the level that fills room
            middle = (low + high) / 2
            low, high = (middle, high) if sum(fitted(middle).values()) <= room else (low, middle)
        result = list(wanted)
        for c, width in fitted(low).items():
            result[c] = width
        return result
