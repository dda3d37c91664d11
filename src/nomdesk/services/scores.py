"""Scores: one upsert per cell with its audit event, or a bulk write with one digest event."""

from dataclasses import dataclass

from sqlalchemy import bindparam
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
    utcnow,
)
from nomdesk.domain import stages
from nomdesk.domain.rules import SCORE_SOURCES, value_problem
from nomdesk.errors import ConflictOfInterestError, NotFoundError, ValidationError
from nomdesk.services import crud
from nomdesk.services.guards import get, writable_year
from nomdesk.services.progress import ranked_nominee_ids
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


def open_round(session: Session, round_id: int) -> tuple[ScoringRound, AwardYear]:
    round_ = get(session, ScoringRound, round_id, field="round")
    year = writable_year(session, round_.year_id)
    if round_.status != "open":
        raise ValidationError("The round {name} is closed.", field="round", name=round_.name)
    return round_, year


_YEAR_STAGES = select(Nominee.stage).distinct().where(Nominee.year_id == bindparam("y"))


def scorable_stages(session: Session, round_: ScoringRound) -> set[str]:
    """Stages whose nominees this round scores: the ones it ranks (design §3)."""
    present = set(session.execute(_YEAR_STAGES, {"y": round_.year_id}).scalars())
    return stages.ranked_stages(round_.stage, present)


def stage_problem(round_: ScoringRound, nominee_name: str, stage: str, allowed: set[str]):
    """A refusal for scoring a nominee the round does not rank, or None."""
    if stage == stages.WITHDRAWN:
        return ValidationError(
            "{nominee} is withdrawn and cannot be scored.", field="nominee", nominee=nominee_name
        )
    if stage not in allowed:
        return ValidationError(
            "{nominee} is {stage}; the round {round} scores only nominees at stage {needed} "
            "or beyond.",
            field="nominee",
            nominee=nominee_name,
            stage=stage,
            round=round_.name,
            needed=round_.stage,
        )
    return None


def _check_cell(
    session: Session, round_: ScoringRound, juror_id: int, nominee_id: int, criterion_id: int
):
    year_id = round_.year_id
    juror = get(session, Juror, juror_id, field="juror")
    nominee = get(session, Nominee, nominee_id, field="nominee")
    criterion = get(session, Criterion, criterion_id, field="criterion")
    for obj, field in ((juror, "juror"), (nominee, "nominee"), (criterion, "criterion")):
        if obj.year_id != year_id:
            raise NotFoundError("That {what} belongs to another year.", field=field, what=field)
    problem = stage_problem(
        round_, nominee.display_name, nominee.stage, scorable_stages(session, round_)
    )
    if problem:
        raise problem
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
    round_, year = open_round(session, round_id)
    criterion = _check_cell(session, round_, juror_id, nominee_id, criterion_id)
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
    open_round(session, round_id)
    existing = _find(session, round_id, juror_id, nominee_id, criterion_id)
    return crud.delete(session, existing) if existing else None


@write
def set_nominee_comment(
    *, session: Session, round_id: int, juror_id: int, nominee_id: int, comment: str
) -> NomineeComment:
    """A juror's overall comment on a nominee in a round."""
    _round, year = open_round(session, round_id)
    juror = get(session, Juror, juror_id, field="juror")
    nominee = get(session, Nominee, nominee_id, field="nominee")
    if juror.year_id != year.id or nominee.year_id != year.id:
        raise NotFoundError("The juror or nominee belongs to another year.", field="nominee")
    if session.execute(_CONFLICT, {"j": juror_id, "n": nominee_id}).first():
        raise ConflictOfInterestError(
            "{juror} has a conflict of interest for {nominee} and cannot comment on it.",
            field="juror",
            juror=juror.name,
            nominee=nominee.display_name,
        )
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


# --- one juror's sheet, as the score-entry grid shows it (read-only) ---------------------


@dataclass(frozen=True)
class SheetCriterion:
    """A criterion as the grid needs it; `check_value` accepts it like a Criterion."""

    id: int
    uid: str
    name: str
    name_en: str | None
    weight: float
    scale_min: float
    scale_max: float
    step: float


@dataclass(frozen=True)
class SheetNominee:
    id: int
    uid: str
    name: str


@dataclass(frozen=True)
class CellScore:
    value: float
    comment: str
    source: str


@dataclass(frozen=True)
class JurorSheet:
    """Everything one juror holds in a round: nominees × criteria, conflicts, comments."""

    round_id: int
    juror_id: int
    nominees: tuple[SheetNominee, ...]
    criteria: tuple[SheetCriterion, ...]
    # (nominee id, criterion id) → the stored score.
    cells: dict[tuple[int, int], CellScore]
    # Nominee id → the conflict's reason, for nominees the juror may not score.
    conflicts: dict[int, str]
    # Nominee id → the juror's overall comment on that nominee.
    nominee_comments: dict[int, str]

    def missing(self) -> int:
        """Scores still missing on this sheet (conflicted nominees need none)."""
        owed = [n.id for n in self.nominees if n.id not in self.conflicts]
        return sum(1 for n in owed for c in self.criteria if (n, c.id) not in self.cells)


def juror_sheet(*, session: Session, round_id: int, juror_id: int) -> JurorSheet:
    """One juror's scores in a round, with the round's scorable nominees and criteria."""
    round_ = get(session, ScoringRound, round_id, field="round")
    get(session, Juror, juror_id, field="juror")
    wanted = ranked_nominee_ids(session, round_)
    found = session.exec(
        select(Nominee.id, Nominee.uid, Nominee.display_name).where(col(Nominee.id).in_(wanted))
    ).all()
    by_id = {row[0]: SheetNominee(*row) for row in found}
    nominees = tuple(by_id[n] for n in wanted)
    return JurorSheet(
        round_id=round_id,
        juror_id=juror_id,
        nominees=nominees,
        criteria=_sheet_criteria(session, round_.year_id),
        cells=_sheet_cells(session, round_id, juror_id),
        conflicts=_sheet_conflicts(session, juror_id),
        nominee_comments=_sheet_comments(session, round_id, juror_id),
    )


def _sheet_criteria(session: Session, year_id: int) -> tuple[SheetCriterion, ...]:
    rows = session.exec(
        select(
            Criterion.id,
            Criterion.uid,
            Criterion.name,
            Criterion.name_en,
            Criterion.weight,
            Criterion.scale_min,
            Criterion.scale_max,
            Criterion.step,
        )
        .where(Criterion.year_id == year_id)
        .order_by(col(Criterion.position), col(Criterion.id))
    ).all()
    return tuple(SheetCriterion(*row) for row in rows)


def _sheet_cells(session: Session, round_id: int, juror_id: int) -> dict:
    rows = session.exec(
        select(
            Score.nominee_id, Score.criterion_id, Score.value, Score.comment, Score.source
        ).where(Score.round_id == round_id, Score.juror_id == juror_id)
    ).all()
    return {(n, c): CellScore(v, comment or "", source) for n, c, v, comment, source in rows}


def _sheet_conflicts(session: Session, juror_id: int) -> dict[int, str]:
    rows = session.exec(
        select(Conflict.nominee_id, Conflict.reason).where(Conflict.juror_id == juror_id)
    ).all()
    return {n: reason or "" for n, reason in rows}


def _sheet_comments(session: Session, round_id: int, juror_id: int) -> dict[int, str]:
    rows = session.exec(
        select(NomineeComment.nominee_id, NomineeComment.comment).where(
            NomineeComment.round_id == round_id, NomineeComment.juror_id == juror_id
        )
    ).all()
    return {n: comment for n, comment in rows if comment}
