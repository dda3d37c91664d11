"""Importing nominees from a web form's export: a preview row by row, then one transaction.

    table = read_table(path)                                   # nominee_import_file
    plan = plan_import(session=s, year_id=y, table=table, mapping=guess_mapping(table.headers))
    decisions = plan.default_decisions(accept_loose=True)      # a person may change them
    outcomes = evaluate(plan, decisions)                       # ok / refused / needs_confirmation
    result = apply_import(session=s, plan=plan, decisions=decisions)

Every organisation a file names is matched exactly, loosely or not at all
(nominee_import_match); `decisions` says, per organisation as written, which existing
organisation it is ("org:<uid>"), that it is created ("new:<its key>"), or that it is
the same as another new one of the file ("new:<that key>"); None leaves it unconfirmed,
and the rows naming it are not imported. Only rows without problems go in; a row with a
problem is reported with its number and reason and nothing of it is written. Writes go
through the nominee, organisation and initiative services; the audit log gets one "import"
event with a digest of everything created (a bulk operation, design §2), not one per row;
any failure rolls all of it back.
"""

from sqlmodel import Session, col, select

from nomdesk.db.models import AwardYear, Nominee, Organisation
from nomdesk.errors import ValidationError
from nomdesk.services import audit, crud, initiatives, nominees, organisations
from nomdesk.services import undo as undo_service
from nomdesk.services.guards import writable_year
from nomdesk.services.nominee_import_match import hint_of
from nomdesk.services.nominee_import_plan import (
    EXACT,
    LOOSE,
    NEW,
    NOMINEE_TEXTS,
    OK,
    REFUSED,
    UNCONFIRMED,
    ImportPlan,
    ImportResult,
    OrganisationRef,
    PlannedRow,
    RowOutcome,
    RowProblem,
    chosen_name,
    evaluate,
    plan_import,
    summary,
)
from nomdesk.services.schemas import InitiativeCreate, NomineeCreate, OrganisationCreate
from nomdesk.services.unit import write

__all__ = [
    "EXACT",
    "LOOSE",
    "NEW",
    "OK",
    "REFUSED",
    "UNCONFIRMED",
    "ImportPlan",
    "ImportResult",
    "RowOutcome",
    "RowProblem",
    "apply_import",
    "chosen_name",
    "evaluate",
    "plan_import",
    "remove_imported",
    "restore_imported",
    "summary",
]


# --- applying -------------------------------------------------------------------------


@write
def apply_import(
    *, session: Session, plan: ImportPlan, decisions: dict[str, str | None]
) -> ImportResult:
    """Write the rows that are OK under `decisions`, all in one transaction.

    The plan is made again against the data as it is now; if that changes which rows
    are OK (someone added a nominee meanwhile), nothing is written.
    """
    year = writable_year(session, plan.year_id)
    fresh = plan_import(
        session=session, year_id=plan.year_id, table=plan.table, mapping=plan.mapping
    )
    outcomes = evaluate(fresh, decisions)
    ready = [o.number for o in outcomes if o.status == OK]
    if ready != [o.number for o in evaluate(plan, decisions) if o.status == OK]:
        raise ValidationError(
            "The data changed since the preview; check the import again.", field="file"
        )
    if not ready:
        raise ValidationError("No row is ready to import.", field="file")
    writer = _Writer(session, fresh, decisions, year)
    rows = {r.number: r for r in fresh.rows}
    with audit.bulk(session, action="import", entity="nominee_import", year_uid=year.uid) as log:
        for outcome in outcomes:
            if outcome.status == OK:
                writer.row(rows[outcome.number], outcome.name)
        result = writer.result(ready)
        log.after = {
            "file": plan.table.name,
            "rows": ready,
            "nominees": len(result.nominee_uids),
            "organisations": len(result.organisation_uids),
            "initiatives": result.initiatives,
            "nominee_uids": result.nominee_uids,
            "organisation_uids": result.organisation_uids,
        }
    return result


