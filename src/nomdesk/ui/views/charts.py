"""Placeholder until the view is built."""

from nomdesk.ui.views.base import YearView


class ChartsView(YearView):
    def refresh(self) -> None:
        pass
