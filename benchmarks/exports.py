"""Measure the spreadsheet export of the large database's latest year; print one JSON object.

    uv run python benchmarks/exports.py [--db PATH] [--repeat N]

The year has 200 finalists, 15 jurors and 10 criteria: 30,000 score rows. Each figure is
the median of N runs beside a floor measured in the same run on the same rows:
- `read`: the sheets read from the database (services/export_data + the ranking) and
  made into tables; floor: one SELECT of the year's score rows as tuples.
- `xlsx`: the tables written as XLSX (write-only openpyxl, bold frozen headers, styled
  dates and number formats, safe texts); floor: write-only openpyxl writing the same
  values unstyled (times as plain numbers), the least openpyxl could take for them.
- `csv`: the Scores table written as CSV; floor: csv.writer writing the same rows as str.
Without --db the large database is made (or reused) in benchmarks/out/, as run.py does.
"""

import argparse
import csv
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import select

from nomdesk.db.models import AwardYear, Score, ScoringRound
from nomdesk.db.open import open_database
from nomdesk.db.session import new_session
from nomdesk.reporting.spreadsheet import write_tables, year_sheets
from nomdesk.reporting.spreadsheet_tables import Table

try:  # run as a script or with benchmarks/ on sys.path
    from _common import DEFAULT_DB
except ImportError:  # pragma: no cover - imported as benchmarks.exports
    from benchmarks._common import DEFAULT_DB

REPEAT = 3


def _median_ms(run: Callable[[], Any], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000.0


def _figure(ms: float, floor_ms: float, **extra: Any) -> dict[str, Any]:
    return {
        "ms": round(ms, 1),
        "floor_ms": round(floor_ms, 1),
        "ratio": round(ms / floor_ms, 2) if floor_ms > 0 else None,
        **extra,
    }


def latest_year_id(session) -> int:
    return session.execute(
        select(AwardYear.id).order_by(AwardYear.year.desc()).limit(1)
    ).scalar_one()


def _plain(value: Any) -> Any:
    """A value as the floor writes it: times as numbers, no styles."""
    if isinstance(value, datetime | date):
        return 46000.5
    return value


def floor_xlsx(tables: list[Table], path: Path) -> None:
    book = Workbook(write_only=True)
    for table in tables:
        sheet = book.create_sheet(table.name)
        sheet.append(table.headers)
        for row in table.rows:
            sheet.append([_plain(v) for v in row])
    book.save(path)


def floor_csv(table: Table, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(table.headers)
        writer.writerows([("" if v is None else str(v)) for v in row] for row in table.rows)


def figures(path: Path | str, *, repeat: int = REPEAT) -> dict[str, Any]:
    """The three figures for the latest year of the database at `path`."""
    opened = open_database(Path(path), create=False)
    try:
        with new_session(opened.engine) as session, tempfile.TemporaryDirectory() as folder:
            year_id = latest_year_id(session)
            out = Path(folder)
            tables = year_sheets(session=session, year_id=year_id)
            scores = next(t for t in tables if t.name == "Scores")
            score_rows = (
                select(Score.juror_id, Score.nominee_id, Score.criterion_id, Score.value)
                .join(ScoringRound, ScoringRound.id == Score.round_id)
                .where(ScoringRound.year_id == year_id)
            )
            read = _median_ms(lambda: year_sheets(session=session, year_id=year_id), repeat)
            read_floor = _median_ms(lambda: session.execute(score_rows).all(), repeat)
            xlsx = _median_ms(lambda: write_tables(tables, out / "y.xlsx"), repeat)
            xlsx_floor = _median_ms(lambda: floor_xlsx(tables, out / "floor.xlsx"), repeat)
            csv_ms = _median_ms(lambda: write_tables(tables, out / "y.csv"), repeat)
            csv_floor = _median_ms(lambda: floor_csv(scores, out / "floor.csv"), repeat)
            cells = sum(len(t.rows) * len(t.columns) for t in tables)
            return {
                "year_id": year_id,
                "score_rows": len(scores.rows),
                "cells": cells,
                "xlsx_kb": round((out / "y.xlsx").stat().st_size / 1024),
                "csv_kb": round((out / "y.csv").stat().st_size / 1024),
                "figures": {
                    "read": _figure(read, read_floor),
                    "xlsx": _figure(xlsx, xlsx_floor, us_per_cell=round(xlsx * 1000 / cells, 2)),
                    "csv": _figure(csv_ms, csv_floor),
                    "total_xlsx_ms": round(read + xlsx, 1),
                },
            }
    finally:
        opened.engine.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="default: benchmarks/out/large.db (made if needed)")
    parser.add_argument("--repeat", type=int, default=REPEAT)
    args = parser.parse_args(argv)
    path = args.db
    if path is None:
        try:
            from run import ensure_large_db
        except ImportError:  # pragma: no cover
            from benchmarks.run import ensure_large_db
        path, _made = ensure_large_db(DEFAULT_DB)
    result = {"database": str(path), **figures(path, repeat=args.repeat)}
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
