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

FILTER = "nomdesk (*.db *.nomdesk);;*"


def open_workspace(path: Path) -> Workspace:
    """Open or create a database as a workspace (raises NomdeskError)."""
    opened = open_database(path)
    settings.remember_file(str(path))
    return Workspace(path, opened.engine, new_session(opened.engine))


def try_open(parent: QWidget, path: Path) -> Workspace | None:
    try:
        return open_workspace(path)
    except NomdeskError as err:
        show_error(parent, err, QCoreApplication.translate("FileMenu", "Cannot open the database"))
        return None


def ask_new(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("FileMenu", "New database"), "", FILTER
    )
    return Path(name) if name else None


def ask_open(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("FileMenu", "Open database"), "", FILTER
    )
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
