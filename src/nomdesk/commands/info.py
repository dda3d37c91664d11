"""`nomdesk info`: awards, years, rounds and counts of a database."""

from argparse import Namespace

from sqlmodel import Session, func, select

from nomdesk.commands.common import EXIT_OK, open_session, print_json
from nomdesk.db.models import AuditEvent
from nomdesk.db.schema_version import HEAD
from nomdesk.services import audit, queries
from nomdesk.services import awards as awards_service


def info_data(session: Session, award: str | None = None) -> dict:
    """Everything `info --json` prints, as one dictionary (one award when named)."""
    only = awards_service.find_award(session=session, name=award).id if award else None
    awards = []
    for a, years in queries.awards_with_years(session=session):
        if only is not None and a.id != only:
            continue
        awards.append(
            {
                "uid": a.uid,
                "name": a.name,
                "name_en": a.name_en,
                "years": [_year(y) for y in years],
            }
        )
    events = session.exec(select(func.count()).select_from(AuditEvent)).one()
    return {
        "schema": HEAD,
        "awards": awards,
        "audit": {"events": events, "head": audit.head_hash(session)},
    }


def _year(y: queries.YearSummary) -> dict:
    return {
        "year": y.year,
        "uid": y.uid,
        "title": y.title,
        "phase": y.phase,
        "locked": y.locked,
        "winner": y.winner,
        "finalists": y.finalists,
        "rounds": y.rounds,
        "counts": y.counts,
    }


def run(args: Namespace) -> int:
    with open_session(args.db) as session:
        data = info_data(session, args.award)
    data["path"] = str(args.db)
    if args.json:
        print_json(data)
    else:
        print(render_text(data))
    return EXIT_OK


def render_text(data: dict) -> str:
    lines = [f"{data['path']} (schema {data['schema']}, {data['audit']['events']} audit events)"]
    for award in data["awards"]:
        lines.append(f"{award['name']}")
        for y in award["years"]:
            lock = ", locked" if y["locked"] else ""
            winner = f", winner {y['winner']}" if y["winner"] else ""
            counts = y["counts"]
            lines.append(
                f"  {y['year']}  {y['phase']}{lock}{winner}; {counts['nominees']} nominees, "
                f"{counts['jurors']} jurors, {counts['scores']} scores"
            )
            for r in y["rounds"]:
                lines.append(f"        round {r['name']} ({r['stage']}, {r['status']})")
    return "\n".join(lines)
