"""Sessions: one per unit of work; objects stay readable after commit."""

from sqlalchemy import Engine
from sqlmodel import Session


def new_session(engine: Engine, *, actor: str | None = None) -> Session:
    session = Session(engine, expire_on_commit=False)
    if actor:
        session.info["actor"] = actor
    return session
