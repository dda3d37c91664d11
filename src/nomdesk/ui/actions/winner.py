"""Award ▸ Mark the winner…: check that the chosen year can be decided, show the dialog,
and record the Decision as one undoable step.

Recording sets the winner's stage, the phase, closes the round and locks the year (the
service does all of it in one transaction). Undo unlocks the year with a reason the audit
log keeps, withdraws the decision (the winner is a finalist again, the round open) and
puts the phase back; redo records the same decision again.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from nomdesk.db.models import AwardYear, Nominee, ScoringRound
from nomdesk.domain import stages
from nomdesk.services import decisions, nominees, rounds
from nomdesk.services.guards import is_locked
from nomdesk.ui import commands
from nomdesk.ui.dialogs.winner_facts import WinnerFacts, gather
from nomdesk.ui.views.timetable_panel import localized
from nomdesk.ui.workspace import Workspace


def run(window, *args) -> None:
    """Open the winner dialog for the year chosen on the left, or say why it cannot be."""
    from nomdesk.ui.dialogs.winner_dialog import WinnerDialog

    ws: Workspace = window.workspace
    refusal, facts = prepare(ws, window.tree.current_year_id())
    if facts is None:
        QMessageBox.information(
            window, QCoreApplication.translate("WinnerAction", "Mark the winner"), refusal
        )
        return
    dialog = WinnerDialog(facts, lambda values: record(ws, facts, values), window)
    dialog.exec()


def prepare(ws: Workspace, year_id: int | None) -> tuple[str, WinnerFacts | None]:
    """The dialog's facts, or (why not, None): no year, decided, locked, no open round,
    no finalists."""
    session = ws.session
    year = session.get(AwardYear, year_id) if year_id else None
    if year is None:
        return QCoreApplication.translate(
            "WinnerAction", "Choose an award year on the left first."
        ), None
    refusal = _refusal(ws, year)
    if refusal:
        return refusal, None
    round_ = rounds.list_rounds(session=session, year_id=year.id)[-1]  # type: ignore[arg-type]
    return "", gather(session, year, round_)


def _refusal(ws: Workspace, year: AwardYear) -> str:
    session = ws.session
    decision = decisions.find_decision(session=session, year_id=year.id)  # type: ignore[arg-type]
    if decision is not None:
        winner = session.get(Nominee, decision.winner_id)
        text = QCoreApplication.translate(
            "WinnerAction", "{year} is decided already: {name} is the winner."
        )
        return text.format(year=year.year, name=winner.display_name if winner else "?")
    if is_locked(ws.session, year.id):  # type: ignore[arg-type]
        text = QCoreApplication.translate(
            "WinnerAction", "{year} is locked. Unlock it on the Overview, giving a reason, first."
        )
        return text.format(year=year.year)
    found = rounds.list_rounds(session=session, year_id=year.id)  # type: ignore[arg-type]
    if not found:
        text = QCoreApplication.translate(
            "WinnerAction", "{year} has no scoring round, so there are no results to decide from."
        )
        return text.format(year=year.year)
    if found[-1].status != "open":
        text = QCoreApplication.translate("WinnerAction", "The round {round} of {year} is closed.")
        return text.format(round=localized(found[-1].name, found[-1].name_en), year=year.year)
    listed = nominees.list_nominees(session=session, year_id=year.id)  # type: ignore[arg-type]
    if not any(n.stage == stages.FINALIST for n in listed):
        text = QCoreApplication.translate(
            "WinnerAction", "{year} has no finalists yet: only a finalist can become the winner."
        )
        return text.format(year=year.year)
    return ""


def record(ws: Workspace, facts: WinnerFacts, values: dict[str, Any]) -> Any:
    """Record the decision through the undo stack; raises NomdeskError when refused."""
    year_uid, phase, round_uid = facts.year.uid, facts.year.phase, facts.round.uid
    winner_uid = facts.uids[values["winner_id"]]
    others = {k: v for k, v in values.items() if k not in ("winner_id", "round_id")}

    def do() -> Any:
        return decisions.record_decision(
            session=ws.session,
            year_id=ws.id_of(AwardYear, year_uid),
            winner_id=ws.id_of(Nominee, winner_uid),
            round_id=ws.id_of(ScoringRound, round_uid),
            **others,
        )

    def undo() -> None:
        take_back(ws, year_uid, phase)

    name = facts.ranked.names[values["winner_id"]]
    text = QCoreApplication.translate("WinnerAction", "Mark {name} as the winner of {year}").format(
        name=name, year=facts.year.year
    )
    return commands.action(ws, text, do, undo)


def take_back(ws: Workspace, year_uid: str, phase: str) -> None:
    """Undo a decision in one step: unlock (the audit log says why), withdraw it, restore
    the phase."""
    reason = QCoreApplication.translate("WinnerAction", "The decision was undone (Edit ▸ Undo).")
    decisions.undo_decision(
        session=ws.session, year_id=ws.id_of(AwardYear, year_uid), reason=reason, phase=phase
    )
