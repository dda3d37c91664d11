"""Totals, completeness, ranks and ties of one scoring round (design §3; no Qt, no SQL).

The service loads a round into `RoundData`; `rank_round` gives the `Ranking` under one
method. Per-criterion means count the same jurors as the totals: those with a complete,
non-conflicted total for the nominee.
"""

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from nomdesk.domain.methods import EPSILON, Totals, aggregate, mean_of, population_sd


@dataclass(frozen=True)
class CriterionSpec:
    id: int
    weight: float
    scale_min: float
    scale_max: float
    uid: str = ""
    name: str = ""

    def normalise(self, value: float) -> float:
        """The value on 0–100: s' = 100·(s − min)/(max − min)."""
        return 100.0 * (value - self.scale_min) / (self.scale_max - self.scale_min)


@dataclass(frozen=True)
class RoundData:
    """What a ranking needs: the ranked nominees, the jurors, criteria, scores, conflicts."""

    nominee_ids: tuple[int, ...]
    juror_ids: tuple[int, ...]
    criteria: tuple[CriterionSpec, ...]
    # (juror id, nominee id, criterion id) → value on the criterion's own scale.
    scores: Mapping[tuple[int, int, int], float]
    conflicts: frozenset[tuple[int, int]] = frozenset()
    chair_id: int | None = None


@dataclass(frozen=True)
class NomineeResult:
    nominee_id: int
    rank: int | None
    score: float | None
    jurors: int
    complete: bool
    sd: float | None
    range: float | None
    # Criterion id → mean on the criterion's own scale, and on 0–100.
    criterion_means: dict[int, float | None] = field(default_factory=dict)
    criterion_means_100: dict[int, float | None] = field(default_factory=dict)


@dataclass(frozen=True)
class Ranking:
    method: str
    rows: tuple[NomineeResult, ...]
    ties: tuple[tuple[int, ...], ...]
    totals: Totals

    def row(self, nominee_id: int) -> NomineeResult:
        return next(r for r in self.rows if r.nominee_id == nominee_id)


_QUANTA = {digits: Decimal(1).scaleb(-digits) for digits in range(7)}


def round_half_away(x: float, digits: int = 2) -> float:
    """Round half away from zero as spreadsheets do (49.325 → 49.33), for display only.

    Like a spreadsheet, first read the float to 15 significant digits, so that a mean
    that is exactly 81.275 but computed as 81.27499999999999 shows as 81.28. Values far
    from a half (almost all) take Python's round, which gives the same result quickly.
    """
    scaled = abs(x) * 10.0**digits
    if scaled < 1e12 and abs(scaled % 1.0 - 0.5) > 1e-6:
        return round(x, digits) + 0.0  # never show -0.00
    quantum = _QUANTA.get(digits) or Decimal(1).scaleb(-digits)
    rounded = float(Decimal(f"{x:.15g}").quantize(quantum, rounding=ROUND_HALF_UP))
    return rounded + 0.0  # never show -0.00


def juror_total(data: RoundData, juror_id: int, nominee_id: int) -> float | None:
    """T(j, n) = Σ w·s' / Σ w, only when j scored every criterion and has no conflict."""
    if (juror_id, nominee_id) in data.conflicts or not data.criteria:
        return None
    weighted = []
    for c in data.criteria:
        value = data.scores.get((juror_id, nominee_id, c.id))
        if value is None:
            return None
        weighted.append(c.weight * c.normalise(value))
    return math.fsum(weighted) / math.fsum(c.weight for c in data.criteria)


