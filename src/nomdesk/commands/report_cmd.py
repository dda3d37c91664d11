"""`nomdesk report`: the winners report of one award year as PDF (design §5, issue 6)."""

from argparse import Namespace

from nomdesk.commands.common import (
    EXIT_OK,
    UsageError,
    award_and_year,
    open_session,
    print_json,
    require_year,
)


def _gather(args: Namespace):
    from nomdesk.services.report_data import report_data

    with open_session(args.db) as session:
        _award, year = award_and_year(session, args)
        return report_data(session=session, year_id=year.id)  # type: ignore[arg-type]


def run(args: Namespace) -> int:
    require_year(args)
    out = args.out
    if out.suffix.lower() != ".pdf":
        raise UsageError(f"the report is a PDF: give -o a file ending in .pdf, not {out.name}")
    data = _gather(args)
    from nomdesk.reporting.winners import write_winners_report

    result = write_winners_report(data, out, args.lang)
    winner = data.winner.name if data.winner else None
    if args.json:
        print_json(
            {
                "path": str(out.resolve()),
                "award": data.award,
                "year": data.year,
                "language": result.language,
                "pages": result.pages,
                "draft": result.draft,
                "winner": winner,
            }
        )
    else:
        state = "draft, no decision yet" if result.draft else f"winner {winner}"
        print(f"winners report {data.year} ({result.language}, {result.pages} pages, {state}) "
              f"written to {out}")  # fmt: skip
    return EXIT_OK
