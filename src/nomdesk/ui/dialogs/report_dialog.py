"""The winners report dialog: language, a print preview, and Save as PDF off the GUI thread.

The report's data are gathered on the GUI thread (a few queries); painting the PDF runs in
a QThread (plain QPainter work, no widgets), reporting each page, so the window stays
responsive. The preview paints onto the preview's printer on the GUI thread, as Qt wants.
"""

import re
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QStandardPaths, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from nomdesk.errors import NomdeskError
from nomdesk.reporting import language as report_language
from nomdesk.reporting.fonts import load_fonts
from nomdesk.reporting.winners import ReportResult, paint_winners_report, write_winners_report
from nomdesk.services.report_data import ReportData, report_data
from nomdesk.ui.errors import show_error


class ReportWorker(QThread):
    """Writes one report; emits `progressed(page, pages)`, then `written` or `failed`."""

    progressed = Signal(int, int)
    written = Signal(object)  # ReportResult
    failed = Signal(object)  # the exception

    def __init__(self, data: ReportData, path: Path, language: str, parent=None) -> None:
        super().__init__(parent)
        self.data, self.path, self.language = data, path, language

    def run(self) -> None:
        try:
            result = write_winners_report(
                self.data, self.path, self.language, progress=self.progressed.emit
            )
        except Exception as err:  # shown by the dialog, on the GUI thread
            self.failed.emit(err)
        else:
            self.written.emit(result)


class ReportDialog(QDialog):
    saved = Signal(object)  # ReportResult, once the PDF is written

    def __init__(self, workspace, year_id: int, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.year_id = year_id
        self.worker: ReportWorker | None = None
        self.preview: QPrintPreviewDialog | None = None
        load_fonts()
        report_language.prepare()  # on the GUI thread, before any worker renders
        data = self.gather()
        self.setWindowTitle(self.tr("Winners report {year}").format(year=data.year))
        self._build(data)
        self.setMinimumWidth(460)

    def gather(self) -> ReportData:
        return report_data(session=self.workspace.session, year_id=self.year_id)

    def _build(self, data: ReportData) -> None:
        self.language = QComboBox()
        # Each language is named in its own language.
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        swedish = QLocale().language() == QLocale.Language.Swedish
        self.language.setCurrentIndex(0 if swedish else 1)
        form = QFormLayout()
        form.addRow(self.tr("Language of the report:"), self.language)
        self.summary = QLabel(self._summary(data))
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        for item in (self.summary, form, self.progress, self.status, self._buttons()):
            (layout.addLayout if isinstance(item, QFormLayout) else layout.addWidget)(item)

    def _summary(self, data: ReportData) -> str:
        if data.winner is not None:
            text = self.tr("{year} is decided: the winner is {winner}.")
            return text.format(year=data.year, winner=data.winner.name)
        text = self.tr(
            "{year} has no decision yet: every page of the report will be marked as a draft."
        )
        return text.format(year=data.year)

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = QPushButton(self.tr("&Preview…"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.open_button = QPushButton(self.tr("&Open the PDF"))
        for button in (self.open_button, self.preview_button, self.save_button):
            box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setVisible(False)  # after addButton, which shows it
        self.preview_button.clicked.connect(self.show_preview)
        self.save_button.clicked.connect(self.choose_file)
        self.open_button.clicked.connect(self._open_pdf)
        box.rejected.connect(self.reject)
        self.save_button.setDefault(True)
        return box

    def chosen_language(self) -> str:
        return self.language.currentData()

    # --- preview ----------------------------------------------------------------------

    def make_preview(self) -> QPrintPreviewDialog:
        """A print preview painting the report in the chosen language (not yet shown)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        a4 = QPageSize(QPageSize.PageSizeId.A4)
        printer.setPageLayout(QPageLayout(a4, QPageLayout.Orientation.Portrait, QMarginsF()))
        printer.setFullPage(True)  # the report keeps its own margins
        self.printer = printer  # the preview does not own it: keep it alive as long
        preview = QPrintPreviewDialog(printer, self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # never outlives its printer
        preview.setWindowTitle(self.windowTitle())
        data, language = self.gather(), self.chosen_language()
        preview.paintRequested.connect(lambda device: paint_winners_report(data, device, language))
        room = self.screen().availableGeometry()
        preview.resize(min(900, room.width()), int(room.height() * 0.92))
        self.preview = preview
        return preview

    def show_preview(self) -> None:
        self.make_preview().open()

    # --- save -------------------------------------------------------------------------

    def suggested_path(self) -> Path:
        data = self.gather()
        name = f"{data.award} {data.year} {self.chosen_language()}"
        stem = re.sub(r"[^\w\-]+", "-", name, flags=re.UNICODE).strip("-")
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(folder or Path.home()) / f"{stem}.pdf"

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the winners report"), str(self.suggested_path()),
            self.tr("PDF files (*.pdf)"),
        )  # fmt: skip
        if path:
            self.save(Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf"))

    def save(self, path: Path) -> None:
        """Write the PDF on a worker thread; progress shows, the window stays responsive."""
        self._busy(True)
        self.status.setText(self.tr("Writing {name}…").format(name=path.name))
        self.worker = ReportWorker(self.gather(), path, self.chosen_language(), self)
        self.worker.progressed.connect(self._progressed)
        self.worker.written.connect(self._written)
        self.worker.failed.connect(self._failed)
        self.worker.start()

    def _busy(self, busy: bool) -> None:
        for widget in (self.save_button, self.preview_button, self.language):
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)  # busy until the first page reports
            self.open_button.setVisible(False)

    def _progressed(self, page: int, pages: int) -> None:
        self.progress.setRange(0, pages)
        self.progress.setValue(page)

    def _written(self, result: ReportResult) -> None:
        self._busy(False)
        self.last_path = result.path
        text = self.tr("Saved {name}: %n page(s).", "", result.pages)
        self.status.setText(text.format(name=result.path.name if result.path else ""))
        self.open_button.setVisible(True)
        self.saved.emit(result)

    def _failed(self, err: Exception) -> None:
        self._busy(False)
        self.status.setText(self.tr("The report was not written."))
        if isinstance(err, NomdeskError):
            show_error(self, err, self.tr("Winners report"))
        else:
            raise err  # the global hook shows it with the log's path

    def _open_pdf(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path)))

    def done(self, result: int) -> None:
        if self.worker is not None and self.worker.isRunning():
            self.worker.wait()  # a report takes a second at most; never leave it half-written
        super().done(result)
