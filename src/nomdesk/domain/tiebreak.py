"""The tie-break chain for a tie for first place (design §3), applied only when asked.

Steps, in the year's order: `{"kind": "criterion", "criterion": uid or name}` (the higher
mean on that criterion, 0–100), `{"kind": "chair"}` (the chair's higher total), `{"kind":
"median"}` (the higher median total) and `{"kind": "jury"}` (the jury decides; the
motivation records how). A step breaks the tie when one nominee alone is best by it; a
step that cannot tell (a value missing, or still equal) passes to the next.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from nomdesk.domain.methods import EPSILON, median_of
from nomdesk.domain.scoring import Ranking, RoundData

# What a step of the chain made of the tie.
BROKE = "broke"  # one nominee alone is best by it
EQUAL = "equal"  # the best value is shared
MISSING = "missing"  # a tied nominee has no value (e.g. the chair has no total for it)
UNKNOWN = "unknown"  # the step names no criterion of the round, or an unknown kind
JURY = "jury"  # the jury decides


@dataclass(frozen=True)
class StepTrial:
    """One step tried: the step, each tied nominee's value by it, and the outcome."""

    step: Mapping[str, Any]
    values: Mapping[int, float | None]
    outcome: str


@dataclass(frozen=True)
class TieBreak:
    """Which step decided (None: none did), and the tied nominees best first by it."""

    group: tuple[int, ...]
    step: Mapping[str, Any] | None
    step_index: int | None
    order: tuple[int, ...]
    # True when the last step reached is `jury`: the jury decides.
    jury: bool = False
    # Every step tried, in the chain's order, up to the one that decided.
    tried: tuple[StepTrial, ...] = ()

    @property
    def broken(self) -> bool:
        return self.step is not None and not self.jury


def _step_values(step: Mapping[str, Any], ranking: Ranking, data: RoundData, group):
    kind = step.get("kind")
    if kind == "criterion":
        criterion_id = _criterion_id(data, step.get("criterion") or "")
        if criterion_id is None:
            return None
        return {n: ranking.row(n).criterion_means_100.get(criterion_id) for n in group}
    if kind == "chair":
        return {n: ranking.totals.get(n, {}).get(data.chair_id) for n in group}
    if kind == "median":
        return {n: median_of(sorted(ranking.totals.get(n, {}).values())) for n in group}
    return None


def _criterion_id(data: RoundData, ref: str) -> int | None:
    """The criterion a step names: by uid, else by name (a copied year's criteria have
    new uids but the same names)."""
    by_uid = next((c.id for c in data.criteria if c.uid == ref), None)
    if by_uid is not None or not ref:
        return by_uid
    return next((c.id for c in data.criteria if c.name and c.name == ref), None)


def _single_best(values: Mapping[int, float | None], group: Sequence[int]):
    """The order by value, best first, when every value exists and the best is alone."""
    if any(values[n] is None for n in group):
        return None
    order = sorted(group, key=lambda n: -values[n])  # type: ignore[operator]
    if len(order) > 1 and values[order[0]] - values[order[1]] <= EPSILON:  # type: ignore[operator]
        return None
    return tuple(order)


def first_place_tie(ranking: Ranking) -> tuple[int, ...]:
    """The nominees sharing rank 1, or () when first place is not shared."""
    return next((g for g in ranking.ties if ranking.row(g[0]).rank == 1), ())


def break_first_tie(
    ranking: Ranking, data: RoundData, chain: Sequence[Mapping[str, Any]]
) -> TieBreak | None:
    """Apply the chain to a tie for first; None when there is no such tie."""
    group = first_place_tie(ranking)
    if not group:
        return None
    tried: list[StepTrial] = []
    for index, step in enumerate(chain):
        if step.get("kind") == "jury":
            tried.append(StepTrial(step, {}, JURY))
            return TieBreak(group, step, index, group, jury=True, tried=tuple(tried))
        values = _step_values(step, ranking, data, group)
        order = None if values is None else _single_best(values, group)
        tried.append(StepTrial(step, dict(values or {}), _outcome(values, order)))
        if order is not None:
            return TieBreak(group, step, index, order, tried=tuple(tried))
    return TieBreak(group, None, None, group, tried=tuple(tried))


def _outcome(values: Mapping[int, float | None] | None, order) -> str:
    if values is None:
        return UNKNOWN
    if order is not None:
        return BROKE
    return MISSING if any(v is None for v in values.values()) else EQUAL
