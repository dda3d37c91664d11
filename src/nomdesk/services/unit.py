"""One transaction per service call, and who is acting."""

import functools
import getpass
import logging
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from sqlmodel import Session

log = logging.getLogger(__name__)
P = ParamSpec("P")
R = TypeVar("R")


def actor_of(session: Session) -> str:
    """The person acting: set on the session (a juror), else the OS user."""
    actor = session.info.get("actor")
    if actor:
        return actor
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def write(fn: Callable[P, R]) -> Callable[P, R]:
    """Run a service as one transaction: commit at the end, roll back on any error.

    Nested calls join the outermost transaction, so a service may call another.
    """

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        session: Session = kwargs["session"]  # type: ignore[assignment]
        depth = session.info.get("write_depth", 0)
        if depth == 0 and (session.new or session.dirty or session.deleted):
            # Changes made to objects outside a service would otherwise be committed here
            # without their checks and audit events: drop them.
            log.warning("discarding changes made outside a service: %s", list(session.dirty))
            session.rollback()
        session.info["write_depth"] = depth + 1
        try:
            result = fn(*args, **kwargs)
            if depth == 0:
                session.commit()
            return result
        except BaseException:
            if depth == 0:
                session.rollback()
            raise
        finally:
            session.info["write_depth"] = depth

    return wrapper
