"""File ▸ Import nominees…: pick a web form's CSV or XLSX export, check the preview, import."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from nomdesk.errors import NomdeskError
from nomdesk.services.guards import writable_year
from nomdesk.ui.errors import show_error


def run(window, *args, path: Path | None = None):
    """Ask for the file (unless given), then show the import dialog for the chosen year.

    Returns the dialog after it closed (None when nothing was shown), for tests."""
    from nomdesk.ui.dialogs.import_nominees_dialog import (
        ImportNomineesDialog,
        ask_file,
        read_or_show,
    )

    title = QCoreApplication.translate("ImportNominees", "Import nominees")
    year_id = window.tree.current_year_id()
    if year_id is None:
        show_error(window, NomdeskError("Choose a year first."), title)
        return None
    try:
        writable_year(window.workspace.session, year_id)
    except NomdeskError as err:
        show_error(window, err, title)
        return None
    path = path or ask_file(window)
    table = read_or_show(window, path) if path else None
    if table is None:
        return None
    dialog = ImportNomineesDialog(window.workspace, year_id, table, window)
    if dialog.exec() and dialog.imported is not None:
        result = dialog.imported
        message = QCoreApplication.translate(
            "ImportNominees", "Imported %n nominee(s) from {file}", "", len(result.nominee_uids)
        )
        window.statusBar().showMessage(message.format(file=table.name))
    return dialog
