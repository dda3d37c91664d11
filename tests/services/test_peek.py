"""The start-up peek reads the same rows with sqlite3 as the ORM queries do."""

from pathlib import Path

from nomdesk.db.open import open_database
from nomdesk.db.session import new_session
from nomdesk.demo import build_demo
from nomdesk.services import queries
from nomdesk.services.peek import nominee_rows, peek, year_tree


def test_the_peek_equals_the_orm_queries_for_every_year(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    build_demo(path)
    import sqlite3

    session = new_session(open_database(path).engine)
    con = sqlite3.connect(path)
    try:
        tree = queries.year_tree(session=session)
        assert year_tree(con) == tree
        years = [y for _award, ys in tree for y in ys]
        assert len(years) >= 10
        for y in years:
            assert nominee_rows(con, y.id) == queries.nominee_rows(session=session, year_id=y.id)
    finally:
        con.close()
        session.close()


def test_the_peek_chooses_the_newest_year_and_its_nominees(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    build_demo(path)
    found = peek(path)
    assert found is not None
    _award, years = found.tree[0]
    assert years[-1].year == 2027 and found.year_id == years[-1].id
    assert len(found.nominees) == 9  # the demo's 2027


def test_the_peek_leaves_other_files_to_the_full_open(tmp_path: Path, db_path: Path) -> None:
    missing, foreign = tmp_path / "missing.db", tmp_path / "notes.txt"
    foreign.write_text("not a database", encoding="utf-8")
    before = foreign.read_bytes()
    assert peek(missing) is None and not missing.exists()
    assert peek(foreign) is None and foreign.read_bytes() == before
    assert peek(db_path) is not None  # a current, empty database: an empty tree
    assert peek(db_path).tree == [] and peek(db_path).nominees == []
