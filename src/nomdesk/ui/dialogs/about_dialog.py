"""Help ▸ About: what this nomdesk is (version, licence, Qt and Python) and where its files are."""

import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from nomdesk import __version__, paths
from nomdesk.resources import resources_dir

ICON_SIZES = (16, 32, 48, 64, 128, 256)
LICENCE = "GPL-3.0-or-later"


def application_icon() -> QIcon:
    """nomdesk's icon in every drawn size (Qt picks the nearest; 16 and 32 are simplified)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resources_dir() / "icons" / f"nomdesk-{size}.png"))
    return icon


def build_kind() -> str:
    if getattr(sys, "frozen", False):
        return QCoreApplication.translate("AboutDialog", "standalone")
    return QCoreApplication.translate("AboutDialog", "Python package")


class AboutDialog(QDialog):
    """Version and licence at the top; below, the details a bug report needs, copyable."""

    def __init__(self, database: Path | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About nomdesk"))
        self.database = database
        self.details = self._details()
        layout = QVBoxLayout(self)
        layout.addLayout(self._heading())
        layout.addSpacing(8)
        layout.addLayout(self._form())
        layout.addStretch(1)
        layout.addWidget(self._buttons())
        self.setMinimumWidth(560)

    def _heading(self) -> QHBoxLayout:
        icon = QLabel()
        icon.setPixmap(application_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"<b style='font-size: 16pt'>nomdesk</b>&nbsp;&nbsp;{__version__}")
        summary = QLabel(self.tr("Run an award year from nominations to the winners report."))
        summary.setWordWrap(True)
        licence = QLabel(
            self.tr(
                "Free software under the GNU General Public License, version 3 or any later "
                "version ({licence}). It comes with no warranty."
            ).format(licence=LICENCE)
        )
        licence.setWordWrap(True)
        text = QVBoxLayout()
        for label in (title, summary, licence):
            text.addWidget(label)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addSpacing(12)
        row.addLayout(text, 1)
        return row

    def _details(self) -> list[tuple[str, str]]:
        """(label, value) pairs, shown in the form and copied as text."""
        import platform  # here, not at start-up: application_icon() is used then

        database = str(self.database) if self.database else self.tr("no database open")
        return [
            (self.tr("Version:"), f"{__version__} ({build_kind()})"),
            (self.tr("Licence:"), LICENCE),
            (self.tr("Qt:"), qVersion()),
            (self.tr("PySide6:"), PySide6.__version__),
            (self.tr("Python:"), platform.python_version()),
            (self.tr("System:"), platform.platform(terse=True)),
            (self.tr("Database:"), database),
            (self.tr("Log folder:"), str(paths.log_dir())),
        ]

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        self.fields: dict[str, QLineEdit | QLabel] = {}
        for label, value in self.details:
            # Paths can be long: a read-only line scrolls, and selects and copies like text.
            field = QLineEdit(value) if label in self._path_labels() else QLabel(value)
            if isinstance(field, QLineEdit):
                field.setReadOnly(True)
                field.setCursorPosition(0)
            else:
                field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, field)
            self.fields[label] = field
        return form

    def _path_labels(self) -> tuple[str, str]:
        return self.tr("Database:"), self.tr("Log folder:")

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.logs_button = QPushButton(self.tr("Open &log folder"))
        box.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(self.logs_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.logs_button.clicked.connect(self.open_log_folder)
        box.rejected.connect(self.reject)
        return box

    def details_text(self) -> str:
        """The details as plain text, for a bug report or an e-mail."""
        return "\n".join(["nomdesk", *(f"{label} {value}" for label, value in self.details)])

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
        self.copy_button.setText(self.tr("Copied"))

    def open_log_folder(self) -> None:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
