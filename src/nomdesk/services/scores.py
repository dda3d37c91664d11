"""Scores: one upsert per cell with its audit event, or a bulk write with one digest event."""

from dataclasses import dataclass

from sqlalchemy import and_, bindparam, insert, update
from sqlmodel import Session, col, select

from nomdesk.db.models import (
    AwardYear,
    Conflict,
    Criterion,
    Juror,
    Nominee,
    NomineeComment,
    Score,
    ScoringRound,
    new_uid,
    utcnow,
)
from nomdesk.domain import stages
from nomdesk.domain.rules import SCORE_SOURCES, value_problem
from nomdesk.errors import ConflictOfInterestError, NotFoundError, ValidationError
from nomdesk.services import audit, crud
from nomdesk.services.guards import get, writable_year
from nomdesk.services.unit import write

VALUE_MESSAGES = {
    "not_number": "{criterion}: the score must be a number.",
    "out_of_range": "{criterion}: {value} is outside the scale {min}–{max}.",
    "off_step": "{criterion}: {value} is not on the scale's step of {step} from {min}.",
}


# Built once: a score edit runs these on every keystroke that commits.
_CONFLICT = select(Conflict.id).where(
    Conflict.juror_id == bindparam("j"), Conflict.nominee_id == bindparam("n")
)
_FIND = select(Score).where(
    Score.round_id == bindparam("r"),
    Score.juror_id == bindparam("j"),
    Score.nominee_id == bindparam("n"),
    Score.criterion_id == bindparam("c"),
)


@dataclass(frozen=True)
class ScoreEntry:
    """One cell to write: None as value removes the score."""

    juror_id: int
    nominee_id: int
    criterion_id: int
    value: float | None
    comment: str = ""


def check_value(criterion: Criterion, value: float) -> None:
    """Raise a ValidationError naming the criterion when a value does not fit it."""
    problem = value_problem(value, criterion.scale_min, criterion.scale_max, criterion.step)
    if problem:
        raise ValidationError(
            VALUE_MESSAGES[problem],
            field="value",
            criterion=criterion.name,
            value=_fmt(value),
            min=_fmt(criterion.scale_min),
            max=_fmt(criterion.scale_max),
            step=_fmt(criterion.step),
        )


def _fmt(number) -> str:
    return f"{number:g}" if isinstance(number, int | float) else str(number)


def _open_round(session: Session, round_id: int) -> tuple[ScoringRound, AwardYear]:
    round_ = get(session, ScoringRound, round_id, field="round")
    year = writable_year(session, round_.year_id)
    if round_.status != "open":
        raise ValidationError("The round {name} is closed.", field="round", name=round_.name)
    return round_, year


def _check_cell(session: Session, year_id: int, juror_id: int, nominee_id: int, criterion_id: int):
    juror = get(session, Juror, juror_id, field="juror")
    nominee = get(session, Nominee, nominee_id, field="nominee")
    criterion = get(session, Criterion, criterion_id, field="criterion")
    for obj, field in ((juror, "juror"), (nominee, "nominee"), (criterion, "criterion")):
        if obj.year_id != year_id:
            raise NotFoundError("That {what} belongs to another year.", field=field, what=field)
    if nominee.stage == stages.WITHDRAWN:
        raise ValidationError(
            "{nominee} is withdrawn and cannot be scored.",
            field="nominee",
            nominee=nominee.display_name,
        )
    conflicted = session.execute(_CONFLICT, {"j": juror_id, "n": nominee_id}).first()
    if conflicted:
        raise ConflictOfInterestError(
            "{juror} has a conflict of interest for {nominee} and cannot score it.",
            field="juror",
            juror=juror.name,
            nominee=nominee.display_name,
        )
    return criterion


def _find(session: Session, round_id: int, juror_id: int, nominee_id: int, criterion_id: int):
    params = {"r": round_id, "j": juror_id, "n": nominee_id, "c": criterion_id}
    return session.execute(_FIND, params).scalars().first()


