"""Fill a new juror workspace database from a ballot: one transaction, one audit event.

The workspace has nomdesk's schema and holds one award, year, round and juror, the
ballot's criteria and nominees (with the secretariat's uids), the ballot itself (its uid
and secret) and the scores and comments the ballot carried.
"""

from typing import Any

from sqlalchemy import insert
from sqlmodel import Session

from nomdesk.db.models import (
    Attachment,
    Award,
    AwardYear,
    Ballot,
    Criterion,
    Initiative,
    Juror,
    Nominee,
    NomineeComment,
    NomineeOrganisation,
    Organisation,
    Score,
    ScoringRound,
    SiteVisit,
    SiteVisitNote,
    new_uid,
    utcnow,
)
from nomdesk.exchange import workspace_state
from nomdesk.exchange.ballot_content import NOMINEE_FIELDS
from nomdesk.exchange.errors import refuse
from nomdesk.exchange.formats import BallotFile, BallotNominee
from nomdesk.services import audit
from nomdesk.services.unit import write


def check_references(name: str, ballot: BallotFile) -> None:
    """Scores, comments and visit notes must name the ballot's own nominees and criteria."""
    nominees = {n.uid for n in ballot.nominees}
    criteria = {c.uid for c in ballot.criteria}
    problems = [
        f"scores: unknown nominee {s.nominee_uid} or criterion {s.criterion_uid}"
        for s in ballot.scores
        if s.nominee_uid not in nominees or s.criterion_uid not in criteria
    ]
    problems += [
        f"comments: unknown nominee {c.nominee_uid}"
        for c in ballot.comments
        if c.nominee_uid not in nominees
    ]
    problems += [
        f"site visit notes: unknown criterion {note.criterion_uid}"
        for n in ballot.nominees
        for visit in n.site_visits
        for note in visit.criterion_notes
        if note.criterion_uid not in criteria
    ]
    if len(nominees) != len(ballot.nominees) or len(criteria) != len(ballot.criteria):
        problems.append("a nominee or criterion is listed twice")
    if problems:
        raise refuse("not_a_ballot", name, reason=problems[0])


def _add(session: Session, obj: Any) -> int:
    session.add(obj)
    session.flush()
    return obj.id


@write
def fill_workspace(
    *, session: Session, ballot: BallotFile, state_digest: str | None = None
) -> None:
    """Write the ballot's content into an empty workspace database.

    The `open_ballot` audit event records the digest of the juror's state (by default the
    state just written), against which unexported changes are told.
    """
    award_id = _add(session, Award(**ballot.award.model_dump()))
    year_id = _add(
        session, AwardYear(award_id=award_id, phase="scoring", **ballot.year.model_dump())
    )
    round_id = _add(session, ScoringRound(year_id=year_id, **ballot.round.model_dump()))
    juror_id = _add(session, Juror(year_id=year_id, **ballot.juror.model_dump()))
    criteria = {
        c.uid: _add(session, Criterion(year_id=year_id, **c.model_dump())) for c in ballot.criteria
    }
    organisations: dict[str, int] = {}
    nominees = {
        n.uid: _add_nominee(session, year_id, n, criteria, organisations) for n in ballot.nominees
    }
    session.add(
        Ballot(
            uid=ballot.ballot_uid,
            round_id=round_id,
            juror_id=juror_id,
            secret=ballot.secret,
            issued_at=ballot.issued_at,
        )
    )
    _add_state(session, ballot, round_id, juror_id, nominees, criteria)
    if state_digest is None:
        state_digest = workspace_state.state_digest(workspace_state.juror_state(session))
    audit.record(
        session,
        action="open_ballot",
        entity="ballot",
        entity_uid=ballot.ballot_uid,
        year_uid=ballot.year.uid,
        after={"state": state_digest, "nominees": len(nominees), "scores": len(ballot.scores)},
        digest=reference_digest(ballot),
    )


def _add_nominee(
    session: Session,
    year_id: int,
    nominee: BallotNominee,
    criteria: dict[str, int],
    organisations: dict[str, int],
) -> int:
    texts = nominee.model_dump(include=set(NOMINEE_FIELDS))
    nominee_id = _add(session, Nominee(uid=nominee.uid, year_id=year_id, **texts))
    for position, org in enumerate(nominee.organisations):
        if org.uid not in organisations:
            organisations[org.uid] = _add(session, Organisation(**org.model_dump()))
        session.add(
            NomineeOrganisation(
                nominee_id=nominee_id, organisation_id=organisations[org.uid], position=position
            )
        )
    for position, item in enumerate(nominee.initiatives):
        session.add(Initiative(nominee_id=nominee_id, position=position, **item.model_dump()))
    for visit in nominee.site_visits:
        visit_id = _add(
            session,
            SiteVisit(nominee_id=nominee_id, **visit.model_dump(exclude={"criterion_notes"})),
        )
        for note in visit.criterion_notes:
            session.add(
                SiteVisitNote(
                    site_visit_id=visit_id,
                    criterion_id=criteria[note.criterion_uid],
                    note=note.note,
                )
            )
    for item in nominee.attachments:
        values = item.model_dump(exclude={"data"})
        session.add(Attachment(nominee_id=nominee_id, data=item.content, **values))
    return nominee_id


def _add_state(
    session: Session,
    ballot: BallotFile,
    round_id: int,
    juror_id: int,
    nominees: dict[str, int],
    criteria: dict[str, int],
) -> None:
    now = utcnow()
    common = {"round_id": round_id, "juror_id": juror_id, "updated_at": now}
    rows = [
        {
            "uid": new_uid(),
            "nominee_id": nominees[s.nominee_uid],
            "criterion_id": criteria[s.criterion_uid],
            "value": s.value,
            "comment": s.comment,
            "source": "sheet",
            **common,
        }
        for s in ballot.scores
    ]
    session.flush()
    if rows:
        session.execute(insert(Score.__table__), rows)  # type: ignore[attr-defined]
    for c in ballot.comments:
        if c.comment:
            session.add(
                NomineeComment(nominee_id=nominees[c.nominee_uid], comment=c.comment, **common)
            )
    session.flush()


def reference_digest(ballot: BallotFile) -> str:
    """The digest of what a ballot shows the juror (not the scores it carries)."""
    return audit.digest_of(
        ballot.model_dump(mode="json", exclude={"secret", "scores", "comments", "issued_at"})
    )
