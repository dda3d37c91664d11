"""File menu actions: new database, open, open recent, save a copy."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from nomdesk.db.open import copy_database, open_database
from nomdesk.db.session import new_session
from nomdesk.errors import NomdeskError
from nomdesk.ui import settings
from nomdesk.ui.errors import show_error
from nomdesk.ui.workspace import Workspace

FILTER = "nomdesk (*.db *.nomdesk *.nomballot *.nomscores);;*"


def open_workspace(path: Path, *, create: bool = True) -> Workspace:
    """Open (or, with `create`, create) a database as a workspace; raises NomdeskError."""
    opened = open_database(path, create=create)
    settings.remember_file(str(path))
    actor = settings.read(settings.USER_NAME).strip() or None
    return Workspace(path, opened.engine, new_session(opened.engine, actor=actor))


def try_open(parent: QWidget, path: Path, *, create: bool = False) -> Workspace | None:
    """Open an existing database (or create one); a refusal is a message, not a crash."""
    try:
        return open_workspace(path, create=create)
    except NomdeskError as err:
        show_error(parent, err, QCoreApplication.translate("FileMenu", "Cannot open the database"))
        return None


def ask_new(parent: QWidget) -> Path | None:
    """A path for a new database: never an existing file (that would be opening it)."""
    title = QCoreApplication.translate("FileMenu", "New database")
    name, _ = QFileDialog.getSaveFileName(parent, title, "", FILTER)
    if not name:
        return None
    path = Path(name) if Path(name).suffix else Path(f"{name}.db")
    if path.exists() and path.stat().st_size > 0:
        exists = NomdeskError(
            "{path} exists already; choose a new file name for a new database.", path=str(path)
        )
        show_error(parent, exists, title)
        return None
    return path


def ask_open(parent: QWidget) -> Path | None:
    title = QCoreApplication.translate("FileMenu", "Open database")
    name, _ = QFileDialog.getOpenFileName(parent, title, "", FILTER)
    return Path(name) if name else None


def save_copy(parent: QWidget, workspace: Workspace) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("FileMenu", "Save a copy"), "", FILTER
    )
    if not name:
        return None
    try:
        copy_database(workspace.path, Path(name))
    except NomdeskError as err:
        show_error(parent, err)
        return None
    return Path(name)
