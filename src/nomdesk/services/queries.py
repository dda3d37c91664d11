"""Read-only views that screens and the CLI share, each in a few queries."""

from dataclasses import dataclass, field

from sqlmodel import Session, col, func, select

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
    Score,
    ScoringRound,
)
from nomdesk.domain import stages
from nomdesk.services.rows import NomineeRow, TreeAward, TreeYear, nominee_row

__all__ = ["NomineeRow", "TreeAward", "TreeYear"]


def nominee_rows(*, session: Session, year_id: int) -> list[NomineeRow]:
    """Every nominee of a year with organisations, counties and initiative counts."""
    nominees = session.exec(
        select(Nominee).where(Nominee.year_id == year_id).order_by(col(Nominee.display_name))
    ).all()
    ids = [n.id for n in nominees]
    orgs = session.exec(
        select(NomineeOrganisation.nominee_id, Organisation.name, Organisation.county)
        .join(Organisation, col(Organisation.id) == NomineeOrganisation.organisation_id)
        .where(col(NomineeOrganisation.nominee_id).in_(ids))
        .order_by(col(NomineeOrganisation.position))
    ).all()
    initiatives = dict(
        session.exec(
            select(Initiative.nominee_id, func.count())
            .where(col(Initiative.nominee_id).in_(ids))
            .group_by(col(Initiative.nominee_id))
        ).all()
    )
    by_nominee: dict[int, list[tuple[str, str]]] = {}
    for nominee_id, name, county in orgs:
        by_nominee.setdefault(nominee_id, []).append((name, county))
    return [_row(n, by_nominee.get(n.id, []), initiatives.get(n.id, 0)) for n in nominees]  # type: ignore[arg-type]


def _row(nominee: Nominee, orgs: list[tuple[str, str]], initiatives: int) -> NomineeRow:
    return nominee_row(
        id=nominee.id,  # type: ignore[arg-type]
        uid=nominee.uid,
        name=nominee.display_name,
        stage=nominee.stage,
        nominated_by=nominee.nominated_by,
        orgs=orgs,
        initiatives=initiatives,
    )


@dataclass
class YearSummary:
    id: int
    uid: str
    year: int
    title: str
    phase: str
    locked: bool
    winner: str | None = None
    finalists: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    rounds: list[dict] = field(default_factory=list)


def _counts_by_year(session: Session, model, year_column, join=None) -> dict[int, int]:
    query = select(year_column, func.count()).select_from(model)
    if join is not None:
        query = query.join(*join)
    return dict(session.exec(query.group_by(year_column)).all())


def year_summaries(*, session: Session, award_id: int) -> list[YearSummary]:
    """Each year of an award with its phase, winner, finalists, counts and rounds."""
    years = session.exec(
        select(AwardYear).where(AwardYear.award_id == award_id).order_by(col(AwardYear.year))
    ).all()
    counts = _all_counts(session)
    winners = dict(
        session.exec(
            select(Decision.year_id, Nominee.display_name).join(
                Nominee, col(Nominee.id) == Decision.winner_id
            )
        ).all()
    )
    finalists = _finalists(session)
    rounds = _rounds(session)
    return [
        YearSummary(
            id=y.id,  # type: ignore[arg-type]
            uid=y.uid,
            year=y.year,
            title=y.title,
            phase=y.phase,
            locked=y.locked_at is not None,
            winner=winners.get(y.id),
            finalists=finalists.get(y.id, []),  # type: ignore[arg-type]
            counts={name: c.get(y.id, 0) for name, c in counts.items()},
            rounds=rounds.get(y.id, []),  # type: ignore[arg-type]
        )
        for y in years
    ]


