"""Juror mode: a juror scores a ballot offline in their own workspace (design §4)."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

_OPEN: list = []  # juror windows opened from another window, kept alive while shown


def open_workspace(path: Path, parent: QWidget | None = None, *, root: Path | None = None):
    """The ballot's workspace (made, or reopened to resume), or None after a message."""
    from nomdesk.errors import NomdeskError
    from nomdesk.exchange.juror_workspace import JurorWorkspace
    from nomdesk.ui.errors import translate_error

    try:
        return JurorWorkspace.open_ballot(path, root=root)
    except NomdeskError as err:
        title = QCoreApplication.translate("JurorMode", "Cannot open the ballot")
        QMessageBox.warning(parent, title, translate_error(err))
        return None


def open_ballot(path, parent=None, *, root: Path | None = None):
    """Open (or reopen) the juror workspace of a ballot in a juror window; None if refused.

    At start-up (no parent) the caller shows the window; from another window it is shown
    here, beside that window. A ballot already open in a window brings that window forward.
    """
    from PySide6.QtCore import Qt

    from nomdesk.ui.juror.window import JurorWindow

    path = Path(path)
    window = _already_open(path, root)
    if window is not None:
        window.raise_()
        window.activateWindow()
        return window
    workspace = open_workspace(path, parent, root=root)
    if workspace is None:
        return None
    window = JurorWindow(workspace, path, root)
    if parent is not None:
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _keep(window)
        window.show()
    return window


def _already_open(path: Path, root: Path | None):
    """A shown juror window on this ballot's workspace, if any."""
    from nomdesk.errors import NomdeskError
    from nomdesk.exchange.files import read_ballot
    from nomdesk.exchange.juror_workspace import JurorWorkspace

    if not _OPEN:
        return None
    try:
        folder = JurorWorkspace.folder_for(read_ballot(path).ballot_uid, root)
    except NomdeskError:
        return None  # opening it says what is wrong
    return next((w for w in _OPEN if w.juror_workspace.folder == folder and not w.closed), None)


def _keep(window) -> None:
    _OPEN.append(window)
    window.destroyed.connect(lambda *_args: _OPEN.remove(window) if window in _OPEN else None)
