"""Make the large benchmark database: 20 years x 200 finalists x 10 criteria x 15 jurors.

    uv run python benchmarks/make_large_db.py /tmp/large.db [--years 20 --finalists 200
        --criteria 10 --jurors 15 --seed 1 --force]

The schema comes from the Alembic migrations (the file is created by
nomdesk.db.open.open_database); the rows are written with SQLAlchemy Core bulk
`insert()` (executemany), every score on its criterion's scale and step, and one "bulk"
audit event through nomdesk.services.audit.record so that the hash chain verifies.
The file is built beside PATH and renamed into place only when complete.
"""

import argparse
import os
import random
import sqlite3
import sys
import time
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, insert, literal, literal_column, text

from nomdesk.db.models import (
    Award,
    AwardYear,
    Criterion,
    Juror,
    Nominee,
    NomineeOrganisation,
    Organisation,
    Score,
    ScoringRound,
)
from nomdesk.db.open import open_database
from nomdesk.db.session import new_session
from nomdesk.services import audit

try:  # run as a script or with benchmarks/ on sys.path
    from _common import BULK_ACTION, DEFAULTS, expected_scores, fast_uids
except ImportError:  # pragma: no cover - imported as benchmarks.make_large_db
    from benchmarks._common import BULK_ACTION, DEFAULTS, expected_scores, fast_uids

FIRST_YEAR = 2001
# Two kinds of scale, alternating by position: 0-10 in halves, and 1-5 in whole steps.
SCALES = ((0.0, 10.0, 0.5), (1.0, 5.0, 1.0))
WEIGHTS = (0.5, 1.0, 1.0, 1.5, 2.0, 3.0)
COUNTIES = ("Stockholm", "Uppsala", "Skåne", "Västra Götaland", "Dalarna", "Norrbotten")
CHUNK = 50_000  # score rows per executemany


def _table(model):
    return model.__table__  # type: ignore[attr-defined]


def _insert(conn: Connection, model, rows: list[dict]) -> None:
    for start in range(0, len(rows), CHUNK):
        conn.execute(insert(_table(model)), rows[start : start + CHUNK])


def _constant(conn: Connection, column, value):
    """`value` as a SQL literal of the column's type, rendered by SQLAlchemy's dialect."""
    compiled = literal(value, column.type).compile(
        dialect=conn.dialect, compile_kwargs={"literal_binds": True}
    )
    return literal_column(str(compiled), column.type)


@contextmanager
def _without_secondary_indexes(conn: Connection, table: str):
    """Drop a table's secondary indexes for a bulk load and create them again after.

    Building an index once over sorted data is several times faster than keeping it up
    to date row by row (above all the random uid index). The statements are read back
    from sqlite_master, so the schema ends exactly as the migrations made it.
    """
    indexes = conn.execute(
        text(
            "SELECT name, sql FROM sqlite_master"
            " WHERE type = 'index' AND tbl_name = :t AND sql IS NOT NULL"
        ),
        {"t": table},
    ).all()
    for name, _sql in indexes:
        conn.execute(text(f'DROP INDEX "{name}"'))
    yield
    for _name, sql in indexes:
        conn.execute(text(sql))


def _fold_wal(path: Path) -> None:
    """Leave a single file: checkpoint any WAL left beside it (then it can be renamed)."""
    if Path(f"{path}-wal").exists():
        con = sqlite3.connect(path)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
    if Path(f"{path}-wal").exists():
        raise RuntimeError(f"{path} is still in use (its WAL could not be checkpointed)")


def _criterion_values(scale_min: float, scale_max: float, step: float) -> list[float]:
    n = round((scale_max - scale_min) / step)
    return [scale_min + i * step for i in range(n + 1)]


