"""`nomdesk export`: a year as a spreadsheet (.xlsx, every sheet) or its scores (.csv)."""

from argparse import Namespace

from nomdesk.commands.common import (
    EXIT_OK,
    UsageError,
    award_and_year,
    open_session,
    print_json,
    require_year,
)
from nomdesk.reporting.spreadsheet import FORMATS, write_year


def run(args: Namespace) -> int:
    require_year(args)
    if args.out.suffix.lower() not in FORMATS:
        raise UsageError(f"-o must name a .xlsx or .csv file, not {args.out.name}")
    with open_session(args.db) as session:
        award, year = award_and_year(session, args)
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
