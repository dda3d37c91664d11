"""The jury of a year: jurors with their chair, and the conflicts of interest below them."""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nomdesk.db.models import AwardYear, Juror
from nomdesk.db.models.base import new_uid
from nomdesk.exchange import ballots
from nomdesk.services import jurors
from nomdesk.services import undo as undo_service
from nomdesk.services.schemas import JurorCreate, JurorUpdate
from nomdesk.ui import commands
from nomdesk.ui.dialogs.juror_dialog import JurorDialog
from nomdesk.ui.dialogs.send_ballots_dialog import (
    ReissueBallotDialog,
    SendBallotsDialog,
    local_date,
    open_rounds,
)
from nomdesk.ui.forms import attempt
from nomdesk.ui.labels import role_label
from nomdesk.ui.table_model import RecordTableModel
from nomdesk.ui.views.base import YearView
from nomdesk.ui.views.conflicts import ConflictsPanel
from nomdesk.ui.widgets import LockBanner, button_row, record_table, selected_row

Index = QModelIndex | QPersistentModelIndex
FIELDS = ("name", "affiliation", "role", "email")
CHAIR = "chair"


@dataclass(frozen=True)
class JurorRow:
    """What the table shows of one juror (a snapshot, safe after later edits)."""

    uid: str
    values: dict[str, Any]

    @classmethod
    def of(cls, juror: Juror) -> "JurorRow":
        return cls(juror.uid, {field: getattr(juror, field) for field in FIELDS})


