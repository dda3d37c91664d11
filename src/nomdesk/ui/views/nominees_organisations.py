"""Choosing the organisations of a nominee (a joint nomination has several, in order),
and adding a new organisation on the way."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nomdesk.db.models import Organisation
from nomdesk.domain.rules import ORGANISATION_KINDS
from nomdesk.services import organisations
from nomdesk.ui.forms import FieldErrors, attempt
from nomdesk.ui.labels import organisation_kind_label
from nomdesk.ui.roomy import roomy_rows
from nomdesk.ui.views import nominees_edits
from nomdesk.ui.workspace import Workspace

ID_ROLE = Qt.ItemDataRole.UserRole


def _org_text(org: Organisation) -> str:
    return f"{org.name} ({org.county})" if org.county else org.name


class OrganisationPicker(QWidget):
    """A searchable list of organisations with checkboxes; the checked ones in order."""

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search organisations…"))
        self.search.setClearButtonEnabled(True)
        self.available = QListWidget()
        roomy_rows(self.available)
        self.chosen = QListWidget()
        roomy_rows(self.chosen)
        self.up = QPushButton(self.tr("Move &up"))
        self.down = QPushButton(self.tr("Move do&wn"))
        self.remove = QPushButton(self.tr("&Remove"))
        self.new_button = QPushButton(self.tr("New or&ganisation…"))
        self._lay_out()
        self._connect()
        self.reload()

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.search, 0, 0)
        grid.addWidget(QLabel(self.tr("Chosen, in order:")), 0, 1, 1, 2)
        grid.addWidget(self.available, 1, 0, 3, 1)
        grid.addWidget(self.chosen, 1, 1, 3, 1)
        grid.addWidget(self.up, 1, 2)
        grid.addWidget(self.down, 2, 2)
        grid.addWidget(self.remove, 3, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.new_button, 4, 0, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._filter)
        self.available.itemChanged.connect(self._checked)
        self.chosen.currentRowChanged.connect(self._enable_moves)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.remove.clicked.connect(self._remove_current)
        self.new_button.clicked.connect(self.new_organisation)

    def reload(self) -> None:
        """List every organisation, keeping what is chosen."""
        ids = self.chosen_ids()
        self.available.blockSignals(True)
        self.available.clear()
        for org in organisations.list_organisations(session=self.workspace.session):
            item = QListWidgetItem(_org_text(org))
            item.setData(ID_ROLE, org.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.available.addItem(item)
        self.available.blockSignals(False)
        self.set_chosen(ids)
        self._filter(self.search.text())

    def chosen_ids(self) -> list[int]:
        return [self.chosen.item(i).data(ID_ROLE) for i in range(self.chosen.count())]

    def set_chosen(self, ids: list[int]) -> None:
        """Check these organisations and list them in this order."""
        self.chosen.clear()
        self.available.blockSignals(True)
        for item in self._available_items():
            item.setCheckState(Qt.CheckState.Unchecked)
        for org_id in ids:
            item = self._available_item(org_id)
            if item is not None:
                item.setCheckState(Qt.CheckState.Checked)
                self._add_chosen(item)
        self.available.blockSignals(False)
        self._enable_moves()
        self.changed.emit()

    def _available_items(self) -> list[QListWidgetItem]:
        return [self.available.item(i) for i in range(self.available.count())]

    def _available_item(self, org_id: int) -> QListWidgetItem | None:
        return next((i for i in self._available_items() if i.data(ID_ROLE) == org_id), None)

    def _add_chosen(self, item: QListWidgetItem) -> None:
        chosen = QListWidgetItem(item.text())
        chosen.setData(ID_ROLE, item.data(ID_ROLE))
        self.chosen.addItem(chosen)

    def _checked(self, item: QListWidgetItem) -> None:
        ids = [i for i in self.chosen_ids() if i != item.data(ID_ROLE)]
        if item.checkState() == Qt.CheckState.Checked:
            ids.append(item.data(ID_ROLE))
        self.set_chosen(ids)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for item in self._available_items():
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _move(self, step: int) -> None:
        row = self.chosen.currentRow()
        ids = self.chosen_ids()
        target = row + step
        if row < 0 or not 0 <= target < len(ids):
            return
        ids[row], ids[target] = ids[target], ids[row]
        self.set_chosen(ids)
        self.chosen.setCurrentRow(target)

    def _remove_current(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            ids = self.chosen_ids()
            del ids[row]
            self.set_chosen(ids)
            self.chosen.setCurrentRow(min(row, len(ids) - 1))

    def _enable_moves(self, _row: int = -1) -> None:
        row = self.chosen.currentRow()
        self.remove.setEnabled(row >= 0)
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < self.chosen.count() - 1)

    def new_organisation(self) -> None:
        """Ask for a new organisation, create it (undoable) and add it to the chosen ones."""
        dialog = NewOrganisationDialog(self.workspace, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_created(dialog.created)

    def add_created(self, org: Organisation | None) -> None:
        if org is None:
            return
        ids = self.chosen_ids()
        self.reload()
        self.set_chosen([*ids, org.id])  # type: ignore[list-item]


class NewOrganisationDialog(QDialog):
    """Name, kind and county of a new organisation; `created` holds it once accepted."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New organisation"))
        self.workspace = workspace
        self.created: Organisation | None = None
        self.errors = FieldErrors()
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.kind = QComboBox()
        for kind in ORGANISATION_KINDS:
            self.kind.addItem(organisation_kind_label(kind), kind)
        self.county = QLineEdit()
        self.county.setMaxLength(100)
        self.county.setCompleter(QCompleter(self._counties(), self.county))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()

    def _counties(self) -> list[str]:
        orgs = organisations.list_organisations(session=self.workspace.session)
        return sorted({o.county for o in orgs if o.county})

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow("", self.errors.label_for("name"))
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow("", self.errors.label_for("kind"))
        form.addRow(self.tr("&County:"), self.county)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def values(self) -> dict:
        return {
            "name": self.name.text().strip(),
            "kind": self.kind.currentData(),
            "county": self.county.text().strip(),
        }

    def accept(self) -> None:
        """Create the organisation; a refusal (e.g. a taken name) shows beside its field."""
        created = attempt(
            self,
            lambda: nominees_edits.create_organisation(self.workspace, self.values()),
            self.errors,
        )
        if created is None:
            self.adjustSize()  # room for the message under its field
            return
        self.created = created
        super().accept()
