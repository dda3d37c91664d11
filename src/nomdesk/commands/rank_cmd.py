"""`nomdesk rank`: one scoring round's ranking under a method of design §3."""

from argparse import Namespace

from sqlmodel import Session

from nomdesk.commands.common import (
    EXIT_OK,
    UsageError,
    award_and_year,
    open_round,
    open_session,
    print_json,
    require_year,
)
from nomdesk.domain.scoring import round_half_away
from nomdesk.services import ranking
from nomdesk.services.ranking import RoundRanking


def rank_data(result: RoundRanking, award_name: str) -> dict:
    """Everything `rank --json` prints: unrounded values, nominees by display name."""
    names = result.names
    return {
        "award": award_name,
        "year": result.year.year,
        "round": result.round.name,
        "method": result.ranking.method,
        "ranking": [
            {
                "rank": row.rank,
                "nominee": names[row.nominee_id],
                "score": row.score,
                "jurors": row.jurors,
                "complete": row.complete,
                "sd": row.sd,
                "range": row.range,
            }
            for row in result.ranking.rows
        ],
        "ties": [[names[n] for n in group] for group in result.ranking.ties],
    }


def _rank(session: Session, args: Namespace) -> dict:
    award, year = award_and_year(session, args)
    round_ = open_round(session, year, args, "so nothing to rank")
    result = ranking.rank_round(
        session=session, round_id=round_.id, method=args.method, trim_k=args.trim
    )
    return rank_data(result, award.name)


def run(args: Namespace) -> int:
    require_year(args)
    if args.trim is not None and args.trim < 0:
        raise UsageError("--trim must be 0 or more")
    with open_session(args.db) as session:
        data = _rank(session, args)
    if args.json:
        print_json(data)
    else:
        print(render_text(data))
    return EXIT_OK


def _number(value: float | None) -> str:
    return "–" if value is None else f"{round_half_away(value, 2):.2f}"


def render_text(data: dict) -> str:
    """A readable table; numbers rounded half away from zero."""
    lines = [f"{data['award']} {data['year']}, round {data['round']}, method {data['method']}"]
    width = max([len(r["nominee"]) for r in data["ranking"]] + [7])
    lines.append(
        f"{'rank':>4}  {'nominee':<{width}}  {'score':>8}  {'jurors':>6}  {'sd':>6}  "
        f"{'range':>6}  complete"
    )
    for r in data["ranking"]:
        rank = "–" if r["rank"] is None else str(r["rank"])
        lines.append(
            f"{rank:>4}  {r['nominee']:<{width}}  {_number(r['score']):>8}  {r['jurors']:>6}  "
            f"{_number(r['sd']):>6}  {_number(r['range']):>6}  {'yes' if r['complete'] else 'no'}"
        )
    for group in data["ties"]:
        lines.append("tie: " + ", ".join(group))
    return "\n".join(lines)