def _write_rows(
    conn: Connection,
    *,
    years: int,
    finalists: int,
    criteria: int,
    jurors: int,
    rng: random.Random,
    now: datetime,
    award_uid: str,
) -> dict[str, int]:
    """Insert every row with explicit ids (the file is new); return the counts and a sum."""
    _insert(
        conn,
        Award,
        [
            {
                "id": 1,
                "uid": award_uid,
                "name": "Benchmarkpriset",
                "name_en": "The Benchmark Award",
                "organiser": "nomdesk benchmarks",
                "description": "A generated award for measuring nomdesk at scale.",
                "default_language": "sv",
                "created_at": now,
            }
        ],
    )

    n_orgs = finalists + finalists // 2  # a pool shared across years
    org_uids = fast_uids(n_orgs)
    _insert(
        conn,
        Organisation,
        [
            {
                "id": i + 1,
                "uid": org_uids[i],
                "name": f"Kommun {i + 1:04d}",
                "kind": "municipality",
                "county": COUNTIES[i % len(COUNTIES)],
                "population": rng.randrange(2_500, 1_000_000),
            }
            for i in range(n_orgs)
        ],
    )

    year_rows, round_rows, crit_rows, juror_rows, nominee_rows, link_rows = [], [], [], [], [], []
    year_uids = fast_uids(years)
    round_uids = fast_uids(years)
    crit_uids = fast_uids(years * criteria)
    juror_uids = fast_uids(years * jurors)
    nominee_uids = fast_uids(years * finalists)
    link_uids = fast_uids(years * finalists)
    # Per year: criterion ids with their possible values, juror ids, nominee ids.
    plan: list[tuple[int, list[tuple[int, list[float]]], list[int], list[int]]] = []
    for y in range(years):
        year_id = round_id = y + 1
        year = FIRST_YEAR + y
        year_rows.append(
            {
                "id": year_id,
                "uid": year_uids[y],
                "award_id": 1,
                "year": year,
                "title": f"Benchmarkpriset {year}",
                "phase": "scoring",
                "default_method": "mean",
                "trim_k": 1,
                "tie_break": [],
                "apply_tie_break": False,
                "created_at": now,
            }
        )
        round_rows.append(
            {
                "id": round_id,
                "uid": round_uids[y],
                "year_id": year_id,
                "position": 0,
                "name": "Final",
                "name_en": "Final",
                "stage": "finalist",
                "status": "open",
                "created_at": now,
            }
        )
        crits = []
        for c in range(criteria):
            k = y * criteria + c
            scale_min, scale_max, step = SCALES[c % len(SCALES)]
            crit_rows.append(
                {
                    "id": k + 1,
                    "uid": crit_uids[k],
                    "year_id": year_id,
                    "position": c,
                    "name": f"Kriterium {c + 1}",
                    "name_en": f"Criterion {c + 1}",
                    "description": "",
                    "weight": WEIGHTS[(c + y) % len(WEIGHTS)],
                    "scale_min": scale_min,
                    "scale_max": scale_max,
                    "step": step,
                }
            )
            crits.append((k + 1, _criterion_values(scale_min, scale_max, step)))
        jids = []
        for j in range(jurors):
            k = y * jurors + j
            juror_rows.append(
                {
                    "id": k + 1,
                    "uid": juror_uids[k],
                    "year_id": year_id,
                    "position": j,
                    "name": f"Jurymedlem {j + 1} ({year})",
                    "affiliation": "Benchmark",
                    "role": "chair" if j == 0 else "member",
                }
            )
            jids.append(k + 1)
        nids = []
        for n, org in enumerate(sorted(rng.sample(range(n_orgs), finalists))):
            k = y * finalists + n
            nominee_rows.append(
                {
                    "id": k + 1,
                    "uid": nominee_uids[k],
                    "year_id": year_id,
                    "display_name": f"Kommun {org + 1:04d}",
                    "nominated_by": "Benchmark",
                    "proud_of": "",
                    "effect": "",
                    "lessons": "",
                    "summary": "",
                    "stage": "finalist",
                    "created_at": now,
                }
            )
            link_rows.append(
                {
                    "id": k + 1,
                    "uid": link_uids[k],
                    "nominee_id": k + 1,
                    "organisation_id": org + 1,
                    "position": 0,
                }
            )
            nids.append(k + 1)
        plan.append((round_id, crits, jids, nids))

    _insert(conn, AwardYear, year_rows)
    _insert(conn, ScoringRound, round_rows)
    _insert(conn, Criterion, crit_rows)
    _insert(conn, Juror, juror_rows)
    _insert(conn, Nominee, nominee_rows)
    _insert(conn, NomineeOrganisation, link_rows)

    # Scores in the unique index's order (round, juror, nominee, criterion), a year at a
    # time. Columns that are the same for a whole year go into the statement as SQL
    # literals rendered by SQLAlchemy, so only five parameters are processed per row.
    value_sum = 0.0
    n_scores = 0
    per_year = jurors * finalists * criteria
    score = _table(Score)
    with _without_secondary_indexes(conn, score.name):
        for round_id, crits, jids, nids in plan:
            stmt = insert(score).values(
                round_id=_constant(conn, score.c.round_id, round_id),
                comment=_constant(conn, score.c.comment, ""),
                source=_constant(conn, score.c.source, "sheet"),
                updated_at=_constant(conn, score.c.updated_at, now),
            )
            uids = iter(fast_uids(per_year))
            cells = len(jids) * len(nids)
            # One random draw per criterion for every (juror, nominee) cell of the year.
            draws = [(cid, rng.choices(values, k=cells)) for cid, values in crits]
            rows = []
            append = rows.append
            cell = 0
            for jid in jids:
                for nid in nids:
                    for cid, values in draws:
                        v = values[cell]
                        append(
                            {
                                "uid": next(uids),
                                "juror_id": jid,
                                "nominee_id": nid,
                                "criterion_id": cid,
                                "value": v,
                            }
                        )
                        value_sum += v
                    cell += 1
            for start in range(0, len(rows), CHUNK):
                conn.execute(stmt, rows[start : start + CHUNK])
            n_scores += len(rows)

    return {
        "awards": 1,
        "organisations": n_orgs,
        "years": years,
        "rounds": years,
        "criteria": years * criteria,
        "jurors": years * jurors,
        "nominees": years * finalists,
        "scores": n_scores,
        "value_sum": round(value_sum, 6),
    }


