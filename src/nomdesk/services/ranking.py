"""One round's ranking: load its rows with a few column queries, then ask the domain."""

from dataclasses import dataclass

from sqlmodel import Session, col, select

from nomdesk.db.models import (
    AwardYear,
    Conflict,
    Criterion,
    Juror,
    Nominee,
    Score,
    ScoringRound,
)
from nomdesk.domain import scoring, tiebreak
from nomdesk.domain.rules import METHODS
from nomdesk.errors import ValidationError
from nomdesk.services.guards import get
from nomdesk.services.progress import ranked_nominee_ids


@dataclass(frozen=True)
class RoundRanking:
    """A ranking with what a view or the CLI shows beside it."""

    round: ScoringRound
    year: AwardYear
    ranking: scoring.Ranking
    data: scoring.RoundData
    names: dict[int, str]
    # Set only when the year's settings apply the tie-break chain and first place is tied.
    tie_break: tiebreak.TieBreak | None = None


def load_round_data(session: Session, round_: ScoringRound) -> scoring.RoundData:
    """The round's ranked nominees, jurors, criteria, scores and conflicts."""
    nominee_ids = tuple(ranked_nominee_ids(session, round_))
    jurors = session.exec(
        select(Juror.id, Juror.role)
        .where(Juror.year_id == round_.year_id)
        .order_by(col(Juror.position), col(Juror.id))
    ).all()
    juror_ids = tuple(j for j, _role in jurors)
    criteria = tuple(
        scoring.CriterionSpec(id=i, weight=w, scale_min=lo, scale_max=hi, uid=uid)
        for i, w, lo, hi, uid in session.exec(
            select(
                Criterion.id,
                Criterion.weight,
                Criterion.scale_min,
                Criterion.scale_max,
                Criterion.uid,
            )
            .where(Criterion.year_id == round_.year_id)
            .order_by(col(Criterion.position), col(Criterion.id))
        ).all()
    )
    rows = session.exec(
        select(Score.juror_id, Score.nominee_id, Score.criterion_id, Score.value).where(
            Score.round_id == round_.id
        )
    ).all()
    conflicts = session.exec(
        select(Conflict.juror_id, Conflict.nominee_id).where(col(Conflict.juror_id).in_(juror_ids))
    ).all()
    return scoring.RoundData(
        nominee_ids=nominee_ids,
        juror_ids=juror_ids,
        criteria=criteria,
        scores={(j, n, c): v for j, n, c, v in rows},
        conflicts=frozenset((j, n) for j, n in conflicts),
        chair_id=next((j for j, role in jurors if role == "chair"), None),
    )


def nominee_names(session: Session, nominee_ids: tuple[int, ...]) -> dict[int, str]:
    rows = session.exec(
        select(Nominee.id, Nominee.display_name).where(col(Nominee.id).in_(nominee_ids))
    ).all()
    return dict(rows)


def rank_round(
    *,
    session: Session,
    round_id: int,
    method: str | None = None,
    trim_k: int | None = None,
) -> RoundRanking:
    """The round's ranking; method and trim k default to the year's settings (design §3)."""
    round_ = get(session, ScoringRound, round_id, field="round")
    year = get(session, AwardYear, round_.year_id, field="year")
    method = method or year.default_method
    trim_k = year.trim_k if trim_k is None else trim_k
    if method not in METHODS:
        raise ValidationError(
            "Unknown method {method}; use one of {methods}.",
            field="method",
            method=method,
            methods=", ".join(METHODS),
        )
    if trim_k < 0:
        raise ValidationError("Trim k must be 0 or more.", field="trim_k")
    data = load_round_data(session, round_)
    ranking = scoring.rank_round(data, method, trim_k)
    broken = None
    if year.apply_tie_break:
        broken = tiebreak.break_first_tie(ranking, data, year.tie_break or [])
    names = nominee_names(session, data.nominee_ids)
    return RoundRanking(round_, year, ranking, data, names, broken)


# --- the method comparison (design §3, "Robustness") ----------------------------------


@dataclass(frozen=True)
class MethodResult:
    """One method's outcome: who is first, and the top three."""

    method: str
    # Nominee ids at rank 1 (several when first place is tied; empty when none is ranked).
    winners: tuple[int, ...]
    # The rows ranked 3 or better, best first (more than three when ranks are shared).
    top: tuple[scoring.NomineeResult, ...]
    ranking: scoring.Ranking


@dataclass(frozen=True)
class MethodComparison:
    """The round under every method of design §3, side by side."""

    round: ScoringRound
    year: AwardYear
    names: dict[int, str]
    # One per method, in the order of `METHODS`.
    results: tuple[MethodResult, ...]
    trim_k: int

    def result(self, method: str) -> MethodResult:
        return next(r for r in self.results if r.method == method)

    @property
    def first_place_differs(self) -> bool:
        """True when the methods do not all put the same nominee(s) first."""
        return len({frozenset(r.winners) for r in self.results}) > 1


def _method_result(ranking: scoring.Ranking) -> MethodResult:
    ranked = [r for r in ranking.rows if r.rank is not None]
    return MethodResult(
        method=ranking.method,
        winners=tuple(r.nominee_id for r in ranked if r.rank == 1),
        top=tuple(r for r in ranked if r.rank <= 3),  # type: ignore[operator]
        ranking=ranking,
    )


def compare_methods(session: Session, round_id: int, trim_k: int | None = None) -> MethodComparison:
    """The winner(s) and top three of the round under each of the six methods.

    `trim_k` defaults to the year's setting (it matters to `trimmed` only).
    """
    round_ = get(session, ScoringRound, round_id, field="round")
    year = get(session, AwardYear, round_.year_id, field="year")
    trim_k = year.trim_k if trim_k is None else trim_k
    if trim_k < 0:
        raise ValidationError("Trim k must be 0 or more.", field="trim_k")
    data = load_round_data(session, round_)
    totals = scoring.complete_totals(data)
    results = tuple(
        _method_result(scoring.rank_totals(data, totals, method, trim_k)) for method in METHODS
    )
    names = nominee_names(session, data.nominee_ids)
    return MethodComparison(round_, year, names, results, trim_k)
