"""`nomdesk export`: a year as a spreadsheet (.xlsx, every sheet) or its scores (.csv)."""

from argparse import Namespace

from nomdesk.commands.common import EXIT_OK, UsageError, open_session, print_json
from nomdesk.reporting.spreadsheet import FORMATS, write_year
from nomdesk.services import awards, years


def run(args: Namespace) -> int:
    if args.year is None:
        raise UsageError("--year YEAR is required")
    if args.out.suffix.lower() not in FORMATS:
        raise UsageError(f"-o must name a .xlsx or .csv file, not {args.out.name}")
    with open_session(args.db) as session:
        award = awards.find_award(session=session, name=args.award)
        year = years.find_year(session=session, award_id=award.id, year=args.year)
        rows = write_year(session=session, year_id=year.id, path=args.out)  # type: ignore[arg-type]
    data = {
        "award": award.name,
        "year": year.year,
        "file": str(args.out),
        "format": args.out.suffix.lower().lstrip("."),
        "sheets": rows,
    }
    if args.json:
        print_json(data)
    else:
        sheets = ", ".join(f"{name} {count}" for name, count in rows.items())
        print(f"{data['file']} written ({data['format']}; rows: {sheets})")
    return EXIT_OK
