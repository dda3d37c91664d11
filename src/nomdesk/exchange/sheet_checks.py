"""Every check of design §4 on one score sheet, in order; the first failure refuses it.

Size, UTF-8, JSON, format → ballot known → signature → structure → ballot not revoked →
award, year, round and juror match → round open, year unlocked → revision newer →
nominees and criteria exist, none the secretariat recorded as conflicted, each scorable,
values on scale and step. The result is a `CheckedSheet` that the import can diff and
write; nothing here writes.
"""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam
from sqlmodel import Session, col, select

from nomdesk.db.models import (
    Award,
    AwardYear,
    Ballot,
    Conflict,
    Criterion,
    Juror,
    Nominee,
    ScoringRound,
    SheetImport,
)
from nomdesk.domain import stages
from nomdesk.domain.rules import STEP_TOLERANCE, value_problem
from nomdesk.exchange import signing
from nomdesk.exchange.errors import refuse
from nomdesk.exchange.files import parse_sheet_bytes, sheet_model
from nomdesk.exchange.formats import ScoreSheetFile


@dataclass
class RoundFacts:
    """What the checks need of one round, loaded once per import."""

    round: ScoringRound
    year: AwardYear
    award: Award
    nominees: dict[str, tuple[int, str, str]]  # uid -> (id, display name, stage)
    criteria: dict[str, Criterion]  # uid -> criterion
    allowed: set[str]  # stages the round scores
    conflicts: dict[tuple[int, int], Conflict]  # (juror id, nominee id) -> conflict


def load_facts(session: Session, round_id: int) -> RoundFacts:
    round_ = session.get(ScoringRound, round_id)
    year = session.get(AwardYear, round_.year_id)  # type: ignore[union-attr]
    award = session.get(Award, year.award_id)  # type: ignore[union-attr]
    nominees = {
        uid: (id_, name, stage)
        for id_, uid, name, stage in session.exec(
            select(Nominee.id, Nominee.uid, Nominee.display_name, Nominee.stage).where(
                Nominee.year_id == year.id  # type: ignore[union-attr]
            )
        )
    }
    criteria = {
        c.uid: c
        for c in session.exec(select(Criterion).where(Criterion.year_id == year.id))  # type: ignore[union-attr]
    }
    conflicts = {
        (c.juror_id, c.nominee_id): c
        for c in session.exec(
            select(Conflict)
            .join(Juror, col(Juror.id) == Conflict.juror_id)
            .where(Juror.year_id == year.id)  # type: ignore[union-attr]
        )
    }
    present = {stage for _id, _name, stage in nominees.values()}
    allowed = stages.ranked_stages(round_.stage, present)  # type: ignore[union-attr]
    return RoundFacts(round_, year, award, nominees, criteria, allowed, conflicts)  # type: ignore[arg-type]


@dataclass
class CheckedSheet:
    """A sheet that passed every check: what it holds, by database ids."""

    file: str
    ballot: Ballot
    juror: Juror
    sheet: ScoreSheetFile
    digest: str  # SHA-256 of the canonical form (signature left out)
    facts: RoundFacts
    already_imported: bool = False
    # (nominee id, criterion id) -> (value, comment)
    scores: dict[tuple[int, int], tuple[float, str]] = field(default_factory=dict)
    comments: dict[int, str] = field(default_factory=dict)  # nominee id -> overall comment
    conflicts: dict[int, str] = field(default_factory=dict)  # nominee id -> reason


_BALLOT = select(Ballot).where(Ballot.uid == bindparam("uid"))


def check_sheet(
    session: Session, name: str, data: bytes, facts_of: dict[int, RoundFacts]
) -> CheckedSheet:
    """Check one sheet's bytes; raise the ExchangeFileError of the first failed check."""
    raw = parse_sheet_bytes(name, data)
    ballot = _known_ballot(session, name, raw)
    body = signing.canonical(raw)
    if not signing.verify_canonical(ballot.secret, body, raw.get("signature")):
        raise refuse("bad_signature", name)
    sheet = sheet_model(name, raw)
    juror = session.get(Juror, ballot.juror_id)
    if ballot.revoked_at is not None:
        raise refuse(
            "revoked_ballot",
            name,
            date=_day(ballot.revoked_at),
            juror=juror.name,  # type: ignore[union-attr]
        )
    if ballot.round_id not in facts_of:
        facts_of[ballot.round_id] = load_facts(session, ballot.round_id)
    facts = facts_of[ballot.round_id]
    _check_identity(name, sheet, facts, juror)  # type: ignore[arg-type]
    checked = CheckedSheet(name, ballot, juror, sheet, signing.sha256(body), facts)  # type: ignore[arg-type]
    if _check_revision(session, checked):
        checked.already_imported = True
        return checked
    _check_content(checked)
    return checked


