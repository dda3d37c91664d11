"""Organisations across years: a searchable list, and each one's page with its history."""

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nomdesk.db.models import Organisation
from nomdesk.domain.rules import ORGANISATION_KINDS
from nomdesk.services import organisations
from nomdesk.services.schemas import OrganisationUpdate
from nomdesk.ui import commands
from nomdesk.ui.dialogs.merge_dialog import MergeDialog, by_name, matches
from nomdesk.ui.forms import FieldErrors, attempt
from nomdesk.ui.labels import organisation_kind_label, stage_label
from nomdesk.ui.roomy import roomy_rows
from nomdesk.ui.workspace import Workspace

UID_ROLE = Qt.ItemDataRole.UserRole
TEXT_FIELDS = ("name", "county", "org_number")


class OrganisationsDialog(QDialog):
    """Edit an organisation's details, see every year it appeared in, merge it into another."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        organisation_id: int | None = None,
        **_kwargs,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.current: Organisation | None = None
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("Organisations"))
        splitter = QSplitter()
        splitter.addWidget(self._make_list())
        splitter.addWidget(self._make_page())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 620])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self._add_undo_actions()
        self.resize(960, 620)
        workspace.changed.connect(self.reload)
        self._listening = True
        self.reload()
        if organisation_id is not None:
            self.select_uid(workspace.session.get(Organisation, organisation_id).uid)

    # --- building ---------------------------------------------------------------------

    def _make_list(self) -> QWidget:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or county"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        roomy_rows(self.list)
        self.list.currentItemChanged.connect(self._chosen)
        self.count = QLabel()
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.search, self.list, self.count):
            layout.addWidget(widget)
        return box

    def _make_page(self) -> QWidget:
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.aliases = QLabel()
        self.aliases.setWordWrap(True)
        for label in (self.heading, self.aliases):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.merge_button = QPushButton(self.tr("Merge into…"))
        self.merge_button.clicked.connect(self.open_merge)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.merge_button)
        self.page = QWidget()
        layout = QVBoxLayout(self.page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.aliases)
        layout.addWidget(self._make_details())
        layout.addWidget(self._make_history(), 1)
        return self.page

    def _make_details(self) -> QGroupBox:
        box = QGroupBox(self.tr("Details"))
        self.fields: dict[str, QLineEdit] = {key: QLineEdit() for key in TEXT_FIELDS}
        self.fields["population"] = QLineEdit()
        self.kind = QComboBox()
        for kind in ORGANISATION_KINDS:
            self.kind.addItem(organisation_kind_label(kind), kind)
        self.kind.activated.connect(lambda _index: self.save())
        for edit in self.fields.values():
            edit.editingFinished.connect(self.save)
        form = QFormLayout(box)
        rows = (
            (self.tr("Name"), self.fields["name"], "name"),
            (self.tr("Kind"), self.kind, "kind"),
            (self.tr("County"), self.fields["county"], "county"),
            (self.tr("Population"), self.fields["population"], "population"),
            (self.tr("Organisation number"), self.fields["org_number"], "org_number"),
        )
        for text, widget, field in rows:
            form.addRow(text, widget)
            form.addRow("", self.errors.label_for(field))
        return box

    def _make_history(self) -> QGroupBox:
        box = QGroupBox(self.tr("Nominations over the years"))
        self.history = QTableWidget(0, 5)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Award"), self.tr("Year"), self.tr("Nominee"), self.tr("Stage"),
             self.tr("Result")]
        )  # fmt: skip
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().hide()
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.no_history = QLabel(self.tr("Never nominated."))
        layout = QVBoxLayout(box)
        layout.addWidget(self.history)
        layout.addWidget(self.no_history)
        return box

    def _add_undo_actions(self) -> None:
        """Undo and redo work here too: the dialog is modal, so the Edit menu is out of reach."""
        stack = self.workspace.undo_stack
        for action, keys in (
            (stack.createUndoAction(self), QKeySequence.StandardKey.Undo),
            (stack.createRedoAction(self), QKeySequence.StandardKey.Redo),
        ):
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

    # --- the list ---------------------------------------------------------------------

    def reload(self) -> None:
        """Refill the list (after any change), keeping the chosen organisation if it exists."""
        keep = self.current.uid if self.current is not None else None
        self.list.blockSignals(True)
        self.list.clear()
        for org in by_name(organisations.list_organisations(session=self.workspace.session)):
            item = QListWidgetItem(org.name)
            item.setData(UID_ROLE, org.uid)
            item.setToolTip(org.county)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._filter(self.search.text())
        self.count.setText(self.tr("%n organisation(s)", "", self.list.count()))
        if not (keep and self.select_uid(keep)):
            self._show(None)

    def _filter(self, text: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(not matches(text, item.text(), item.toolTip()))

    def select_uid(self, uid: str) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(UID_ROLE) == uid:
                self.list.blockSignals(True)
                self.list.setCurrentRow(row)
                self.list.blockSignals(False)
                self._show(uid)
                return True
        return False

    def select_name(self, name: str) -> None:
        """Show the organisation with this name (as clicking it in the list would)."""
        for row in range(self.list.count()):
            if self.list.item(row).text() == name:
                self.list.setCurrentRow(row)
                return
        raise KeyError(name)

    def _chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        uid = item.data(UID_ROLE) if item else None
        self._show(uid)

    # --- the page ---------------------------------------------------------------------

    def _show(self, uid: str | None) -> None:
        session = self.workspace.session
        org = None
        if uid is not None:
            org = session.get(Organisation, self.workspace.id_of(Organisation, uid))
        self.current = org
        self.page.setEnabled(org is not None)
        self.errors.clear()
        self._show_details(org)
        self._show_history(org)

    def _show_details(self, org: Organisation | None) -> None:
        self.heading.setText(org.name if org else self.tr("Choose an organisation"))
        for key in TEXT_FIELDS:
            self.fields[key].setText((getattr(org, key) or "") if org else "")
        population = org.population if org else None
        shown = "" if population is None else QLocale().toString(population)
        self.fields["population"].setText(shown)
        kind = org.kind if org else ORGANISATION_KINDS[0]
        if self.kind.findData(kind) < 0:
            self.kind.addItem(organisation_kind_label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        names = (
            organisations.aliases(session=self.workspace.session, organisation_id=org.id)
            if org
            else []
        )
        self.aliases.setText(
            self.tr("Also known as: {names}").format(names=", ".join(names)) if names else ""
        )
        self.aliases.setVisible(bool(names))

    def _show_history(self, org: Organisation | None) -> None:
        found = (
            organisations.history(session=self.workspace.session, organisation_id=org.id)
            if org
            else []
        )
        self.history.setRowCount(len(found))
        for row, a in enumerate(found):
            result = self.tr("Winner") if a.won else ""
            cells = (a.award, str(a.year), a.nominee, stage_label(a.stage), result)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if a.won:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.history.setItem(row, column, item)
        self.history.setVisible(bool(found))
        self.no_history.setVisible(org is not None and not found)

    def history_rows(self) -> list[tuple[str, ...]]:
        """The history table's text, row by row."""
        return [
            tuple(self.history.item(r, c).text() for c in range(self.history.columnCount()))
            for r in range(self.history.rowCount())
        ]

    # --- edits ------------------------------------------------------------------------

    def values(self) -> dict[str, Any] | None:
        """The form's values as the service takes them; None when the population is no number."""
        values: dict[str, Any] = {key: self.fields[key].text().strip() for key in TEXT_FIELDS}
        values["org_number"] = values["org_number"] or None
        values["kind"] = self.kind.currentData()
        text = self.fields["population"].text().strip()
        population, ok = QLocale().toInt(text.replace(" ", "").replace("\u00a0", ""))
        if text and not ok:
            return None
        values["population"] = population if text else None
        return values

    def save(self) -> None:
        """Save what changed in the form as one undoable edit; a refusal shows by its field."""
        org = self.current
        if org is None:
            return
        values = self.values()
        if values is None:
            self._refuse_population()
            return
        changes = {k: v for k, v in values.items() if getattr(org, k) != v}
        if not changes:
            return
        ws, session = self.workspace, self.workspace.session
        text = self.tr("Edit {name}").format(name=org.name)
        attempt(
            self,
            lambda: commands.update(
                ws,
                text,
                Organisation,
                org.uid,
                lambda id_, v: organisations.update_organisation(
                    session=session, organisation_id=id_, data=OrganisationUpdate(**v)
                ),
                changes,
            ),
            self.errors,
        )

    def _refuse_population(self) -> None:
        self.errors.clear()
        label = self.errors.labels["population"]
        label.setText(self.tr("Write the population as a whole number, or leave it empty."))
        label.show()

    def open_merge(self) -> None:
        if self.current is None:
            return
        dialog = MergeDialog(self.workspace, self.current.uid, self)
        if dialog.exec() and dialog.target_uid:
            self.select_uid(dialog.target_uid)

    def done(self, result: int) -> None:
        # A closed dialog stops following changes (it may live on as the window's child).
        if self._listening:
            self.workspace.changed.disconnect(self.reload)
            self._listening = False
        super().done(result)
