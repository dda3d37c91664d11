"""What juror mode shows, read from a workspace: plain frozen dataclasses, no ORM objects."""

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import Session, col, func, select

from nomdesk.db.models import (
    Attachment,
    Award,
    AwardYear,
    Ballot,
    Conflict,
    Criterion,
    Initiative,
    Juror,
    Nominee,
    NomineeComment,
    NomineeOrganisation,
    Organisation,
    Score,
    ScoringRound,
    SiteVisit,
    SiteVisitNote,
)


@dataclass(frozen=True)
class WorkspaceInfo:
    ballot_uid: str
    issued_at: datetime
    award: str
    award_en: str | None
    year: int
    year_title: str
    year_title_en: str | None
    round: str
    round_en: str | None
    juror: str
    juror_uid: str


@dataclass(frozen=True)
class CriterionView:
    uid: str
    position: int
    name: str
    name_en: str | None
    description: str
    description_en: str | None
    weight: float
    scale_min: float
    scale_max: float
    step: float


@dataclass(frozen=True)
class NomineeProgress:
    """A nominee in the juror's list: how many criteria are scored."""

    uid: str
    name: str
    name_en: str | None
    scored: int
    expected: int  # the number of criteria; 0 when the juror declared a conflict
    conflict: bool

    @property
    def complete(self) -> bool:
        return self.scored >= self.expected


@dataclass(frozen=True)
class Cell:
    """A score and its comment; value None when not scored yet."""

    value: float | None
    comment: str = ""


@dataclass(frozen=True)
class InitiativeView:
    uid: str
    title: str
    title_en: str | None
    area: str
    description: str
    description_en: str | None
    started: int | None
    link: str | None


@dataclass(frozen=True)
class SiteVisitView:
    uid: str
    visited_on: date | None
    participants: str
    notes: str
    notes_en: str | None
    criterion_notes: dict[str, str]  # criterion uid -> observation


@dataclass(frozen=True)
class AttachmentView:
    uid: str
    file_name: str
    media_type: str
    size: int
    description: str


@dataclass(frozen=True)
class NomineeContent:
    """Everything juror mode shows of one nominee, and the juror's own entries for it."""

    uid: str
    display_name: str
    display_name_en: str | None
    nominated_by: str
    texts: dict[str, str | None]  # proud_of, effect, lessons, summary and their _en forms
    organisations: list[str]
    initiatives: list[InitiativeView]
    site_visits: list[SiteVisitView]
    attachments: list[AttachmentView]
    cells: dict[str, Cell] = field(default_factory=dict)  # criterion uid -> Cell
    overall_comment: str = ""
    conflict_reason: str | None = None  # set when the juror declared a conflict


TEXT_FIELDS = ("proud_of", "effect", "lessons", "summary")


def info(session: Session) -> WorkspaceInfo:
    ballot = session.exec(select(Ballot)).one()
    round_ = session.get(ScoringRound, ballot.round_id)
    year = session.get(AwardYear, round_.year_id)  # type: ignore[union-attr]
    award = session.get(Award, year.award_id)  # type: ignore[union-attr]
    juror = session.get(Juror, ballot.juror_id)
    return WorkspaceInfo(
        ballot.uid,
        ballot.issued_at,
        award.name,  # type: ignore[union-attr]
        award.name_en,  # type: ignore[union-attr]
        year.year,  # type: ignore[union-attr]
        year.title,  # type: ignore[union-attr]
        year.title_en,  # type: ignore[union-attr]
        round_.name,  # type: ignore[union-attr]
        round_.name_en,  # type: ignore[union-attr]
        juror.name,  # type: ignore[union-attr]
        juror.uid,  # type: ignore[union-attr]
    )


def criteria(session: Session) -> list[CriterionView]:
    rows = session.exec(select(Criterion).order_by(col(Criterion.position), col(Criterion.id)))
    return [
        CriterionView(
            c.uid,
            c.position,
            c.name,
            c.name_en,
            c.description,
            c.description_en,
            c.weight,
            c.scale_min,
            c.scale_max,
            c.step,
        )
        for c in rows
    ]


