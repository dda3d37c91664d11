"""The detail pane of a nominee (texts, initiatives, site visits, attachments)."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from nomdesk.ui.workspace import Workspace


class NomineeDetail(QWidget):
    """Shows and edits one nominee; `show_nominee(None)` empties it."""

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.nominee_id: int | None = None
        self.title = QLabel()
        QVBoxLayout(self).addWidget(self.title)

    def show_nominee(self, nominee_id: int | None) -> None:
        self.nominee_id = nominee_id
        self.title.setText("" if nominee_id is None else str(nominee_id))
