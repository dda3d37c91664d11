"""What every ballot of a round shares, loaded once: award, year, round, criteria and the
nominees the round scores with their texts, initiatives, site visits and attachments."""

import base64
from collections import defaultdict

from sqlmodel import Session, col, select

from nomdesk.db.models import (
    Attachment,
    Award,
    AwardYear,
    Ballot,
    Criterion,
    Initiative,
    Juror,
    Nominee,
    NomineeOrganisation,
    Organisation,
    ScoringRound,
    SiteVisit,
    SiteVisitNote,
)
from nomdesk.exchange.formats import (
    BALLOT_FORMAT,
    BallotAttachment,
    BallotAward,
    BallotCriterion,
    BallotFile,
    BallotInitiative,
    BallotJuror,
    BallotNominee,
    BallotOrganisation,
    BallotRound,
    BallotSiteVisit,
    BallotVisitNote,
    BallotYear,
    CommentItem,
    ScoreItem,
)
from nomdesk.services.progress import ranked_nominee_ids

NOMINEE_FIELDS = tuple(
    name
    for name in BallotNominee.model_fields
    if name not in ("uid", "organisations", "initiatives", "site_visits", "attachments")
)


def _pick(model, row, **extra):
    """A ballot model filled from the row's attributes of the same names."""
    names = [n for n in model.model_fields if n not in extra]
    return model(**{n: getattr(row, n) for n in names}, **extra)


class RoundContent:
    """The shared part of a round's ballots, each nominee built once."""

    def __init__(self, session: Session, round_: ScoringRound) -> None:
        year = session.get(AwardYear, round_.year_id)
        award = session.get(Award, year.award_id)  # type: ignore[union-attr]
        self.award = _pick(BallotAward, award)
        self.year = _pick(BallotYear, year)
        self.round = _pick(BallotRound, round_)
        criteria = list(
            session.exec(
                select(Criterion)
                .where(Criterion.year_id == round_.year_id)
                .order_by(col(Criterion.position), col(Criterion.id))
            )
        )
        self.criterion_uids = {c.id: c.uid for c in criteria}
        self.criteria = [_pick(BallotCriterion, c) for c in criteria]
        self.nominee_ids = ranked_nominee_ids(session, round_)
        self.nominee_uids: dict[int, str] = {}
        self.nominees = self._nominees(session)

    def _nominees(self, session: Session) -> dict[int, BallotNominee]:
        ids = self.nominee_ids
        rows = {n.id: n for n in session.exec(select(Nominee).where(col(Nominee.id).in_(ids)))}
        self.nominee_uids = {i: rows[i].uid for i in ids}
        orgs, initiatives = _organisations(session, ids), _initiatives(session, ids)
        visits, attachments = self._visits(session, ids), _attachments(session, ids)
        return {
            i: BallotNominee(
                uid=rows[i].uid,
                organisations=orgs[i],
                initiatives=initiatives[i],
                site_visits=visits[i],
                attachments=attachments[i],
                **{name: getattr(rows[i], name) for name in NOMINEE_FIELDS},
            )
            for i in ids
        }

    def _visits(self, session: Session, ids: list[int]) -> dict[int, list[BallotSiteVisit]]:
        visits = list(
            session.exec(
                select(SiteVisit)
                .where(col(SiteVisit.nominee_id).in_(ids))
                .order_by(col(SiteVisit.visited_on), col(SiteVisit.id))
            )
        )
        notes: dict[int, list[BallotVisitNote]] = defaultdict(list)
        for note in session.exec(
            select(SiteVisitNote).where(
                col(SiteVisitNote.site_visit_id).in_([v.id for v in visits])
            )
        ):
            uid = self.criterion_uids.get(note.criterion_id)
            if uid is not None:
                notes[note.site_visit_id].append(BallotVisitNote(criterion_uid=uid, note=note.note))
        out: dict[int, list[BallotSiteVisit]] = defaultdict(list)
        for v in visits:
            out[v.nominee_id].append(
                _pick(BallotSiteVisit, v, criterion_notes=notes[v.id])  # type: ignore[index]
            )
        return out

    def document(
        self,
        *,
        ballot: Ballot,
        juror: Juror,
        nominee_ids: list[int],
        scores: list[tuple[int, int, float, str]],
        comments: list[tuple[int, str]],
    ) -> BallotFile:
        """One juror's ballot over these nominees, with their scores and comments."""
        return BallotFile(
            format=BALLOT_FORMAT,
            ballot_uid=ballot.uid,
            secret=ballot.secret,
            issued_at=ballot.issued_at,
            award=self.award,
            year=self.year,
            round=self.round,
            juror=_pick(BallotJuror, juror),
            criteria=self.criteria,
            nominees=[self.nominees[i] for i in nominee_ids],
            scores=[
                ScoreItem(
                    nominee_uid=self.nominee_uids[n],
                    criterion_uid=self.criterion_uids[c],
                    value=float(value),
                    comment=comment,
                )
                for n, c, value, comment in scores
                if c in self.criterion_uids
            ],
            comments=[
                CommentItem(nominee_uid=self.nominee_uids[n], comment=text) for n, text in comments
            ],
        )


def _organisations(session: Session, ids: list[int]) -> dict[int, list[BallotOrganisation]]:
    out: dict[int, list[BallotOrganisation]] = defaultdict(list)
    rows = session.exec(
        select(NomineeOrganisation.nominee_id, Organisation)
        .join(Organisation, col(Organisation.id) == NomineeOrganisation.organisation_id)
        .where(col(NomineeOrganisation.nominee_id).in_(ids))
        .order_by(col(NomineeOrganisation.position))
    )
    for nominee_id, org in rows:
        out[nominee_id].append(_pick(BallotOrganisation, org))
    return out


def _initiatives(session: Session, ids: list[int]) -> dict[int, list[BallotInitiative]]:
    out: dict[int, list[BallotInitiative]] = defaultdict(list)
    rows = session.exec(
        select(Initiative)
        .where(col(Initiative.nominee_id).in_(ids))
        .order_by(col(Initiative.position), col(Initiative.id))
    )
    for item in rows:
        out[item.nominee_id].append(_pick(BallotInitiative, item))
    return out


def _attachments(session: Session, ids: list[int]) -> dict[int, list[BallotAttachment]]:
    out: dict[int, list[BallotAttachment]] = defaultdict(list)
    rows = session.exec(
        select(Attachment)
        .where(col(Attachment.nominee_id).in_(ids))
        .order_by(col(Attachment.file_name), col(Attachment.id))
    )
    for item in rows:
        data = base64.b64encode(item.data).decode("ascii")
        out[item.nominee_id].append(_pick(BallotAttachment, item, data=data))
    return out
