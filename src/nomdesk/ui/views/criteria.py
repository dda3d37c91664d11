"""The criteria view of a year (a first version; see the secretariat UI issue)."""

from nomdesk.ui.views.placeholder import PlaceholderView


class CriteriaView(PlaceholderView):
    def __init__(self, workspace, parent=None) -> None:
        super().__init__(workspace, "", parent)
