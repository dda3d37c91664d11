"""OrganisationsDialog (a first version; see the secretariat UI issue)."""

from PySide6.QtWidgets import QDialog


class OrganisationsDialog(QDialog):
    def __init__(self, workspace, parent=None, **_kwargs) -> None:
        super().__init__(parent)
        self.workspace = workspace
