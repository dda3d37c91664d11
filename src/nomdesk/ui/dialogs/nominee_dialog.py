"""A new nominee, or a nominee's name, nominator and organisations.

The edit runs when the dialog is accepted; a refusal (such as a name already taken this
year) shows beside its field and the dialog stays open with nothing changed.
"""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nomdesk.db.models import Nominee
from nomdesk.services import nominees
from nomdesk.services.guards import get
from nomdesk.ui.forms import FieldErrors, attempt
from nomdesk.ui.views import nominees_edits
from nomdesk.ui.views.nominees_organisations import OrganisationPicker
from nomdesk.ui.workspace import Workspace


class NomineeDialog(QDialog):
    """Creates a nominee in `year_id`, or edits the nominee with `uid`; `nominee` holds the
    created or edited nominee once accepted."""

    def __init__(
        self,
        workspace: Workspace,
        year_id: int,
        parent: QWidget | None = None,
        *,
        uid: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.year_id = year_id
        self.uid = uid
        self.nominee: Nominee | None = None
        self.errors = FieldErrors()
        self.display_name = QLineEdit()
        self.display_name.setMaxLength(300)
        self.display_name.setPlaceholderText(
            self.tr("For example: Mora, Orsa och Älvdalens kommuner")
        )
        self.nominated_by = QLineEdit()
        self.nominated_by.setMaxLength(300)
        self.picker = OrganisationPicker(workspace)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self._load()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.display_name)
        form.addRow("", self.errors.label_for("display_name"))
        form.addRow(self.tr("Nominated &by:"), self.nominated_by)
        form.addRow("", self.errors.label_for("nominated_by"))
        caption = QLabel(self.tr("&Organisations (a joint nomination has several):"))
        caption.setBuddy(self.picker.search)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(caption)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.errors.label_for("organisations"))
        layout.addWidget(self.buttons)
        self.resize(720, 520)

    def _load(self) -> None:
        if self.uid is None:
            self.setWindowTitle(self.tr("New nominee"))
            return
        nominee = self._current()
        self.setWindowTitle(self.tr("Edit nominee"))
        self.display_name.setText(nominee.display_name)
        self.nominated_by.setText(nominee.nominated_by)
        self.picker.set_chosen(self._current_organisations())

    def _current(self) -> Nominee:
        nominee_id = self.workspace.id_of(Nominee, self.uid)  # type: ignore[arg-type]
        return get(self.workspace.session, Nominee, nominee_id, field="nominee")

    def _current_organisations(self) -> list[int]:
        nominee_id = self.workspace.id_of(Nominee, self.uid)  # type: ignore[arg-type]
        orgs = nominees.organisations_of(session=self.workspace.session, nominee_id=nominee_id)
        return [o.id for o in orgs]  # type: ignore[misc]

    def values(self) -> dict[str, str]:
        return {
            "display_name": self.display_name.text().strip(),
            "nominated_by": self.nominated_by.text().strip(),
        }

    def accept(self) -> None:
        """Save; on a refusal the message shows next to its field and nothing changes."""
        done = attempt(self, self._save, self.errors)
        if done is not None:
            self.nominee = done
            super().accept()

    def _save(self) -> Nominee:
        if self.uid is None:
            return nominees_edits.create_nominee(
                self.workspace, self.year_id, self.values(), self.picker.chosen_ids()
            )
        return self._save_changes()

    def _save_changes(self) -> Nominee:
        """Fields first (a taken name is the likely refusal), then the organisations."""
        nominee = self._current()
        changes = {k: v for k, v in self.values().items() if getattr(nominee, k) != v}
        ids = self.picker.chosen_ids()
        text = self.tr("Edit nominee {name}").format(name=nominee.display_name)
        with self.workspace.group(text):  # one undo step for the whole dialog
            if changes:
                nominees_edits.update_nominee(self.workspace, self.uid, changes)  # type: ignore[arg-type]
            if ids != self._current_organisations():
                nominees_edits.set_organisations(self.workspace, self.uid, ids)  # type: ignore[arg-type]
        return self._current()
