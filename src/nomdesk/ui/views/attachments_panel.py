"""A nominee's attachments: add files, open one in the system's viewer, remove."""

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QMimeDatabase, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTreeWidgetItem

from nomdesk.db.models import Attachment, Nominee
from nomdesk.services import attachments
from nomdesk.ui import commands
from nomdesk.ui.forms import attempt
from nomdesk.ui.views.initiatives_panel import ListPanel
from nomdesk.ui.workspace import Workspace

SIZE_COLUMN = 2


def added_text(added_at: datetime) -> str:
    """The local date a file was added, in the interface language's short format."""
    if added_at.tzinfo is None:  # SQLite gives back the stored UTC time without its zone
        added_at = added_at.replace(tzinfo=UTC)
    day = added_at.astimezone().date()
    return QLocale().toString(QDate(day), QLocale.FormatType.ShortFormat)


def temp_path_for(uid: str, file_name: str) -> Path:
    """Where an attachment is written to be opened: the temp folder, one folder per uid."""
    temp = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation)
    return Path(temp) / "nomdesk" / uid / Path(file_name).name


class AttachmentsPanel(ListPanel):
    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(workspace, parent)
        headers = [self.tr("File"), self.tr("Type"), self.tr("Size"), self.tr("Added")]
        self.set_columns(headers, stretch=0)
        self.add_button("add", self.tr("Add…"), self.add, self.writable)
        self.add_button("open", self.tr("Open"), self.open, self.has_selection)
        self.add_button("remove", self.tr("Remove"), self.remove, self.writable_selection)
        self.button_row.addStretch(1)

    def items(self) -> list[QTreeWidgetItem]:
        rows = attachments.list_attachments(session=self.session, nominee_id=self.nominee_id())
        items = []
        for row in rows:
            size = QLocale().formattedDataSize(row.size, 1)
            kind = QMimeDatabase().mimeTypeForName(row.media_type)
            type_name = kind.comment() if kind.isValid() else row.media_type
            texts = [row.file_name, type_name, size, added_text(row.added_at)]
            item = self.item(row.uid, texts)
            item.setToolTip(1, row.media_type)
            item.setTextAlignment(
                SIZE_COLUMN, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            item.setToolTip(0, f"{row.file_name}\nSHA-256 {row.sha256}")
            items.append(item)
        return items

    def activated(self) -> None:
        self.open()

    def add(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        for name in names:
            if attempt(self, lambda name=name: self.add_file(Path(name))) is None:
                break

    def add_file(self, path: Path) -> Attachment:
        """Attach one file from disk as one undoable edit."""
        ws, nominee_uid = self.workspace, self.nominee_uid

        def make() -> Attachment:
            nominee_id = ws.id_of(Nominee, nominee_uid)
            return attachments.add_attachment_file(
                session=ws.session, nominee_id=nominee_id, path=path
            )

        text = self.tr("Attach {name}").format(name=path.name)
        created = commands.create(ws, text, Attachment, make)
        self.select(created.uid)
        return created

    def open(self) -> Path | None:
        """Write the selected attachment to a temporary file and open it in its viewer."""
        uid = self.current_uid()
        if uid is None:
            return None
        attachment_id = self.workspace.id_of(Attachment, uid)
        data = attachments.attachment_bytes(session=self.session, attachment_id=attachment_id)
        path = temp_path_for(uid, self.current_text())
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        except OSError as err:
            self._cannot_open(path, err.strerror or str(err))
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._cannot_open(path, self.tr("no program opens this kind of file"))
        return path

    def _cannot_open(self, path: Path, reason: str) -> None:
        message = self.tr("Cannot open {path}: {reason}").format(path=path, reason=reason)
        QMessageBox.warning(self, self.tr("Not opened"), message)

    def remove(self) -> None:
        uid = self.current_uid()
        if uid is None:
            return
        text = self.tr("Remove attachment {name}").format(name=self.current_text())

        def remove(attachment_id: int):
            return attachments.remove_attachment(session=self.session, attachment_id=attachment_id)

        attempt(self, lambda: commands.delete(self.workspace, text, Attachment, uid, remove))
