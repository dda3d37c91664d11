"""Exporting the score sheet: where to, under which name, and the reminder on closing."""

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from nomdesk.exchange.files import safe_file_name
from nomdesk.exchange.formats import SHEET_SUFFIX
from nomdesk.exchange.juror_workspace import JurorWorkspace
from nomdesk.ui import settings
from nomdesk.ui.juror.language import pick

CONTEXT = "JurorExport"


class Closing(Enum):
    EXPORT = "export"
    CLOSE = "close"
    CANCEL = "cancel"


def default_sheet_name(workspace: JurorWorkspace) -> str:
    """ "<award> <year> <juror>, revision <n>.nomscores" for the revision about to be written."""
    info = workspace.info()
    last = workspace.last_export()
    revision = (last.revision if last else 0) + 1
    text = QCoreApplication.translate(CONTEXT, "{award} {year} {juror}, revision {revision}")
    name = text.format(
        award=pick(info.award, info.award_en), year=info.year, juror=info.juror, revision=revision
    )
    return safe_file_name(name) + SHEET_SUFFIX


def default_folder(ballot: Path | None) -> Path:
    """The exchange folder from Settings; else where the ballot came from; else Documents."""
    chosen = settings.read(settings.EXCHANGE_FOLDER)
    if chosen and Path(chosen).is_dir():
        return Path(chosen)
    if ballot is not None and ballot.parent.is_dir():
        return ballot.parent
    documents = QStandardPaths.StandardLocation.DocumentsLocation
    return Path(QStandardPaths.writableLocation(documents))


def ask_sheet_path(parent: QWidget, workspace: JurorWorkspace, ballot: Path | None) -> Path | None:
    title = QCoreApplication.translate(CONTEXT, "Export score sheet")
    kind = QCoreApplication.translate(CONTEXT, "Score sheets")
    suggested = default_folder(ballot) / default_sheet_name(workspace)
    name, _filter = QFileDialog.getSaveFileName(
        parent, title, str(suggested), f"{kind} (*{SHEET_SUFFIX})"
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix == SHEET_SUFFIX else path.with_name(path.name + SHEET_SUFFIX)


def ask_before_closing(parent: QWidget) -> Closing:
    """Export now, close anyway (everything stays saved here) or cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate(CONTEXT, "Changes not exported"))
    box.setText(
        QCoreApplication.translate(
            CONTEXT, "Some of your scores or comments are not in an exported score sheet yet."
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            CONTEXT,
            "They are saved on this computer and will be here when you open the ballot "
            "again, but the secretariat only sees what you export and send.",
        )
    )
    export = box.addButton(
        QCoreApplication.translate(CONTEXT, "Export now…"), QMessageBox.ButtonRole.AcceptRole
    )
    close = box.addButton(
        QCoreApplication.translate(CONTEXT, "Close anyway"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(export)
    box.exec()
    clicked = box.clickedButton()
    if clicked is export:
        return Closing.EXPORT
    return Closing.CLOSE if clicked is close else Closing.CANCEL
