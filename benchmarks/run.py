"""Measure nomdesk on the large database; print one JSON object of figures beside floors.

    uv run python benchmarks/run.py [--db PATH] [--repeat N] [--calls N]

Without --db the large database is made (or reused when complete) in benchmarks/out/.
Every figure is the median of several runs and stands beside a floor measured in the
same run on the same file (the least the same work could cost), with their ratio, so
that a slower machine moves both. See benchmarks/README.md for what each figure means.

The parts are importable: figure_open, figure_weighted_means and figure_score_upsert
each take a database path and return a dict.
"""

import argparse
import json
import os
import platform
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import sqlalchemy
from sqlalchemy import Engine, bindparam, func, select, update

from nomdesk.db.models import AwardYear, Criterion, Score, ScoringRound, utcnow
from nomdesk.db.open import open_database
from nomdesk.db.session import new_session
from nomdesk.services.scores import set_score

try:  # run as a script or with benchmarks/ on sys.path
    from _common import BULK_ACTION, DEFAULT_DB, DEFAULTS, expected_scores, median_ms
    from make_large_db import make_large_db
except ImportError:  # pragma: no cover - imported as benchmarks.run
    from benchmarks._common import BULK_ACTION, DEFAULT_DB, DEFAULTS, expected_scores, median_ms
    from benchmarks.make_large_db import make_large_db

TARGETS_MS = {"open": 100.0, "weighted_means": 20.0, "score_upsert": 2.0}
REPEAT = 7  # runs per small figure
CALLS = 50  # score upserts measured
WARMUP = 5  # upserts before measuring (the session and the caches are warm)

SCORE = Score.__table__  # type: ignore[attr-defined]
CRITERION = Criterion.__table__  # type: ignore[attr-defined]
ROUND = ScoringRound.__table__  # type: ignore[attr-defined]
YEAR = AwardYear.__table__  # type: ignore[attr-defined]


# --- helpers ------------------------------------------------------------------------


def _figure(ms: float, floor_ms: float, target: str, **extra: Any) -> dict[str, Any]:
    return {
        "ms": round(ms, 4),
        "floor_ms": round(floor_ms, 4),
        "ratio": round(ms / floor_ms, 2) if floor_ms > 0 else None,
        "target_ms": TARGETS_MS[target],
        "within_target": ms <= TARGETS_MS[target],
        **extra,
    }


def latest_round_id(engine: Engine) -> int:
    """The scoring round of the latest year (the one a user works in)."""
    query = (
        select(ROUND.c.id)
        .join(YEAR, YEAR.c.id == ROUND.c.year_id)
        .order_by(YEAR.c.year.desc(), ROUND.c.position.desc(), ROUND.c.id.desc())
        .limit(1)
    )
    with engine.connect() as conn:
        round_id = conn.execute(query).scalar_one_or_none()
    if round_id is None:
        raise SystemExit("the database has no scoring round")
    return round_id


def database_summary(path: Path | str) -> dict[str, Any] | None:
    """The bulk event's parameters and the score count, read with plain sqlite3; None when
    the file is missing or not one make_large_db finished."""
    path = Path(path)
    if not path.is_file():
        return None
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = con.execute(
                "SELECT after FROM audit_event WHERE action = ? ORDER BY id LIMIT 1",
                (BULK_ACTION,),
            ).fetchone()
            scores = con.execute("SELECT count(*) FROM score").fetchone()[0]
            current = _schema_matches(con)
        finally:
            con.close()
    except sqlite3.Error:
        return None
    if row is None or not current:
        return None  # unfinished, or made before a change of the schema: make it again
    params = json.loads(row[0])["params"]
    return {"params": params, "scores": scores}


def _schema_matches(con: sqlite3.Connection) -> bool:
    """Whether every table of the models has exactly the models' columns in the file."""
    from sqlmodel import SQLModel

    import nomdesk.db.models  # noqa: F401  (defines the tables)

    for table in SQLModel.metadata.sorted_tables:
        found = {row[1] for row in con.execute(f'PRAGMA table_info("{table.name}")')}
        if found != {column.name for column in table.columns}:
            return False
    return True


def ensure_large_db(path: Path | str, **params: int) -> tuple[Path, float | None]:
    """Reuse the file when make_large_db finished it with these parameters; else make it.

    Returns the path and the seconds spent making it (None when reused).
    """
    path = Path(path)
    wanted = {**DEFAULTS, "seed": 1, **params}
    summary = database_summary(path)
    if (
        summary is not None
        and summary["params"] == wanted
        and summary["scores"] == expected_scores(*(wanted[k] for k in DEFAULTS))
    ):
        return path, None
    result = make_large_db(path, force=True, **wanted)
    return path, result["seconds"]