@write
def set_score(
    *,
    session: Session,
    round_id: int,
    juror_id: int,
    nominee_id: int,
    criterion_id: int,
    value: float,
    comment: str | None = None,
    source: str = "keyed",
) -> Score:
    """Insert or change one score; the value must fit the criterion's scale and step."""
    _round, year = _open_round(session, round_id)
    criterion = _check_cell(session, year.id, juror_id, nominee_id, criterion_id)  # type: ignore[arg-type]
    check_value(criterion, value)
    if source not in SCORE_SOURCES:
        raise ValidationError("Unknown score source {source}.", field="source", source=source)
    existing = _find(session, round_id, juror_id, nominee_id, criterion_id)
    changes = {"value": float(value), "source": source, "updated_at": utcnow()}
    if comment is not None:
        changes["comment"] = comment
    if existing:
        return crud.update(session, existing, changes, year=year)
    score = Score(
        round_id=round_id,
        juror_id=juror_id,
        nominee_id=nominee_id,
        criterion_id=criterion_id,
        **changes,
    )
    return crud.create(session, score, year=year)


@write
def clear_score(
    *, session: Session, round_id: int, juror_id: int, nominee_id: int, criterion_id: int
) -> crud.Bundle | None:
    """Remove one score (an emptied cell); None when there was none."""
    _open_round(session, round_id)
    existing = _find(session, round_id, juror_id, nominee_id, criterion_id)
    return crud.delete(session, existing) if existing else None


@write
def set_nominee_comment(
    *, session: Session, round_id: int, juror_id: int, nominee_id: int, comment: str
) -> NomineeComment:
    """A juror's overall comment on a nominee in a round."""
    _round, year = _open_round(session, round_id)
    juror = get(session, Juror, juror_id, field="juror")
    nominee = get(session, Nominee, nominee_id, field="nominee")
    if juror.year_id != year.id or nominee.year_id != year.id:
        raise NotFoundError("The juror or nominee belongs to another year.", field="nominee")
    existing = session.exec(
        select(NomineeComment).where(
            NomineeComment.round_id == round_id,
            NomineeComment.juror_id == juror_id,
            NomineeComment.nominee_id == nominee_id,
        )
    ).first()
    if existing:
        return crud.update(session, existing, {"comment": comment, "updated_at": utcnow()})
    row = NomineeComment(
        round_id=round_id, juror_id=juror_id, nominee_id=nominee_id, comment=comment
    )
    return crud.create(session, row)


def list_scores(*, session: Session, round_id: int, juror_id: int | None = None) -> list[Score]:
    query = select(Score).where(Score.round_id == round_id)
    if juror_id is not None:
        query = query.where(Score.juror_id == juror_id)
    return list(
        session.exec(
            query.order_by(col(Score.juror_id), col(Score.nominee_id), col(Score.criterion_id))
        )
    )


@dataclass(frozen=True)
class BulkResult:
    new: int
    changed: int
    removed: int
    unchanged: int
    keyed_replaced: int


@write
def write_scores(
    *,
    session: Session,
    round_id: int,
    entries: list[ScoreEntry],
    source: str,
    label: str,
) -> BulkResult:
    """Write many cells in one transaction and one audit event carrying their digest.

    Every entry is checked first (scale, step, year, conflicts); one bad entry refuses
    the whole write. A None value removes that score.
    """
    round_, year = _open_round(session, round_id)
    if source not in SCORE_SOURCES:
        raise ValidationError("Unknown score source {source}.", field="source", source=source)
    criteria = {
        c.id: c for c in session.exec(select(Criterion).where(Criterion.year_id == year.id))
    }
    _check_entries(session, year.id, entries, criteria)  # type: ignore[arg-type]
    existing = _existing(session, round_id, {e.juror_id for e in entries})
    result = _apply(session, round_id, entries, existing, source)
    audit.record(
        session,
        action="bulk_scores",
        entity="scoring_round",
        entity_uid=round_.uid,
        year_uid=year.uid,
        after={"label": label, "source": source, **result.__dict__},
        digest=audit.digest_of(
            sorted((e.juror_id, e.nominee_id, e.criterion_id, e.value, e.comment) for e in entries)
        ),
    )
    return result


