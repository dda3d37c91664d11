"""File ▸ Winners report… (Ctrl+P): the report dialog for the selected award year."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def run(window, *_args):
    """Open the report dialog (window-modal, not blocking); returns it, or None."""
    year_id = window.tree.current_year_id()
    if year_id is None or window.workspace is None:
        QMessageBox.information(
            window,
            QCoreApplication.translate("ReportAction", "Winners report"),
            QCoreApplication.translate("ReportAction", "Choose an award year first."),
        )
        return None
    from nomdesk.ui.dialogs.report_dialog import ReportDialog

    dialog = ReportDialog(window.workspace, year_id, window)
    window.report_dialog = dialog  # keep it alive while it is open
    dialog.open()
    return dialog
