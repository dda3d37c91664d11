"""Files the desktop asks nomdesk to open (macOS Finder: a QFileOpenEvent, not an argument).

On macOS a double-clicked ballot or score sheet reaches the running app as a QFileOpenEvent,
possibly before the main window exists (at launch, while the database opens). The router
keeps such paths until a window is attached, then hands each to its `open_path(Path)`, which
already knows ballots, score sheets and databases.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication


class FileOpenRouter(QObject):
    """An application event filter that routes QFileOpenEvent paths to a window."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._target: Callable[[Path], object] | None = None
        self.pending: list[Path] = []
        app.installEventFilter(self)

    def attach(self, window) -> None:
        """From now on paths go to `window.open_path`; those that came earlier go first."""
        self._target = window.open_path
        waiting, self.pending = self.pending, []
        for path in waiting:
            self._target(path)

    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        path = _path_of(event)
        if path is None:
            return False
        if self._target is None:
            self.pending.append(path)
        else:
            self._target(path)
        return True


def _path_of(event: QFileOpenEvent) -> Path | None:
    """The local file the event names (a URL's local file when `file()` is empty)."""
    name = event.file() or event.url().toLocalFile()
    return Path(name) if name else None


def install(app: QApplication) -> FileOpenRouter:
    """Start collecting file-open requests; call before the first event loop runs."""
    router = app.findChild(FileOpenRouter)
    return router if router is not None else FileOpenRouter(app)
