"""What the charts draw, in plain values: one round's ranking, totals, z-scores and means.

Built from `services.ranking.rank_round` and the domain's functions; imports no pyqtgraph
and no widgets, so the Charts tab can prepare it before the first chart is drawn.
"""

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from sqlmodel import Session

from nomdesk.domain import methods
from nomdesk.services import criteria as criteria_service
from nomdesk.services.ranking import RoundRanking, rank_round, round_jurors


@dataclass(frozen=True)
class NomineeBar:
    id: int
    name: str
    rank: int | None
    score: float | None
    jurors: int  # complete totals that count
    complete: bool
    sd: float | None


@dataclass(frozen=True)
class JurorInfo:
    id: int
    label: str  # the name, or a letter in presentation mode


@dataclass(frozen=True)
class CriterionInfo:
    id: int
    name: str
    weight: float
    scale_min: float
    scale_max: float


@dataclass(frozen=True)
class ChartData:
    year: int
    round_name: str
    method: str
    nominees: tuple[NomineeBar, ...]  # ranking order, best first
    jurors: tuple[JurorInfo, ...]  # jury order
    criteria: tuple[CriterionInfo, ...]
    totals: Mapping[int, Mapping[int, float]]  # nominee id → {juror id → T(j, n)}
    z_scores: Mapping[tuple[int, int], float]  # (juror id, nominee id) → z
    leniency: Mapping[int, float | None]  # juror id → mean difference from the others
    criterion_means: Mapping[int, Mapping[int, float | None]]  # nominee → criterion → mean
    scores: Mapping[tuple[int, int, int], float]  # (juror, nominee, criterion) → value
    conflicts: frozenset[tuple[int, int]]
    missing: tuple[tuple[str, int], ...] = ()  # (juror's label, scores still owed)

    @property
    def has_totals(self) -> bool:
        return any(self.totals.get(n.id) for n in self.nominees)

    @property
    def complete(self) -> bool:
        return all(n.complete for n in self.nominees)

    def nominee(self, nominee_id: int) -> NomineeBar:
        return next(n for n in self.nominees if n.id == nominee_id)

    def juror_average(self, juror_id: int) -> float | None:
        own = [t[juror_id] for t in self.totals.values() if juror_id in t]
        return methods.mean_of(own)


def juror_z_scores(totals: Mapping[int, Mapping[int, float]], nominee_ids) -> dict:
    """(juror, nominee) → z: each juror's totals standardised, as the zscore method does."""
    z: dict[tuple[int, int], float] = {}
    for juror_id, own in methods.by_juror(totals, nominee_ids).items():
        for nominee_id, value in methods.juror_z_scores(own).items():
            z[juror_id, nominee_id] = value
    return z


def leniency(totals: Mapping[int, Mapping[int, float]], juror_ids) -> dict[int, float | None]:
    """Juror → how far, on average, their total lies above (+) or below (−) the mean of the
    other jurors' totals for the same nominee; None when no nominee has both."""
    differences: dict[int, list[float]] = {j: [] for j in juror_ids}
    for own in totals.values():
        whole = math.fsum(own.values())
        for juror_id, value in own.items():
            if len(own) >= 2 and juror_id in differences:
                others = (whole - value) / (len(own) - 1)
                differences[juror_id].append(value - others)
    return {j: methods.mean_of(d) for j, d in differences.items()}


def _nominees(ranked: RoundRanking) -> tuple[NomineeBar, ...]:
    return tuple(
        NomineeBar(
            id=row.nominee_id,
            name=ranked.names.get(row.nominee_id, "?"),
            rank=row.rank,
            score=row.score,
            jurors=row.jurors,
            complete=row.complete,
            sd=row.sd,
        )
        for row in ranked.ranking.rows
    )


def chart_data(
    *,
    session: Session,
    round_id: int,
    method: str | None,
    juror_label: Callable[[int, str], str],
    localized: Callable[[str, str | None], str],
) -> ChartData:
    """The round's chart data under `method` (None: the year's setting)."""
    ranked = rank_round(session=session, round_id=round_id, method=method)
    data, ranking = ranked.data, ranked.ranking
    people = round_jurors(session, round_id).jurors
    names = {j.id: j.name for j in people}
    found = criteria_service.list_criteria(session=session, year_id=ranked.year.id)  # type: ignore[arg-type]
    return ChartData(
        year=ranked.year.year,
        round_name=localized(ranked.round.name, ranked.round.name_en),
        method=ranking.method,
        nominees=_nominees(ranked),
        jurors=tuple(
            JurorInfo(j, juror_label(i, names.get(j, "?"))) for i, j in enumerate(data.juror_ids)
        ),
        criteria=tuple(
            CriterionInfo(c.id, localized(c.name, c.name_en), c.weight, c.scale_min, c.scale_max)  # type: ignore[arg-type]
            for c in found
        ),
        totals=ranking.totals,
        z_scores=juror_z_scores(ranking.totals, data.nominee_ids),
        leniency=leniency(ranking.totals, data.juror_ids),
        criterion_means={row.nominee_id: row.criterion_means for row in ranking.rows},
        scores=data.scores,
        conflicts=data.conflicts,
        missing=tuple((juror_label(j.place, j.name), j.missing) for j in people if j.missing),
    )
