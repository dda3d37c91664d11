"""Ballots (design §4): one per juror and round; re-sent with the same uid and secret;
revoked and reissued with a new uid and secret, carrying the juror's scores.

A ballot document holds no other juror's data and none of the juror's conflicted
nominees. Writing the files is `exchange.send`'s job; this module decides what they hold.
"""

import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, func, select

from nomdesk.db.models import (
    Ballot,
    Conflict,
    Juror,
    NomineeComment,
    Score,
    ScoringRound,
    SheetImport,
    utcnow,
)
from nomdesk.errors import NotFoundError
from nomdesk.exchange import ballot_content
from nomdesk.exchange.formats import BallotFile
from nomdesk.services import audit, crud
from nomdesk.services.guards import get
from nomdesk.services.jurors import list_jurors
from nomdesk.services.scores import open_round
from nomdesk.services.unit import write


@dataclass(frozen=True)
class IssuedBallot:
    """A ballot's document, ready to be written to a file."""

    ballot_uid: str
    juror_id: int
    juror: str
    document: BallotFile
    new: bool  # False when an existing ballot was re-sent (same uid and secret)


@dataclass(frozen=True)
class BallotStatus:
    """Where a juror's ballot stands, for the Jury view."""

    juror_id: int
    juror: str
    ballot_uid: str | None
    issued_at: datetime | None
    last_revision: int | None
    last_imported_at: datetime | None


def current_ballot(session: Session, round_id: int, juror_id: int) -> Ballot | None:
    """The juror's ballot for the round that is not revoked, if any."""
    return session.exec(
        select(Ballot)
        .where(
            Ballot.round_id == round_id,
            Ballot.juror_id == juror_id,
            col(Ballot.revoked_at).is_(None),
        )
        .order_by(col(Ballot.id).desc())
    ).first()


def _create(session: Session, round_id: int, juror_id: int, replaces: Ballot | None) -> Ballot:
    ballot = Ballot(
        round_id=round_id,
        juror_id=juror_id,
        secret=secrets.token_hex(32),
        replaces_id=replaces.id if replaces else None,
    )
    session.add(ballot)
    session.flush()
    # Not crud.create: the secret stays out of the audit log.
    audit.record(
        session,
        action="create",
        entity="ballot",
        entity_uid=ballot.uid,
        year_uid=crud.year_uid(session, ballot),
        after=audit.snapshot(ballot, exclude=("secret",)),
    )
    return ballot


def _jurors(session: Session, year_id: int, juror_ids: list[int] | None) -> list[Juror]:
    everyone = list_jurors(session=session, year_id=year_id)
    if juror_ids is None:
        return everyone
    by_id = {j.id: j for j in everyone}
    for juror_id in juror_ids:
        if juror_id not in by_id:
            raise NotFoundError("No juror with id {id} in this year.", field="juror", id=juror_id)
    return [by_id[i] for i in juror_ids]


@write
def issue_ballots(
    *, session: Session, round_id: int, juror_ids: list[int] | None = None
) -> list[IssuedBallot]:
    """Ballots of the open round for every juror (or those named), in jury order.

    A juror who has a ballot gets the same one again (same uid and secret) with the
    content as the data stands now; the others get a new ballot.
    """
    round_, _year = open_round(session, round_id)
    content = ballot_content.RoundContent(session, round_)
    issued = []
    for juror in _jurors(session, round_.year_id, juror_ids):
        ballot = current_ballot(session, round_id, juror.id)  # type: ignore[arg-type]
        new = ballot is None
        if ballot is None:
            ballot = _create(session, round_id, juror.id, None)  # type: ignore[arg-type]
        issued.append(_issued(session, content, ballot, juror, new))
    return issued


