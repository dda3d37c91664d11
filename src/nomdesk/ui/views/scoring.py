"""Placeholder until the view is built."""

from nomdesk.ui.views.base import YearView


class ScoringView(YearView):
    def refresh(self) -> None:
        pass
