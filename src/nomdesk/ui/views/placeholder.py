"""A plain view used until a real one exists (Criteria, Jury, Overview)."""

from PySide6.QtWidgets import QLabel, QVBoxLayout

from nomdesk.ui.views.base import YearView


class PlaceholderView(YearView):
    def __init__(self, workspace, text: str, parent=None) -> None:
        super().__init__(workspace, parent)
        label = QLabel(text)
        QVBoxLayout(self).addWidget(label)

    def refresh(self) -> None:
        pass
