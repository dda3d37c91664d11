"""Files dropped on a window: ballots open juror mode, score sheets the import preview.

    install_drop_handler(main_window)                      # ballots and score sheets
    install_drop_handler(juror_window, open_ballots, (".nomballot",))

The window accepts a drag only when it carries at least one local file it can take.
"""

import importlib
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

BALLOT, SHEET = ".nomballot", ".nomscores"


def dropped_paths(event: QDropEvent, suffixes: Sequence[str]) -> list[Path]:
    """The local files of a drag whose suffix is one of `suffixes`, in the order given."""
    data = event.mimeData()
    if data is None or not data.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in suffixes]


def open_dropped(window, paths: list[Path]) -> None:
    """The main window's handling: each ballot in juror mode, all sheets in one import."""
    sheets = [p for p in paths if p.suffix.lower() == SHEET]
    for ballot in (p for p in paths if p.suffix.lower() == BALLOT):
        window.open_path(ballot)
    if sheets:
        importlib.import_module("nomdesk.ui.actions.import_sheets").run(window, sheets)


class DropHandler(QObject):
    """An event filter on a window that takes drags of the files it can handle."""

    def __init__(
        self, window: QWidget, handle: Callable[[list[Path]], None], suffixes: Sequence[str]
    ) -> None:
        super().__init__(window)
        self.handle = handle
        self.suffixes = tuple(s.lower() for s in suffixes)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if dropped_paths(event, self.suffixes):
                event.acceptProposedAction()
                return True
            return False
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = dropped_paths(event, self.suffixes)
            if paths:
                event.acceptProposedAction()
                # After the drop returns: the handler may ask questions in dialogs.
                QTimer.singleShot(0, lambda: self.handle(paths))
                return True
        return False


def install_drop_handler(
    window: QWidget,
    handle: Callable[[list[Path]], None] | None = None,
    suffixes: Sequence[str] = (BALLOT, SHEET),
) -> DropHandler:
    """Let `window` take dropped files; by default the main window's ballots and sheets."""
    if handle is None:
        return DropHandler(window, lambda paths: open_dropped(window, paths), suffixes)
    return DropHandler(window, handle, suffixes)