class JurorModel(RecordTableModel):
    """Name, affiliation, role, e-mail and where the juror's ballot stands; the chair in bold."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.ballots: dict[str, str] = {}  # juror uid -> the ballot column's text

    def headers(self) -> list[str]:
        titles = [self.tr("Name"), self.tr("Affiliation"), self.tr("Role"), self.tr("E-mail")]
        return [*titles, self.tr("Ballot")]

    def chair_uid(self) -> str | None:
        return next((r.uid for r in self.rows if r.values["role"] == CHAIR), None)

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        values = self.rows[index.row()].values
        if role == Qt.ItemDataRole.DisplayRole:
            texts = (values["name"], values["affiliation"], role_label(values["role"]))
            ballot = self.ballots.get(self.rows[index.row()].uid, "")
            return (*texts, values["email"] or "", ballot)[index.column()]
        if role == Qt.ItemDataRole.FontRole and values["role"] == CHAIR:
            font = QFont()
            font.setBold(True)
            return font
        return None


class JuryView(YearView):
    """Jurors of the chosen year (add, edit, remove, make chair) and their conflicts."""

    def __init__(self, workspace, parent=None) -> None:
        super().__init__(workspace, parent)
        self.locked = False
        self.round_id: int | None = None  # the open round ballots are sent for
        self.dialog: QDialog | None = None
        self.banner = LockBanner()
        self.model = JurorModel(self)
        self.table = self._make_table()
        self.summary = QLabel()
        self.conflicts = ConflictsPanel(workspace)
        self._make_buttons()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self._jurors_pane())
        self.splitter.addWidget(self.conflicts)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([300, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self._update_buttons()

    def _make_table(self) -> QTableView:
        return record_table(self.model, self.edit, self._update_buttons)

    def _make_buttons(self) -> None:
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.chair_button = QPushButton(self.tr("Make &chair"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.chair_button.clicked.connect(self.make_chair)
        self.send_button = QPushButton(self.tr("&Send ballots…"))
        self.reissue_button = QPushButton(self.tr("Re&voke and reissue…"))
        self.send_button.clicked.connect(self.send_ballots)
        self.reissue_button.clicked.connect(self.reissue_ballot)

    def _jurors_pane(self) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = (self.add_button, self.edit_button, self.remove_button)
        ballot_buttons = (self.send_button, self.reissue_button)
        layout.addLayout(button_row(buttons, (self.chair_button,), ballot_buttons))
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        return pane

    # --- showing ------------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.current_row()
        year = self.session.get(AwardYear, self.year_id) if self.year_id else None
        self.locked = self.banner.show_year(year)
        found = jurors.list_jurors(session=self.session, year_id=year.id) if year else []
        self.round_id = self._open_round_id()
        self.model.ballots = self._ballot_texts(found)
        self.model.set_rows([JurorRow.of(j) for j in found])
        self.conflicts.show_year(self.year_id, self.locked)
        self.summary.setText(self._summary_text(year))
        if current is not None:
            self.select(current.uid)
        self._update_buttons()

    def _summary_text(self, year: AwardYear | None) -> str:
        if year is None:
            return ""
        if not self.model.rows:
            return self.tr("No jurors are recorded for {year}.").format(year=year.year)
        count = self.tr("%n juror(s)", "", len(self.model.rows))
        chair = self.model.row_of(self.model.chair_uid() or "")
        if chair is None:
            return self.tr("{count}; no chair is named").format(count=count)
        name = self.model.rows[chair].values["name"]
        return self.tr("{count}; chaired by {name}").format(count=count, name=name)

    def current_row(self) -> JurorRow | None:
        row = selected_row(self.table)
        return None if row is None else self.model.rows[row]

    def select(self, uid: str) -> None:
        row = self.model.row_of(uid)
        if row is not None:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        row = self.current_row()
        chosen = row is not None and not self.locked
        self.add_button.setEnabled(self.year_id is not None and not self.locked)
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.chair_button.setEnabled(chosen and row.values["role"] != CHAIR)  # type: ignore[union-attr]
        can_send = self.round_id is not None and not self.locked and bool(self.model.rows)
        self.send_button.setEnabled(can_send)
        has_ballot = row is not None and row.uid in self.model.ballots
        self.reissue_button.setEnabled(can_send and has_ballot)

    # --- dialogs ------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        """Show a dialog without blocking; it is kept in `self.dialog` while open."""
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def add(self) -> None:
        if self.year_id is not None and not self.locked:
            self._open(JurorDialog(self._create, parent=self))

    def edit(self) -> None:
        row = self.current_row()
        if row is not None and not self.locked:
            submit = lambda changes: self._update(row, changes)  # noqa: E731
            self._open(JurorDialog(submit, dict(row.values), parent=self))

    # --- edits --------------------------------------------------------------------------

    def _create(self, values: dict[str, Any]) -> Juror:
        year_id, data = self.year_id, JurorCreate(**values)
        text = self.tr("Add juror {name}").format(name=data.name)
        previous = self.model.chair_uid()
        if data.role == CHAIR and previous is not None:
            created = self._create_chair(text, data, previous)
        else:

            def make() -> Juror:
                return jurors.add_juror(session=self.session, year_id=year_id, data=data)  # type: ignore[arg-type]

            created = commands.create(self.workspace, text, Juror, make)
        self.select(created.uid)
        return created

    def _create_chair(self, text: str, data, previous: str) -> Juror:
        """A new chair demotes the old one, so undo must name the old chair again."""
        year_id, data = self.year_id, data.model_copy(update={"uid": new_uid()})

        def make() -> Juror:  # the same uid on every redo
            return jurors.add_juror(session=self.session, year_id=year_id, data=data)  # type: ignore[arg-type]

        def inverse() -> None:
            undo_service.delete_by_uid(session=self.session, model=Juror, uid=data.uid)
            self._set_values(previous, {"role": CHAIR})

        return commands.action(self.workspace, text, make, inverse)

    def _set_values(self, uid: str, values: dict[str, Any]) -> Juror:
        juror_id = self.workspace.id_of(Juror, uid)
        data = JurorUpdate(**values)
        return jurors.update_juror(session=self.session, juror_id=juror_id, data=data)

    def _update(self, row: JurorRow, changes: dict[str, Any], text: str | None = None) -> Juror:
        text = text or self.tr("Edit juror {name}").format(name=row.values["name"])
        previous = self.model.chair_uid()
        if changes.get("role") != CHAIR or previous in (None, row.uid):
            apply = lambda _id, values: self._set_values(row.uid, values)  # noqa: E731
            return commands.update(self.workspace, text, Juror, row.uid, apply, changes)
        old = {key: row.values[key] for key in changes}

        def inverse() -> None:  # the old values, then the old chair (which demotes this one)
            self._set_values(row.uid, old)
            self._set_values(previous, {"role": CHAIR})

        return commands.action(
            self.workspace, text, lambda: self._set_values(row.uid, changes), inverse
        )

    def make_chair(self) -> None:
        """Name the chosen juror chair; the previous chair becomes a member (undo reverses)."""
        row = self.current_row()
        if row is None or self.locked or row.values["role"] == CHAIR:
            return
        text = self.tr("Make {name} chair").format(name=row.values["name"])
        attempt(self, lambda: self._update(row, {"role": CHAIR}, text))

    def remove(self) -> None:
        row = self.current_row()
        if row is None or self.locked or not self._confirm_remove(row):
            return
        text = self.tr("Remove juror {name}").format(name=row.values["name"])

        def remove(juror_id: int):
            return jurors.remove_juror(session=self.session, juror_id=juror_id)

        attempt(self, lambda: commands.delete(self.workspace, text, Juror, row.uid, remove))

    def _confirm_remove(self, row: JurorRow) -> bool:
        question = self.tr(
            "Remove the juror {name}? Their conflicts, ballots and scores are removed with "
            "them. Edit ▸ Undo brings everything back."
        ).format(name=row.values["name"])
        answer = QMessageBox.question(self, self.tr("Remove juror"), question)
        return answer == QMessageBox.StandardButton.Yes

    # --- ballots (design §4) ------------------------------------------------------------

    def _open_round_id(self) -> int | None:
        found = open_rounds(self.workspace, self.year_id)
        return found[0].id if found else None  # type: ignore[return-value]

    def _ballot_texts(self, found: list[Juror]) -> dict[str, str]:
        """The Ballot column: sent when, and the last sheet imported."""
        if self.round_id is None:
            return {}
        uids = {j.id: j.uid for j in found}
        texts = {}
        for status in ballots.ballot_statuses(session=self.session, round_id=self.round_id):
            uid = uids.get(status.juror_id)
            if uid is None or status.ballot_uid is None:
                continue
            text = self.tr("sent {date}").format(date=local_date(status.issued_at))
            if status.last_revision is not None:
                text += self.tr(", sheet {revision} imported").format(revision=status.last_revision)
            texts[uid] = text
        return texts

    def send_ballots(self) -> None:
        if self.round_id is not None and not self.locked:
            self._open(SendBallotsDialog(self.workspace, self.year_id, self))

    def reissue_ballot(self) -> None:
        row = self.current_row()
        if row is None or self.round_id is None or row.uid not in self.model.ballots:
            return
        juror_id = self.workspace.id_of(Juror, row.uid)
        name = row.values["name"]
        self._open(ReissueBallotDialog(self.workspace, self.round_id, juror_id, name, self))
