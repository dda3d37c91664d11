"""Importing score sheets (design §4): a preview per file, then every accepted file in one
transaction. A refused file says why and changes nothing."""

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nomdesk.errors import NomdeskError
from nomdesk.exchange import sheet_import
from nomdesk.exchange.sheet_import import ImportPreview, SheetPreview
from nomdesk.ui.errors import show_error, translate_error
from nomdesk.ui.forms import ERROR_STYLE
from nomdesk.ui.roomy import roomy_rows
from nomdesk.ui.widgets import MUTED_STYLE
from nomdesk.ui.workspace import Workspace

ACCEPTED_STYLE = "color: #1e7b34; font-weight: bold;"
REFUSED_STYLE = ERROR_STYLE + " font-weight: bold;"


def value_text(value: float | None) -> str:
    return "–" if value is None else QLocale().toString(float(value), "g", 12)


class SheetCard(QFrame):
    """One file: accepted or refused with the reason, the counts, and the changes on demand."""

    def __init__(self, item: SheetPreview, parent=None) -> None:
        super().__init__(parent)
        self.item = item
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.changes: QTreeWidget | None = None
        self.layout_ = QVBoxLayout(self)
        name = QLabel(item.file)
        font = QFont(name.font())
        font.setBold(True)
        name.setFont(font)
        name.setWordWrap(True)
        self.layout_.addWidget(name)
        self.status = self._label(self.status_text(), self._status_style())
        self.layout_.addWidget(self.status)
        if item.juror is not None:
            who = self.tr("{juror}, revision {revision}").format(
                juror=item.juror, revision=item.revision
            )
            self.layout_.addWidget(self._label(who, MUTED_STYLE))
        self.counts = self._label(self.counts_text(), "")
        self.counts.setVisible(item.status == sheet_import.ACCEPTED)
        self.layout_.addWidget(self.counts)
        self.details_button = QPushButton(self.tr("Show the changes"))
        self.details_button.clicked.connect(self.toggle_details)
        self.details_button.setVisible(bool(item.changes))
        self.layout_.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)

    @staticmethod
    def _label(text: str, style: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(style)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _status_style(self) -> str:
        status = self.item.status
        if status == sheet_import.REFUSED:
            return REFUSED_STYLE
        return ACCEPTED_STYLE if status == sheet_import.ACCEPTED else MUTED_STYLE

    def status_text(self) -> str:
        item = self.item
        if item.status == sheet_import.REFUSED:
            reason = translate_error(item.error) if item.error else ""
            return self.tr("Refused: {reason}").format(reason=reason)
        if item.status == sheet_import.ALREADY_IMPORTED:
            return self.tr("Already imported: nothing to do.")
        if item.status == sheet_import.SUPERSEDED:
            return self.tr("Not imported: a newer sheet from the same ballot is in this import.")
        return self.tr("Accepted")

    def counts_text(self) -> str:
        item = self.item
        parts = [
            self.tr("%n new score(s)", "", item.new),
            self.tr("%n changed", "", item.changed),
            self.tr("%n removed", "", item.removed),
            self.tr("%n keyed score(s) replaced", "", item.keyed_replaced),
        ]
        text = ", ".join(parts)
        if item.comments or item.comments_removed:
            text += "; " + self.tr("%n overall comment(s) new or changed", "", item.comments)
        if item.conflicts:
            names = ", ".join(item.conflicts)
            text += "; " + self.tr("declares a conflict for {names}").format(names=names)
        return text + "."

    def toggle_details(self) -> None:
        if self.changes is None:
            self.changes = self._changes_tree()
            self.layout_.addWidget(self.changes)
            self.changes.setHidden(False)
        else:
            self.changes.setHidden(not self.changes.isHidden())
        shown = not self.changes.isHidden()
        self.details_button.setText(
            self.tr("Hide the changes") if shown else self.tr("Show the changes")
        )

    def _changes_tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        roomy_rows(tree)
        headers = [self.tr("Nominee"), self.tr("Criterion"), self.tr("Before"), self.tr("After")]
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows = []
        for change in self.item.changes:
            after = value_text(change.new)
            if change.keyed:
                after += " " + self.tr("(replaces a keyed score)")
            row = QTreeWidgetItem([change.nominee, change.criterion, value_text(change.old), after])
            row.setToolTip(3, change.new_comment or "")
            rows.append(row)
        tree.addTopLevelItems(rows)
        tree.setMinimumHeight(160)
        return tree


class ImportSheetsDialog(QDialog):
    """The preview of the chosen files and the Import button (accepted files only)."""

    def __init__(self, workspace: Workspace, paths: list[Path], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import score sheets"))
        self.workspace = workspace
        self.result_preview: ImportPreview | None = None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.inputs = sheet_import.read_inputs(paths)
            self.preview = sheet_import.preview_import(
                session=workspace.session, inputs=self.inputs
            )
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.cards = [SheetCard(item) for item in self.preview.files]
        self.summary = QLabel(self.summary_text())
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        accepted = len(self.preview.with_status(sheet_import.ACCEPTED))
        self.import_button = self.buttons.addButton(
            self.tr("&Import %n sheet(s)", "", accepted), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(accepted > 0)
        self.import_button.setDefault(accepted > 0)
        self.import_button.clicked.connect(self.apply)
        self._lay_out()
        self.resize(720, 560)

    def _lay_out(self) -> None:
        cards = QWidget()
        column = QVBoxLayout(cards)
        for card in self.cards:
            column.addWidget(card)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(cards)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

    def summary_text(self) -> str:
        files = self.preview.files
        accepted = len(self.preview.with_status(sheet_import.ACCEPTED))
        refused = len(self.preview.with_status(sheet_import.REFUSED))
        text = self.tr("%n file(s): ", "", len(files))
        text += self.tr("%n to import", "", accepted) + ", " + self.tr("%n refused", "", refused)
        text += ". " + self.tr(
            "Each sheet is the juror's whole state: what it no longer holds is removed. "
            "Refused files change nothing. An import cannot be undone."
        )
        return text

    def apply(self) -> None:
        """Write every accepted file in one transaction; the views and progress follow."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = sheet_import.apply_import(
                session=self.workspace.session, inputs=self.inputs, preview=self.preview
            )
        except NomdeskError as err:
            QGuiApplication.restoreOverrideCursor()
            show_error(self, err, self.tr("Nothing was imported"))
            return
        QGuiApplication.restoreOverrideCursor()
        self.result_preview = done
        if done.applied:
            # Steps before the import could write over what it brought: they are let go.
            self.workspace.undo_stack.clear()
        self.workspace.changed.emit()
        self.accept()
