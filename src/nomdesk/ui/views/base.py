"""What every per-year view shares: the workspace, the shown year, refresh on change."""

from PySide6.QtWidgets import QWidget

from nomdesk.ui.workspace import Workspace


class YearView(QWidget):
    """A view of one award year; it refreshes itself whenever the data changes."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.year_id: int | None = None
        workspace.changed.connect(self._changed)

    @property
    def session(self):
        return self.workspace.session

    def set_year(self, year_id: int | None) -> None:
        self.year_id = year_id
        self.refresh()

    def _changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        if getattr(self, "_stale", False):
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Show the current data for `year_id` (None: nothing selected)."""
        raise NotImplementedError
