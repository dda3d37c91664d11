"""The jury view of a year (a first version; see the secretariat UI issue)."""

from nomdesk.ui.views.placeholder import PlaceholderView


class JuryView(PlaceholderView):
    def __init__(self, workspace, parent=None) -> None:
        super().__init__(workspace, "", parent)