@write
def reissue_ballot(*, session: Session, round_id: int, juror_id: int) -> IssuedBallot:
    """Revoke the juror's ballot and issue a new one (new uid and secret) carrying the
    scores held now; sheets from the revoked ballot are refused from then on."""
    round_, _year = open_round(session, round_id)
    juror = get(session, Juror, juror_id, field="juror")
    if juror.year_id != round_.year_id:
        raise NotFoundError("No juror with id {id} in this year.", field="juror", id=juror_id)
    old = current_ballot(session, round_id, juror_id)
    if old is not None:
        crud.update(session, old, {"revoked_at": utcnow()}, action="revoke")
    ballot = _create(session, round_id, juror_id, old)
    return _issued(session, ballot_content.RoundContent(session, round_), ballot, juror, True)


def _issued(
    session: Session,
    content: "ballot_content.RoundContent",
    ballot: Ballot,
    juror: Juror,
    new: bool,
) -> IssuedBallot:
    document = ballot_document(session, content, ballot, juror)
    return IssuedBallot(ballot.uid, juror.id, juror.name, document, new)  # type: ignore[arg-type]


def ballot_document(
    session: Session, content: "ballot_content.RoundContent", ballot: Ballot, juror: Juror
) -> BallotFile:
    """The ballot file's content for one juror: the round's nominees minus the juror's
    conflicts, and this juror's scores and comments on them."""
    conflicted = set(
        session.exec(select(Conflict.nominee_id).where(Conflict.juror_id == juror.id)).all()
    )
    nominee_ids = [n for n in content.nominee_ids if n not in conflicted]
    return content.document(
        ballot=ballot,
        juror=juror,
        nominee_ids=nominee_ids,
        scores=_juror_scores(session, ballot.round_id, juror.id, nominee_ids),  # type: ignore[arg-type]
        comments=_juror_comments(session, ballot.round_id, juror.id, nominee_ids),  # type: ignore[arg-type]
    )


def _juror_scores(session: Session, round_id: int, juror_id: int, nominee_ids: list[int]):
    return session.exec(
        select(Score.nominee_id, Score.criterion_id, Score.value, Score.comment)
        .where(
            Score.round_id == round_id,
            Score.juror_id == juror_id,
            col(Score.nominee_id).in_(nominee_ids),
        )
        .order_by(col(Score.nominee_id), col(Score.criterion_id))
    ).all()


def _juror_comments(session: Session, round_id: int, juror_id: int, nominee_ids: list[int]):
    return session.exec(
        select(NomineeComment.nominee_id, NomineeComment.comment)
        .where(
            NomineeComment.round_id == round_id,
            NomineeComment.juror_id == juror_id,
            col(NomineeComment.nominee_id).in_(nominee_ids),
            NomineeComment.comment != "",
        )
        .order_by(col(NomineeComment.nominee_id))
    ).all()


def ballot_statuses(*, session: Session, round_id: int) -> list[BallotStatus]:
    """Every juror of the round's year with their current ballot and last imported sheet."""
    round_ = get(session, ScoringRound, round_id, field="round")
    last = dict(
        session.exec(
            select(SheetImport.ballot_id, func.max(SheetImport.revision)).group_by(
                col(SheetImport.ballot_id)
            )
        ).all()
    )
    statuses = []
    for juror in list_jurors(session=session, year_id=round_.year_id):
        ballot = current_ballot(session, round_id, juror.id)  # type: ignore[arg-type]
        revision = last.get(ballot.id) if ballot else None
        imported_at = None
        if revision is not None:
            imported_at = session.exec(
                select(SheetImport.imported_at).where(
                    SheetImport.ballot_id == ballot.id,  # type: ignore[union-attr]
                    SheetImport.revision == revision,
                )
            ).first()
        statuses.append(
            BallotStatus(
                juror.id,  # type: ignore[arg-type]
                juror.name,
                ballot.uid if ballot else None,
                ballot.issued_at if ballot else None,
                revision,
                imported_at,
            )
        )
    return statuses


__all__ = [
    "BallotStatus",
    "IssuedBallot",
    "ballot_document",
    "ballot_statuses",
    "current_ballot",
    "issue_ballots",
    "reissue_ballot",
]
