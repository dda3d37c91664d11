"""Everything a spreadsheet export of one award year holds, read in a few queries (no Qt).

Scores are read as plain column tuples (30,000 of them in a large year), never as ORM
objects; rankings come from `ranking.rank_round` under the method the decision used, or
else the year's default method.
"""

from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session, col, select

from nomdesk.db.models import (
    Award,
    AwardYear,
    Conflict,
    Criterion,
    Decision,
    Initiative,
    Juror,
    Nominee,
    NomineeOrganisation,
    Organisation,
    OrganisationAlias,
    Score,
    ScoringRound,
)
from nomdesk.services import criteria, decisions, ranking, rounds
from nomdesk.services import jurors as jurors_service
from nomdesk.services.guards import get
from nomdesk.services.ranking import RoundRanking

# One score as read: juror id, nominee id, criterion id, value, comment, source, updated_at.
ScoreTuple = tuple[int, int, int, float, str, str, datetime]


@dataclass
class RoundExport:
    """One scoring round: its scores, whom it expects scores from, and its ranking."""

    round: ScoringRound
    scores: list[ScoreTuple]
    ranked_ids: list[int]
    ranking: RoundRanking


@dataclass
class YearExport:
    award: Award
    year: AwardYear
    decision: Decision | None
    nominees: list[Nominee]
    # nominee id → its organisations' ids, in the nomination's order
    links: dict[int, list[int]]
    organisations: dict[int, Organisation]
    aliases: dict[int, list[str]]
    initiatives: list[Initiative]
    criteria: list[Criterion]
    jurors: list[Juror]
    conflicts: list[Conflict]
    rounds: list[RoundExport] = field(default_factory=list)
    _by_id: dict[int, Nominee] = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        self._by_id = {n.id: n for n in self.nominees}  # type: ignore[misc]

    def nominee(self, nominee_id: int) -> Nominee:
        return self._by_id[nominee_id]

    @property
    def conflict_pairs(self) -> set[tuple[int, int]]:
        return {(c.juror_id, c.nominee_id) for c in self.conflicts}


def year_export(*, session: Session, year_id: int) -> YearExport:
    """The year with its nominees, organisations, initiatives, criteria, jury, scores."""
    year = get(session, AwardYear, year_id, field="year")
    nominees = list(
        session.exec(
            select(Nominee).where(Nominee.year_id == year_id).order_by(col(Nominee.display_name))
        )
    )
    ids = [n.id for n in nominees]
    links, organisations = _organisations(session, ids)
    jurors = jurors_service.list_jurors(session=session, year_id=year_id)
    decision = decisions.find_decision(session=session, year_id=year_id)
    export = YearExport(
        award=get(session, Award, year.award_id, field="award"),
        year=year,
        decision=decision,
        nominees=nominees,
        links=links,
        organisations=organisations,
        aliases=_aliases(session, list(organisations)),
        initiatives=_initiatives(session, ids),
        criteria=criteria.list_criteria(session=session, year_id=year_id),
        jurors=jurors,
        conflicts=_conflicts(session, [j.id for j in jurors]),
    )
    export.rounds = [
        _round(session, r, _method_for(year, decision, r))
        for r in rounds.list_rounds(session=session, year_id=year_id)
    ]
    return export


def _organisations(
    session: Session, nominee_ids: list
) -> tuple[dict[int, list[int]], dict[int, Organisation]]:
    rows = session.exec(
        select(NomineeOrganisation.nominee_id, Organisation)
        .join(Organisation, col(Organisation.id) == NomineeOrganisation.organisation_id)
        .where(col(NomineeOrganisation.nominee_id).in_(nominee_ids))
        .order_by(col(NomineeOrganisation.position), col(NomineeOrganisation.id))
    ).all()
    links: dict[int, list[int]] = {}
    organisations: dict[int, Organisation] = {}
    for nominee_id, org in rows:
        links.setdefault(nominee_id, []).append(org.id)
        organisations[org.id] = org  # type: ignore[index]
    ordered = dict(sorted(organisations.items(), key=lambda item: item[1].name.casefold()))
    return links, ordered


def _aliases(session: Session, organisation_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for org_id, name in session.exec(
        select(OrganisationAlias.organisation_id, OrganisationAlias.name)
        .where(col(OrganisationAlias.organisation_id).in_(organisation_ids))
        .order_by(col(OrganisationAlias.name))
    ):
        found.setdefault(org_id, []).append(name)
    return found


def _initiatives(session: Session, nominee_ids: list) -> list[Initiative]:
    query = (
        select(Initiative)
        .where(col(Initiative.nominee_id).in_(nominee_ids))
        .order_by(col(Initiative.nominee_id), col(Initiative.position), col(Initiative.id))
    )
    return list(session.exec(query))


def _conflicts(session: Session, juror_ids: list) -> list[Conflict]:
    query = select(Conflict).where(col(Conflict.juror_id).in_(juror_ids)).order_by(col(Conflict.id))
    return list(session.exec(query))


def _method_for(year: AwardYear, decision: Decision | None, round_: ScoringRound) -> str:
    """The method the decision named for its round, else the year's default."""
    if decision is not None and decision.method and decision.round_id in (None, round_.id):
        return decision.method
    return year.default_method


def _round(session: Session, round_: ScoringRound, method: str) -> RoundExport:
    scores = session.exec(
        select(
            Score.juror_id,
            Score.nominee_id,
            Score.criterion_id,
            Score.value,
            Score.comment,
            Score.source,
            Score.updated_at,
        ).where(Score.round_id == round_.id)
    ).all()
    ranked = ranking.rank_round(session=session, round_id=round_.id, method=method)  # type: ignore[arg-type]
    return RoundExport(
        round=round_,
        scores=list(scores),  # type: ignore[arg-type]
        ranked_ids=list(ranked.data.nominee_ids),
        ranking=ranked,
    )