class _Writer:
    """Creates organisations (each once), nominees and initiatives through the services."""

    def __init__(self, session: Session, plan: ImportPlan, decisions, year: AwardYear) -> None:
        self.session, self.plan, self.decisions, self.year = session, plan, decisions, year
        self.created: dict[str, Organisation] = {}
        self.nominee_uids: list[str] = []
        self.initiatives = 0

    def organisation_id(self, key: str) -> int:
        seen: set[str] = set()
        while True:
            if key in seen:
                raise ValidationError(
                    "The organisation choices go round in a circle.", field="organisations"
                )
            seen.add(key)
            ref, choice = self.plan.organisations[key], self.decisions.get(key)
            if choice == ref.own_new:
                return self._create(ref).id  # type: ignore[return-value]
            if choice is not None and choice.startswith("new:"):
                key = choice[4:]
                continue
            uid = (choice or "")[4:]
            found = self.session.exec(
                select(Organisation.id).where(Organisation.uid == uid)
            ).first()
            if found is None:
                raise ValidationError(
                    "The organisation chosen for {name} no longer exists.",
                    field="organisations",
                    name=ref.text,
                )
            return found

    def _create(self, ref: OrganisationRef) -> Organisation:
        if ref.key not in self.created:
            kind = "region" if hint_of(ref.text) == "region" else "municipality"
            data = OrganisationCreate(name=ref.text, kind=kind, county=ref.county)
            self.created[ref.key] = organisations.create_organisation(
                session=self.session, data=data
            )
        return self.created[ref.key]

    def row(self, row: PlannedRow, name: str) -> None:
        org_ids = list(dict.fromkeys(self.organisation_id(k) for k in row.organisations))
        texts = {f: row.values[f] for f in NOMINEE_TEXTS if row.values.get(f)}
        nominee = nominees.create_nominee(
            session=self.session,
            year_id=self.year.id,  # type: ignore[arg-type]
            data=NomineeCreate(display_name=name, **texts),
            organisation_ids=org_ids,
        )
        self.nominee_uids.append(nominee.uid)
        title = row.values.get("initiative_title")
        if title:
            data = InitiativeCreate(
                title=title, description=row.values.get("initiative_description", "")
            )
            initiatives.add_initiative(session=self.session, nominee_id=nominee.id, data=data)  # type: ignore[arg-type]
            self.initiatives += 1

    def result(self, rows: list[int]) -> ImportResult:
        orgs = [o.uid for o in self.created.values()]
        return ImportResult(rows, self.nominee_uids, orgs, self.initiatives)


# --- undo -----------------------------------------------------------------------------


@write
def remove_imported(*, session: Session, result: ImportResult) -> list[crud.Bundle]:
    """Delete what an import created (its nominees, then its new organisations); one
    audit event."""
    first = result.nominee_uids[:1]
    year_id = session.exec(select(Nominee.year_id).where(col(Nominee.uid).in_(first))).first()
    year_uid = _year_uid(session, year_id)
    with audit.bulk(
        session, action="remove_import", entity="nominee_import", year_uid=year_uid
    ) as log:
        bundles = [
            undo_service.delete_by_uid(session=session, model=Nominee, uid=uid)
            for uid in result.nominee_uids
        ]
        bundles += [
            undo_service.delete_by_uid(session=session, model=Organisation, uid=uid)
            for uid in result.organisation_uids
        ]
        log.after = {
            "nominee_uids": result.nominee_uids,
            "organisation_uids": result.organisation_uids,
        }
    return bundles


@write
def restore_imported(*, session: Session, bundles: list[crud.Bundle]) -> None:
    """Put back what `remove_imported` removed: organisations first, then nominees; one
    audit event."""
    year_uid = _year_uid(session, next((b.year_id for b in bundles if b.year_id), None))
    with audit.bulk(
        session, action="restore_import", entity="nominee_import", year_uid=year_uid
    ) as log:
        for bundle in sorted(bundles, key=lambda b: b.entity != "organisation"):
            undo_service.restore_deleted(session=session, bundle=bundle)
        log.after = {"restored": [b.uid for b in bundles]}


def _year_uid(session: Session, year_id: int | None) -> str | None:
    if year_id is None:
        return None
    return session.exec(select(AwardYear.uid).where(AwardYear.id == year_id)).first()
