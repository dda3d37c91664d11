"""The juror's own radar chart of the chosen nominee: one axis per criterion.

pyqtgraph (~0.5 s to import) is loaded only when the chart is first shown.
"""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from nomdesk.exchange.workspace_views import CriterionView, NomineeContent
from nomdesk.ui.juror.language import pick

SIDE_ROOM = (-2.0, 2.0)


class RadarPanel(QWidget):
    def __init__(self, criteria: list[CriterionView], juror: str, parent=None) -> None:
        super().__init__(parent)
        self.criteria = criteria
        self.juror = juror
        self.chart = None  # the RadarChart, made when first shown
        self._waiting: NomineeContent | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def show_cells(self, content: NomineeContent, *, visible: bool) -> None:
        """Draw the nominee's scores now if the chart is on screen, else when it is shown."""
        self._waiting = content
        if visible:
            self._draw()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._draw()

    def _draw(self) -> None:
        content, self._waiting = self._waiting, None
        if content is None:
            return
        chart = self._chart()
        from nomdesk.ui.charts.radar import RadarSeries

        name = pick(content.display_name, content.display_name_en)
        title = self.tr("{juror}'s scores for {nominee}")
        chart.set_title(title.format(juror=self.juror, nominee=name))
        values = [self._value(content, c) for c in self.criteria]
        axes = [pick(c.name, c.name_en) for c in self.criteria]
        scales = [(c.scale_min, c.scale_max) for c in self.criteria]
        series = [RadarSeries(self.juror, values)]
        note = ""
        if content.conflict_reason is not None:
            note = self.tr("You declared a conflict: these scores are not sent.")
        elif any(v is None for v in values):
            note = self.tr("The shape is closed once every criterion is scored.")
        chart.set_data(axes, scales, series, note)
        # Room for the names of the side axes when the pane is narrower than it is tall.
        chart.plot.getViewBox().setRange(xRange=SIDE_ROOM, yRange=(-1.4, 1.4), padding=0)

    @staticmethod
    def _value(content: NomineeContent, criterion: CriterionView) -> float | None:
        cell = content.cells.get(criterion.uid)
        return cell.value if cell is not None else None

    def _chart(self):
        if self.chart is None:
            try:
                from nomdesk.ui.charts.radar import RadarChart
            except ImportError:  # the charts package is not part of this build
                self.layout_.addWidget(QLabel(self.tr("The chart is not available.")))
                raise
            self.chart = RadarChart()
            self.layout_.addWidget(self.chart)
        return self.chart
