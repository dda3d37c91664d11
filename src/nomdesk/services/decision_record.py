"""What a Decision keeps of the ranking it was made on: the ranking itself, and for a
tie for first the tie-break chain's trail (design §3: never broken silently, recorded
with the decision)."""

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from nomdesk.db.models import Nominee, ScoringRound
from nomdesk.domain import tiebreak
from nomdesk.services import ranking

# tie_break["outcome"]: what settled the tie.
BROKEN = "broken"  # a step of the year's chain put one nominee first
JURY = "jury decision needed"  # the chain reached its jury step, or the year has no chain
UNRESOLVED = "unresolved"  # every step was tried and none could tell


@dataclass(frozen=True)
class RankingRecord:
    snapshot: list[dict[str, Any]]
    tie_break: dict[str, Any] | None


def ranking_record(
    session: Session, round_: ScoringRound, method: str, winner_id: int
) -> RankingRecord:
    """The round's ranking under `method` as JSON rows, and the record of a tie for first."""
    ranked = ranking.rank_round(session=session, round_id=round_.id, method=method)  # type: ignore[arg-type]
    ids = [row.nominee_id for row in ranked.ranking.rows]
    uids = dict(session.exec(select(Nominee.id, Nominee.uid).where(col(Nominee.id).in_(ids))).all())
    snapshot = [
        {
            "rank": row.rank,
            "nominee": ranked.names.get(row.nominee_id, ""),
            "nominee_uid": uids.get(row.nominee_id),
            "score": row.score,
            "jurors": row.jurors,
            "complete": row.complete,
            "sd": row.sd,
            "range": row.range,
        }
        for row in ranked.ranking.rows
    ]
    group = tiebreak.first_place_tie(ranked.ranking)
    if not group:
        return RankingRecord(snapshot, None)
    return RankingRecord(snapshot, _tie_record(ranked, group, uids, winner_id))


def _tie_record(ranked: ranking.RoundRanking, group, uids, winner_id: int) -> dict[str, Any]:
    year = ranked.year
    broken = ranked.tie_break  # set when the year applies its chain
    applied = broken is not None
    if broken is None:
        outcome, step, order = JURY, {"kind": "jury"}, group
    elif broken.broken:
        outcome, step, order = BROKEN, dict(broken.step or {}), broken.order
    elif broken.jury:
        outcome, step, order = JURY, {"kind": "jury"}, group
    else:
        outcome, step, order = UNRESOLVED, {"kind": "jury"}, group
    return {
        "method": ranked.ranking.method,
        "group": [uids.get(n) for n in group],
        "names": [ranked.names.get(n, "") for n in group],
        "applied": applied,
        "chain": [dict(s) for s in year.tie_break or []] if applied else [],
        "tried": [_trial(t, uids) for t in broken.tried] if broken is not None else [],
        "outcome": outcome,
        "step": step,
        "order": [uids.get(n) for n in order],
        "leader": uids.get(order[0]) if outcome == BROKEN else None,
        "winner": uids.get(winner_id),
        "winner_name": ranked.names.get(winner_id, ""),
    }


def _trial(trial: tiebreak.StepTrial, uids) -> dict[str, Any]:
    return {
        "step": dict(trial.step),
        "values": {uids.get(n): v for n, v in trial.values.items()},
        "outcome": trial.outcome,
    }
