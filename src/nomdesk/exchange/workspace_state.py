"""A juror workspace's state as a score sheet: build, sign, write, and remember exports.

In a workspace, `SheetImport` rows record the sheets exported from it (revision,
content digest, time); the next export takes the next revision. Audit events
`open_ballot` and `export_sheet` carry the digest of the state at that moment, which
tells whether there are unexported changes.
"""

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from nomdesk.db.models import (
    AuditEvent,
    Award,
    AwardYear,
    Ballot,
    Conflict,
    Criterion,
    Juror,
    Nominee,
    NomineeComment,
    Score,
    ScoringRound,
    SheetImport,
)
from nomdesk.exchange import signing
from nomdesk.exchange.files import write_json
from nomdesk.exchange.formats import SHEET_FORMAT, ScoreSheetFile
from nomdesk.services import audit
from nomdesk.services.unit import write

STATE_ACTIONS = ("open_ballot", "export_sheet")


@dataclass(frozen=True)
class ExportInfo:
    """One exported score sheet."""

    revision: int
    exported_at: datetime
    file: str  # the file name it was written to


def juror_state(session: Session) -> dict[str, list[dict[str, Any]]]:
    """Scores, overall comments and declared conflicts, as the sheet carries them.

    A nominee the juror declared a conflict for contributes no scores or comment (they
    stay in the workspace, so withdrawing the declaration brings them back).
    """
    conflicts = session.exec(
        select(Nominee.uid, Conflict.reason)
        .join(Conflict, col(Conflict.nominee_id) == Nominee.id)
        .order_by(col(Nominee.display_name))
    ).all()
    conflicted = {uid for uid, _reason in conflicts}
    scores = session.exec(
        select(Nominee.uid, Criterion.uid, Score.value, Score.comment)
        .join(Nominee, col(Nominee.id) == Score.nominee_id)
        .join(Criterion, col(Criterion.id) == Score.criterion_id)
        .order_by(col(Nominee.display_name), col(Criterion.position), col(Criterion.id))
    ).all()
    comments = session.exec(
        select(Nominee.uid, NomineeComment.comment)
        .join(Nominee, col(Nominee.id) == NomineeComment.nominee_id)
        .where(NomineeComment.comment != "")
        .order_by(col(Nominee.display_name))
    ).all()
    return {
        "scores": [
            {"nominee_uid": n, "criterion_uid": c, "value": float(v), "comment": text}
            for n, c, v, text in scores
            if n not in conflicted
        ],
        "comments": [
            {"nominee_uid": n, "comment": text} for n, text in comments if n not in conflicted
        ],
        "conflicts": [{"nominee_uid": n, "reason": reason} for n, reason in conflicts],
    }


def state_digest(state: dict[str, Any]) -> str:
    return audit.digest_of(state)


def last_state_digest(session: Session) -> str | None:
    """The state digest at the last export (or, before any, when the ballot was opened)."""
    after = session.exec(
        select(AuditEvent.after)
        .where(col(AuditEvent.action).in_(STATE_ACTIONS))
        .order_by(col(AuditEvent.id).desc())
        .limit(1)
    ).first()
    return (after or {}).get("state")


def last_export(session: Session) -> ExportInfo | None:
    row = session.exec(
        select(SheetImport).order_by(col(SheetImport.revision).desc()).limit(1)
    ).first()
    if row is None:
        return None
    return ExportInfo(row.revision, row.imported_at, row.imported_by)


def _header(session: Session) -> tuple[Ballot, dict[str, Any]]:
    ballot = session.exec(select(Ballot)).one()
    round_ = session.get(ScoringRound, ballot.round_id)
    year = session.get(AwardYear, round_.year_id)  # type: ignore[union-attr]
    award = session.get(Award, year.award_id)  # type: ignore[union-attr]
    juror = session.get(Juror, ballot.juror_id)
    header = {
        "format": SHEET_FORMAT,
        "award_uid": award.uid,  # type: ignore[union-attr]
        "year_uid": year.uid,  # type: ignore[union-attr]
        "round_uid": round_.uid,  # type: ignore[union-attr]
        "ballot_uid": ballot.uid,
        "juror_uid": juror.uid,  # type: ignore[union-attr]
    }
    return ballot, header


def build_sheet(session: Session, revision: int, exported_at: datetime) -> dict[str, Any]:
    """The signed sheet document of the workspace's current state."""
    ballot, header = _header(session)
    document: dict[str, Any] = {
        **header,
        "revision": revision,
        "exported_at": exported_at.isoformat(timespec="seconds"),
        **juror_state(session),
    }
    document["signature"] = signing.sign(ballot.secret, document)
    ScoreSheetFile.model_validate(document)  # what we write must read back
    return document


@write
def export_sheet(*, session: Session, path: Path) -> ExportInfo:
    """Write the next revision of the score sheet to `path` and record it."""
    ballot = session.exec(select(Ballot)).one()
    last = session.exec(select(func.max(SheetImport.revision))).one()
    revision = (last or 0) + 1
    now = datetime.now(UTC).replace(microsecond=0)
    document = build_sheet(session, revision, now)
    digest = signing.content_digest(document)
    session.add(
        SheetImport(
            ballot_id=ballot.id,  # type: ignore[arg-type]
            revision=revision,
            sha256=digest,
            imported_at=now,
            imported_by=path.name,
        )
    )
    session.flush()
    state = {k: document[k] for k in ("scores", "comments", "conflicts")}
    audit.record(
        session,
        action="export_sheet",
        entity="ballot",
        entity_uid=ballot.uid,
        after={"revision": revision, "file": path.name, "state": state_digest(state)},
        digest=digest,
    )
    write_json(path, document)
    return ExportInfo(revision, now, path.name)
