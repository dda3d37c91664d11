"""One round's ranking under a method of design §3, and all six methods side by side."""

from dataclasses import dataclass

from sqlmodel import Session, select

from nomdesk.db.models import AwardYear, Juror, ScoringRound
from nomdesk.domain import scoring, tiebreak
from nomdesk.domain.rules import METHODS
from nomdesk.errors import ValidationError
from nomdesk.services import ranking_cache
from nomdesk.services.guards import get


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


def _settings(session: Session, round_id: int, method: str | None, trim_k: int | None):
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
    return round_, year, method, trim_k


def rank_round(
    *,
    session: Session,
    round_id: int,
    method: str | None = None,
    trim_k: int | None = None,
) -> RoundRanking:
    """The round's ranking; method and trim k default to the year's settings (design §3).

    The round's data is remembered between calls and brought up to date from the audit
    log (services/ranking_cache.py), so a ranking after one score edit is quick.
    """
    round_, year, method, trim_k = _settings(session, round_id, method, trim_k)
    state = ranking_cache.round_state(session, round_)
    ranking = state.ranking(method, trim_k)
    broken = None
    if year.apply_tie_break:
        broken = tiebreak.break_first_tie(ranking, state.data, year.tie_break or [])
    return RoundRanking(round_, year, ranking, state.data, dict(state.names), broken)


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
    round_, year, _method, trim_k = _settings(session, round_id, None, trim_k)
    state = ranking_cache.round_state(session, round_)
    results = tuple(_method_result(state.ranking(method, trim_k)) for method in METHODS)
    names = dict(state.names)
    return MethodComparison(round_, year, names, results, trim_k)


# --- the jurors beside a ranking ---------------------------------------------------------


@dataclass(frozen=True)
class RoundJuror:
    """A juror of the round's year as the Results view shows them."""

    id: int
    place: int  # 0-based place in the jury: A, B, C… in presentation mode
    name: str
    role: str
    # Scores still missing from this juror in the round (conflicted nominees owe none).
    missing: int


@dataclass(frozen=True)
class RoundJurors:
    jurors: tuple[RoundJuror, ...]
    # (juror id, nominee id) → scores the juror still owes for that ranked nominee.
    missing_cells: dict[tuple[int, int], int]

    @property
    def missing(self) -> int:
        return sum(self.missing_cells.values())


def round_jurors(session: Session, round_id: int) -> RoundJurors:
    """The year's jurors in jury order with the scores each still owes in the round (the
    same count as services.progress, taken from the round's remembered data)."""
    round_ = get(session, ScoringRound, round_id, field="round")
    state = ranking_cache.round_state(session, round_)
    missing = state.missing()
    people = dict(
        (j, (name, role))
        for j, name, role in session.execute(
            select(Juror.id, Juror.name, Juror.role).where(Juror.year_id == round_.year_id)
        ).all()
    )
    per_juror: dict[int, int] = {}
    for (j, _n), count in missing.items():
        per_juror[j] = per_juror.get(j, 0) + count
    jurors = tuple(
        RoundJuror(j, place, *people[j], per_juror.get(j, 0))
        for place, j in enumerate(state.data.juror_ids)
        if j in people
    )
    return RoundJurors(jurors, dict(missing))
