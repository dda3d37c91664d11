"""Placeholder until the view is built."""

from nomdesk.ui.views.base import YearView


class ResultsView(YearView):
    def refresh(self) -> None:
        pass
