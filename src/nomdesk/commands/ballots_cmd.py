"""`nomdesk ballots`: write the open round's ballots, one `.nomballot` per juror."""

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
from nomdesk.exchange.send import WrittenBallot, send_ballots
from nomdesk.services import jurors


def _send(session: Session, args: Namespace) -> dict:
    award, year = award_and_year(session, args)
    round_ = open_round(session, year, args, "so no ballots")
    juror_ids = None
    if args.juror:
        juror_ids = [
            jurors.find_juror(session=session, year_id=year.id, key=key).id for key in args.juror
        ]
    written = send_ballots(
        session=session, round_id=round_.id, folder=args.out, juror_ids=juror_ids
    )
    return {
        "award": award.name,
        "year": year.year,
        "round": round_.name,
        "folder": str(args.out),
        "ballots": [_entry(item) for item in written],
    }


def _entry(item: WrittenBallot) -> dict:
    document = item.issued.document
    return {
        "juror": item.issued.juror,
        "ballot": item.issued.ballot_uid,
        "file": str(item.path),
        "new": item.issued.new,
        "nominees": len(document.nominees),
        "scores": len(document.scores),
    }


def run(args: Namespace) -> int:
    require_year(args)
    if args.out.exists() and not args.out.is_dir():
        raise UsageError(f"{args.out} is a file; -o names the folder to write ballots into")
    with open_session(args.db) as session:
        data = _send(session, args)
    if args.json:
        print_json(data)
        return EXIT_OK
    for entry in data["ballots"]:
        kind = "new" if entry["new"] else "re-sent"
        print(f"{kind:8} {entry['juror']}: {entry['file']}")
    print(f"{len(data['ballots'])} ballot(s) for {data['award']} {data['year']}, {data['round']}")
    return EXIT_OK
