"""The benchmark scripts work: a tiny large-database and one run of each figure.

Durations are never asserted here; benchmarks/run.py reports them.
"""

import importlib
import math
import sqlite3
import sys
from pathlib import Path
from types import ModuleType

import pytest

from nomdesk.db.open import open_database
from nomdesk.db.session import new_session
from nomdesk.domain.rules import value_problem
from nomdesk.services.audit import verify_chain

BENCH_DIR = Path(__file__).resolve().parents[1] / "benchmarks"
TINY = {"years": 2, "finalists": 5, "criteria": 3, "jurors": 3, "seed": 3}


@pytest.fixture(scope="module")
def bench() -> tuple[ModuleType, ModuleType]:
    """benchmarks/make_large_db.py and benchmarks/run.py as modules."""
    sys.path.insert(0, str(BENCH_DIR))
    try:
        return importlib.import_module("make_large_db"), importlib.import_module("run")
    finally:
        sys.path.remove(str(BENCH_DIR))


@pytest.fixture
def tiny(tmp_path: Path, bench) -> Path:
    make, _run = bench
    result = make.make_large_db(tmp_path / "tiny.db", **TINY)
    assert result["counts"]["scores"] == 2 * 5 * 3 * 3
    return Path(result["path"])


def _one(con: sqlite3.Connection, sql: str):
    return con.execute(sql).fetchone()[0]


def _chain_problems(path: Path) -> list:
    opened = open_database(path, create=False)
    try:
        with new_session(opened.engine) as session:
            return verify_chain(session)
    finally:
        opened.engine.dispose()


def test_tiny_database_has_every_row_on_scale(tiny: Path, db_path: Path) -> None:
    years, finalists, criteria, jurors = (
        TINY[k] for k in ("years", "finalists", "criteria", "jurors")
    )
    con = sqlite3.connect(tiny)
    try:
        assert _one(con, "SELECT count(*) FROM award") == 1
        assert _one(con, "SELECT count(*) FROM award_year") == years
        assert _one(con, "SELECT count(*) FROM scoring_round WHERE stage = 'finalist'") == years
        assert _one(con, "SELECT count(*) FROM criterion") == years * criteria
        assert _one(con, "SELECT count(*) FROM juror") == years * jurors
        assert _one(con, "SELECT count(*) FROM juror WHERE role = 'chair'") == years
        assert (
            _one(con, "SELECT count(*) FROM nominee WHERE stage = 'finalist'") == years * finalists
        )
        assert _one(con, "SELECT count(*) FROM nominee_organisation") == years * finalists
        assert _one(con, "SELECT count(*) FROM score") == years * finalists * criteria * jurors
        assert _one(con, "SELECT count(DISTINCT uid) FROM score") == _one(
            con, "SELECT count(*) FROM score"
        )
        # Every juror scored every finalist on every criterion of the round's own year.
        assert (
            _one(
                con,
                """SELECT count(*) FROM score s
                   JOIN scoring_round r ON r.id = s.round_id
                   JOIN juror j ON j.id = s.juror_id AND j.year_id = r.year_id
                   JOIN nominee n ON n.id = s.nominee_id AND n.year_id = r.year_id
                   JOIN criterion c ON c.id = s.criterion_id AND c.year_id = r.year_id""",
            )
            == years * finalists * criteria * jurors
        )
        rows = con.execute(
            """SELECT s.value, c.scale_min, c.scale_max, c.step
               FROM score s JOIN criterion c ON c.id = s.criterion_id"""
        ).fetchall()
        assert all(value_problem(*row) is None for row in rows)
        assert _one(con, "PRAGMA integrity_check") == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        # The indexes dropped for the load are back: the schema is the migrations' own.
        schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        fresh = sqlite3.connect(db_path)
        try:
            assert con.execute(schema).fetchall() == fresh.execute(schema).fetchall()
        finally:
            fresh.close()
        assert con.execute("SELECT action FROM audit_event").fetchall() == [("bulk",)]
    finally:
        con.close()
    assert _chain_problems(tiny) == []


def test_existing_file_is_refused_then_reused(tiny: Path, bench) -> None:
    make, run = bench
    with pytest.raises(FileExistsError):
        make.make_large_db(tiny, **TINY)
    path, made_in = run.ensure_large_db(tiny, **TINY)
    assert (path, made_in) == (tiny, None)
    assert run.database_summary(tiny) == {"params": TINY, "scores": 90}


def test_a_file_of_an_older_schema_is_not_reused(tiny: Path, bench) -> None:
    _make, run = bench
    con = sqlite3.connect(tiny)
    con.execute("ALTER TABLE score ADD COLUMN gone_by_now TEXT")  # not the models' columns
    con.commit()
    con.close()
    assert run.database_summary(tiny) is None


def test_weighted_means_query_matches_python(tiny: Path, bench) -> None:
    _make, run = bench
    opened = open_database(tiny, create=False)
    try:
        round_id = run.latest_round_id(opened.engine)
        got = {(j, n): (t, k) for j, n, t, k in run.weighted_means(opened.engine, round_id)}
    finally:
        opened.engine.dispose()
    con = sqlite3.connect(tiny)
    try:
        rows = con.execute(
            """SELECT s.juror_id, s.nominee_id, s.value, c.weight, c.scale_min, c.scale_max
               FROM score s JOIN criterion c ON c.id = s.criterion_id WHERE s.round_id = ?""",
            (round_id,),
        ).fetchall()
    finally:
        con.close()
    sums: dict[tuple[int, int], list[float]] = {}
    for juror, nominee, value, weight, low, high in rows:
        acc = sums.setdefault((juror, nominee), [0.0, 0.0, 0])
        acc[0] += weight * 100 * (value - low) / (high - low)
        acc[1] += weight
        acc[2] += 1
    assert set(got) == set(sums)
    for key, (num, den, count) in sums.items():
        assert math.isclose(got[key][0], num / den, rel_tol=1e-9, abs_tol=1e-9)
        assert got[key][1] == count == TINY["criteria"]


def test_figures_run_once(tiny: Path, bench) -> None:
    _make, run = bench
    opened = run.figure_open(tiny, repeat=1)
    assert opened["alembic_imported"] is False
    means = run.figure_weighted_means(tiny, repeat=1)
    assert means["totals"] == TINY["jurors"] * TINY["finalists"]
    assert means["scores"] == TINY["jurors"] * TINY["finalists"] * TINY["criteria"]
    upsert = run.figure_score_upsert(tiny, calls=3, warmup=1)
    for figure in (opened, means, upsert):
        for key in ("ms", "floor_ms", "ratio", "target_ms"):
            assert isinstance(figure[key], float), (key, figure)
    # set_score wrote one audit event per call, and the chain still verifies.
    con = sqlite3.connect(tiny)
    try:
        assert _one(con, "SELECT count(*) FROM audit_event WHERE action = 'update'") == 4
    finally:
        con.close()
    assert _chain_problems(tiny) == []
