"""Juror mode: the window a juror scores a ballot in, offline, with nothing else around it.

The nominees with their progress on the left; the chosen nominee's nomination, attachments
and radar chart in the middle; the scoring form on the right. Every change is saved in the
juror's workspace at once; "Export score sheet…" writes the file for the secretariat.
"""

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from nomdesk.errors import NomdeskError
from nomdesk.exchange.formats import BALLOT_SUFFIX
from nomdesk.exchange.juror_workspace import JurorWorkspace
from nomdesk.exchange.workspace_views import NomineeContent
from nomdesk.ui.drop import install_drop_handler
from nomdesk.ui.errors import show_error
from nomdesk.ui.juror import export
from nomdesk.ui.juror.conflict_dialog import ConflictDialog
from nomdesk.ui.juror.content_pane import ContentPane
from nomdesk.ui.juror.language import pick
from nomdesk.ui.juror.nominee_list import NomineeList
from nomdesk.ui.juror.scoring_form import ScoringForm
from nomdesk.ui.juror.status import ExportStatus

SIZES = [240, 560, 480]


class JurorWindow(QMainWindow):
    def __init__(
        self, workspace: JurorWorkspace, ballot: Path | None = None, root: Path | None = None
    ) -> None:
        super().__init__()
        self.juror_workspace = workspace
        self.ballot = ballot
        self.root = root  # where workspaces live (None: the user data folder)
        self.conflict_dialog: ConflictDialog | None = None
        self.closed = False
        self._build_menus()
        self._build_views()
        self.resize(1280, 800)
        install_drop_handler(self, self._dropped, (BALLOT_SUFFIX,))

    # --- building ---------------------------------------------------------------------

    def _build_menus(self) -> None:
        file = self.menuBar().addMenu(self.tr("&File"))
        self._add(file, self.tr("&Open ballot…"), self.ask_ballot, QKeySequence.StandardKey.Open)
        self.export_action = self._add(
            file, self.tr("&Export score sheet…"), self.export_sheet, "Ctrl+E"
        )
        file.addSeparator()
        self._add(file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._add(help_menu, self.tr("&About nomdesk"), self.show_about)

    def _add(self, menu: QMenu, text: str, slot, shortcut=None) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _build_views(self) -> None:
        """The panes for the current workspace (a new ballot rebuilds them)."""
        ws = self.juror_workspace
        info, criteria = ws.info(), ws.criteria()
        self.criterion_names = {c.uid: pick(c.name, c.name_en) for c in criteria}
        self.nominee_list = NomineeList()
        self.nominee_list.chosen.connect(self._show_nominee)
        self.progress = QProgressBar()
        self.status = ExportStatus()
        self.export_button = QPushButton(self.tr("E&xport score sheet…"))
        self.export_button.clicked.connect(self.export_sheet)
        self.content = ContentPane(ws, criteria)
        self.form = ScoringForm(ws, criteria)
        self.form.changed.connect(self._data_changed)
        self.form.declare_requested.connect(self.declare_conflict)
        self.form.withdraw_requested.connect(self.withdraw_conflict)
        self.splitter = QSplitter()
        for pane in (self._left_pane(), self.content, self._padded(self.form)):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes(SIZES)
        old = self.centralWidget()
        self.setCentralWidget(self.splitter)
        if old is not None:
            old.deleteLater()
        title = self.tr("Juror: {juror} — {award} {year}")
        award = pick(info.award, info.award_en)
        self.setWindowTitle(title.format(juror=info.juror, award=award, year=info.year))
        self.nominee_list.fill(ws.nominees())
        self._data_changed()
        if getattr(ws, "refreshed", False):
            self.statusBar().showMessage(
                self.tr(
                    "The secretariat sent this ballot again with new content; your scores, "
                    "comments and declarations were carried over."
                )
            )

    def _left_pane(self) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(6, 6, 0, 6)
        heading = QLabel(self.tr("&Nominees"))
        heading.setBuddy(self.nominee_list)
        layout.addWidget(heading)
        layout.addWidget(self.nominee_list, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.export_button)
        return pane

    @staticmethod
    def _padded(widget: QWidget) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(4, 6, 6, 6)
        layout.addWidget(widget)
        return pane

    # --- showing ------------------------------------------------------------------------

    def _show_nominee(self, uid: str) -> None:
        self.form.flush()
        content = self.juror_workspace.nominee(uid)
        self.form.show_nominee(content, visit_notes(content))
        self.content.show_nominee(content, self.criterion_names)

    def _data_changed(self) -> None:
        """After a saved change: progress, the export reminder and the chart follow."""
        ws = self.juror_workspace
        items = ws.nominees()
        self.nominee_list.update_progress(items)
        scored, expected = sum(i.scored for i in items), sum(i.expected for i in items)
        self.progress.setRange(0, max(expected, 1))
        self.progress.setValue(scored)
        self.progress.setFormat(
            self.tr("{scored} of %n score(s)", "", expected).format(scored=scored)
        )
        self.status.show_state(ws.last_export(), ws.has_unexported_changes())
        if self.form.nominee_uid is not None:
            self.content.show_cells(ws.nominee(self.form.nominee_uid))

    def current_uid(self) -> str | None:
        return self.form.nominee_uid

    # --- conflicts ----------------------------------------------------------------------

    def declare_conflict(self) -> None:
        content = self.form.content
        if content is None or content.conflict_reason is not None:
            return
        name = pick(content.display_name, content.display_name_en)
        dialog = ConflictDialog(name, lambda reason: self._declare(content.uid, reason), self)
        self.conflict_dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: ConflictDialog) -> None:
        if self.conflict_dialog is dialog:
            self.conflict_dialog = None
        dialog.deleteLater()

    def _declare(self, uid: str, reason: str) -> None:
        self.form.flush()
        self.juror_workspace.declare_conflict(uid, reason)
        self._reshow(uid)
        self.statusBar().showMessage(self.tr("Conflict of interest declared."), 5000)

    def withdraw_conflict(self) -> None:
        uid = self.form.nominee_uid
        if uid is None:
            return
        try:
            self.juror_workspace.withdraw_conflict(uid)
        except NomdeskError as err:
            show_error(self, err)
            return
        self._reshow(uid)
        self.statusBar().showMessage(self.tr("The declaration was withdrawn."), 5000)

    def _reshow(self, uid: str) -> None:
        self._show_nominee(uid)
        self._data_changed()

    # --- export and closing -------------------------------------------------------------

    def export_sheet(self) -> bool:
        """Ask where, then write the next revision of the score sheet; True when written."""
        self.form.flush()
        path = export.ask_sheet_path(self, self.juror_workspace, self.ballot)
        if path is None:
            return False
        title = self.tr("Cannot export the score sheet")
        try:
            done = self.juror_workspace.export_sheet(path)
        except NomdeskError as err:
            show_error(self, err, title)
            return False
        except OSError as err:
            text = self.tr("{path} could not be written: {reason}")
            QMessageBox.warning(self, title, text.format(path=path, reason=err.strerror or err))
            return False
        self._data_changed()
        message = self.tr(
            "Revision {revision} exported to {path}. Send this file to the secretariat."
        )
        self.statusBar().showMessage(message.format(revision=done.revision, path=path))
        return True

    def may_leave(self) -> bool:
        """Save what is typed; with unexported changes ask (export, leave anyway, stay)."""
        self.form.flush()
        if not self.juror_workspace.has_unexported_changes():
            return True
        answer = export.ask_before_closing(self)
        if answer is export.Closing.EXPORT:
            return self.export_sheet()
        return answer is export.Closing.CLOSE

    def closeEvent(self, event) -> None:
        if not self.closed and not self.may_leave():
            event.ignore()
            return
        self._release()
        super().closeEvent(event)

    def _release(self) -> None:
        if not self.closed:
            self.closed = True
            self.juror_workspace.close()

    # --- other ballots ------------------------------------------------------------------

    def ask_ballot(self) -> None:
        title = self.tr("Open ballot")
        kind = self.tr("Ballots")
        start = str(export.default_folder(self.ballot))
        wanted = f"{kind} (*{BALLOT_SUFFIX})"
        name, _filter = QFileDialog.getOpenFileName(self, title, start, wanted)
        if name:
            self.open_ballot(Path(name))

    def open_ballot(self, path: Path) -> bool:
        """Show another ballot's workspace here (after the closing question for this one)."""
        from nomdesk.ui.juror import open_workspace

        if not self.may_leave():
            return False
        workspace = open_workspace(path, self, root=self.root)
        if workspace is None:
            return False
        if workspace.folder == self.juror_workspace.folder:
            workspace.close()  # the same ballot: it is open here already
            return True
        self.juror_workspace.close()
        self.juror_workspace, self.ballot = workspace, path
        self._build_views()
        return True

    def open_path(self, path: Path) -> bool:
        """A file the desktop asks to open (macOS Finder): ballots only, in juror mode."""
        if path.suffix.lower() == BALLOT_SUFFIX:
            return self.open_ballot(path)
        message = self.tr("Juror mode opens ballots only; {name} was not opened.")
        self.statusBar().showMessage(message.format(name=path.name), 8000)
        return False

    def _dropped(self, paths: list[Path]) -> None:
        if paths:
            self.open_ballot(paths[0])

    def show_about(self) -> None:
        from nomdesk.ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self.juror_workspace.database, self).exec()


def visit_notes(content: NomineeContent) -> dict[str, str]:
    """Site-visit observations by criterion uid (several visits joined)."""
    notes: dict[str, list[str]] = {}
    for visit in content.site_visits:
        for uid, note in visit.criterion_notes.items():
            if note.strip():
                notes.setdefault(uid, []).append(note.strip())
    return {uid: " / ".join(texts) for uid, texts in notes.items()}