def nominee_totals(data: RoundData, nominee_id: int) -> dict[int, float]:
    """{juror id → T(j, n)} for one nominee: `juror_total` of every juror that has one,
    with the criteria read once (the same arithmetic, so the same values)."""
    if not data.criteria:
        return {}
    terms = [(c.id, c.weight, c.scale_min, c.scale_max - c.scale_min) for c in data.criteria]
    weight_sum = math.fsum(c.weight for c in data.criteria)
    scores, conflicts = data.scores, data.conflicts
    found: dict[int, float] = {}
    for j in data.juror_ids:
        if (j, nominee_id) in conflicts:
            continue
        try:
            weighted = [
                weight * (100.0 * (scores[(j, nominee_id, criterion_id)] - low) / span)
                for criterion_id, weight, low, span in terms
            ]
        except KeyError:  # a criterion not scored: no total
            continue
        found[j] = math.fsum(weighted) / weight_sum
    return found


def complete_totals(data: RoundData) -> dict[int, dict[int, float]]:
    """Nominee id → {juror id → T} for every complete, non-conflicted total."""
    return {n: nominee_totals(data, n) for n in data.nominee_ids}


def missing_cells(data: RoundData, totals: Totals | None = None) -> dict[tuple[int, int], int]:
    """(juror id, nominee id) → how many criteria the juror has not scored for the ranked
    nominee, for every pair still owed a score (conflicted pairs owe none). `totals`
    (complete totals of this data) spares checking the pairs that have one."""
    found: dict[tuple[int, int], int] = {}
    ids = [c.id for c in data.criteria]
    scores = data.scores
    for n in data.nominee_ids:
        done = totals.get(n, {}) if totals is not None and ids else {}
        for j in data.juror_ids:
            if j in done or (j, n) in data.conflicts:
                continue
            count = sum(1 for c in ids if (j, n, c) not in scores)
            if count:
                found[(j, n)] = count
    return found


def nominee_complete(data: RoundData, totals: Totals, nominee_id: int) -> bool:
    """Every juror without a conflict for the nominee has a complete total."""
    if not data.criteria:
        return False
    expected = {j for j in data.juror_ids if (j, nominee_id) not in data.conflicts}
    return expected <= set(totals.get(nominee_id, {}))


def criterion_means(data: RoundData, totals: Totals, nominee_id: int):
    """(own-scale means, 0–100 means) per criterion over the jurors with complete totals."""
    jurors = sorted(totals.get(nominee_id, {}))
    scores = data.scores
    own: dict[int, float | None] = {}
    hundred: dict[int, float | None] = {}
    for c in data.criteria:
        try:  # a complete total means every criterion was scored
            values = [scores[(j, nominee_id, c.id)] for j in jurors]
        except KeyError:  # totals given from elsewhere (tests): count what is there
            found = (scores.get((j, nominee_id, c.id)) for j in jurors)
            values = [v for v in found if v is not None]
        own[c.id] = mean_of(values)
        hundred[c.id] = None if own[c.id] is None else c.normalise(own[c.id])
    return own, hundred


def competition_ranks(scores: Mapping[int, float | None], order: Sequence[int]) -> dict:
    """Rank 1, 2, 2, 4 (scores within EPSILON equal); None for a null score.

    `order` breaks no ties: it only fixes the listing order of equal scores.
    """
    position = {n: i for i, n in enumerate(order)}
    scored = sorted(
        (n for n in order if scores[n] is not None), key=lambda n: (-scores[n], position[n])
    )
    ranks: dict[int, int | None] = dict.fromkeys(order)
    leader = None  # the first (highest) score of the current group of equal scores
    for i, n in enumerate(scored):
        if leader is not None and scores[leader] - scores[n] <= EPSILON:
            ranks[n] = ranks[leader]
        else:
            leader, ranks[n] = n, i + 1
    return ranks


def tie_groups(ranks: Mapping[int, int | None], listed: Iterable[int]):
    """Groups of two or more nominees sharing a rank, best group first."""
    groups: dict[int, list[int]] = {}
    for n in listed:
        if ranks[n] is not None:
            groups.setdefault(ranks[n], []).append(n)
    return tuple(tuple(g) for _r, g in sorted(groups.items()) if len(g) >= 2)


@dataclass(frozen=True)
class NomineeStats:
    """What a nominee's row shows whatever the method: computed once per round state."""

    jurors: int
    complete: bool
    sd: float | None
    range: float | None
    criterion_means: dict[int, float | None]
    criterion_means_100: dict[int, float | None]


