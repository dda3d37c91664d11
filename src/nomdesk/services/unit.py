"""One transaction per service call, and who is acting."""

import functools
import getpass
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from sqlmodel import Session

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
