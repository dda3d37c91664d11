"""Organisations across years: create, edit, merge, and their history of nominations."""

from dataclasses import dataclass

from sqlmodel import Session, col, select

from nomdesk.db.models import (
    Award,
    AwardYear,
    Decision,
    Nominee,
    NomineeOrganisation,
    Organisation,
    OrganisationAlias,
)
from nomdesk.domain.rules import ORGANISATION_KINDS
from nomdesk.errors import DuplicateError, ValidationError
from nomdesk.services import audit, crud
from nomdesk.services.guards import get
from nomdesk.services.schemas import OrganisationCreate, OrganisationUpdate, changes_of
from nomdesk.services.unit import write


def _check(session: Session, values: dict, org_id: int | None = None) -> None:
    name = values.get("name")
    if name is not None:
        if not name.strip():
            raise ValidationError("The organisation needs a name.", field="name")
        clash = session.exec(
            select(Organisation).where(Organisation.name == name, Organisation.id != org_id)
        ).first()
        if clash:
            raise DuplicateError(
                "An organisation named {name} exists already.", field="name", name=name
            )
    if values.get("kind", "municipality") not in ORGANISATION_KINDS:
        raise ValidationError("Unknown kind {kind}.", field="kind", kind=values["kind"])
    if (values.get("population") or 0) < 0:
        raise ValidationError("The population cannot be negative.", field="population")


@write
def create_organisation(*, session: Session, data: OrganisationCreate) -> Organisation:
    values = data.model_dump(exclude_none=True)
    _check(session, values)
    return crud.create(session, Organisation(**values))


@write
def update_organisation(
    *, session: Session, organisation_id: int, data: OrganisationUpdate
) -> Organisation:
    org = get(session, Organisation, organisation_id, field="organisation")
    changes = changes_of(data)
    _check(session, changes, organisation_id)
    return crud.update(session, org, changes)


@write
def merge_organisations(*, session: Session, source_id: int, target_id: int) -> Organisation:
    """Fold `source` into `target`: its nominations move over, its name becomes an alias."""
    if source_id == target_id:
        raise ValidationError("An organisation cannot be merged with itself.", field="target")
    source = get(session, Organisation, source_id, field="source")
    target = get(session, Organisation, target_id, field="target")
    moved = _move_links(session, source_id, target_id)
    aliases = session.exec(
        select(OrganisationAlias).where(OrganisationAlias.organisation_id == source_id)
    ).all()
    for alias in aliases:
        alias.organisation_id = target_id
        session.add(alias)
    session.add(OrganisationAlias(organisation_id=target_id, name=source.name))
    before = audit.snapshot(source)
    session.delete(source)
    session.flush()
    audit.record(
        session,
        action="merge",
        entity="organisation",
        entity_uid=target.uid,
        before=before,
        after={"merged_into": target.uid, "nominations_moved": moved},
    )
    return target


def _move_links(session: Session, source_id: int, target_id: int) -> int:
    links = session.exec(
        select(NomineeOrganisation).where(NomineeOrganisation.organisation_id == source_id)
    ).all()
    held = set(
        session.exec(
            select(NomineeOrganisation.nominee_id).where(
                NomineeOrganisation.organisation_id == target_id
            )
        )
    )
    for link in links:
        if link.nominee_id in held:
            session.delete(link)  # a joint nomination naming both keeps one link
        else:
            link.organisation_id = target_id
            session.add(link)
    session.flush()
    return len(links)


def list_organisations(*, session: Session) -> list[Organisation]:
    return list(session.exec(select(Organisation).order_by(col(Organisation.name))))


def aliases(*, session: Session, organisation_id: int) -> list[str]:
    query = select(OrganisationAlias.name).where(
        OrganisationAlias.organisation_id == organisation_id
    )
    return list(session.exec(query.order_by(col(OrganisationAlias.name))))


@dataclass(frozen=True)
class Appearance:
    """One year an organisation was nominated: stage reached and whether it won."""

    award: str
    year: int
    nominee: str
    stage: str
    won: bool


def history(*, session: Session, organisation_id: int) -> list[Appearance]:
    """Every year the organisation appeared in, oldest first (Nacka: 2003 winner, 2023 finalist)."""
    get(session, Organisation, organisation_id, field="organisation")
    query = (
        select(
            Award.name,
            AwardYear.year,
            Nominee.display_name,
            Nominee.stage,
            Decision.winner_id,
            Nominee.id,
        )
        .join(NomineeOrganisation, col(NomineeOrganisation.nominee_id) == Nominee.id)
        .join(AwardYear, col(AwardYear.id) == Nominee.year_id)
        .join(Award, col(Award.id) == AwardYear.award_id)
        .join(Decision, col(Decision.year_id) == AwardYear.id, isouter=True)
        .where(NomineeOrganisation.organisation_id == organisation_id)
        .order_by(col(AwardYear.year))
    )
    return [
        Appearance(award, year, name, stage, winner_id == nominee_id)
        for award, year, name, stage, winner_id, nominee_id in session.exec(query)
    ]
