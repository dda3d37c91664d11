"""The undoable edits of the Nominees view, each one command built from services.

Rows are named by uid and their id looked up when a step runs, because undoing a delete
and redoing a create bring rows back under the same uid.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication

from nomdesk.db.models import Nominee, Organisation
from nomdesk.domain import stages
from nomdesk.services import nominees, organisations
from nomdesk.services.guards import get
from nomdesk.services.schemas import NomineeCreate, NomineeUpdate, OrganisationCreate
from nomdesk.ui import commands
from nomdesk.ui.labels import stage_label
from nomdesk.ui.workspace import Workspace


def _nominee(ws: Workspace, uid: str) -> Nominee:
    return get(ws.session, Nominee, ws.id_of(Nominee, uid), field="nominee")


def create_nominee(
    ws: Workspace, year_id: int, values: dict[str, Any], organisation_ids: list[int]
) -> Nominee:
    """A new nominee of the year standing for `organisation_ids`, in that order."""

    def make() -> Nominee:
        return nominees.create_nominee(
            session=ws.session,
            year_id=year_id,
            data=NomineeCreate(**values),
            organisation_ids=organisation_ids,
        )

    text = QCoreApplication.translate("NomineeEdits", "Add nominee {name}").format(
        name=values.get("display_name", "").strip()
    )
    return commands.create(ws, text, Nominee, make)


def update_nominee(ws: Workspace, uid: str, changes: dict[str, Any]) -> Nominee:
    """Change the nominee's own fields (display name, nominated by)."""

    def apply(nominee_id: int, values: dict[str, Any]) -> Nominee:
        data = NomineeUpdate(**values)
        return nominees.update_nominee(session=ws.session, nominee_id=nominee_id, data=data)

    text = QCoreApplication.translate("NomineeEdits", "Edit nominee {name}").format(
        name=_nominee(ws, uid).display_name
    )
    return commands.update(ws, text, Nominee, uid, apply, changes)


def set_organisations(ws: Workspace, uid: str, organisation_ids: list[int]) -> bool:
    """Replace the organisations of a nominee; undo puts back the old list."""
    current = nominees.organisations_of(session=ws.session, nominee_id=ws.id_of(Nominee, uid))
    old = [o.id for o in current]

    def run(ids: list) -> None:
        nid = ws.id_of(Nominee, uid)
        nominees.set_organisations(session=ws.session, nominee_id=nid, organisation_ids=ids)

    text = QCoreApplication.translate("NomineeEdits", "Change the organisations of {name}").format(
        name=_nominee(ws, uid).display_name
    )
    commands.action(ws, text, lambda: run(organisation_ids), lambda: run(old))
    return True


def _stage_text(name: str, current: str, target: str) -> str:
    if stages.at_or_beyond(current, target) and current != target:
        return QCoreApplication.translate("NomineeEdits", "Move {name} back to {stage}").format(
            name=name, stage=stage_label(target)
        )
    if target == stages.SHORTLISTED:
        return QCoreApplication.translate("NomineeEdits", "Shortlist {name}").format(name=name)
    if target == stages.FINALIST:
        return QCoreApplication.translate("NomineeEdits", "Make {name} a finalist").format(
            name=name
        )
    return QCoreApplication.translate("NomineeEdits", "Move {name} to {stage}").format(
        name=name, stage=stage_label(target)
    )


def change_stage(ws: Workspace, uid: str, target: str) -> Nominee:
    """Move a nominee to `target`; undo moves it back to the stage it had."""
    nominee = _nominee(ws, uid)
    current = nominee.stage

    def run(stage: str) -> Nominee:
        nid = ws.id_of(Nominee, uid)
        return nominees.change_stage(session=ws.session, nominee_id=nid, stage=stage)

    text = _stage_text(nominee.display_name, current, target)
    return commands.action(ws, text, lambda: run(target), lambda: run(current))


def withdraw(ws: Workspace, uid: str, reason: str) -> Nominee:
    """Withdraw with a reason; undo reinstates."""
    name = _nominee(ws, uid).display_name

    def do() -> Nominee:
        nid = ws.id_of(Nominee, uid)
        return nominees.withdraw(session=ws.session, nominee_id=nid, reason=reason)

    def inverse() -> Nominee:
        return nominees.reinstate(session=ws.session, nominee_id=ws.id_of(Nominee, uid))

    return commands.action(
        ws,
        QCoreApplication.translate("NomineeEdits", "Withdraw {name}").format(name=name),
        do,
        inverse,
    )


def reinstate(ws: Workspace, uid: str) -> Nominee:
    """Reinstate a withdrawn nominee; undo withdraws it again with the old reason."""
    nominee = _nominee(ws, uid)
    name, reason = nominee.display_name, nominee.withdrawn_reason or ""

    def do() -> Nominee:
        return nominees.reinstate(session=ws.session, nominee_id=ws.id_of(Nominee, uid))

    def inverse() -> Nominee:
        nid = ws.id_of(Nominee, uid)
        return nominees.withdraw(session=ws.session, nominee_id=nid, reason=reason)

    return commands.action(
        ws,
        QCoreApplication.translate("NomineeEdits", "Reinstate {name}").format(name=name),
        do,
        inverse,
    )


def delete_nominee(ws: Workspace, uid: str) -> bool:
    """Delete a nominee and all that belongs to it; undo restores everything."""
    name = _nominee(ws, uid).display_name

    def remove(nominee_id: int):
        return nominees.delete_nominee(session=ws.session, nominee_id=nominee_id)

    commands.delete(
        ws,
        QCoreApplication.translate("NomineeEdits", "Delete nominee {name}").format(name=name),
        Nominee,
        uid,
        remove,
    )
    return True


def create_organisation(ws: Workspace, values: dict[str, Any]) -> Organisation:
    """A new organisation (it lives across years, so it belongs to no year)."""

    def make() -> Organisation:
        data = OrganisationCreate(**values)
        return organisations.create_organisation(session=ws.session, data=data)

    text = QCoreApplication.translate("NomineeEdits", "Add organisation {name}").format(
        name=values.get("name", "").strip()
    )
    return commands.create(ws, text, Organisation, make)
