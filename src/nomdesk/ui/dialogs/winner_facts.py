"""What the winner dialog shows and records, gathered from services (no widgets here).

The finalists ranked under the year's method, every method side by side, a tie for first
(and what the year's tie-break chain makes of it), the missing scores per juror, and the
snapshot and tie-break the Decision keeps.
"""

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from nomdesk.db.models import AwardYear, Nominee, ScoringRound
from nomdesk.domain import stages
from nomdesk.domain.scoring import NomineeResult
from nomdesk.domain.tiebreak import TieBreak, first_place_tie
from nomdesk.services import ranking
from nomdesk.services.ranking import MethodComparison, RoundRanking


@dataclass(frozen=True)
class Finalist:
    id: int
    uid: str
    name: str
    result: NomineeResult


@dataclass(frozen=True)
class WinnerFacts:
    year: AwardYear
    round: ScoringRound
    method: str
    ranked: RoundRanking
    comparison: MethodComparison
    finalists: tuple[Finalist, ...]  # best first under `method`
    uids: dict[int, str]  # nominee id → uid, for every ranked nominee
    missing: int
    missing_by_juror: tuple[tuple[str, int], ...]

    @property
    def tie(self) -> tuple[int, ...]:
        """The nominees sharing first place under the year's method (empty: no tie)."""
        return first_place_tie(self.ranked.ranking)

    @property
    def tie_break(self) -> TieBreak | None:
        """What the year's tie-break chain made of the tie (None: not applied, no tie)."""
        return self.ranked.tie_break

    def leader(self) -> int | None:
        """The finalist to preselect: first under the method, or first after the year's
        tie-break; None when first place is tied and nothing broke the tie."""
        broken = self.tie_break
        if self.tie:
            return broken.order[0] if broken is not None and broken.broken else None
        first = next((f for f in self.finalists if f.result.rank is not None), None)
        return first.id if first else None

    def snapshot(self) -> list[dict[str, Any]]:
        """The ranking as the Decision keeps it (unrounded, best first, by uid and name)."""
        names = self.ranked.names
        return [
            {
                "rank": row.rank,
                "nominee": names.get(row.nominee_id, ""),
                "nominee_uid": self.uids.get(row.nominee_id),
                "score": row.score,
                "jurors": row.jurors,
                "complete": row.complete,
                "sd": row.sd,
                "range": row.range,
            }
            for row in self.ranked.ranking.rows
        ]

    def tie_break_record(self, winner_id: int) -> dict[str, Any] | None:
        """For a tie for first: who was tied, what settled it, and who was chosen."""
        if not self.tie:
            return None
        broken = self.tie_break
        step = dict(broken.step) if broken is not None and broken.broken else {"kind": "jury"}
        return {
            "group": [self.uids[n] for n in self.tie],
            "step": step,
            "winner": self.uids.get(winner_id),
        }


def gather(session: Session, year: AwardYear, round_: ScoringRound) -> WinnerFacts:
    """Everything the dialog needs about `round_` of `year`."""
    ranked = ranking.rank_round(session=session, round_id=round_.id)  # type: ignore[arg-type]
    comparison = ranking.compare_methods(session, round_.id)  # type: ignore[arg-type]
    ids = [row.nominee_id for row in ranked.ranking.rows]
    found = session.exec(
        select(Nominee.id, Nominee.uid, Nominee.stage).where(col(Nominee.id).in_(ids))
    ).all()
    uids = {n: uid for n, uid, _stage in found}
    finalist_ids = {n for n, _uid, stage in found if stage == stages.FINALIST}
    finalists = tuple(
        Finalist(row.nominee_id, uids[row.nominee_id], ranked.names[row.nominee_id], row)
        for row in ranked.ranking.rows
        if row.nominee_id in finalist_ids
    )
    missing, by_juror = _missing(session, ranked, round_)
    return WinnerFacts(
        year=year,
        round=round_,
        method=ranked.ranking.method,
        ranked=ranked,
        comparison=comparison,
        finalists=finalists,
        uids=uids,
        missing=missing,
        missing_by_juror=by_juror,
    )


def _missing(session: Session, ranked: ranking.RoundRanking, round_: ScoringRound):
    """Scores still missing, in all and per juror in jury order (from the round the
    ranking just read, not counted again)."""
    if not ranked.data.criteria or not ranked.data.juror_ids:
        return 0, ()
    people = ranking.round_jurors(session, round_.id)  # type: ignore[arg-type]
    return people.missing, tuple((j.name, j.missing) for j in people.jurors if j.missing)
