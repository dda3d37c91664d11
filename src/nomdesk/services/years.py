"""Award years: create (copying from an earlier year), phases, settings, timetable, lock."""

from sqlmodel import Session, col, select

from nomdesk.db.models import Award, AwardYear, Criterion, Juror, TimetableEntry, utcnow
from nomdesk.domain.rules import METHODS, PHASES, TIE_BREAK_KINDS
from nomdesk.errors import DuplicateError, NotFoundError, ValidationError
from nomdesk.services import audit, crud
from nomdesk.services.guards import get, writable_year
from nomdesk.services.rounds import create_round
from nomdesk.services.schemas import (
    RoundCreate,
    TimetableCreate,
    TimetableUpdate,
    YearCreate,
    YearUpdate,
    changes_of,
)
from nomdesk.services.unit import actor_of, write

SETTINGS = ("default_method", "trim_k", "tie_break", "apply_tie_break")
COPYABLE = frozenset({"criteria", "jurors", "settings"})


def _check_settings(changes: dict) -> None:
    if changes.get("default_method", "mean") not in METHODS:
        raise ValidationError(
            "Unknown method {method}; use one of {methods}.",
            field="default_method",
            method=changes["default_method"],
            methods=", ".join(METHODS),
        )
    if changes.get("trim_k", 1) < 0:
        raise ValidationError("Trim k must be 0 or more.", field="trim_k")
    for step in changes.get("tie_break") or []:
        if step.get("kind") not in TIE_BREAK_KINDS:
            raise ValidationError(
                "Unknown tie-break {kind}.", field="tie_break", kind=step.get("kind")
            )


@write
def create_year(
    *,
    session: Session,
    award_id: int,
    data: YearCreate,
    copy_from_year_id: int | None = None,
    copy: frozenset[str] = COPYABLE,
    final_round: RoundCreate | None = None,
) -> AwardYear:
    """A new award year, optionally copying criteria, jurors and settings from another,
    and with its scoring round when `final_round` is given; one transaction."""
    get(session, Award, award_id, field="award")
    clash = session.exec(
        select(AwardYear).where(AwardYear.award_id == award_id, AwardYear.year == data.year)
    ).first()
    if clash:
        raise DuplicateError("The year {year} exists already.", field="year", year=data.year)
    if not 1900 <= data.year <= 2200:
        raise ValidationError("The year must be between 1900 and 2200.", field="year")
    values = data.model_dump(exclude_none=True)
    _check_settings(values)
    year = crud.create(session, AwardYear(award_id=award_id, **values))
    if copy_from_year_id is not None:
        _copy_from(
            session, get(session, AwardYear, copy_from_year_id, field="copy_from"), year, copy
        )
    if final_round is not None:
        create_round(session=session, year_id=year.id, data=final_round)  # type: ignore[arg-type]
    return year


def _copy_from(session: Session, source: AwardYear, target: AwardYear, what: frozenset) -> None:
    if source.award_id != target.award_id:
        raise ValidationError("Copy only from a year of the same award.", field="copy_from")
    if "settings" in what:
        crud.update(session, target, {k: getattr(source, k) for k in SETTINGS})
    if "criteria" in what:
        for c in session.exec(select(Criterion).where(Criterion.year_id == source.id)):
            values = c.model_dump(exclude={"id", "uid", "year_id"})
            crud.create(session, Criterion(year_id=target.id, **values))
    if "jurors" in what:
        for j in session.exec(select(Juror).where(Juror.year_id == source.id)):
            crud.create(
                session, Juror(year_id=target.id, **j.model_dump(exclude={"id", "uid", "year_id"}))
            )


@write
def update_year(*, session: Session, year_id: int, data: YearUpdate) -> AwardYear:
    """Titles and settings (method, trim k, tie-break chain)."""
    year = writable_year(session, year_id)
    changes = changes_of(data)
    _check_settings(changes)
    return crud.update(session, year, changes)


