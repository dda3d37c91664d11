"""File ▸ Import score sheets… (also a .nomscores opened, passed on the command line or
dropped on the window): choose the files, check the preview, import the accepted ones."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from nomdesk.errors import NomdeskError
from nomdesk.exchange.formats import SHEET_SUFFIX
from nomdesk.ui import settings
from nomdesk.ui.errors import show_error

CONTEXT = "ImportSheets"


def ask_files(window) -> list[Path]:
    title = QCoreApplication.translate(CONTEXT, "Import score sheets")
    kind = QCoreApplication.translate(CONTEXT, "Score sheets")
    start = settings.read(settings.EXCHANGE_FOLDER)
    names, _filter = QFileDialog.getOpenFileNames(window, title, start, f"{kind} (*{SHEET_SUFFIX})")
    return [Path(name) for name in names]


def run(window, paths: list[Path] | None = None, *_args):
    """Ask for the files (unless given), show the preview, import on request.

    Returns the dialog after it closed (None when nothing was shown), for tests."""
    from nomdesk.ui.dialogs.import_sheets_dialog import ImportSheetsDialog

    if window.workspace is None:
        return None
    paths = [Path(p) for p in paths] if paths else ask_files(window)
    if not paths:
        return None
    try:
        dialog = ImportSheetsDialog(window.workspace, paths, window)
    except NomdeskError as err:
        show_error(window, err, QCoreApplication.translate(CONTEXT, "Import score sheets"))
        return None
    if dialog.exec() and dialog.result_preview is not None:
        window.statusBar().showMessage(status_text(dialog.result_preview))
    return dialog


def status_text(done) -> str:
    from nomdesk.exchange import sheet_import

    imported = len(done.with_status(sheet_import.ACCEPTED)) if done.applied else 0
    refused = len(done.with_status(sheet_import.REFUSED))
    text = QCoreApplication.translate(CONTEXT, "Imported %n score sheet(s)", "", imported)
    if refused:
        text += "; " + QCoreApplication.translate(CONTEXT, "%n refused", "", refused)
    return text