def nominee_progress(session: Session) -> list[NomineeProgress]:
    """Every nominee of the ballot, by display name, with its number of scores."""
    n_criteria = session.exec(select(func.count()).select_from(Criterion)).one()
    counts = dict(
        session.exec(select(Score.nominee_id, func.count()).group_by(col(Score.nominee_id))).all()
    )
    conflicted = set(session.exec(select(Conflict.nominee_id)).all())
    nominees = session.exec(select(Nominee).order_by(col(Nominee.display_name)))
    return [
        NomineeProgress(
            n.uid,
            n.display_name,
            n.display_name_en,
            0 if n.id in conflicted else min(counts.get(n.id, 0), n_criteria),
            0 if n.id in conflicted else n_criteria,
            n.id in conflicted,
        )
        for n in nominees
    ]


def nominee_content(session: Session, nominee: Nominee) -> NomineeContent:
    nominee_id = nominee.id
    criterion_uids = dict(session.exec(select(Criterion.id, Criterion.uid)).all())
    comment = session.exec(
        select(NomineeComment.comment).where(NomineeComment.nominee_id == nominee_id)
    ).first()
    conflict = session.exec(
        select(Conflict.reason).where(Conflict.nominee_id == nominee_id)
    ).first()
    return NomineeContent(
        uid=nominee.uid,
        display_name=nominee.display_name,
        display_name_en=nominee.display_name_en,
        nominated_by=nominee.nominated_by,
        texts={
            name: getattr(nominee, name) for base in TEXT_FIELDS for name in (base, f"{base}_en")
        },
        organisations=_organisations(session, nominee_id),  # type: ignore[arg-type]
        initiatives=_initiatives(session, nominee_id),  # type: ignore[arg-type]
        site_visits=_visits(session, nominee_id, criterion_uids),  # type: ignore[arg-type]
        attachments=_attachments(session, nominee_id),  # type: ignore[arg-type]
        cells=cells(session, nominee_id, criterion_uids),  # type: ignore[arg-type]
        overall_comment=comment or "",
        conflict_reason=conflict,
    )


def cells(session: Session, nominee_id: int, criterion_uids: dict[int, str]) -> dict[str, Cell]:
    rows = session.exec(
        select(Score.criterion_id, Score.value, Score.comment).where(Score.nominee_id == nominee_id)
    ).all()
    return {criterion_uids[c]: Cell(value, text) for c, value, text in rows if c in criterion_uids}


def _organisations(session: Session, nominee_id: int) -> list[str]:
    return list(
        session.exec(
            select(Organisation.name)
            .join(NomineeOrganisation, col(NomineeOrganisation.organisation_id) == Organisation.id)
            .where(NomineeOrganisation.nominee_id == nominee_id)
            .order_by(col(NomineeOrganisation.position))
        ).all()
    )


def _initiatives(session: Session, nominee_id: int) -> list[InitiativeView]:
    rows = session.exec(
        select(Initiative)
        .where(Initiative.nominee_id == nominee_id)
        .order_by(col(Initiative.position), col(Initiative.id))
    )
    return [
        InitiativeView(
            i.uid, i.title, i.title_en, i.area, i.description, i.description_en, i.started, i.link
        )
        for i in rows
    ]


def _visits(
    session: Session, nominee_id: int, criterion_uids: dict[int, str]
) -> list[SiteVisitView]:
    visits = list(
        session.exec(
            select(SiteVisit)
            .where(SiteVisit.nominee_id == nominee_id)
            .order_by(col(SiteVisit.visited_on), col(SiteVisit.id))
        )
    )
    notes = session.exec(
        select(SiteVisitNote).where(col(SiteVisitNote.site_visit_id).in_([v.id for v in visits]))
    ).all()
    by_visit: dict[int, dict[str, str]] = {}
    for note in notes:
        by_visit.setdefault(note.site_visit_id, {})[criterion_uids[note.criterion_id]] = note.note
    return [
        SiteVisitView(
            v.uid,
            v.visited_on,
            v.participants,
            v.notes,
            v.notes_en,
            by_visit.get(v.id, {}),  # type: ignore[arg-type]
        )
        for v in visits
    ]


def _attachments(session: Session, nominee_id: int) -> list[AttachmentView]:
    rows = session.exec(
        select(
            Attachment.uid,
            Attachment.file_name,
            Attachment.media_type,
            Attachment.size,
            Attachment.description,
        )
        .where(Attachment.nominee_id == nominee_id)
        .order_by(col(Attachment.file_name))
    ).all()
    return [AttachmentView(*row) for row in rows]
