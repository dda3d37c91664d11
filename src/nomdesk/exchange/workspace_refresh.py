"""A ballot sent again (same uid and secret) with new content: refresh the workspace.

The secretariat may re-send a ballot after adding a finalist, a site-visit note or an
attachment. Reopening then rebuilds the workspace from the new ballot and carries the
juror's own state over: their scores (where the nominee and criterion are still on the
ballot and the value still fits the scale), comments, declared conflicts and the
revisions already exported (so the next export continues the count). The juror's state
wins over the scores the re-sent ballot carries: the workspace is where they score. The
previous file is kept beside it as `workspace.previous.db`.
"""

import os
from pathlib import Path

from sqlalchemy import insert
from sqlmodel import Session, col, select

from nomdesk.db.models import (
    AuditEvent,
    Ballot,
    Conflict,
    Criterion,
    Juror,
    Nominee,
    NomineeComment,
    Score,
    ScoringRound,
    SheetImport,
    new_uid,
    utcnow,
)
from nomdesk.db.open import open_database, remove_database
from nomdesk.db.session import new_session
from nomdesk.domain.rules import value_problem
from nomdesk.exchange import workspace_state
from nomdesk.exchange.formats import BallotFile
from nomdesk.exchange.workspace_build import fill_workspace
from nomdesk.services import audit
from nomdesk.services.unit import write

PREVIOUS_NAME = "workspace.previous.db"


def stored_reference(session: Session) -> str | None:
    """The reference digest of the ballot the workspace was last built from."""
    return session.exec(
        select(AuditEvent.digest)
        .where(AuditEvent.action == "open_ballot")
        .order_by(col(AuditEvent.id).desc())
        .limit(1)
    ).first()


def _old_state(session: Session) -> dict:
    scores = session.exec(
        select(Nominee.uid, Criterion.uid, Score.value, Score.comment)
        .join(Nominee, col(Nominee.id) == Score.nominee_id)
        .join(Criterion, col(Criterion.id) == Score.criterion_id)
    ).all()
    comments = session.exec(
        select(Nominee.uid, NomineeComment.comment).join(
            Nominee, col(Nominee.id) == NomineeComment.nominee_id
        )
    ).all()
    conflicts = session.exec(
        select(Nominee.uid, Conflict.reason).join(Nominee, col(Nominee.id) == Conflict.nominee_id)
    ).all()
    exports = session.exec(
        select(SheetImport.revision, SheetImport.sha256, SheetImport.imported_at,
               SheetImport.imported_by)
    ).all()  # fmt: skip
    return {
        "scores": scores,
        "comments": comments,
        "conflicts": conflicts,
        "exports": exports,
        "digest": workspace_state.last_state_digest(session),
    }


def read_old_state(database: Path) -> dict:
    opened = open_database(database, create=False)
    try:
        with new_session(opened.engine) as session:
            return _old_state(session)
    finally:
        opened.engine.dispose()


def rebuild(database: Path, ballot: BallotFile) -> None:
    """Replace the workspace database with one built from `ballot` plus the juror's state."""
    state = read_old_state(database)
    fresh = database.with_name("workspace.new.db")
    remove_database(fresh)
    opened = open_database(fresh, create=True)
    try:
        with new_session(opened.engine, actor=ballot.juror.name) as session:
            empty = ballot.model_copy(update={"scores": [], "comments": []})
            fill_workspace(session=session, ballot=empty, state_digest=state["digest"])
            carry_state(session=session, state=state)
    finally:
        opened.engine.dispose()
    os.replace(database, database.with_name(PREVIOUS_NAME))
    remove_database(database, sidecars_only=True)
    os.replace(fresh, database)


@write
def carry_state(*, session: Session, state: dict) -> None:
    """Insert the juror's state where it still fits the new ballot (one transaction)."""
    ballot = session.exec(select(Ballot)).one()
    nominees = {n.uid: n.id for n in session.exec(select(Nominee))}
    criteria = {c.uid: c for c in session.exec(select(Criterion))}
    juror = session.get(Juror, ballot.juror_id)
    round_ = session.get(ScoringRound, ballot.round_id)
    common = {"round_id": round_.id, "juror_id": juror.id, "updated_at": utcnow()}  # type: ignore[union-attr]
    rows = [
        {"uid": new_uid(), "nominee_id": nominees[n], "criterion_id": criteria[c].id,
         "value": v, "comment": text, "source": "sheet", **common}
        for n, c, v, text in state["scores"]
        if n in nominees and c in criteria and _fits(v, criteria[c])
    ]  # fmt: skip
    if rows:
        session.execute(insert(Score.__table__), rows)  # type: ignore[attr-defined]
    for n, text in state["comments"]:
        if n in nominees:
            session.add(NomineeComment(nominee_id=nominees[n], comment=text, **common))
    for n, reason in state["conflicts"]:
        if n in nominees:
            session.add(
                Conflict(
                    juror_id=juror.id,  # type: ignore[union-attr, arg-type]
                    nominee_id=nominees[n],
                    reason=reason,
                    declared_by="juror",
                )
            )
    for revision, digest, at, file in state["exports"]:
        session.add(
            SheetImport(
                ballot_id=ballot.id,  # type: ignore[arg-type]
                revision=revision,
                sha256=digest,
                imported_at=at,
                imported_by=file,
            )
        )
    session.flush()
    audit.record(
        session,
        action="refresh_ballot",
        entity="ballot",
        entity_uid=ballot.uid,
        after={"scores_kept": len(rows), "scores_before": len(state["scores"])},
    )


def _fits(value: float, criterion: Criterion) -> bool:
    problem = value_problem(value, criterion.scale_min, criterion.scale_max, criterion.step)
    return problem is None
