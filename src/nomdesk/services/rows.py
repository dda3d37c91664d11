"""Plain rows that screens show, shared by the ORM queries and the start-up peek.

Nothing here imports SQLAlchemy: the first window paints from these before the ORM loads.
"""

from dataclasses import dataclass


@dataclass
class NomineeRow:
    id: int
    uid: str
    name: str
    organisations: list[str]
    counties: list[str]
    stage: str
    initiatives: int
    nominated_by: str


@dataclass
class TreeAward:
    id: int
    name: str


@dataclass
class TreeYear:
    id: int
    year: int
    title: str
    phase: str
    locked: bool


def nominee_row(
    *,
    id: int,
    uid: str,
    name: str,
    stage: str,
    nominated_by: str,
    orgs: list[tuple[str, str]],
    initiatives: int,
) -> NomineeRow:
    """A nominee's row from its organisations as (name, county) pairs in their order."""
    counties = list(dict.fromkeys(county for _name, county in orgs if county))
    return NomineeRow(
        id=id,
        uid=uid,
        name=name,
        organisations=[org for org, _county in orgs],
        counties=counties,
        stage=stage,
        initiatives=initiatives,
        nominated_by=nominated_by,
    )
