"""A read-only first look at a database with plain sqlite3, for the first paint.

The window shows the awards, their years and the newest year's nominees from these reads
while SQLAlchemy and the models load; the same rows as `queries.year_tree` and
`queries.nominee_rows` (a test keeps them equal).
"""

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from nomdesk.db.inspect import _read_only_uri, inspect_file
from nomdesk.errors import NomdeskError
from nomdesk.services.rows import NomineeRow, TreeAward, TreeYear, nominee_row

YEAR_TREE_SQL = """
SELECT award.id, award.name, award_year.id, award_year.year, award_year.title,
       award_year.phase, award_year.locked_at IS NOT NULL
FROM award LEFT OUTER JOIN award_year ON award_year.award_id = award.id
ORDER BY award.name, award_year.year
"""
NOMINEES_SQL = """
SELECT id, uid, display_name, stage, nominated_by FROM nominee
WHERE year_id = ? ORDER BY display_name
"""
ORGANISATIONS_SQL = """
SELECT nominee_organisation.nominee_id, organisation.name, organisation.county
FROM nominee_organisation JOIN organisation
  ON organisation.id = nominee_organisation.organisation_id
JOIN nominee ON nominee.id = nominee_organisation.nominee_id
WHERE nominee.year_id = ? ORDER BY nominee_organisation.position
"""
INITIATIVES_SQL = """
SELECT initiative.nominee_id, count(*) FROM initiative
JOIN nominee ON nominee.id = initiative.nominee_id
WHERE nominee.year_id = ? GROUP BY initiative.nominee_id
"""


@dataclass
class Peek:
    """What the first paint shows: the tree, and the nominees of the year it selects."""

    tree: list[tuple[TreeAward, list[TreeYear]]]
    year_id: int | None = None
    nominees: list[NomineeRow] = field(default_factory=list)


def year_tree(con: sqlite3.Connection) -> list[tuple[TreeAward, list[TreeYear]]]:
    tree: dict[int, tuple[TreeAward, list[TreeYear]]] = {}
    for award_id, name, year_id, year, title, phase, locked in con.execute(YEAR_TREE_SQL):
        _award, years = tree.setdefault(award_id, (TreeAward(award_id, name), []))
        if year_id is not None:
            years.append(TreeYear(year_id, year, title, phase, bool(locked)))
    return list(tree.values())


def nominee_rows(con: sqlite3.Connection, year_id: int) -> list[NomineeRow]:
    orgs: dict[int, list[tuple[str, str]]] = {}
    for nominee_id, name, county in con.execute(ORGANISATIONS_SQL, (year_id,)):
        orgs.setdefault(nominee_id, []).append((name, county))
    initiatives = dict(con.execute(INITIATIVES_SQL, (year_id,)).fetchall())
    return [
        nominee_row(
            id=id_,
            uid=uid,
            name=name,
            stage=stage,
            nominated_by=by,
            orgs=orgs.get(id_, []),
            initiatives=initiatives.get(id_, 0),
        )
        for id_, uid, name, stage, by in con.execute(NOMINEES_SQL, (year_id,))
    ]


def newest_year_id(tree: list[tuple[TreeAward, list[TreeYear]]]) -> int | None:
    """The year the navigation pane selects first: the first award's newest year."""
    if not tree or not tree[0][1]:
        return None
    return tree[0][1][-1].id


def peek(path: Path) -> Peek | None:
    """The first look, or None when the file is not a current nomdesk database (then the
    full open decides: create, upgrade, or refuse with its message)."""
    try:
        if inspect_file(path).kind != "current":
            return None
        con = sqlite3.connect(_read_only_uri(path), uri=True)
    except (NomdeskError, sqlite3.Error):
        return None
    try:
        tree = year_tree(con)
        year_id = newest_year_id(tree)
        nominees = nominee_rows(con, year_id) if year_id is not None else []
        return Peek(tree, year_id, nominees)
    except sqlite3.Error:
        return None
    finally:
        con.close()