@write
def set_phase(*, session: Session, year_id: int, phase: str) -> AwardYear:
    """Set the year's phase; a decided, locked year may still be published (or unpublished)."""
    if phase not in PHASES:
        raise ValidationError("Unknown phase {phase}.", field="phase", phase=phase)
    year = get(session, AwardYear, year_id, field="year")
    # A decided, locked year moves between "decision" and "publication" (and back, for undo).
    if {phase, year.phase} != {"decision", "publication"}:
        year = writable_year(session, year_id)
    return crud.update(session, year, {"phase": phase})


def set_lock(session: Session, year: AwardYear, *, locked: bool, reason: str) -> AwardYear:
    """Lock or unlock a year inside the caller's transaction; the audit log keeps why."""
    before = {"locked_at": audit.snapshot(year)["locked_at"]}
    year.locked_at = utcnow() if locked else None
    year.locked_by = actor_of(session) if locked else None
    session.add(year)
    session.flush()
    after = {"locked_at": audit.snapshot(year)["locked_at"], "reason": reason}
    action = "lock" if locked else "unlock"
    audit.record(
        session,
        action=action,
        entity="award_year",
        entity_uid=year.uid,
        year_uid=year.uid,
        before=before,
        after=after,
    )
    return year


@write
def lock_year(*, session: Session, year_id: int, reason: str = "") -> AwardYear:
    """Lock a year against every write (recording a decision does this itself)."""
    return set_lock(session, writable_year(session, year_id), locked=True, reason=reason.strip())


@write
def unlock_year(*, session: Session, year_id: int, reason: str) -> AwardYear:
    """Unlock a decided year; the reason is required and kept in the audit log."""
    year = get(session, AwardYear, year_id, field="year")
    if not reason or not reason.strip():
        raise ValidationError("Say why the year is unlocked.", field="reason")
    if year.locked_at is None:
        raise ValidationError("The year {year} is not locked.", field="year", year=year.year)
    return set_lock(session, year, locked=False, reason=reason.strip())


def list_years(*, session: Session, award_id: int) -> list[AwardYear]:
    query = select(AwardYear).where(AwardYear.award_id == award_id)
    return list(session.exec(query.order_by(col(AwardYear.year))))


def find_year(*, session: Session, award_id: int, year: int) -> AwardYear:
    found = session.exec(
        select(AwardYear).where(AwardYear.award_id == award_id, AwardYear.year == year)
    ).first()
    if found is None:
        raise NotFoundError("There is no award year {year}.", field="year", year=year)
    return found


@write
def add_timetable_entry(*, session: Session, year_id: int, data: TimetableCreate) -> TimetableEntry:
    writable_year(session, year_id)
    _check_dates(data.starts_on, data.ends_on)
    values = data.model_dump(exclude_none=True)
    return crud.create(session, TimetableEntry(year_id=year_id, **values))


@write
def update_timetable_entry(
    *, session: Session, entry_id: int, data: TimetableUpdate
) -> TimetableEntry:
    entry = get(session, TimetableEntry, entry_id, field="timetable")
    writable_year(session, entry.year_id)
    changes = changes_of(data)
    _check_dates(changes.get("starts_on", entry.starts_on), changes.get("ends_on", entry.ends_on))
    return crud.update(session, entry, changes)


@write
def remove_timetable_entry(*, session: Session, entry_id: int) -> crud.Bundle:
    entry = get(session, TimetableEntry, entry_id, field="timetable")
    writable_year(session, entry.year_id)
    return crud.delete(session, entry)


def _check_dates(starts_on, ends_on) -> None:
    if starts_on and ends_on and ends_on < starts_on:
        raise ValidationError("The end date is before the start date.", field="ends_on")


def timetable(*, session: Session, year_id: int) -> list[TimetableEntry]:
    query = select(TimetableEntry).where(TimetableEntry.year_id == year_id)
    return list(session.exec(query.order_by(col(TimetableEntry.starts_on), col(TimetableEntry.id))))
