"""The `nomdesk` command: the GUI, or a headless subcommand (design §6)."""

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from nomdesk import __version__
from nomdesk.commands.common import EXIT_USAGE, UsageError

SUBCOMMANDS = ("demo", "info", "rank", "audit")


def _common(parser: argparse.ArgumentParser, *, award: bool = True) -> None:
    parser.add_argument("--db", type=Path, metavar="PATH", help="the database file")
    if award:
        parser.add_argument("--award", metavar="NAME", help="the award, if the file has several")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def _rank_parser(parser: argparse.ArgumentParser) -> None:
    from nomdesk.domain.rules import METHODS

    _common(parser)
    parser.add_argument("--year", type=int, metavar="YEAR", help="the award year")
    parser.add_argument("--round", metavar="NAME", help="the round (default: the latest)")
    parser.add_argument("--method", choices=METHODS, help="default: the year's setting")
    parser.add_argument("--trim", type=int, metavar="K", help="trimmed: drop K at each end")


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
    if args.command == "demo":
        from nomdesk.commands import demo_cmd

        return demo_cmd.run
    if args.command == "info":
        from nomdesk.commands import info

        return info.run
    if args.command == "rank":
        from nomdesk.commands import rank_cmd

        return rank_cmd.run
    from nomdesk.commands import audit_cmd

    return audit_cmd.run_verify


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
