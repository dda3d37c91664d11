"""Audited create, update, delete and restore of single rows, shared by every service.

A delete captures the row and everything deleted with it (children by cascading foreign
keys) as a `Bundle`, so that undo can put back the same rows with the same uids.
"""

from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Table, func, insert, select
from sqlmodel import Session, SQLModel

from nomdesk.db.models import AwardYear
from nomdesk.errors import NotFoundError
from nomdesk.services import audit
from nomdesk.services.guards import year_id_of

T = TypeVar("T", bound=SQLModel)


@dataclass
class Bundle:
    """Rows removed by one delete, in an order in which they can be inserted again."""

    entity: str
    uid: str
    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    year_id: int | None = None  # the award year the rows belong to, for the lock check

    def count(self, table: str) -> int:
        return sum(1 for name, _ in self.rows if name == table)


def year_uid(session: Session, obj: SQLModel) -> str | None:
    try:
        year = session.get(AwardYear, year_id_of(session, obj))
    except NotFoundError:  # an object outside any year (an organisation)
        return None
    return year.uid if year else None


def create(session: Session, obj: T, *, year: AwardYear | None = None) -> T:
    """Insert a row and audit it (`year`, when the caller has it, spares a lookup)."""
    session.add(obj)
    session.flush()
    audit.record(
        session,
        action="create",
        entity=obj.__tablename__,  # type: ignore[attr-defined]
        entity_uid=obj.uid,  # type: ignore[attr-defined]
        year_uid=year.uid if year else year_uid(session, obj),
        after=audit.snapshot(obj),
    )
    return obj


def update(
    session: Session,
    obj: T,
    changes: dict[str, Any],
    *,
    action: str = "update",
    year: AwardYear | None = None,
) -> T:
    """Apply changes to a row and audit what changed (nothing when nothing did)."""
    before = audit.snapshot(obj)
    for key, value in changes.items():
        setattr(obj, key, value)
    after = audit.snapshot(obj)
    changed = {k for k in after if after[k] != before.get(k)}
    if not changed:
        return obj
    session.add(obj)
    session.flush()
    audit.record(
        session,
        action=action,
        entity=obj.__tablename__,  # type: ignore[attr-defined]
        entity_uid=obj.uid,  # type: ignore[attr-defined]
        year_uid=year.uid if year else year_uid(session, obj),
        before={k: before.get(k) for k in changed},
        after={k: after[k] for k in changed},
    )
    return obj


def _children(table: Table) -> list[tuple[Table, str]]:
    """(child table, its column) for every foreign key that cascades from `table`."""
    found = []
    for child in SQLModel.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is table and fk.ondelete == "CASCADE":
                found.append((child, fk.parent.name))
    return found


def _collect(session: Session, table: Table, ids: list[int], out: dict[str, list]) -> None:
    for child, column in _children(table):
        rows = session.exec(select(child).where(child.c[column].in_(ids))).mappings().all()
        if not rows:
            continue
        out.setdefault(child.name, []).extend(dict(r) for r in rows)
        _collect(session, child, [r["id"] for r in rows], out)


def capture(session: Session, obj: SQLModel) -> Bundle:
    """The row and every row a cascading delete would remove with it."""
    table: Table = obj.__table__  # type: ignore[attr-defined]
    row = session.exec(select(table).where(table.c.id == obj.id)).mappings().one()  # type: ignore[attr-defined]
    found: dict[str, list] = {table.name: [dict(row)]}
    _collect(session, table, [obj.id], found)  # type: ignore[attr-defined, list-item]
    order = [t.name for t in SQLModel.metadata.sorted_tables]
    rows = [(name, r) for name in order for r in found.get(name, [])]
    try:
        year_id: int | None = year_id_of(session, obj)
    except NotFoundError:
        year_id = None
    return Bundle(entity=table.name, uid=obj.uid, rows=rows, year_id=year_id)  # type: ignore[attr-defined]


def delete(session: Session, obj: SQLModel) -> Bundle:
    """Delete a row with its dependents; audit one event; return what was removed."""
    bundle = capture(session, obj)
    before = audit.snapshot(obj)
    uid_of_year = year_uid(session, obj)
    session.delete(obj)
    session.flush()
    counts = {name: bundle.count(name) for name, _ in bundle.rows}
    audit.record(
        session,
        action="delete",
        entity=bundle.entity,
        entity_uid=bundle.uid,
        year_uid=uid_of_year,
        before={**before, "_removed": counts},
        digest=audit.digest_of(bundle.rows),
    )
    return bundle


def restore(session: Session, bundle: Bundle) -> None:
    """Insert a deleted bundle again, with the same ids and uids, inside the caller's
    transaction; services.undo.restore_deleted is the checked, transactional way."""
    year = session.get(AwardYear, bundle.year_id) if bundle.year_id else None
    tables = SQLModel.metadata.tables
    for name, row in bundle.rows:
        session.exec(insert(tables[name]).values(**row))  # type: ignore[call-overload]
    session.expire_all()
    audit.record(
        session,
        action="restore",
        entity=bundle.entity,
        entity_uid=bundle.uid,
        year_uid=year.uid if year else None,
        digest=audit.digest_of(bundle.rows),
        after={"_restored": {name: bundle.count(name) for name, _ in bundle.rows}},
    )


def next_position(session: Session, parent_column, parent_id: int) -> int:
    """The position after the last sibling (e.g. the next criterion of a year)."""
    query = select(func.count()).where(parent_column == parent_id)
    return session.execute(query).scalar_one()


def move_to(session: Session, siblings: list[T], item: T, position: int) -> list[T]:
    """Put `item` at `position` (0-based) among its ordered siblings and renumber them."""
    ordered = [s for s in siblings if s.id != item.id]  # type: ignore[attr-defined]
    ordered.insert(max(0, min(position, len(ordered))), item)
    for index, sibling in enumerate(ordered):
        update(session, sibling, {"position": index})
    return ordered
