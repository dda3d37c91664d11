"""The nominee import's preview as Qt table models: the rows, and the organisations."""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from nomdesk.services.nominee_import import OK, REFUSED, UNCONFIRMED, ImportPlan, RowOutcome
from nomdesk.services.nominee_import_match import Known
from nomdesk.ui.errors import translate_error

DISPLAY = Qt.ItemDataRole.DisplayRole
STATUS_COLOURS = {OK: "#e3f4e1", REFUSED: "#fbe3e4", UNCONFIRMED: "#fff4ce"}


def status_label(status: str) -> str:
    names = {
        OK: QCoreApplication.translate("ImportNominees", "Will be imported"),
        REFUSED: QCoreApplication.translate("ImportNominees", "Not imported"),
        UNCONFIRMED: QCoreApplication.translate("ImportNominees", "Confirm the organisation"),
    }
    return names.get(status, status)


def match_label(status: str) -> str:
    names = {
        "exact": QCoreApplication.translate("ImportNominees", "Exact match"),
        "loose": QCoreApplication.translate("ImportNominees", "Similar name: check"),
        "new": QCoreApplication.translate("ImportNominees", "Not found"),
    }
    return names.get(status, status)


def choice_label(candidate: Known) -> str:
    if candidate.is_new:
        return QCoreApplication.translate(
            "ImportNominees", "The same as {name} (new, from this file)"
        ).format(name=candidate.name)
    if candidate.county:
        return f"{candidate.name}  ·  {candidate.county}"
    return candidate.name


def create_label(text: str) -> str:
    return QCoreApplication.translate(
        "ImportNominees", "Create a new organisation “{name}”"
    ).format(name=text)


class RowsModel(QAbstractTableModel):
    """One line per row of the file: its number, status, nominee, organisations, reasons."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.outcomes: list[RowOutcome] = []
        self.notes: dict[int, str] = {}

    def set_outcomes(self, outcomes: list[RowOutcome], notes: dict[int, str]) -> None:
        """The rows, and per row number a note on the organisations matched loosely."""
        self.beginResetModel()
        self.outcomes, self.notes = list(outcomes), dict(notes)
        self.endResetModel()

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ImportNominees", "Row"),
            QCoreApplication.translate("ImportNominees", "Status"),
            QCoreApplication.translate("ImportNominees", "Nominee"),
            QCoreApplication.translate("ImportNominees", "Organisations"),
            QCoreApplication.translate("ImportNominees", "Remarks"),
        ]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.outcomes)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self.headers()[section]
        return None

    def data(self, index, role=DISPLAY) -> Any:
        if not index.isValid():
            return None
        outcome = self.outcomes[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 1:
            return QBrush(QColor(STATUS_COLOURS[outcome.status]))
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return self._text(outcome, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, outcome: RowOutcome, column: int) -> str:
        if column == 0:
            return str(outcome.number)
        if column == 1:
            return status_label(outcome.status)
        if column == 2:
            return outcome.name
        if column == 3:
            return "; ".join(outcome.organisations)
        if outcome.status == UNCONFIRMED:
            return QCoreApplication.translate(
                "ImportNominees", "An organisation's name is similar to one already known."
            )
        if outcome.status == OK:
            return self.notes.get(outcome.number, "")
        return " ".join(translate_error(p) for p in outcome.problems)


def loose_notes(plan: ImportPlan, decisions: dict[str, str | None]) -> dict[int, str]:
    """Per row number: which organisations written one way are taken as another."""
    from nomdesk.services.nominee_import import chosen_name

    notes: dict[int, list[str]] = {}
    for ref in plan.organisations.values():
        name = chosen_name(plan, ref.key, decisions)
        if ref.status != "loose" or name is None or decisions.get(ref.key) == ref.own_new:
            continue
        note = QCoreApplication.translate("ImportNominees", "“{text}” taken as {name}").format(
            text=ref.text, name=name
        )
        for number in ref.rows:
            notes.setdefault(number, []).append(note)
    return {number: "; ".join(found) for number, found in notes.items()}


class OrganisationsModel(QAbstractTableModel):
    """One line per organisation as the file writes it: the match, the rows naming it, and
    (in the third column, filled by the dialog with a choice) what it will be."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        self.keys: list[str] = []

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self.plan = plan
        self.keys = list(plan.organisations) if plan else []
        self.endResetModel()

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ImportNominees", "In the file"),
            QCoreApplication.translate("ImportNominees", "Match"),
            QCoreApplication.translate("ImportNominees", "Rows"),
            QCoreApplication.translate("ImportNominees", "Will be"),
        ]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.keys)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self.headers()[section]
        return None

    def data(self, index, role=DISPLAY) -> Any:
        if not index.isValid() or self.plan is None:
            return None
        ref = self.plan.organisations[self.keys[index.row()]]
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 1 and ref.status == "loose":
            return QBrush(QColor(STATUS_COLOURS[UNCONFIRMED]))
        if role != DISPLAY:
            return None
        if index.column() == 0:
            return ref.text
        if index.column() == 1:
            return match_label(ref.status)
        if index.column() == 2:
            return ", ".join(str(n) for n in ref.rows)
        if ref.status == "exact":
            return choice_label(ref.candidates[0])
        if ref.status == "new":
            return create_label(ref.text)
        return ""  # a loose match: the dialog puts a choice here