def make_large_db(
    path: Path | str,
    *,
    years: int = DEFAULTS["years"],
    finalists: int = DEFAULTS["finalists"],
    criteria: int = DEFAULTS["criteria"],
    jurors: int = DEFAULTS["jurors"],
    seed: int = 1,
    force: bool = False,
) -> dict:
    """Create the database at `path`; return the counts written and the seconds taken."""
    started = time.perf_counter()
    path = Path(path)
    if path.exists() and not force:
        raise FileExistsError(f"{path} exists; pass force=True (--force) to replace it")
    partial = path.with_name(path.name + ".partial")
    for p in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        p.unlink(missing_ok=True)

    opened = open_database(partial)  # new file: schema through the Alembic migrations
    rng = random.Random(seed)
    now = datetime.now(UTC)
    award_uid = fast_uids(1)[0]
    params = {
        "years": years,
        "finalists": finalists,
        "criteria": criteria,
        "jurors": jurors,
        "seed": seed,
    }
    try:
        with opened.engine.begin() as conn:
            # A bigger page cache keeps the random-uid index in memory during the load.
            conn.exec_driver_sql("PRAGMA cache_size=-262144")
            counts = _write_rows(
                conn,
                years=years,
                finalists=finalists,
                criteria=criteria,
                jurors=jurors,
                rng=rng,
                now=now,
                award_uid=award_uid,
            )
        with new_session(opened.engine, actor="make_large_db") as session:
            audit.record(
                session,
                action=BULK_ACTION,
                entity="award",
                entity_uid=award_uid,
                after={"params": params, "counts": counts},
                digest=audit.digest_of({"params": params, "counts": counts}),
            )
            session.commit()
    finally:
        # Closing the last connection checkpoints the WAL into the file and removes it.
        opened.engine.dispose()
    _fold_wal(partial)
    if expected_scores(years, finalists, criteria, jurors) != counts["scores"]:
        raise AssertionError("score count does not match the parameters")
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(partial, path)
    seconds = time.perf_counter() - started
    return {"path": str(path), "params": params, "counts": counts, "seconds": seconds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--years", type=int, default=DEFAULTS["years"])
    parser.add_argument("--finalists", type=int, default=DEFAULTS["finalists"])
    parser.add_argument("--criteria", type=int, default=DEFAULTS["criteria"])
    parser.add_argument("--jurors", type=int, default=DEFAULTS["jurors"])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    args = parser.parse_args(argv)
    try:
        result = make_large_db(
            args.path,
            years=args.years,
            finalists=args.finalists,
            criteria=args.criteria,
            jurors=args.jurors,
            seed=args.seed,
            force=args.force,
        )
    except FileExistsError as err:
        print(err, file=sys.stderr)
        return 2
    counts = result["counts"]
    print(
        f"{result['path']}: {counts['scores']:,} scores, {counts['nominees']:,} nominees, "
        f"{counts['years']} years in {result['seconds']:.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