def nominee_stats(data: RoundData, totals: Totals, n: int) -> NomineeStats:
    values = list(totals.get(n, {}).values())
    own, hundred = criterion_means(data, totals, n)
    return NomineeStats(
        jurors=len(values),
        complete=nominee_complete(data, totals, n),
        sd=population_sd(values),
        range=(max(values) - min(values)) if values else None,
        criterion_means=own,
        criterion_means_100=hundred,
    )


def nominee_summary(data: RoundData, nominee_id: int) -> tuple[dict[int, float], NomineeStats]:
    """`nominee_totals` and `nominee_stats` of one nominee in one pass over its scores
    (the same arithmetic, so the same values; sums are exact whatever the order)."""
    if not data.criteria:
        return {}, nominee_stats(data, {}, nominee_id)
    ids = [c.id for c in data.criteria]
    norms = [(c.weight, c.scale_min, c.scale_max - c.scale_min) for c in data.criteria]
    weight_sum = math.fsum(c.weight for c in data.criteria)
    scores, conflicts = data.scores, data.conflicts
    totals: dict[int, float] = {}
    sheets = []  # each counted juror's values, in the criteria's order
    for j in data.juror_ids:
        if (j, nominee_id) in conflicts:
            continue
        try:
            values = [scores[(j, nominee_id, c)] for c in ids]
        except KeyError:  # a criterion not scored: no total
            continue
        weighted = [
            w * (100.0 * (v - low) / span) for v, (w, low, span) in zip(values, norms, strict=True)
        ]
        totals[j] = math.fsum(weighted) / weight_sum
        sheets.append(values)
    columns = list(zip(*sheets, strict=True)) if sheets else [()] * len(ids)
    own = {c.id: mean_of(column) for c, column in zip(data.criteria, columns, strict=True)}
    hundred = {c.id: None if own[c.id] is None else c.normalise(own[c.id]) for c in data.criteria}
    found = list(totals.values())
    stats = NomineeStats(
        jurors=len(found),
        complete=nominee_complete(data, {nominee_id: totals}, nominee_id),
        sd=population_sd(found),
        range=(max(found) - min(found)) if found else None,
        criterion_means=own,
        criterion_means_100=hundred,
    )
    return totals, stats


def _result(stats: NomineeStats, n: int, score, rank) -> NomineeResult:
    return NomineeResult(
        nominee_id=n,
        rank=rank,
        score=score,
        jurors=stats.jurors,
        complete=stats.complete,
        sd=stats.sd,
        range=stats.range,
        criterion_means=dict(stats.criterion_means),
        criterion_means_100=dict(stats.criterion_means_100),
    )


def rank_totals(
    data: RoundData,
    totals: Totals,
    method: str,
    trim_k: int = 1,
    stats: Mapping[int, NomineeStats] | None = None,
) -> Ranking:
    """The ranking of already computed totals under `method`.

    `stats` (nominee id → `nominee_stats`) spares recomputing what every method shares.
    """
    order = list(data.nominee_ids)
    scores = aggregate(method, totals, order, trim_k)
    ranks = competition_ranks(scores, order)
    position = {n: i for i, n in enumerate(order)}
    listed = sorted(
        order,
        key=lambda n: (ranks[n] is None, ranks[n] or 0, position[n]),
    )
    if stats is None:
        stats = {n: nominee_stats(data, totals, n) for n in order}
    rows = tuple(_result(stats[n], n, scores[n], ranks[n]) for n in listed)
    return Ranking(method=method, rows=rows, ties=tie_groups(ranks, listed), totals=totals)


def rank_round(data: RoundData, method: str, trim_k: int = 1) -> Ranking:
    """The round's ranking under one method of design §3."""
    if trim_k < 0:
        raise ValueError("trim k must be 0 or more")
    return rank_totals(data, complete_totals(data), method, trim_k)