# --- a. open --------------------------------------------------------------------------

_OPEN_CHILD = """
import json, sys, time
t0 = time.perf_counter()
from sqlalchemy import literal, select
from nomdesk.db.open import open_database
t1 = time.perf_counter()
opened = open_database(sys.argv[1], create=False)
t2 = time.perf_counter()
with opened.engine.connect() as conn:
    conn.execute(select(literal(1))).scalar_one()
t3 = time.perf_counter()
alembic = "alembic" in sys.modules
opened.engine.dispose()
print(json.dumps({"import_s": t1 - t0, "open_s": t2 - t1, "first_query_s": t3 - t2,
                  "alembic": alembic}))
"""

# The floor: the same kind of fresh process with the same imports, and only a bare
# sqlite3 connection and one query timed.
_FLOOR_CHILD = """
import json, sqlite3, sys, time
from sqlalchemy import literal, select
from nomdesk.db.open import open_database
t0 = time.perf_counter()
con = sqlite3.connect(sys.argv[1])
con.execute("SELECT 1").fetchone()
t1 = time.perf_counter()
con.close()
print(json.dumps({"floor_s": t1 - t0}))
"""


def _child(code: str, path: Path | str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def figure_open(path: Path | str, *, repeat: int = REPEAT) -> dict[str, Any]:
    """open_database(path) in fresh processes, the call alone (imports done first)."""
    opens, firsts, imports, floors, alembic = [], [], [], [], []
    for _ in range(repeat):  # interleaved, so drift hits both alike
        got = _child(_OPEN_CHILD, path)
        opens.append(got["open_s"])
        firsts.append(got["first_query_s"])
        imports.append(got["import_s"])
        alembic.append(got["alembic"])
        floors.append(_child(_FLOOR_CHILD, path)["floor_s"])
    return _figure(
        median_ms(opens),
        median_ms(floors),
        "open",
        runs=repeat,
        alembic_imported=any(alembic),
        # Not part of the target: the first connection and query after the open, and
        # the import of nomdesk.db.open (sqlmodel, SQLAlchemy) before it.
        first_query_ms=round(median_ms(firsts), 3),
        import_ms=round(median_ms(imports), 1),
    )


# --- b. weighted means ----------------------------------------------------------------


def weighted_means_query(round_id: int):
    """One round's weighted mean per juror and nominee on 0-100, in one GROUP BY.

    T(j, n) = sum_c w_c * 100 * (s - min_c) / (max_c - min_c) / sum_c w_c; `scores`
    counts the criteria the juror scored (a total is complete when it equals the count
    of the year's criteria).
    """
    s, c = SCORE.c, CRITERION.c
    normalised = 100.0 * (s.value - c.scale_min) / (c.scale_max - c.scale_min)
    total = func.sum(c.weight * normalised) / func.sum(c.weight)
    return (
        select(s.juror_id, s.nominee_id, total.label("total"), func.count().label("scores"))
        .select_from(SCORE.join(CRITERION, c.id == s.criterion_id))
        .where(s.round_id == round_id)
        .group_by(s.juror_id, s.nominee_id)
    )


def count_query(round_id: int):
    return select(func.count()).select_from(SCORE).where(SCORE.c.round_id == round_id)


def weighted_means(engine: Engine, round_id: int) -> list[tuple[int, int, float, int]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(weighted_means_query(round_id))]  # type: ignore[misc]


def figure_weighted_means(path: Path | str, *, repeat: int = REPEAT) -> dict[str, Any]:
    """The GROUP BY on a warm connection; floor: count(*) of the same round's scores."""
    opened = open_database(path, create=False)
    try:
        round_id = latest_round_id(opened.engine)
        means = weighted_means_query(round_id)
        floor = count_query(round_id)
        times, floors = [], []
        with opened.engine.connect() as conn:
            rows = conn.execute(means).all()  # warm: page cache and compiled statement
            n_scores = conn.execute(floor).scalar_one()
            for _ in range(repeat):
                t0 = time.perf_counter()
                conn.execute(means).all()
                t1 = time.perf_counter()
                conn.execute(floor).scalar_one()
                t2 = time.perf_counter()
                times.append(t1 - t0)
                floors.append(t2 - t1)
    finally:
        opened.engine.dispose()
    return _figure(
        median_ms(times),
        median_ms(floors),
        "weighted_means",
        runs=repeat,
        round_id=round_id,
        scores=n_scores,
        totals=len(rows),
    )


# --- c. score upsert ------------------------------------------------------------------


def _cells(engine: Engine, round_id: int, n: int, seed: int) -> list[dict[str, Any]]:
    """`n` distinct existing cells of the round, each with a new value on its step."""
    s, c = SCORE.c, CRITERION.c
    query = (
        select(s.id, s.juror_id, s.nominee_id, s.criterion_id, s.value, c.scale_max, c.step)
        .join(CRITERION, c.id == s.criterion_id)
        .where(s.round_id == round_id)
        .order_by(s.id)
    )
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    if len(rows) < n:
        raise SystemExit(f"the round has {len(rows)} scores; {n} are needed")
    cells = []
    for r in random.Random(seed).sample(rows, n):
        new = r.value + r.step if r.value + r.step <= r.scale_max + 1e-9 else r.value - r.step
        cells.append(
            {
                "id": r.id,
                "juror_id": r.juror_id,
                "nominee_id": r.nominee_id,
                "criterion_id": r.criterion_id,
                "value": new,
            }
        )
    return cells


def figure_score_upsert(
    path: Path | str, *, calls: int = CALLS, warmup: int = WARMUP, seed: int = 7
) -> dict[str, Any]:
    """set_score on existing cells (audit event and commit included), warm session.

    Floor: a Core UPDATE of one score by id and a commit on the same engine, one
    transaction per call as the session does. Also reported: the same UPDATE on a
    connection held open across calls (no connect per transaction).
    """
    opened = open_database(path, create=False)
    engine = opened.engine
    try:
        round_id = latest_round_id(engine)
        n = warmup + calls
        cells = _cells(engine, round_id, 3 * n, seed)
        service_cells, floor_cells, held_cells = cells[:n], cells[n : 2 * n], cells[2 * n :]

        stmt = (
            update(SCORE)
            .where(SCORE.c.id == bindparam("b_id"))
            .values(value=bindparam("b_value"), updated_at=bindparam("b_at"))
        )
        times, floors = [], []
        with new_session(engine, actor="benchmark") as session:
            # Interleaved, so that other load on the disk hits the figure and its floor alike.
            for i, (cell, bare) in enumerate(zip(service_cells, floor_cells, strict=True)):
                t0 = time.perf_counter()
                set_score(
                    session=session,
                    round_id=round_id,
                    juror_id=cell["juror_id"],
                    nominee_id=cell["nominee_id"],
                    criterion_id=cell["criterion_id"],
                    value=cell["value"],
                )
                t1 = time.perf_counter()
                with engine.begin() as conn:
                    conn.execute(
                        stmt, {"b_id": bare["id"], "b_value": bare["value"], "b_at": utcnow()}
                    )
                t2 = time.perf_counter()
                if i >= warmup:
                    times.append(t1 - t0)
                    floors.append(t2 - t1)

        held = []
        with engine.connect() as conn:
            for i, cell in enumerate(held_cells):
                t0 = time.perf_counter()
                conn.execute(stmt, {"b_id": cell["id"], "b_value": cell["value"], "b_at": utcnow()})
                conn.commit()
                t1 = time.perf_counter()
                if i >= warmup:
                    held.append(t1 - t0)
    finally:
        engine.dispose()
    return _figure(
        median_ms(times),
        median_ms(floors),
        "score_upsert",
        runs=calls,
        round_id=round_id,
        floor_held_connection_ms=round(median_ms(held), 4),
    )


# --- all ------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "sqlite": sqlite3.sqlite_version,
        "sqlalchemy": sqlalchemy.__version__,
    }


