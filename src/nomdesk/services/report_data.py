"""What a winners report shows, gathered in a few queries into plain dataclasses (no Qt).

Texts keep both languages (`name` / `name_en`, …); the report picks one. Results come from
`ranking.rank_round` under the decision's method (else the year's), for the decision's
round (else the year's latest); a year without recorded scores has `results = None`.
"""

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import Session, col, func, select

from nomdesk.db.models import (
    AuditEvent,
    Award,
    AwardYear,
    Decision,
    Initiative,
    Nominee,
    NomineeOrganisation,
    Organisation,
    Score,
    ScoringRound,
    TimetableEntry,
)
from nomdesk.domain import stages
from nomdesk.services import audit, criteria, decisions, ranking, ranking_cache
from nomdesk.services import jurors as jurors_service
from nomdesk.services.guards import get
from nomdesk.services.rounds import list_rounds


@dataclass(frozen=True)
class InitiativeInfo:
    title: str
    title_en: str | None
    area: str
    description: str
    description_en: str | None
    started: int | None


@dataclass(frozen=True)
class NomineeInfo:
    id: int
    name: str
    name_en: str | None
    stage: str
    organisations: tuple[str, ...]
    counties: tuple[str, ...]
    nominated_by: str
    summary: str
    summary_en: str | None
    initiatives: tuple[InitiativeInfo, ...] = ()


@dataclass(frozen=True)
class CriterionInfo:
    id: int
    name: str
    name_en: str | None
    weight: float
    scale_min: float
    scale_max: float
    step: float


@dataclass(frozen=True)
class JurorInfo:
    name: str
    affiliation: str
    chair: bool


@dataclass(frozen=True)
class ResultRow:
    nominee_id: int
    rank: int | None
    score: float | None
    jurors: int
    complete: bool
    sd: float | None
    # Criterion id → mean on the criterion's own scale, and on 0–100.
    means: dict[int, float | None]
    means_100: dict[int, float | None]


@dataclass(frozen=True)
class Results:
    round_name: str
    round_name_en: str | None
    method: str
    trim_k: int
    jurors: int  # the jury's size in this round
    missing: int  # scores still missing (conflicted pairs need none)
    rows: tuple[ResultRow, ...]
    ties: tuple[tuple[int, ...], ...]


@dataclass(frozen=True)
class DecisionInfo:
    winner_id: int
    round_id: int | None
    motivation: str
    motivation_en: str | None
    decided_at: datetime
    method: str | None
    historical: bool
    missing_confirmed: bool


@dataclass(frozen=True)
class PastWinner:
    year: int
    name: str
    name_en: str | None


@dataclass(frozen=True)
class Ceremony:
    on: date | None
    label: str
    label_en: str | None
    place: str


@dataclass(frozen=True)
class ReportData:
    award: str
    award_en: str | None
    organiser: str
    description: str  # the award's
    description_en: str | None
    year: int
    title: str
    title_en: str | None
    decision: DecisionInfo | None
    finalists: tuple[NomineeInfo, ...]  # the winner first, then by rank, then by name
    others: tuple[NomineeInfo, ...]  # nominated or shortlisted, not withdrawn
    criteria: tuple[CriterionInfo, ...]
    jurors: tuple[JurorInfo, ...]  # the chair first
    results: Results | None
    history: tuple[PastWinner, ...]  # earlier decided years, oldest first
    ceremony: Ceremony | None
    audit_head: str
    audit_events: int
    names: dict[int, NomineeInfo] = field(default_factory=dict)

    @property
    def winner(self) -> NomineeInfo | None:
        return self.names.get(self.decision.winner_id) if self.decision else None


def report_data(*, session: Session, year_id: int) -> ReportData:
    """Everything the winners report of one award year shows."""
    year = get(session, AwardYear, year_id, field="year")
    award = get(session, Award, year.award_id, field="award")
    decision = _decision(session, year_id)
    results = _results(session, year, decision)
    nominees = _nominees(session, year_id)
    finalists, others = _split(nominees, decision, results)
    return ReportData(
        award=award.name,
        award_en=award.name_en,
        organiser=award.organiser,
        description=award.description,
        description_en=award.description_en,
        year=year.year,
        title=year.title,
        title_en=year.title_en,
        decision=decision,
        finalists=finalists,
        others=others,
        criteria=_criteria(session, year_id),
        jurors=_jurors(session, year_id),
        results=results,
        history=_history(session, year),
        ceremony=_ceremony(session, year_id),
        audit_head=audit.head_hash(session),
        audit_events=session.exec(select(func.count()).select_from(AuditEvent)).one(),
        names={n.id: n for n in nominees},
    )


def _decision(session: Session, year_id: int) -> DecisionInfo | None:
    found = decisions.find_decision(session=session, year_id=year_id)
    if found is None:
        return None
    return DecisionInfo(
        winner_id=found.winner_id,
        round_id=found.round_id,
        motivation=found.motivation,
        motivation_en=found.motivation_en,
        decided_at=found.decided_at,
        method=found.method,
        historical=found.historical,
        missing_confirmed=found.missing_confirmed,
    )


def _round(session: Session, year_id: int, decision: DecisionInfo | None) -> ScoringRound | None:
    """The decision's round, else the year's latest."""
    rounds = list_rounds(session=session, year_id=year_id)
    chosen = [r for r in rounds if decision and r.id == decision.round_id]
    return (chosen or rounds or [None])[-1]


