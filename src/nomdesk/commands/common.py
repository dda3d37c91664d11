"""What every subcommand shares: opening the database, JSON output, exit codes."""

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # only for the annotation: `nomdesk --version` should not load sqlmodel
    from sqlmodel import Session

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """A mistake in how the command was called (exit 2, no traceback)."""


@contextmanager
def open_session(path: Path | None) -> Iterator["Session"]:
    """A session on an existing database file given with --db."""
    from nomdesk.db.open import open_database
    from nomdesk.db.session import new_session

    if path is None:
        raise UsageError("--db PATH is required")
    opened = open_database(path, create=False)
    try:
        with new_session(opened.engine) as session:
            yield session
    finally:
        opened.engine.dispose()


def print_json(data: Any) -> None:
    """One JSON object on stdout (design §6)."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def require_year(args: Any) -> None:
    """--year is required by every command that works on one award year."""
    if args.year is None:
        raise UsageError("--year YEAR is required")


def award_and_year(session: "Session", args: Any) -> tuple[Any, Any]:
    """The award (--award, else the only one) and its year --year."""
    from nomdesk.services import awards, years

    award = awards.find_award(session=session, name=args.award)
    return award, years.find_year(session=session, award_id=award.id, year=args.year)


def open_round(session: "Session", year: Any, args: Any, refusal: str) -> Any:
    """The round --round (else the latest); `refusal` when the year has none."""
    from nomdesk.services import rounds

    if not rounds.list_rounds(session=session, year_id=year.id):
        raise UsageError(f"the year {year.year} has no scoring round, {refusal}")
    return rounds.find_round(session=session, year_id=year.id, name=args.round)
