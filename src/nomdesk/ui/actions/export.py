"""File ▸ Export spreadsheet…: the chosen year as XLSX (every sheet) or its scores as CSV.

The sheets are read from the database on the GUI thread (a fraction of a second even
for a large year); writing the file, which takes seconds for 30,000 scores, runs on a
worker thread behind a modal progress dialog, so the window keeps painting.
"""

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QThread, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from nomdesk.db.models import Award, AwardYear
from nomdesk.errors import NomdeskError
from nomdesk.reporting.spreadsheet_tables import Table
from nomdesk.ui.errors import show_error

log = logging.getLogger("nomdesk")


def _title() -> str:
    return QCoreApplication.translate("Export", "Export spreadsheet")


class ExportWorker(QThread):
    """Writes read sheets to a file; reports the rows per sheet or the error."""

    written = Signal(object)  # dict: sheet name → rows
    failed = Signal(object)  # the exception

    def __init__(self, tables: list[Table], path: Path, parent=None) -> None:
        super().__init__(parent)
        self.tables, self.path = tables, path

    def run(self) -> None:
        from nomdesk.reporting.spreadsheet import write_tables

        try:
            self.written.emit(write_tables(self.tables, self.path))
        except Exception as err:  # shown to the user on the GUI thread
            self.failed.emit(err)


def run(window, *args) -> ExportWorker | None:
    """Ask for a file, read the year, write it; a status bar message says where."""
    year_id = window.tree.current_year_id()
    if year_id is None:
        show_error(window, NomdeskError("Choose a year first."), _title())
        return None
    path = ask_path(window, year_id)
    if path is None:
        return None
    from nomdesk.reporting.spreadsheet import year_sheets

    try:
        tables = year_sheets(session=window.workspace.session, year_id=year_id)
    except NomdeskError as err:
        show_error(window, err, _title())
        return None
    return start(window, tables, path)


def suggested_name(window, year_id: int) -> str:
    session = window.workspace.session
    year = session.get(AwardYear, year_id)
    award = session.get(Award, year.award_id)
    return re.sub(r'[\\/:*?"<>|]+', " ", f"{award.name} {year.year}").strip() + ".xlsx"


def ask_path(window, year_id: int) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    xlsx = QCoreApplication.translate("Export", "Excel workbook, every sheet (*.xlsx)")
    csv = QCoreApplication.translate("Export", "CSV, the scores only (*.csv)")
    name, chosen = QFileDialog.getSaveFileName(
        window,
        _title(),
        str(Path(folder) / suggested_name(window, year_id)),
        f"{xlsx};;{csv}",
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_name(path.name + (".csv" if chosen == csv else ".xlsx"))
    return path


def start(window, tables: list[Table], path: Path) -> ExportWorker:
    """Write on a worker thread behind a modal progress dialog (shown after half a second)."""
    text = QCoreApplication.translate("Export", "Writing {name}…").format(name=path.name)
    progress = QProgressDialog(text, "", 0, 0, window)
    progress.setWindowTitle(_title())
    progress.setCancelButton(None)  # the write is all or nothing and lasts seconds at most
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(500)
    worker = ExportWorker(tables, path, window)

    def written(_counts: dict) -> None:
        progress.close()
        progress.deleteLater()
        window.statusBar().showMessage(
            QCoreApplication.translate("Export", "Exported to {path}").format(path=path)
        )

    def failed(err: Exception) -> None:
        progress.close()
        progress.deleteLater()
        if not isinstance(err, NomdeskError):
            log.error("export to %s failed", path, exc_info=err)
            err = NomdeskError("The export failed: {reason}", reason=str(err))
        show_error(window, err, _title())

    worker.written.connect(written)
    worker.failed.connect(failed)
    worker.finished.connect(worker.deleteLater)
    worker.start()
    return worker
