"""The six aggregation methods of design §3, on complete juror totals (no Qt, no SQL).

`Totals` maps nominee id → {juror id → T(j, n)}: only complete, non-conflicted totals.
Every method returns nominee id → score, or None when no score can be given.
"""

import math
from collections.abc import Callable, Mapping, Sequence

import numpy as np

Totals = Mapping[int, Mapping[int, float]]
Scores = dict[int, float | None]

# Totals and scores closer than this are equal (sums in another order differ by ~1e-14).
EPSILON = 1e-9


def mean_of(values: Sequence[float]) -> float | None:
    return math.fsum(values) / len(values) if values else None


def population_sd(values: Sequence[float]) -> float | None:
    """The population standard deviation (divide by n), None for no values."""
    if not values:
        return None
    centre = math.fsum(values) / len(values)
    return math.sqrt(math.fsum((v - centre) ** 2 for v in values) / len(values))


def median_of(values: Sequence[float]) -> float | None:
    """The median; for an even count the mean of the middle two, (a + b)/2, as numpy's
    median computes it (the same floating-point result, without numpy's per-call cost)."""
    if not values:
        return None
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[middle])
    return (ordered[middle - 1] + ordered[middle]) / 2


def trimmed_mean_of(values: Sequence[float], k: int) -> float | None:
    """Drop the k highest and k lowest; the plain mean when fewer than 2k + 1 values."""
    if len(values) < 2 * k + 1:
        return mean_of(values)
    kept = sorted(values)[k : len(values) - k]
    return mean_of(kept)


def per_nominee(totals: Totals, nominee_ids: Sequence[int], fn) -> Scores:
    return {n: fn(sorted(totals.get(n, {}).values())) for n in nominee_ids}


def mean(totals: Totals, nominee_ids: Sequence[int], trim_k: int = 1) -> Scores:
    return per_nominee(totals, nominee_ids, mean_of)


def median(totals: Totals, nominee_ids: Sequence[int], trim_k: int = 1) -> Scores:
    return per_nominee(totals, nominee_ids, median_of)


def trimmed(totals: Totals, nominee_ids: Sequence[int], trim_k: int = 1) -> Scores:
    return per_nominee(totals, nominee_ids, lambda values: trimmed_mean_of(values, trim_k))


def by_juror(totals: Totals, nominee_ids: Sequence[int]) -> dict[int, dict[int, float]]:
    """Juror id → {nominee id → T} over the given nominees."""
    result: dict[int, dict[int, float]] = {}
    for n in nominee_ids:
        for j, t in totals.get(n, {}).items():
            result.setdefault(j, {})[n] = t
    return result


def juror_z_scores(own: Mapping[int, float]) -> dict[int, float]:
    """One juror's totals standardised (population sd); sd 0 gives z = 0."""
    values = list(own.values())
    centre = math.fsum(values) / len(values)
    sd = population_sd(values) or 0.0
    if sd <= EPSILON:
        return dict.fromkeys(own, 0.0)
    return {n: (t - centre) / sd for n, t in own.items()}


def zscore(totals: Totals, nominee_ids: Sequence[int], trim_k: int = 1) -> Scores:
    collected: dict[int, list[float]] = {n: [] for n in nominee_ids}
    for own in by_juror(totals, nominee_ids).values():
        for n, z in juror_z_scores(own).items():
            collected[n].append(z)
    return {n: mean_of(sorted(zs)) for n, zs in collected.items()}


def average_ranks(own: Mapping[int, float]) -> dict[int, float]:
    """Rank 1 best; totals within EPSILON share the average of their ranks."""
    ordered = sorted(own, key=lambda n: -own[n])
    ranks: dict[int, float] = {}
    start = 0
    while start < len(ordered):
        end = start + 1
        while end < len(ordered) and own[ordered[end - 1]] - own[ordered[end]] <= EPSILON:
            end += 1
        for n in ordered[start:end]:
            ranks[n] = (start + 1 + end) / 2
        start = end
    return ranks


def borda_points(own: Mapping[int, float]) -> dict[int, float]:
    """One juror's normalised Borda points (n_j − rank)/(n_j − 1); none when n_j < 2."""
    count = len(own)
    if count < 2:
        return {}
    return {n: (count - r) / (count - 1) for n, r in average_ranks(own).items()}


def borda(totals: Totals, nominee_ids: Sequence[int], trim_k: int = 1) -> Scores:
    collected: dict[int, list[float]] = {n: [] for n in nominee_ids}
    for own in by_juror(totals, nominee_ids).values():
        for n, points in borda_points(own).items():
            collected[n].append(points)
    return {n: mean_of(sorted(ps)) for n, ps in collected.items()}


def pairwise_preferences(totals: Totals, candidates: Sequence[int]) -> np.ndarray:
    """d[a][b]: jurors with complete totals for both whose total for a is higher."""
    jurors = sorted({j for n in candidates for j in totals.get(n, {})})
    matrix = np.full((len(jurors), len(candidates)), np.nan)
    for col, n in enumerate(candidates):
        for row, j in enumerate(jurors):
            matrix[row, col] = totals[n].get(j, np.nan)
    # NaN compares false, so a juror missing either total counts for neither side.
    prefers = (matrix[:, :, None] - matrix[:, None, :]) > EPSILON
    return prefers.sum(axis=0)


def widest_paths(d: np.ndarray) -> np.ndarray:
    """Schulze's strongest path strengths over links a→b where d[a][b] > d[b][a]."""
    margin = d - d.T
    # Strengths never exceed the number of jurors: a small integer type keeps the n
    # passes over the n × n matrix quick (the values are the same in any integer type).
    small = np.int8 if margin.size == 0 or int(np.abs(margin).max()) <= 127 else np.int64
    p = np.where(margin > 0, margin, 0).astype(small)
    through = np.empty_like(p)
    for i in range(len(p)):
        np.minimum(p[:, i : i + 1], p[i : i + 1, :], out=through)
        np.maximum(p, through, out=p)
    np.fill_diagonal(p, 0)
    return p.astype(np.int64)


def schulze(totals: Totals, nominee_ids: Sequence[int], trim_k: int = 1) -> Scores:
    candidates = [n for n in nominee_ids if totals.get(n)]
    scores: Scores = dict.fromkeys(nominee_ids)
    if not candidates:
        return scores
    p = widest_paths(pairwise_preferences(totals, candidates))
    wins = (p > p.T).sum(axis=1)
    scores.update({n: float(w) for n, w in zip(candidates, wins, strict=True)})
    return scores


METHOD_FUNCTIONS: dict[str, Callable[..., Scores]] = {
    "mean": mean,
    "median": median,
    "trimmed": trimmed,
    "zscore": zscore,
    "borda": borda,
    "schulze": schulze,
}


def aggregate(method: str, totals: Totals, nominee_ids: Sequence[int], trim_k: int = 1) -> Scores:
    """Scores per nominee under one method (design §3's name for it)."""
    try:
        fn = METHOD_FUNCTIONS[method]
    except KeyError:
        raise ValueError(f"unknown method {method!r}") from None
    return fn(totals, nominee_ids, trim_k)
