"""The `nomdesk` command: the GUI, or a headless subcommand (design §6)."""

import argparse
import importlib
import sys
from collections.abc import Callable
from pathlib import Path

from nomdesk import __version__
from nomdesk.commands.common import EXIT_USAGE, UsageError

# Each subcommand's handler: module under nomdesk.commands and its function.
HANDLERS: dict[str, tuple[str, str]] = {
    "demo": ("demo_cmd", "run"),
    "info": ("info", "run"),
    "rank": ("rank_cmd", "run"),
    "audit": ("audit_cmd", "run_verify"),
    "ballots": ("ballots_cmd", "run"),
    "import-sheets": ("import_sheets_cmd", "run"),
    "sheet": ("sheet_cmd", "run"),
    "report": ("report_cmd", "run"),
    "export": ("export_cmd", "run"),
    "import-nominees": ("import_nominees_cmd", "run"),
}
SUBCOMMANDS = tuple(HANDLERS)


def _common(parser: argparse.ArgumentParser, *, award: bool = True) -> None:
    parser.add_argument("--db", type=Path, metavar="PATH", help="the database file")
    if award:
        parser.add_argument("--award", metavar="NAME", help="the award, if the file has several")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def _rank_parser(parser: argparse.ArgumentParser) -> None:
    from nomdesk.domain.rules import METHODS

    _year_options(parser)
    parser.add_argument("--round", metavar="NAME", help="the round (default: the latest)")
    parser.add_argument("--method", choices=METHODS, help="default: the year's setting")
    parser.add_argument("--trim", type=int, metavar="K", help="trimmed: drop K at each end")


def _year_options(parser: argparse.ArgumentParser) -> None:
    _common(parser)
    parser.add_argument("--year", type=int, metavar="YEAR", help="the award year")


def _out(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("-o", "--out", type=Path, metavar="PATH", required=True, help=help_text)


def _exchange_parsers(sub) -> None:
    ballots = sub.add_parser("ballots", help="write the open round's ballots, one per juror")
    _year_options(ballots)
    ballots.add_argument("--round", metavar="NAME", help="the round (default: the latest)")
    ballots.add_argument("--juror", metavar="NAME", action="append", help="only this juror")
    _out(ballots, "the folder to write the ballots into")
    sheets = sub.add_parser("import-sheets", help="import jurors' score sheets")
    _common(sheets, award=False)
    sheets.add_argument("--dry-run", action="store_true", help="check and preview only")
    sheets.add_argument("files", nargs="+", type=Path, metavar="FILE")
    sheet = sub.add_parser("sheet", help="score a ballot headless and export a score sheet")
    sheet.add_argument("--ballot", type=Path, required=True, metavar="B", help="the ballot")
    sheet.add_argument(
        "--set",
        nargs=3,
        action="append",
        default=[],
        dest="values",
        metavar=("NOMINEE", "CRITERION", "VALUE"),
        help="set one score",
    )
    sheet.add_argument(
        "--comment",
        nargs=3,
        action="append",
        default=[],
        dest="comments",
        metavar=("NOMINEE", "CRITERION", "TEXT"),
        help="set one comment",
    )
    sheet.add_argument("--json", action="store_true", help="print one JSON object")
    _out(sheet, "the score sheet to write")


def _report_parsers(sub) -> None:
    report = sub.add_parser("report", help="the winners report as PDF")
    _year_options(report)
    report.add_argument("--lang", choices=("sv", "en"), default="sv", help="default: sv")
    _out(report, "the PDF to write")
    export = sub.add_parser("export", help="the year as a spreadsheet (.xlsx) or scores (.csv)")
    _year_options(export)
    _out(export, "FILE.xlsx or FILE.csv")
    nominees = sub.add_parser("import-nominees", help="nominees from a CSV or XLSX file")
    _year_options(nominees)
    nominees.add_argument("--dry-run", action="store_true", help="check and preview only")
    nominees.add_argument(
        "--accept-loose",
        action="store_true",
        help="accept loose organisation matches (e.g. Karlstad as Karlstads kommun)",
    )
    nominees.add_argument("file", type=Path, metavar="FILE")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nomdesk", description="Run an award year.")
    parser.add_argument("--version", action="version", version=f"nomdesk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    demo = sub.add_parser("demo", help="write a demo database to PATH")
    demo.add_argument("path", metavar="PATH")
    demo.add_argument("--force", action="store_true", help="replace an existing file")
    _common(sub.add_parser("info", help="awards, years, rounds and counts"))
    _rank_parser(sub.add_parser("rank", help="a scoring round's ranking"))
    audit = sub.add_parser("audit", help="the audit log")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    verify = audit_sub.add_parser("verify", help="check the hash chain")
    _common(verify, award=False)
    verify.add_argument(
        "--head", metavar="HASH", help="a head printed earlier (e.g. in a report) that must remain"
    )
    _exchange_parsers(sub)
    _report_parsers(sub)
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nomdesk",
        description="Start nomdesk. Subcommands: " + ", ".join(SUBCOMMANDS) + ".",
    )
    parser.add_argument("--version", action="version", version=f"nomdesk {__version__}")
    parser.add_argument("path", nargs="?", type=Path, metavar="PATH", help="a database file")
    parser.add_argument("--db", type=Path, metavar="PATH", help="the database file")
    parser.add_argument("--demo", action="store_true", help="start on a fresh demo database")
    parser.add_argument("--lang", choices=("sv", "en"), help="the language of the interface")
    return parser


def _handler(args: argparse.Namespace) -> Callable[[argparse.Namespace], int]:
    module_name, function = HANDLERS[args.command]
    module = importlib.import_module(f"nomdesk.commands.{module_name}")
    return getattr(module, function)


def run_subcommand(argv: list[str]) -> int:
    from nomdesk.errors import NomdeskError

    args = build_parser().parse_args(argv)
    try:
        return _handler(args)(args)
    except (NomdeskError, UsageError) as err:
        print(f"nomdesk: error: {err}", file=sys.stderr)
        return EXIT_USAGE


def run_gui(argv: list[str]) -> int:
    args = build_gui_parser().parse_args(argv)
    if args.path and args.db:
        print("nomdesk: error: give the database as PATH or --db, not both", file=sys.stderr)
        return EXIT_USAGE
    from nomdesk.ui.app import start

    return start(path=args.path or args.db, demo=args.demo, lang=args.lang)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv and argv[0] in SUBCOMMANDS:
            return run_subcommand(argv)
        return run_gui(argv)
    except BrokenPipeError:
        # The reader (e.g. `| head`) left early; that is not an error of ours.
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
