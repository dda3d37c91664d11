"""The demo database: the award's real history (facts only) and an invented open year 2027.

Everything is written through the services, so the audit hash chain covers the demo too.
"""

from pathlib import Path

from sqlmodel import Session

from nomdesk.db.open import open_database
from nomdesk.db.session import new_session
from nomdesk.errors import ValidationError
from nomdesk.services import initiatives, nominees, organisations
from nomdesk.services.schemas import InitiativeCreate, NomineeCreate, OrganisationCreate
from nomdesk.services.unit import write

__all__ = ["build_demo"]

GALA_PLACE = "Kvalitetsmässan, Göteborg"
INITIATIVE_FIELDS = ("title", "title_en", "area", "description", "description_en", "started")


def build_demo(path: Path) -> None:
    """Create a new database at `path` holding the demo; refuse a file that has content."""
    path = Path(path)
    if path.exists() and (path.is_dir() or path.stat().st_size > 0):
        raise ValidationError(
            "{path} exists already; the demo is built only into a new file.",
            field="path",
            path=str(path),
        )
    existed = path.exists()
    opened = open_database(path)
    try:
        with new_session(opened.engine, actor="demo") as session:
            _fill(session=session)
    except BaseException:
        opened.engine.dispose()
        _discard(path, keep_empty=existed)
        raise
    finally:
        opened.engine.dispose()


def _discard(path: Path, *, keep_empty: bool) -> None:
    """Leave no half-built file behind, so that building again is not refused."""
    for sidecar in ("-wal", "-shm"):
        path.with_name(path.name + sidecar).unlink(missing_ok=True)
    if keep_empty:
        path.write_bytes(b"")
    else:
        path.unlink(missing_ok=True)


@write
def _fill(*, session: Session) -> None:
    """Every service call joins this one transaction: the demo is written whole or not at all,
    and one commit avoids a connection close (and WAL checkpoint) per service call."""
    from nomdesk.demo import history, year2027  # here: both use the helpers below

    organisation_cache: dict[str, int] = {}
    award_id = history.build_history(session, organisation_cache)
    year2027.build_year(session, award_id, organisation_cache)


def organisation_ids(
    session: Session, cache: dict[str, int], names: tuple[str, ...], counties: dict[str, str]
) -> list[int]:
    """Ids of the named municipalities, each created once across all years."""
    for name in names:
        if name not in cache:
            data = OrganisationCreate(name=name, kind="municipality", county=counties[name])
            cache[name] = organisations.create_organisation(session=session, data=data).id
    return [cache[name] for name in names]


def nominee_data(name: str, texts: dict[str, tuple[str, str]], **extra) -> NomineeCreate:
    """A NomineeCreate from {field: (Swedish, English)} texts."""
    values = {"display_name": name, **extra}
    for field, (sv, en) in texts.items():
        values[field], values[f"{field}_en"] = sv, en
    return NomineeCreate(**values)


def add_nominee(
    session: Session, year_id: int, data: NomineeCreate, org_ids: list[int], stage: str, items
) -> int:
    """Create a nominee with its organisations and initiatives; return its id.

    `items` are tuples in the order of INITIATIVE_FIELDS (the start year may be left out).
    """
    nominee = nominees.create_nominee(
        session=session, year_id=year_id, data=data, organisation_ids=org_ids, stage=stage
    )
    for item in items:
        fields = InitiativeCreate(**dict(zip(INITIATIVE_FIELDS, item, strict=False)))
        initiatives.add_initiative(session=session, nominee_id=nominee.id, data=fields)
    return nominee.id