def _check_entries(
    session: Session, year_id: int, entries: list[ScoreEntry], criteria: dict
) -> None:
    jurors = set(session.exec(select(Juror.id).where(Juror.year_id == year_id)))
    nominees = dict(
        session.exec(select(Nominee.id, Nominee.stage).where(Nominee.year_id == year_id)).all()
    )
    conflicts = set(
        session.exec(
            select(Conflict.juror_id, Conflict.nominee_id)
            .join(Juror, col(Juror.id) == Conflict.juror_id)
            .where(Juror.year_id == year_id)
        ).all()
    )
    seen: set[tuple[int, int, int]] = set()
    for entry in entries:
        cell = (entry.juror_id, entry.nominee_id, entry.criterion_id)
        if cell in seen:
            raise ValidationError(
                "The same score (juror {juror}, nominee {nominee}, criterion {criterion}) "
                "is given twice.",
                field="value",
                juror=cell[0],
                nominee=cell[1],
                criterion=cell[2],
            )
        seen.add(cell)
        if entry.juror_id not in jurors:
            raise NotFoundError(
                "No juror with id {id} in this year.", field="juror", id=entry.juror_id
            )
        if nominees.get(entry.nominee_id, stages.WITHDRAWN) == stages.WITHDRAWN:
            raise NotFoundError(
                "Nominee {id} cannot be scored in this year.", field="nominee", id=entry.nominee_id
            )
        if entry.criterion_id not in criteria:
            raise NotFoundError(
                "No criterion with id {id} in this year.", field="criterion", id=entry.criterion_id
            )
        if (entry.juror_id, entry.nominee_id) in conflicts and entry.value is not None:
            raise ConflictOfInterestError(
                "Juror {juror} has a conflict for nominee {nominee}.",
                field="juror",
                juror=entry.juror_id,
                nominee=entry.nominee_id,
            )
        if entry.value is not None:
            check_value(criteria[entry.criterion_id], entry.value)


def _existing(session: Session, round_id: int, juror_ids: set[int]) -> dict[tuple, tuple]:
    rows = session.exec(
        select(
            Score.id,
            Score.juror_id,
            Score.nominee_id,
            Score.criterion_id,
            Score.value,
            Score.comment,
            Score.source,
        ).where(Score.round_id == round_id, col(Score.juror_id).in_(juror_ids))
    ).all()
    return {(r[1], r[2], r[3]): (r[0], r[4], r[5], r[6]) for r in rows}


def _apply(
    session: Session, round_id: int, entries: list[ScoreEntry], existing: dict, source: str
) -> BulkResult:
    now = utcnow()
    inserts, updates, removes = [], [], []
    unchanged = keyed = 0
    for e in entries:
        key = (e.juror_id, e.nominee_id, e.criterion_id)
        old = existing.get(key)
        if e.value is None:
            if old:
                removes.append(old[0])
            continue
        if old is None:
            inserts.append(
                {
                    "uid": new_uid(),
                    "round_id": round_id,
                    "juror_id": e.juror_id,
                    "nominee_id": e.nominee_id,
                    "criterion_id": e.criterion_id,
                    "value": float(e.value),
                    "comment": e.comment,
                    "source": source,
                    "updated_at": now,
                }
            )
        elif (old[1], old[2]) == (float(e.value), e.comment):
            unchanged += 1
        else:
            keyed += old[3] == "keyed" and source != "keyed"
            updates.append(
                {
                    "b_id": old[0],
                    "value": float(e.value),
                    "comment": e.comment,
                    "source": source,
                    "updated_at": now,
                }
            )
    table = Score.__table__  # type: ignore[attr-defined]
    if inserts:
        session.exec(insert(table), params=inserts)  # type: ignore[call-overload]
    if updates:
        stmt = update(table).where(table.c.id == bindparam("b_id"))
        session.connection().execute(stmt, updates)
    if removes:
        session.exec(table.delete().where(and_(table.c.id.in_(removes))))  # type: ignore[call-overload]
    session.expire_all()
    return BulkResult(len(inserts), len(updates), len(removes), unchanged, int(keyed))
