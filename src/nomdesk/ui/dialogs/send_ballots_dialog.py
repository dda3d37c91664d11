"""Sending ballots (design §4): one `.nomballot` per juror of an open round into a folder,
and "Revoke and reissue" for one juror. Optionally a blank paper score sheet beside each."""

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nomdesk.errors import NomdeskError
from nomdesk.exchange import ballots, send
from nomdesk.services import rounds
from nomdesk.ui import settings
from nomdesk.ui.errors import translate_error
from nomdesk.ui.forms import ERROR_STYLE
from nomdesk.ui.roomy import roomy_rows
from nomdesk.ui.views.timetable_panel import localized
from nomdesk.ui.workspace import Workspace

ID_ROLE = Qt.ItemDataRole.UserRole


def local_date(moment: datetime | None) -> str:
    """A stored UTC time as the local date in the interface's short format."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return QLocale().toString(QDate(moment.astimezone().date()), QLocale.FormatType.ShortFormat)


def default_folder() -> Path:
    """The exchange folder from Settings, else the Documents folder."""
    chosen = settings.read(settings.EXCHANGE_FOLDER)
    if chosen:
        return Path(chosen)
    documents = QStandardPaths.StandardLocation.DocumentsLocation
    return Path(QStandardPaths.writableLocation(documents))


def open_rounds(workspace: Workspace, year_id: int | None):
    """The year's open rounds, latest first."""
    if year_id is None:
        return []
    found = rounds.list_rounds(session=workspace.session, year_id=year_id)
    return [r for r in reversed(found) if r.status == "open"]


def interface_language() -> str:
    return "sv" if QLocale().language() == QLocale.Language.Swedish else "en"


