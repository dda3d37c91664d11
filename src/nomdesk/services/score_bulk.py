"""Writing many scores at once (demo data, imported sheets): one check, one audit event."""

from dataclasses import dataclass

from sqlalchemy import bindparam, insert, update
from sqlmodel import Session, col, select

from nomdesk.db.models import (
    Conflict,
    Criterion,
    Juror,
    Nominee,
    Score,
    ScoringRound,
    new_uid,
    utcnow,
)
from nomdesk.domain import stages
from nomdesk.domain.rules import SCORE_SOURCES
from nomdesk.errors import ConflictOfInterestError, NotFoundError, ValidationError
from nomdesk.services import audit
from nomdesk.services.scores import ScoreEntry, check_value, open_round, stage_problem
from nomdesk.services.unit import write


@dataclass(frozen=True)
class BulkResult:
    new: int
    changed: int
    removed: int
    unchanged: int
    keyed_replaced: int


class CellChecker:
    """Everything needed to check cells of one round, loaded in four queries."""

    def __init__(self, session: Session, round_: ScoringRound) -> None:
        year_id = round_.year_id
        self.round = round_
        self.jurors = set(session.exec(select(Juror.id).where(Juror.year_id == year_id)))
        self.nominees = {
            n.id: (n.display_name, n.stage)
            for n in session.exec(select(Nominee).where(Nominee.year_id == year_id))
        }
        present = {stage for _name, stage in self.nominees.values()}
        self.allowed = stages.ranked_stages(round_.stage, present)
        self.criteria = {
            c.id: c for c in session.exec(select(Criterion).where(Criterion.year_id == year_id))
        }
        self.conflicts = set(
            session.exec(
                select(Conflict.juror_id, Conflict.nominee_id)
                .join(Juror, col(Juror.id) == Conflict.juror_id)
                .where(Juror.year_id == year_id)
            ).all()
        )

    def check(self, entry: ScoreEntry) -> None:
        """Raise the typed refusal for the first thing wrong with one cell."""
        if entry.juror_id not in self.jurors:
            raise NotFoundError(
                "No juror with id {id} in this year.", field="juror", id=entry.juror_id
            )
        if entry.nominee_id not in self.nominees:
            raise NotFoundError(
                "No nominee with id {id} in this year.", field="nominee", id=entry.nominee_id
            )
        if entry.criterion_id not in self.criteria:
            raise NotFoundError(
                "No criterion with id {id} in this year.", field="criterion", id=entry.criterion_id
            )
        if entry.value is None:
            return
        name, stage = self.nominees[entry.nominee_id]
        problem = stage_problem(self.round, name, stage, self.allowed)
        if problem:
            raise problem
        if (entry.juror_id, entry.nominee_id) in self.conflicts:
            raise ConflictOfInterestError(
                "Juror {juror} has a conflict for {nominee}.",
                field="juror",
                juror=entry.juror_id,
                nominee=name,
            )
        check_value(self.criteria[entry.criterion_id], entry.value)

    def check_all(self, entries: list[ScoreEntry]) -> None:
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
            self.check(entry)


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

    Every entry is checked first (year, stage, conflicts, scale, step); one bad entry
    refuses the whole write. A None value removes that score.
    """
    round_, year = open_round(session, round_id)
    if source not in SCORE_SOURCES:
        raise ValidationError("Unknown score source {source}.", field="source", source=source)
    CellChecker(session, round_).check_all(entries)
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
        session.exec(table.delete().where(table.c.id.in_(removes)))  # type: ignore[call-overload]
    session.expire_all()
    return BulkResult(len(inserts), len(updates), len(removes), unchanged, int(keyed))
