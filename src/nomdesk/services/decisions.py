"""The decision: record the winner with the jury's motivation, lock the year; or undo it."""

from typing import Any

from sqlmodel import Session, col, select

from nomdesk.db.models import AwardYear, Decision, Nominee, Score, ScoringRound, utcnow
from nomdesk.domain import stages
from nomdesk.domain.rules import METHODS, PHASES
from nomdesk.errors import MissingScoresError, StageError, ValidationError
from nomdesk.services import crud, years
from nomdesk.services.decision_record import ranking_record
from nomdesk.services.guards import get, is_locked, writable_year
from nomdesk.services.progress import round_progress
from nomdesk.services.rounds import list_rounds
from nomdesk.services.unit import actor_of, write


def find_decision(*, session: Session, year_id: int) -> Decision | None:
    return session.exec(select(Decision).where(Decision.year_id == year_id)).first()


def _round_for(session: Session, year: AwardYear, round_id: int | None) -> ScoringRound | None:
    if round_id is not None:
        round_ = get(session, ScoringRound, round_id, field="round")
        if round_.year_id != year.id:
            raise ValidationError("That round belongs to another year.", field="round")
        return round_
    rounds = list_rounds(session=session, year_id=year.id)  # type: ignore[arg-type]
    return rounds[-1] if rounds else None


def _check_winner(session: Session, year: AwardYear, winner_id: int) -> Nominee:
    winner = get(session, Nominee, winner_id, field="winner")
    if winner.year_id != year.id:
        raise ValidationError("The winner must be a nominee of this year.", field="winner")
    if winner.stage != stages.FINALIST:
        raise StageError(
            "Only a finalist can become the winner; {name} is {stage}.",
            field="winner",
            name=winner.display_name,
            stage=winner.stage,
        )
    return winner


@write
def record_decision(
    *,
    session: Session,
    year_id: int,
    winner_id: int,
    motivation: str,
    motivation_en: str | None = None,
    round_id: int | None = None,
    method: str | None = None,
    tie_break: dict[str, Any] | None = None,
    ranking_snapshot: list[dict[str, Any]] | None = None,
    confirm_missing: bool = False,
    historical: bool = False,
) -> Decision:
    """Record the winner, set its stage, and lock the year.

    The motivation is required unless the decision is history entered afterwards.
    Missing scores in the round refuse the decision unless `confirm_missing` is given;
    the Decision records both the count and the confirmation.

    When the year has a scoring round, the service ranks it under `method` (default: the
    year's) and keeps that ranking in `ranking_snapshot`; when first place is tied, it
    keeps in `tie_break` the tied nominees, every step of the year's tie-break chain tried
    (when the year applies it) with each nominee's value, the outcome, and who was chosen
    (see `ranking_record`). The arguments of those two names are kept only where the
    service computes nothing (no round, or history); keys of a given `tie_break` that the
    service does not set are kept beside its own.
    """
    year = writable_year(session, year_id)
    if find_decision(session=session, year_id=year_id):
        raise ValidationError(
            "The year {year} has a decision already; withdraw it first.",
            field="winner",
            year=year.year,
        )
    winner = _check_winner(session, year, winner_id)
    if historical and _has_scores(session, year_id):
        raise ValidationError(
            "A year with recorded scores is decided in the app, with a motivation.",
            field="historical",
        )
    if not historical and not motivation.strip():
        raise ValidationError("Write the jury's motivation.", field="motivation")
    if method is not None and method not in METHODS:
        raise ValidationError("Unknown method {method}.", field="method", method=method)
    round_ = _round_for(session, year, round_id)
    method = method or (year.default_method if round_ else None)
    missing, complete = _missing(session, round_)
    if missing and not confirm_missing:
        raise MissingScoresError(
            "{count} scores are missing; confirm to decide anyway.",
            field="confirm_missing",
            count=missing,
        )
    if round_ is not None and not historical:
        record = ranking_record(session, round_, method, winner_id)  # type: ignore[arg-type]
        ranking_snapshot = record.snapshot
        tie_break = None if record.tie_break is None else {**(tie_break or {}), **record.tie_break}
    decision = Decision(
        year_id=year_id,
        winner_id=winner_id,
        round_id=round_.id if round_ else None,
        motivation=motivation.strip(),
        motivation_en=(motivation_en or "").strip() or None,
        decided_at=utcnow(),
        decided_by=actor_of(session),
        method=method,
        tie_break=tie_break,
        ranking_snapshot=ranking_snapshot,
        scores_complete=complete,
        missing_scores=missing,
        missing_confirmed=bool(missing and confirm_missing),
        historical=historical,
    )
    crud.create(session, decision)
    crud.update(session, winner, {"stage": stages.WINNER}, action="decide")
    if PHASES.index(year.phase) < PHASES.index("decision"):
        crud.update(session, year, {"phase": "decision"})
    if round_ is not None and round_.status == "open":
        crud.update(session, round_, {"status": "closed"})
    years.set_lock(session, year, locked=True, reason="decision")
    return decision


def _has_scores(session: Session, year_id: int) -> bool:
    query = (
        select(Score.id)
        .join(ScoringRound, col(ScoringRound.id) == Score.round_id)
        .where(ScoringRound.year_id == year_id)
        .limit(1)
    )
    return session.exec(query).first() is not None


def _missing(session: Session, round_: ScoringRound | None) -> tuple[int, bool | None]:
    if round_ is None:
        return 0, None
    progress = round_progress(session=session, round_id=round_.id)  # type: ignore[arg-type]
    if progress.criteria == 0 or not progress.juror_ids:
        return 0, None
    return progress.missing(), progress.missing() == 0


@write
def withdraw_decision(*, session: Session, year_id: int, reason: str) -> crud.Bundle:
    """Take back a decision of an unlocked year; the winner becomes a finalist again."""
    year = writable_year(session, year_id)
    decision = find_decision(session=session, year_id=year_id)
    if decision is None:
        raise ValidationError("The year {year} has no decision.", field="winner", year=year.year)
    if not reason.strip():
        raise ValidationError("Say why the decision is withdrawn.", field="reason")
    winner = get(session, Nominee, decision.winner_id)
    if decision.round_id is not None:
        crud.update(session, get(session, ScoringRound, decision.round_id), {"status": "open"})
    bundle = crud.delete(session, decision)
    crud.update(session, winner, {"stage": stages.FINALIST}, action="undecide")
    return bundle


@write
def undo_decision(*, session: Session, year_id: int, reason: str, phase: str) -> None:
    """Take a decision back as one transaction: unlock the year (the audit log keeps the
    reason), withdraw the decision, and put back the phase the year had before it."""
    if is_locked(session, year_id):
        years.unlock_year(session=session, year_id=year_id, reason=reason)
    withdraw_decision(session=session, year_id=year_id, reason=reason)
    if get(session, AwardYear, year_id, field="year").phase != phase:
        years.set_phase(session=session, year_id=year_id, phase=phase)
