"""Organisations across years: create, edit, merge, and their history of nominations."""

from dataclasses import dataclass, field
from typing import Any

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
from nomdesk.errors import ValidationError
from nomdesk.services import audit, crud
from nomdesk.services.guards import get, unique_name
from nomdesk.services.schemas import OrganisationCreate, OrganisationUpdate, changes_of
from nomdesk.services.unit import write


def _check(session: Session, values: dict, org_id: int | None = None) -> None:
    name = values.get("name")
    if name is not None:
        if not name.strip():
            raise ValidationError("The organisation needs a name.", field="name")
        unique_name(
            session,
            Organisation.name,
            name,
            exclude_id=org_id,
            message="An organisation named {name} exists already.",
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


@dataclass
class MergeRecord:
    """What a merge changed, so that it can be undone exactly."""

    source: dict[str, Any]
    target_id: int
    moved_link_ids: list[int] = field(default_factory=list)
    dropped_links: list[dict[str, Any]] = field(default_factory=list)
    moved_alias_ids: list[int] = field(default_factory=list)
    new_alias_id: int | None = None


@write
def merge_organisations(*, session: Session, source_id: int, target_id: int) -> MergeRecord:
    """Fold `source` into `target`: its nominations move over, its name becomes an alias.

    Allowed for decided years too: an organisation lives across years, and a merge changes
    neither a year's nominees nor its decision, only which organisation they point to.
    """
    if source_id == target_id:
        raise ValidationError("An organisation cannot be merged with itself.", field="target")
    source = get(session, Organisation, source_id, field="source")
    target = get(session, Organisation, target_id, field="target")
    record = MergeRecord(source=audit.snapshot(source), target_id=target_id)
    _move_links(session, source_id, target_id, record)
    for alias in session.exec(
        select(OrganisationAlias).where(OrganisationAlias.organisation_id == source_id)
    ):
        alias.organisation_id = target_id
        session.add(alias)
        record.moved_alias_ids.append(alias.id)  # type: ignore[arg-type]
    alias = OrganisationAlias(organisation_id=target_id, name=source.name)
    session.add(alias)
    session.delete(source)
    session.flush()
    record.new_alias_id = alias.id
    audit.record(
        session,
        action="merge",
        entity="organisation",
        entity_uid=target.uid,
        before=record.source,
        after={
            "merged_into": target.uid,
            "links_moved": len(record.moved_link_ids),
            "links_dropped": len(record.dropped_links),
        },
        digest=audit.digest_of(record.__dict__),
    )
    return record


def _move_links(session: Session, source_id: int, target_id: int, record: MergeRecord) -> None:
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
            record.dropped_links.append(audit.snapshot(link))
            session.delete(link)  # a joint nomination naming both keeps one link
        else:
            link.organisation_id = target_id
            session.add(link)
            record.moved_link_ids.append(link.id)  # type: ignore[arg-type]
    session.flush()


@write
def undo_merge(*, session: Session, record: MergeRecord) -> Organisation:
    """Bring back the merged-away organisation with its links and aliases."""
    source = Organisation(**{k: v for k, v in record.source.items()})
    session.add(source)
    session.flush()
    for link_id in record.moved_link_ids:
        link = get(session, NomineeOrganisation, link_id)
        link.organisation_id = source.id  # type: ignore[assignment]
        session.add(link)
    for row in record.dropped_links:
        session.add(NomineeOrganisation(**row))
    for alias_id in record.moved_alias_ids:
        get(session, OrganisationAlias, alias_id).organisation_id = source.id  # type: ignore[assignment]
    if record.new_alias_id is not None:
        session.delete(get(session, OrganisationAlias, record.new_alias_id))
    session.flush()
    audit.record(
        session,
        action="unmerge",
        entity="organisation",
        entity_uid=source.uid,
        after=audit.snapshot(source),
        digest=audit.digest_of(record.__dict__),
    )
    return source


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
