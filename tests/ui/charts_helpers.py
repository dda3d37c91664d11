"""Helpers for the Charts tab's tests: open the tab on a year, point at a chart."""

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from nomdesk.db.models import AwardYear
from nomdesk.services import rounds
from tests.ui.conftest import year_item

MOVE_GAP_MS = 20  # pyqtgraph's mouseRateLimit is 100 moves a second


def open_charts(window, qtbot, year: int = 2027, page: int = 0):
    """Select the year, show the Charts tab and one of its pages; the view."""
    window.tree.setCurrentItem(year_item(window, year))
    window.show_tab("charts")
    view = window.charts
    view.tabs.setCurrentIndex(page)
    qtbot.waitUntil(lambda: view.isVisible())
    QApplication.processEvents()
    return view


def round_id(session, year: int = 2027) -> int:
    year_row = session.exec(select(AwardYear).where(AwardYear.year == year)).one()
    return rounds.list_rounds(session=session, year_id=year_row.id)[-1].id


def point_at(chart, view_box, x: float, y: float) -> str:
    """Move the mouse over the data point (x, y) of `view_box`; the hover line's text."""
    QTest.qWait(MOVE_GAP_MS)  # pyqtgraph drops moves closer together than its rate limit
    scene = view_box.mapViewToScene(QPointF(x, y))
    viewport = chart.plot_widget.viewport()
    local = QPointF(chart.plot_widget.mapFromScene(scene))
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        local,
        QPointF(viewport.mapToGlobal(local)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)
    return chart.hover.text()


def items_of(chart, kind) -> list:
    """The items of one pyqtgraph class the chart draws, in drawing order."""
    extra = getattr(chart, "totals_view", None)
    items = list(chart.plot.items) + (list(extra.addedItems) if extra is not None else [])
    return [item for item in items if isinstance(item, kind)]