def _known_ballot(session: Session, name: str, raw: dict[str, Any]) -> Ballot:
    uid = raw.get("ballot_uid")
    if not isinstance(uid, str):
        raise refuse("invalid", name, reason="ballot_uid: missing or not text")
    ballot = session.execute(_BALLOT, {"uid": uid}).scalars().first()
    if ballot is None:
        raise refuse("unknown_ballot", name, ballot=uid[:36])
    return ballot


def _day(moment: datetime) -> str:
    return moment.date().isoformat()


def _check_identity(name: str, sheet: ScoreSheetFile, facts: RoundFacts, juror: Juror) -> None:
    pairs = (
        ("wrong_award", sheet.award_uid, facts.award.uid),
        ("wrong_year", sheet.year_uid, facts.year.uid),
        ("wrong_round", sheet.round_uid, facts.round.uid),
        ("wrong_juror", sheet.juror_uid, juror.uid),
    )
    for code, given, expected in pairs:
        if given != expected:
            raise refuse(code, name)
    if facts.round.status != "open":
        raise refuse("round_closed", name, round=facts.round.name)
    if facts.year.locked_at is not None:
        raise refuse("year_locked", name, year=facts.year.year)


def _check_revision(session: Session, checked: CheckedSheet) -> bool:
    """True when this very sheet was imported before; refused when not newer."""
    rows = session.exec(
        select(SheetImport.revision, SheetImport.sha256, SheetImport.imported_at).where(
            SheetImport.ballot_id == checked.ballot.id
        )
    ).all()
    revision = checked.sheet.revision
    for done, digest, _at in rows:
        if done == revision and digest == checked.digest:
            return True
    if rows:
        last, _digest, at = max(rows)
        if revision <= last:
            raise refuse("not_newer", checked.file, revision=revision, last=last, date=_day(at))
    return False


def _check_content(checked: CheckedSheet) -> None:
    name, sheet = checked.file, checked.sheet
    for item in sheet.conflicts:
        nominee_id, _name, _stage = _nominee(checked, item.nominee_uid)
        checked.conflicts[nominee_id] = item.reason
    for item in sheet.comments:
        nominee_id, nominee, stage = _nominee(checked, item.nominee_uid)
        _scorable(checked, nominee_id, nominee, stage)
        if nominee_id in checked.comments:
            raise refuse("invalid", name, reason=f"comments: {nominee} is listed twice")
        checked.comments[nominee_id] = item.comment
    _check_scores(checked)


def _check_scores(checked: CheckedSheet) -> None:
    """Every score's nominee, criterion and value; the loop runs for each of thousands."""
    name, scores, scorable = checked.file, checked.scores, set()
    criteria = checked.facts.criteria
    for item in checked.sheet.scores:
        nominee_id, nominee, stage = _nominee(checked, item.nominee_uid)
        criterion = criteria.get(item.criterion_uid)
        if criterion is None:
            raise refuse("unknown_criterion", name, criterion=item.criterion_uid)
        if nominee_id not in scorable:
            _scorable(checked, nominee_id, nominee, stage)
            scorable.add(nominee_id)
        key = (nominee_id, criterion.id)
        if key in scores:
            raise refuse("duplicate_score", name, nominee=nominee, criterion=criterion.name)
        value = item.value
        low, high, step = criterion.scale_min, criterion.scale_max, criterion.step
        q = (value - low) / step
        fits = low - STEP_TOLERANCE <= value <= high + STEP_TOLERANCE
        if not fits or abs(q - round(q)) > STEP_TOLERANCE:
            _refuse_value(name, nominee, criterion, value)
        scores[key] = (value, item.comment)  # type: ignore[index]


def _nominee(checked: CheckedSheet, uid: str) -> tuple[int, str, str]:
    """(id, display name, stage) of a nominee of the round's year."""
    found = checked.facts.nominees.get(uid)
    if found is None:
        raise refuse("unknown_nominee", checked.file, nominee=uid)
    return found


def _scorable(checked: CheckedSheet, nominee_id: int, nominee: str, stage: str) -> None:
    """Scores and comments only for nominees the round scores and the juror may score."""
    conflict = checked.facts.conflicts.get((checked.juror.id, nominee_id))  # type: ignore[arg-type]
    if conflict is not None and conflict.declared_by == "secretariat":
        raise refuse("conflicted_nominee", checked.file, juror=checked.juror.name, nominee=nominee)
    if nominee_id in checked.conflicts:
        raise refuse("scored_and_declared", checked.file, nominee=nominee)
    if stage == stages.WITHDRAWN or stage not in checked.facts.allowed:
        raise refuse("not_scorable", checked.file, nominee=nominee, stage=stage)


def _refuse_value(name: str, nominee: str, criterion: Criterion, value: float) -> None:
    problem = value_problem(value, criterion.scale_min, criterion.scale_max, criterion.step)
    if problem:  # always, as the caller found the value does not fit
        raise refuse(
            problem,
            name,
            nominee=nominee,
            criterion=criterion.name,
            value=f"{value:g}",
            min=f"{criterion.scale_min:g}",
            max=f"{criterion.scale_max:g}",
            step=f"{criterion.step:g}",
        )
