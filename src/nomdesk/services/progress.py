"""How far a scoring round has come: jurors × nominees completeness, in one query."""

from dataclasses import dataclass, field

from sqlmodel import Session, col, func, select

from nomdesk.db.models import Conflict, Criterion, Juror, Nominee, Score, ScoringRound
from nomdesk.domain import stages
from nomdesk.services.guards import get

# The states of one juror × nominee cell.
COMPLETE, PARTIAL, MISSING, CONFLICT = "complete", "partial", "missing", "conflict"


@dataclass
class RoundProgress:
    round_id: int
    criteria: int
    nominee_ids: list[int]
    juror_ids: list[int]
    # (juror_id, nominee_id) -> number of scores present; conflicted pairs are left out.
    present: dict[tuple[int, int], int] = field(default_factory=dict)
    conflicts: set[tuple[int, int]] = field(default_factory=set)

    def expected(self) -> int:
        pairs = len(self.juror_ids) * len(self.nominee_ids) - len(self.conflicts)
        return pairs * self.criteria

    def scored(self) -> int:
        return sum(min(n, self.criteria) for n in self.present.values())

    def missing(self) -> int:
        return self.expected() - self.scored()

    def missing_for(self, juror_id: int) -> int:
        pairs = [(juror_id, n) for n in self.nominee_ids if (juror_id, n) not in self.conflicts]
        return sum(self.criteria - min(self.present.get(p, 0), self.criteria) for p in pairs)

    def complete(self) -> bool:
        return self.criteria > 0 and self.missing() == 0

    def state(self, juror_id: int, nominee_id: int) -> str:
        """One cell of the jurors × nominees matrix: complete, partial, missing or conflict."""
        if (juror_id, nominee_id) in self.conflicts:
            return CONFLICT
        scored = min(self.present.get((juror_id, nominee_id), 0), self.criteria)
        if self.criteria and scored == self.criteria:
            return COMPLETE
        return PARTIAL if scored else MISSING

    def scored_for(self, juror_id: int, nominee_id: int) -> int:
        """Scores the juror has given the nominee (0 for a conflict)."""
        if (juror_id, nominee_id) in self.conflicts:
            return 0
        return min(self.present.get((juror_id, nominee_id), 0), self.criteria)

    def missing_for_nominee(self, nominee_id: int) -> int:
        """Scores still missing for one nominee, over every juror without a conflict."""
        jurors = [j for j in self.juror_ids if (j, nominee_id) not in self.conflicts]
        return sum(self.criteria - self.scored_for(j, nominee_id) for j in jurors)


def ranked_nominee_ids(session: Session, round_: ScoringRound) -> list[int]:
    """Nominees the round ranks (design §3): at its stage or beyond, never withdrawn."""
    rows = session.exec(
        select(Nominee.id, Nominee.stage)
        .where(Nominee.year_id == round_.year_id)
        .order_by(col(Nominee.display_name))
    ).all()
    wanted = stages.ranked_stages(round_.stage, {stage for _id, stage in rows})
    return [nominee_id for nominee_id, stage in rows if stage in wanted]


def round_progress(*, session: Session, round_id: int) -> RoundProgress:
    round_ = get(session, ScoringRound, round_id, field="round")
    nominee_ids = ranked_nominee_ids(session, round_)
    juror_ids = list(session.exec(select(Juror.id).where(Juror.year_id == round_.year_id)))
    criteria = session.exec(
        select(func.count()).select_from(Criterion).where(Criterion.year_id == round_.year_id)
    ).one()
    counts = session.exec(
        select(Score.juror_id, Score.nominee_id, func.count())
        .where(Score.round_id == round_id)
        .group_by(col(Score.juror_id), col(Score.nominee_id))
    ).all()
    conflicts = set(
        session.exec(
            select(Conflict.juror_id, Conflict.nominee_id).where(
                col(Conflict.juror_id).in_(juror_ids)
            )
        ).all()
    )
    wanted = set(nominee_ids)
    conflicts = {c for c in conflicts if c[1] in wanted}
    present = {(j, n): c for j, n, c in counts if n in wanted and (j, n) not in conflicts}
    return RoundProgress(round_id, criteria, nominee_ids, juror_ids, present, conflicts)


def nominee_names(*, session: Session, nominee_ids: list[int]) -> dict[int, str]:
    """Display names of the given nominees (for the progress matrix's columns)."""
    rows = session.exec(
        select(Nominee.id, Nominee.display_name).where(col(Nominee.id).in_(nominee_ids))
    ).all()
    return dict(rows)