class FolderRow(QWidget):
    """A folder path with a Choose… button."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(str(default_folder()))
        self.edit.setMinimumWidth(360)
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.clicked.connect(self._choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.choose_button)

    def _choose(self) -> None:
        title = self.tr("Folder for the ballots")
        name = QFileDialog.getExistingDirectory(self, title, self.edit.text())
        if name:
            self.edit.setText(name)

    def path(self) -> Path:
        return Path(self.edit.text().strip()).expanduser()


class BallotDialogBase(QDialog):
    """What both dialogs share: the folder, the paper option, the result and the buttons."""

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.written: list[send.WrittenBallot] = []
        self.folder = FolderRow()
        self.paper = QCheckBox(self.tr("Also write a blank &paper score sheet (PDF) for each"))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.result = QTreeWidget()
        roomy_rows(self.result)
        self.result.setRootIsDecorated(False)
        self.result.setHeaderLabels([self.tr("File"), self.tr("Ballot")])
        self.result.header().setStretchLastSection(False)
        self.result.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.result.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.result.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.write_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write)
        self.show_folder_button = self.buttons.addButton(
            self.tr("Show the &folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.show_folder_button.clicked.connect(self.show_folder)
        self.show_folder_button.hide()

    def write(self) -> None:
        raise NotImplementedError

    def _write_files(self, call) -> bool:
        """Run `call(folder)` (which writes ballots); show what was written or why not."""
        folder = self.folder.path()
        self.error.hide()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.written = call(folder)
            pdfs = self._write_paper() if self.paper.isChecked() else []
        except NomdeskError as err:
            self.error.setText(translate_error(err))
            self.error.show()
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
            self.workspace.changed.emit()
        self._show_written(pdfs)
        return True

    def _write_paper(self) -> list[Path]:
        from nomdesk.exchange.paper import write_blank_sheet

        language, pdfs = interface_language(), []
        for item in self.written:
            target = item.path.with_suffix(".pdf")
            write_blank_sheet(item.issued.document, target, language)
            pdfs.append(target)
        return pdfs

    def _show_written(self, pdfs: list[Path]) -> None:
        self.result.clear()
        for item in self.written:
            note = self.tr("new") if item.issued.new else self.tr("sent again, same ballot")
            row = QTreeWidgetItem([item.path.name, note])
            row.setToolTip(0, str(item.path))
            self.result.addTopLevelItem(row)
        for pdf in pdfs:
            row = QTreeWidgetItem([pdf.name, self.tr("paper sheet")])
            row.setToolTip(0, str(pdf))
            self.result.addTopLevelItem(row)
        self.result.show()
        self.show_folder_button.show()
        self.write_button.setEnabled(False)
        self.summary.setText(
            self.tr("%n ballot(s) written to {folder}:", "", len(self.written)).format(
                folder=self.folder.path()
            )
        )

    def show_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder.path())))


class SendBallotsDialog(BallotDialogBase):
    """Pick the round, the jurors and the folder; write one ballot per juror."""

    def __init__(self, workspace: Workspace, year_id: int | None, parent=None) -> None:
        super().__init__(workspace, parent)
        self.setWindowTitle(self.tr("Send ballots"))
        self.year_id = year_id
        self.round = QComboBox()
        for round_ in open_rounds(workspace, year_id):
            self.round.addItem(localized(round_.name, round_.name_en), round_.id)
        self.round.currentIndexChanged.connect(self._fill_jurors)
        self.jurors = QListWidget()
        roomy_rows(self.jurors)
        self.jurors.itemChanged.connect(lambda _item: self._update_button())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.write_button.setText(self.tr("&Write ballots"))
        self._lay_out()
        self._fill_jurors()
        self.resize(640, 560)

    def _lay_out(self) -> None:
        intro = QLabel(
            self.tr(
                "Each juror gets one ballot file for the round: the nominees they may score "
                "(their conflicts left out), the criteria, and the scores they have given "
                "so far. Send each juror their own file; nothing else is needed on their "
                "computer but nomdesk."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Round"), self.round)
        form.addRow(self.tr("&Folder"), self.folder)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        heading = QLabel(self.tr("&Jurors"))
        heading.setBuddy(self.jurors)
        row = QHBoxLayout()
        row.addWidget(heading)
        row.addStretch(1)
        for text, state in ((self.tr("&All"), True), (self.tr("&None"), False)):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, s=state: self.check_all(s))
            row.addWidget(button)
        layout.addLayout(row)
        layout.addWidget(self.jurors, 1)
        layout.addWidget(self.paper)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(self.result, 1)
        layout.addWidget(self.buttons)

    def round_id(self) -> int | None:
        return self.round.currentData()

    def _fill_jurors(self) -> None:
        self.jurors.clear()
        round_id = self.round_id()
        if round_id is None:
            self.summary.setText(
                self.tr("This year has no open scoring round, so there is nothing to send.")
            )
            self._update_button()
            return
        self.jurors.blockSignals(True)
        for status in ballots.ballot_statuses(session=self.workspace.session, round_id=round_id):
            item = QListWidgetItem(f"{status.juror} — {self._status_text(status)}")
            item.setData(ID_ROLE, status.juror_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.jurors.addItem(item)
        self.jurors.blockSignals(False)
        self._update_button()

    def _status_text(self, status: ballots.BallotStatus) -> str:
        if status.ballot_uid is None:
            return self.tr("no ballot yet")
        text = self.tr("ballot sent {date}").format(date=local_date(status.issued_at))
        if status.last_revision is not None:
            text += self.tr("; sheet revision {revision} imported").format(
                revision=status.last_revision
            )
        return text

    def check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for index in range(self.jurors.count()):
            self.jurors.item(index).setCheckState(state)

    def juror_ids(self) -> list[int]:
        items = (self.jurors.item(i) for i in range(self.jurors.count()))
        return [i.data(ID_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked]

    def _update_button(self) -> None:
        ready = self.round_id() is not None and bool(self.juror_ids()) and not self.written
        self.write_button.setEnabled(ready)

    def write(self) -> None:
        round_id, juror_ids = self.round_id(), self.juror_ids()
        if round_id is None or not juror_ids:
            return

        def call(folder: Path) -> list[send.WrittenBallot]:
            return send.send_ballots(
                session=self.workspace.session,
                round_id=round_id,
                folder=folder,
                juror_ids=juror_ids,
            )

        self._write_files(call)


class ReissueBallotDialog(BallotDialogBase):
    """Revoke one juror's ballot and write a new one; says first what that means."""

    def __init__(
        self, workspace: Workspace, round_id: int, juror_id: int, juror: str, parent=None
    ) -> None:
        super().__init__(workspace, parent)
        self.setWindowTitle(self.tr("Revoke and reissue a ballot"))
        self.round_id, self.juror_id = round_id, juror_id
        self.summary = QLabel(
            self.tr(
                "Once {juror}'s ballot is revoked, score sheets exported from it are refused. "
                "Import any sheet {juror} has already sent first. The new ballot carries the "
                "scores imported so far, so {juror} continues from there."
            ).format(juror=juror)
        )
        self.summary.setWordWrap(True)
        self.write_button.setText(self.tr("&Revoke and write a new ballot"))
        self.paper.setText(self.tr("Also write its blank &paper score sheet (PDF)"))
        form = QFormLayout()
        form.addRow(self.tr("&Folder"), self.folder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.paper)
        layout.addWidget(self.error)
        layout.addWidget(self.result, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)

    def write(self) -> None:
        def call(folder: Path) -> list[send.WrittenBallot]:
            written = send.reissue_ballot(
                session=self.workspace.session,
                round_id=self.round_id,
                juror_id=self.juror_id,
                folder=folder,
            )
            return [written]

        self._write_files(call)