def _all_counts(session: Session) -> dict[str, dict[int, int]]:
    by_juror = (Juror, col(Juror.id) == Conflict.juror_id)
    by_nominee = (Nominee, col(Nominee.id) == Initiative.nominee_id)
    by_round = (ScoringRound, col(ScoringRound.id) == Score.round_id)
    return {
        "nominees": _counts_by_year(session, Nominee, Nominee.year_id),
        "criteria": _counts_by_year(session, Criterion, Criterion.year_id),
        "jurors": _counts_by_year(session, Juror, Juror.year_id),
        "conflicts": _counts_by_year(session, Conflict, Juror.year_id, by_juror),
        "initiatives": _counts_by_year(session, Initiative, Nominee.year_id, by_nominee),
        "scores": _counts_by_year(session, Score, ScoringRound.year_id, by_round),
    }


def _finalists(session: Session) -> dict[int, list[str]]:
    rows = session.exec(
        select(Nominee.year_id, Nominee.display_name)
        .where(col(Nominee.stage).in_((stages.FINALIST, stages.WINNER)))
        .order_by(col(Nominee.display_name))
    ).all()
    found: dict[int, list[str]] = {}
    for year_id, name in rows:
        found.setdefault(year_id, []).append(name)
    return found


def _rounds(session: Session) -> dict[int, list[dict]]:
    scores = dict(
        session.exec(select(Score.round_id, func.count()).group_by(col(Score.round_id))).all()
    )
    found: dict[int, list[dict]] = {}
    query = select(ScoringRound).order_by(col(ScoringRound.position), col(ScoringRound.id))
    for r in session.exec(query):
        found.setdefault(r.year_id, []).append(
            {
                "uid": r.uid,
                "name": r.name,
                "stage": r.stage,
                "status": r.status,
                "scores": scores.get(r.id, 0),
            }
        )
    return found


def awards_with_years(*, session: Session) -> list[tuple[Award, list[YearSummary]]]:
    awards = session.exec(select(Award).order_by(col(Award.name))).all()
    return [(a, year_summaries(session=session, award_id=a.id)) for a in awards]  # type: ignore[arg-type]


def year_tree(*, session: Session) -> list[tuple[TreeAward, list[TreeYear]]]:
    """Awards and their years with phase and lock, in one query (the navigation pane)."""
    rows = session.exec(
        select(Award.id, Award.name, AwardYear.id, AwardYear.year, AwardYear.title)
        .add_columns(AwardYear.phase)
        .add_columns(AwardYear.locked_at)
        .join(AwardYear, col(AwardYear.award_id) == Award.id, isouter=True)
        .order_by(col(Award.name), col(AwardYear.year))
    ).all()
    tree: dict[int, tuple[TreeAward, list[TreeYear]]] = {}
    for award_id, name, year_id, year, title, phase, locked_at in rows:
        _award, years = tree.setdefault(award_id, (TreeAward(award_id, name), []))
        if year_id is not None:
            years.append(TreeYear(year_id, year, title, phase, locked_at is not None))
    return list(tree.values())


def year_counts(*, session: Session, year_id: int) -> dict[str, int]:
    """How many nominees (in all and per stage), criteria, jurors, conflicts, initiatives."""

    def count(model, *where, join=None):
        query = select(func.count()).select_from(model)
        if join is not None:
            query = query.join(*join)
        return query.where(*where).scalar_subquery()

    nominees_in_year = Nominee.year_id == year_id
    row = session.exec(
        select(
            count(Criterion, Criterion.year_id == year_id),
            count(Juror, Juror.year_id == year_id),
            count(
                Conflict, Juror.year_id == year_id, join=(Juror, col(Juror.id) == Conflict.juror_id)
            ),
            count(
                Initiative,
                nominees_in_year,
                join=(Nominee, col(Nominee.id) == Initiative.nominee_id),
            ),
        )
    ).one()
    counts = dict(zip(("criteria", "jurors", "conflicts", "initiatives"), row, strict=True))
    stages = session.exec(
        select(Nominee.stage, func.count()).where(nominees_in_year).group_by(col(Nominee.stage))
    ).all()
    counts.update({stage: n for stage, n in stages})
    counts["nominees"] = sum(n for _stage, n in stages)
    return counts
