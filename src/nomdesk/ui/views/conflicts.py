"""Conflicts of interest as a matrix of jurors × nominees, with a list of the reasons."""

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nomdesk.db.models import Conflict, Juror, Nominee
from nomdesk.domain import stages
from nomdesk.services import jurors, nominees
from nomdesk.ui import commands
from nomdesk.ui.forms import attempt
from nomdesk.ui.roomy import roomy_rows
from nomdesk.ui.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
MARK = "✕"
CONFLICT_BACKGROUND = QColor("#f4c7c3")
CONFLICT_FOREGROUND = QColor("#8c1d18")
TOGGLE_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass(frozen=True)
class Party:
    """A juror or a nominee as the matrix shows it."""

    id: int
    uid: str
    name: str


@dataclass(frozen=True)
class ConflictRow:
    uid: str
    juror_id: int
    nominee_id: int
    reason: str
    declared_by: str


class ConflictModel(QAbstractTableModel):
    """Jurors (rows) × nominees (columns); a marked cell is a declared conflict."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.jurors: list[Party] = []
        self.nominees: list[Party] = []
        self.conflicts: dict[tuple[int, int], ConflictRow] = {}
        self._mark_font = QFont()
        self._mark_font.setBold(True)

    def set_data(self, jurors_: list[Party], nominees_: list[Party], conflicts) -> None:
        self.beginResetModel()
        self.jurors, self.nominees = jurors_, nominees_
        self.conflicts = {(c.juror_id, c.nominee_id): c for c in conflicts}
        self.endResetModel()

    def cell(self, index: Index) -> tuple[Party, Party, ConflictRow | None]:
        """The juror, the nominee and their conflict (None when there is none)."""
        juror, nominee = self.jurors[index.row()], self.nominees[index.column()]
        return juror, nominee, self.conflicts.get((juror.id, nominee.id))

    def index_of(self, juror_uid: str, nominee_uid: str) -> QModelIndex:
        row = next(i for i, j in enumerate(self.jurors) if j.uid == juror_uid)
        column = next(i for i, n in enumerate(self.nominees) if n.uid == nominee_uid)
        return self.index(row, column)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.jurors)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.nominees)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.jurors[section].name
        name = self.nominees[section].name
        # Two lines keep the columns narrow ("Linköpings\nkommun").
        return name.replace(" ", "\n", 1) if role == Qt.ItemDataRole.DisplayRole else name

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        juror, nominee, conflict = self.cell(index)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(juror, nominee, conflict)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if conflict is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return MARK
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(CONFLICT_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(CONFLICT_FOREGROUND)
        if role == Qt.ItemDataRole.FontRole:
            return self._mark_font
        return None

    def _tooltip(self, juror: Party, nominee: Party, conflict: ConflictRow | None) -> str:
        if conflict is None:
            text = self.tr("{juror} – {nominee}: no conflict")
            return text.format(juror=juror.name, nominee=nominee.name)
        text = self.tr("{juror} – {nominee}: {reason}")
        reason = conflict.reason or self.tr("(no reason given)")
        return text.format(juror=juror.name, nominee=nominee.name, reason=reason)


class ConflictMatrix(QTableView):
    """The matrix; a click, Space or Enter on a cell asks to toggle it."""

    toggle_requested = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verticalHeader().setDefaultSectionSize(26)
        self.clicked.connect(self.toggle_requested)

    def setModel(self, model) -> None:
        super().setModel(model)
        model.modelReset.connect(self.fit_columns)

    def fit_columns(self) -> None:
        """Share the width among the nominees when they fit; otherwise size them to their
        names and let the matrix scroll."""
        header = self.horizontalHeader()
        columns = range(header.count())
        needed = sum(max(header.sectionSizeHint(c), self.sizeHintForColumn(c)) for c in columns)
        fits = needed <= self.viewport().width()
        mode = QHeaderView.ResizeMode.Stretch if fits else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(mode)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in TOGGLE_KEYS and self.currentIndex().isValid():
            self.toggle_requested.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


def _parties(rows, name_of) -> list[Party]:
    return [Party(r.id, r.uid, name_of(r)) for r in rows]


class ConflictsPanel(QWidget):
    """The conflicts of one year: the matrix to toggle them and the list of reasons."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.locked = True
        self.model = ConflictModel(self)
        self.matrix = ConflictMatrix()
        self.matrix.setModel(self.model)
        self.matrix.toggle_requested.connect(self.toggle)
        self.hint = QLabel(
            self.tr(
                "Click a cell (or press Space) to declare or remove a conflict. "
                "A conflicted juror's scores for that nominee never count, "
                "and their ballot leaves the nominee out."
            )
        )
        self.hint.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.list = QListWidget()
        roomy_rows(self.list)
        self.list.setMaximumHeight(100)
        self._lay_out()

    def _lay_out(self) -> None:
        title = QLabel(self.tr("<b>Conflicts of interest</b>"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.hint)
        layout.addWidget(self.empty)
        layout.addWidget(self.matrix, 1)
        layout.addWidget(self.list)
        layout.addStretch(0)  # takes the room only while the matrix is hidden

    @property
    def session(self):
        return self.workspace.session

    def show_year(self, year_id: int | None, locked: bool) -> None:
        """Show the year's jurors, nominees (not withdrawn) and conflicts."""
        self.locked = locked or year_id is None
        found_jurors = jurors.list_jurors(session=self.session, year_id=year_id) if year_id else []
        everyone = nominees.list_nominees(session=self.session, year_id=year_id) if year_id else []
        found = jurors.list_conflicts(session=self.session, year_id=year_id) if year_id else []
        conflicts = [
            ConflictRow(c.uid, c.juror_id, c.nominee_id, c.reason, c.declared_by) for c in found
        ]
        standing = [n for n in everyone if n.stage != stages.WITHDRAWN]
        self.model.set_data(
            _parties(found_jurors, lambda j: j.name),
            _parties(standing, lambda n: n.display_name),
            conflicts,
        )
        self._fill_list(found_jurors, everyone, conflicts)
        self._show_empty(bool(found_jurors), bool(standing))

    def _show_empty(self, any_jurors: bool, any_nominees: bool) -> None:
        """Say why there is no matrix to click when jurors or nominees are missing."""
        if not any_jurors:
            self.empty.setText(self.tr("The matrix needs jurors: add them above."))
        elif not any_nominees:
            self.empty.setText(self.tr("The matrix needs nominees: add them in Nominees."))
        shown = any_jurors and any_nominees
        self.matrix.setVisible(shown)
        self.empty.setVisible(not shown and not self.locked)
        self.hint.setVisible(shown and not self.locked)

    def _fill_list(self, jurors_, nominees_, conflicts: list[ConflictRow]) -> None:
        juror_names = {j.id: j.name for j in jurors_}
        nominees_by_id = {n.id: n for n in nominees_}
        self.list.clear()
        for conflict in conflicts:
            nominee = nominees_by_id[conflict.nominee_id]
            text = self._line(juror_names[conflict.juror_id], nominee, conflict)
            self.list.addItem(text)
        if not conflicts:
            empty = QListWidgetItem(self.tr("No conflicts of interest are recorded."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)

    def _line(self, juror: str, nominee: Nominee, conflict: ConflictRow) -> str:
        line = self.tr("{juror} – {nominee}").format(juror=juror, nominee=nominee.display_name)
        if conflict.reason:
            line = self.tr("{line}: {reason}").format(line=line, reason=conflict.reason)
        if conflict.declared_by == "juror":
            line = self.tr("{line} (declared by the juror)").format(line=line)
        if nominee.stage == stages.WITHDRAWN:
            line = self.tr("{line} (withdrawn nominee)").format(line=line)
        return line

    # --- toggling -----------------------------------------------------------------------

    def toggle(self, index: QModelIndex) -> None:
        """Declare a conflict in an empty cell, or remove the one in a marked cell."""
        if self.locked or not index.isValid():
            return
        juror, nominee, conflict = self.model.cell(index)
        if conflict is None:
            self._declare(juror, nominee)
        else:
            self._remove(juror, nominee, conflict)

    def _declare(self, juror: Party, nominee: Party) -> None:
        question = self.tr("Why may {juror} not score {nominee}?")
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Declare a conflict of interest"),
            question.format(juror=juror.name, nominee=nominee.name),
        )
        if not ok:
            return
        text = self.tr("Declare conflict {juror} – {nominee}")
        text = text.format(juror=juror.name, nominee=nominee.name)
        make = self._maker(juror.uid, nominee.uid, reason)
        attempt(self, lambda: commands.create(self.workspace, text, Conflict, make))

    def _maker(self, juror_uid: str, nominee_uid: str, reason: str):
        def make() -> Conflict:
            return jurors.declare_conflict(
                session=self.session,
                juror_id=self.workspace.id_of(Juror, juror_uid),
                nominee_id=self.workspace.id_of(Nominee, nominee_uid),
                reason=reason,
            )

        return make

    def _remove(self, juror: Party, nominee: Party, conflict: ConflictRow) -> None:
        question = self.tr("Remove the conflict between {juror} and {nominee}?")
        answer = QMessageBox.question(
            self,
            self.tr("Remove conflict of interest"),
            question.format(juror=juror.name, nominee=nominee.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        text = self.tr("Remove conflict {juror} – {nominee}")
        text = text.format(juror=juror.name, nominee=nominee.name)

        def remove(conflict_id: int):
            return jurors.remove_conflict(session=self.session, conflict_id=conflict_id)

        attempt(self, lambda: commands.delete(self.workspace, text, Conflict, conflict.uid, remove))