def run_all(
    path: Path | str, *, repeat: int = REPEAT, calls: int = CALLS, warmup: int = WARMUP
) -> dict[str, Any]:
    path = Path(path)
    summary = database_summary(path) or {}
    return {
        "machine": machine(),
        "database": {
            "path": str(path),
            "mb": round(path.stat().st_size / 1e6, 1),
            "scores": summary.get("scores"),
            "params": summary.get("params"),
        },
        "figures": {
            "open": figure_open(path, repeat=repeat),
            "weighted_means": figure_weighted_means(path, repeat=repeat),
            "score_upsert": figure_score_upsert(path, calls=calls, warmup=warmup),
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing database (default: make one)")
    parser.add_argument("--repeat", type=int, default=REPEAT, help="runs per small figure")
    parser.add_argument("--calls", type=int, default=CALLS, help="score upserts measured")
    args = parser.parse_args(argv)
    made_s = None
    if args.db is None:
        path, made_s = ensure_large_db(DEFAULT_DB)
    else:
        path = args.db
        if not path.is_file():
            print(f"{path} does not exist", file=sys.stderr)
            return 2
    result = run_all(path, repeat=args.repeat, calls=args.calls)
    if made_s is not None:
        result["database"]["made_in_s"] = round(made_s, 2)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