def _results(session: Session, year: AwardYear, decision: DecisionInfo | None) -> Results | None:
    round_ = _round(session, year.id, decision)  # type: ignore[arg-type]
    if round_ is None or not _has_scores(session, round_.id):  # type: ignore[arg-type]
        return None
    method = (decision.method if decision else None) or year.default_method
    ranked = ranking.rank_round(session=session, round_id=round_.id, method=method)  # type: ignore[arg-type]
    # The same count as services.progress, from the round the ranking just read.
    missing = sum(ranking_cache.round_state(session, round_).missing().values())
    rows = tuple(
        ResultRow(
            nominee_id=r.nominee_id,
            rank=r.rank,
            score=r.score,
            jurors=r.jurors,
            complete=r.complete,
            sd=r.sd,
            means=dict(r.criterion_means),
            means_100=dict(r.criterion_means_100),
        )
        for r in ranked.ranking.rows
    )
    return Results(
        round_name=round_.name,
        round_name_en=round_.name_en,
        method=ranked.ranking.method,
        trim_k=year.trim_k,
        jurors=len(ranked.data.juror_ids),
        missing=missing,
        rows=rows,
        ties=ranked.ranking.ties,
    )


def _has_scores(session: Session, round_id: int) -> bool:
    query = select(Score.id).where(Score.round_id == round_id).limit(1)
    return session.exec(query).first() is not None


def _nominees(session: Session, year_id: int) -> list[NomineeInfo]:
    rows = session.exec(
        select(Nominee)
        .where(Nominee.year_id == year_id, Nominee.stage != stages.WITHDRAWN)
        .order_by(col(Nominee.display_name))
    ).all()
    ids = [n.id for n in rows]
    orgs = _organisations(session, ids)  # type: ignore[arg-type]
    items = _initiatives(session, ids)  # type: ignore[arg-type]
    return [_nominee(n, orgs.get(n.id, []), items.get(n.id, ())) for n in rows]  # type: ignore[arg-type]


def _nominee(n: Nominee, orgs: list[tuple[str, str]], items) -> NomineeInfo:
    return NomineeInfo(
        id=n.id,  # type: ignore[arg-type]
        name=n.display_name,
        name_en=n.display_name_en,
        stage=n.stage,
        organisations=tuple(name for name, _county in orgs),
        counties=tuple(dict.fromkeys(county for _name, county in orgs if county)),
        nominated_by=n.nominated_by,
        summary=n.summary,
        summary_en=n.summary_en,
        initiatives=tuple(items),
    )


def _organisations(session: Session, ids: list[int]) -> dict[int, list[tuple[str, str]]]:
    rows = session.exec(
        select(NomineeOrganisation.nominee_id, Organisation.name, Organisation.county)
        .join(Organisation, col(Organisation.id) == NomineeOrganisation.organisation_id)
        .where(col(NomineeOrganisation.nominee_id).in_(ids))
        .order_by(col(NomineeOrganisation.position))
    ).all()
    found: dict[int, list[tuple[str, str]]] = {}
    for nominee_id, name, county in rows:
        found.setdefault(nominee_id, []).append((name, county))
    return found


def _initiatives(session: Session, ids: list[int]) -> dict[int, list[InitiativeInfo]]:
    rows = session.exec(
        select(Initiative)
        .where(col(Initiative.nominee_id).in_(ids))
        .order_by(col(Initiative.position), col(Initiative.id))
    ).all()
    found: dict[int, list[InitiativeInfo]] = {}
    for i in rows:
        info = InitiativeInfo(
            i.title, i.title_en, i.area, i.description, i.description_en, i.started
        )
        found.setdefault(i.nominee_id, []).append(info)
    return found


def _split(nominees: list[NomineeInfo], decision: DecisionInfo | None, results: Results | None):
    """(finalists and the winner: the winner first, then by rank, then by name; the others)."""
    rank = {r.nominee_id: r.rank for r in results.rows} if results else {}
    winner = decision.winner_id if decision else None
    finals = [n for n in nominees if stages.at_or_beyond(n.stage, stages.FINALIST)]
    finals.sort(key=lambda n: (n.id != winner, rank.get(n.id) is None, rank.get(n.id) or 0))
    others = [n for n in nominees if not stages.at_or_beyond(n.stage, stages.FINALIST)]
    return tuple(finals), tuple(others)


def _criteria(session: Session, year_id: int) -> tuple[CriterionInfo, ...]:
    rows = criteria.list_criteria(session=session, year_id=year_id)
    return tuple(
        CriterionInfo(c.id, c.name, c.name_en, c.weight, c.scale_min, c.scale_max, c.step)  # type: ignore[arg-type]
        for c in rows
    )


def _jurors(session: Session, year_id: int) -> tuple[JurorInfo, ...]:
    rows = jurors_service.list_jurors(session=session, year_id=year_id)
    jurors = [JurorInfo(j.name, j.affiliation, j.role == "chair") for j in rows]
    return tuple(sorted(jurors, key=lambda j: not j.chair))


def _history(session: Session, year: AwardYear) -> tuple[PastWinner, ...]:
    rows = session.exec(
        select(AwardYear.year, Nominee.display_name, Nominee.display_name_en)
        .join(Decision, col(Decision.year_id) == AwardYear.id)
        .join(Nominee, col(Nominee.id) == Decision.winner_id)
        .where(AwardYear.award_id == year.award_id, AwardYear.year < year.year)
        .order_by(col(AwardYear.year))
    ).all()
    return tuple(PastWinner(y, name, name_en) for y, name, name_en in rows)


def _ceremony(session: Session, year_id: int) -> Ceremony | None:
    entry = session.exec(
        select(TimetableEntry)
        .where(TimetableEntry.year_id == year_id, TimetableEntry.kind == "ceremony")
        .order_by(col(TimetableEntry.starts_on))
    ).first()
    if entry is None:
        return None
    return Ceremony(entry.starts_on, entry.label, entry.label_en, entry.place)
