"""The append-only audit log: each event carries the hash of the one before it."""

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy import inspect as sa_inspect
from sqlmodel import Session, col, select

from nomdesk.db.models import AuditEvent, utcnow
from nomdesk.services.unit import actor_of

GENESIS = "0" * 64
HASHED_FIELDS = (
    "uid",
    "at",
    "actor",
    "action",
    "entity",
    "entity_uid",
    "year_uid",
    "before",
    "after",
    "digest",
    "prev_hash",
)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return {"sha256": hashlib.sha256(value).hexdigest(), "size": len(value)}
    return value


def snapshot(obj: Any, *, exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    """A row as JSON-ready values; large binary columns become their hash and size."""
    columns = sa_inspect(type(obj)).columns
    return {c.key: _plain(getattr(obj, c.key)) for c in columns if c.key not in exclude}


def canonical(data: Any) -> bytes:
    return json.dumps(
        data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_plain
    ).encode("utf-8")


def digest_of(data: Any) -> str:
    """SHA-256 of the canonical JSON form of `data` (a bulk event's summary)."""
    return hashlib.sha256(canonical(data)).hexdigest()


def event_hash(event: AuditEvent) -> str:
    fields = {name: _plain(getattr(event, name)) for name in HASHED_FIELDS}
    fields["at"] = _normal_time(event.at)
    return hashlib.sha256(canonical(fields)).hexdigest()


def _normal_time(at: datetime) -> str:
    # The database returns what it stored; hash a form that survives the round trip.
    return at.replace(tzinfo=None).isoformat(timespec="microseconds")


# Built once: these run on every audited edit.
_HEAD = select(AuditEvent.hash).order_by(col(AuditEvent.id).desc()).limit(1)
_INSERT = insert(AuditEvent.__table__)  # type: ignore[attr-defined]  # Core, not ORM bulk


def head_hash(session: Session) -> str:
    """The hash of the newest event (the chain's head), or the genesis value."""
    return session.execute(_HEAD).scalar() or GENESIS


@dataclass
class Bulk:
    """A bulk operation in progress: the events its services would have written, and
    the summary's `after` (filled in by the caller before the block ends)."""

    events: list[AuditEvent] = field(default_factory=list)
    after: dict[str, Any] = field(default_factory=dict)


@contextmanager
def bulk(
    session: Session, *, action: str, entity: str, year_uid: str | None = None
) -> Iterator[Bulk]:
    """A bulk operation is one event (design §2): the single-row events of the services
    called inside are not written; when the block ends, one event is, with `after` as
    the caller set it and a digest of every row event it stands for. Runs inside a
    service's transaction (nothing is written if the block fails)."""
    if not session.info.get("write_depth"):
        raise RuntimeError("audit.bulk runs inside a @write service")
    stack: list[Bulk] = session.info.setdefault("audit_bulk", [])
    current = Bulk()
    stack.append(current)
    try:
        yield current
    finally:
        stack.pop()
    rows = [(e.action, e.entity, e.entity_uid, e.before, e.after) for e in current.events]
    record(
        session,
        action=action,
        entity=entity,
        year_uid=year_uid,
        after=current.after,
        digest=digest_of(rows),
    )


def record(
    session: Session,
    *,
    action: str,
    entity: str,
    entity_uid: str | None = None,
    year_uid: str | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    digest: str | None = None,
) -> AuditEvent:
    """Append one event to the chain inside the caller's transaction (inside `bulk`, the
    event is kept for the bulk's summary instead)."""
    event = AuditEvent(
        at=utcnow(),
        actor=actor_of(session),
        action=action,
        entity=entity,
        entity_uid=entity_uid,
        year_uid=year_uid,
        before=before,
        after=after,
        digest=digest,
        prev_hash="",
        hash="",
    )
    if session.info.get("audit_bulk"):
        session.info["audit_bulk"][-1].events.append(event)
        return event
    event.prev_hash = head_hash(session)
    event.hash = event_hash(event)
    # A Core insert: the log is append-only and never edited through the ORM, and this
    # spares a flush on every audited edit.
    values = {name: getattr(event, name) for name in (*HASHED_FIELDS, "hash")}
    event.id = session.execute(_INSERT, values).inserted_primary_key[0]  # type: ignore[index]
    return event


@dataclass(frozen=True)
class ChainProblem:
    event_id: int
    kind: str  # "changed" (content no longer matches its hash) or "broken" (link missing)
    message: str


def verify_chain(session: Session, *, known_head: str | None = None) -> list[ChainProblem]:
    """Every place where the chain shows a changed or deleted event.

    Deleting the newest events leaves a shorter chain that is still whole; `known_head`
    (a head printed earlier, e.g. in a report) must still be in the chain, or the events
    from it on were removed.
    """
    problems: list[ChainProblem] = []
    previous = GENESIS
    hashes: set[str] = set()
    for event in session.exec(select(AuditEvent).order_by(col(AuditEvent.id))):
        hashes.add(event.hash)
        if event.prev_hash != previous:
            problems.append(
                ChainProblem(
                    event.id or 0,
                    "broken",
                    f"event {event.id}: the event before it was deleted or changed",
                )
            )
        if event_hash(event) != event.hash:
            problems.append(ChainProblem(event.id or 0, "changed", f"event {event.id} was changed"))
        previous = event.hash
    if known_head and known_head != GENESIS and known_head not in hashes:
        problems.append(
            ChainProblem(
                0, "truncated", f"the head {known_head[:12]}… is gone: later events were deleted"
            )
        )
    return problems
