"""`nomdesk ballots`: write the open round's ballots, one `.nomballot` per juror."""

from argparse import Namespace

from sqlmodel import Session

from nomdesk.commands.common import EXIT_OK, UsageError, open_session, print_json
from nomdesk.exchange.send import WrittenBallot, send_ballots
from nomdesk.services import awards, jurors, rounds, years


def _send(session: Session, args: Namespace) -> dict:
    award = awards.find_award(session=session, name=args.award)
    year = years.find_year(session=session, award_id=award.id, year=args.year)
    if not rounds.list_rounds(session=session, year_id=year.id):
        raise UsageError(f"the year {year.year} has no scoring round, so no ballots")
    round_ = rounds.find_round(session=session, year_id=year.id, name=args.round)
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
    if args.year is None:
        raise UsageError("--year YEAR is required")
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
