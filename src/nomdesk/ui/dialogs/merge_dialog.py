"""Merge one organisation into another: pick the target, see what moves, confirm."""

import html
from typing import Any

from PySide6.QtCore import QCollator, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nomdesk.db.models import Organisation
from nomdesk.services import organisations
from nomdesk.services.organisations import Appearance, MergeRecord
from nomdesk.ui import commands
from nomdesk.ui.forms import attempt
from nomdesk.ui.labels import stage_label
from nomdesk.ui.roomy import roomy_rows
from nomdesk.ui.workspace import Workspace

UID_ROLE = Qt.ItemDataRole.UserRole


def merge(ws: Workspace, text: str, source_uid: str, target_uid: str) -> MergeRecord:
    """Merge undoably; undo brings the source back (same uid) with its links and aliases."""
    holder: dict[str, Any] = {}

    def do() -> MergeRecord:
        holder["record"] = organisations.merge_organisations(
            session=ws.session,
            source_id=ws.id_of(Organisation, source_uid),
            target_id=ws.id_of(Organisation, target_uid),
        )
        return holder["record"]

    def inverse() -> None:
        organisations.undo_merge(session=ws.session, record=holder["record"])

    return commands.action(ws, text, do, inverse)


def by_name(found: list[Organisation]) -> list[Organisation]:
    """Organisations in the language's alphabetical order (Swedish: … Å, Ä, Ö last)."""
    collator = QCollator(QLocale())
    return sorted(found, key=lambda org: collator.sortKey(org.name))


def matches(text: str, *names: str) -> bool:
    """Whether a search text is found in any of the names (case-insensitive)."""
    needle = text.strip().casefold()
    return not needle or any(needle in name.casefold() for name in names)


class MergeDialog(QDialog):
    """Choose the organisation that `source` is folded into; accepting performs the merge."""

    def __init__(self, workspace: Workspace, source_uid: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.source = workspace.session.get(Organisation, workspace.id_of(Organisation, source_uid))
        self.target_uid: str | None = None
        self.setWindowTitle(self.tr("Merge {name}").format(name=self.source.name))
        self._build()
        self._fill()
        self.resize(520, 560)

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Merge {name} into another organisation: its nominations move there and "
                "its name becomes one of that organisation's other names."
            ).format(name=self.source.name)
        )
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search organisations"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.targets = QListWidget()
        roomy_rows(self.targets)
        self.targets.currentItemChanged.connect(self._chosen)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.search, self.targets, self.summary, self.buttons):
            layout.addWidget(widget)
        layout.setStretch(2, 1)

    def _fill(self) -> None:
        for org in by_name(organisations.list_organisations(session=self.workspace.session)):
            if org.uid == self.source.uid:
                continue
            item = QListWidgetItem(f"{org.name}  ·  {org.county}" if org.county else org.name)
            item.setData(UID_ROLE, org.uid)
            self.targets.addItem(item)
        self.summary.setText(self.tr("Choose the organisation to merge into."))

    def _filter(self, text: str) -> None:
        for row in range(self.targets.count()):
            item = self.targets.item(row)
            item.setHidden(not matches(text, item.text()))

    def choose(self, name: str) -> None:
        """Select the target by name (as a person clicking it would)."""
        for row in range(self.targets.count()):
            item = self.targets.item(row)
            if item.text().split("  ·  ")[0] == name:
                self.targets.setCurrentItem(item)
                return
        raise KeyError(name)

    def _chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        self.target_uid = item.data(UID_ROLE) if item else None
        self.merge_button.setEnabled(self.target_uid is not None)
        if self.target_uid is not None:
            self.summary.setText(self.what_moves())

    def what_moves(self) -> str:
        """What the merge will move, in words, for the confirmation."""
        session = self.workspace.session
        target = session.get(Organisation, self.workspace.id_of(Organisation, self.target_uid))
        found = organisations.history(session=session, organisation_id=self.source.id)
        names = organisations.aliases(session=session, organisation_id=self.source.id)
        lines = [
            self.tr("<b>{source}</b> will be merged into <b>{target}</b> and removed.").format(
                source=html.escape(self.source.name), target=html.escape(target.name)
            ),
            html.escape(self._nominations_text(found)),
            html.escape(
                self.tr("Names kept as other names: {names}.").format(
                    names=", ".join([self.source.name, *names])
                )
            ),
        ]
        return "<br>".join(lines)

    def _nominations_text(self, found: list[Appearance]) -> str:
        if not found:
            return self.tr("It has no nominations to move.")
        years = ", ".join(f"{a.year} {a.nominee} ({stage_label(a.stage).lower()})" for a in found)
        return self.tr("%n nomination(s) move: {years}.", "", len(found)).format(years=years)

    def accept(self) -> None:
        if self.target_uid is None:
            return
        text = self.tr("Merge {name}").format(name=self.source.name)
        source_uid, target_uid = self.source.uid, self.target_uid
        if attempt(self, lambda: merge(self.workspace, text, source_uid, target_uid)) is not None:
            super().accept()
