"""Measure scoring on the large database: one score edit → the new ranking, per method,
and opening the Results table; print one JSON object of figures beside floors.

    uv run python benchmarks/scoring.py [--db PATH] [--repeat N] [--in-place]

Without --db the large database is made (or reused) in benchmarks/out/ as run.py does.
The edits are made on a temporary copy of the file unless --in-place is given. Every
figure is a median of several runs beside a floor measured in the same run on the same
file, with their ratio (see benchmarks/README.md):

- `edit_rank.<method>`: `services.scores.set_score` on a random cell of the latest year's
  round (a new value on its step; validation, audit event, commit) then
  `services.ranking.rank_round` under the method, with the Results view already open
  (the round was ranked once before). Floor: the bare SQL SELECT of that round's scores
  on the same connection (what any ranking that reads the round afresh must pay).
  `rank_ms` is the ranking alone. Target ≤ 30 ms.
- `open_results.<size>`: building the Results view (`ui.views.results.ResultsView`) and
  filling it for a year (`set_year`), with nothing remembered of the round (the first
  opening). Floor: the bare SELECT of the round's scores plus constructing an empty
  QTableView with an empty model. `warm_ms`: the same with the round remembered.
  Target ≤ 150 ms. Sizes: `large` (the latest year of the large database) and `demo`
  (the demo's 2027, made in a temporary folder) unless --no-demo.
"""

import argparse
import json
import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import select

from nomdesk.db.models import AwardYear, Criterion, Score, ScoringRound
from nomdesk.db.open import open_database
from nomdesk.db.session import new_session
from nomdesk.domain.rules import METHODS
from nomdesk.services import ranking, ranking_cache
from nomdesk.services.scores import set_score

try:  # run as a script or with benchmarks/ on sys.path
    from _common import DEFAULT_DB, build_demo_db, figure, median_ms, qt_app
    from run import ensure_large_db, machine
except ImportError:  # pragma: no cover - imported as benchmarks.scoring
    from benchmarks._common import DEFAULT_DB, build_demo_db, figure, median_ms, qt_app
    from benchmarks.run import ensure_large_db, machine

TARGETS_MS = {"edit_rank": 30.0, "open_results": 150.0}
REPEAT = 9


def latest_round(session) -> tuple[int, int]:
    """(year id, round id) of the latest year's last round."""
    row = session.execute(
        select(ScoringRound.year_id, ScoringRound.id)
        .join(AwardYear, AwardYear.id == ScoringRound.year_id)
        .order_by(AwardYear.year.desc(), ScoringRound.position.desc(), ScoringRound.id.desc())
        .limit(1)
    ).first()
    if row is None:
        raise SystemExit("the database has no scoring round")
    return row[0], row[1]


def bare_select(session, round_id: int) -> float:
    """Seconds to read the round's scores with one SQL SELECT on the session's connection."""
    cursor = session.connection().connection.cursor()
    t0 = time.perf_counter()
    cursor.execute(
        "SELECT juror_id, nominee_id, criterion_id, value FROM score WHERE round_id = ?",
        (round_id,),
    )
    cursor.fetchall()
    elapsed = time.perf_counter() - t0
    cursor.close()
    return elapsed


def _cells(session, round_id: int, n: int, seed: int) -> list[dict[str, Any]]:
    """`n` existing cells of the round, each with another value on its step."""
    rows = session.execute(
        select(
            Score.juror_id,
            Score.nominee_id,
            Score.criterion_id,
            Score.value,
            Criterion.scale_max,
            Criterion.step,
        )
        .join(Criterion, Criterion.id == Score.criterion_id)
        .where(Score.round_id == round_id)
    ).all()
    if not rows:
        raise SystemExit("the round has no scores to edit")
    cells = []
    for r in random.Random(seed).choices(rows, k=n):
        up = r.value + r.step <= r.scale_max + 1e-9
        cells.append(
            {
                "juror_id": r.juror_id,
                "nominee_id": r.nominee_id,
                "criterion_id": r.criterion_id,
                "value": r.value + r.step if up else r.value - r.step,
            }
        )
    return cells


# --- one score edit → the new ranking ---------------------------------------------------


def figure_edit_rank(path: Path | str, *, repeat: int = REPEAT, seed: int = 11) -> dict:
    opened = open_database(path, create=False)
    try:
        with new_session(opened.engine, actor="benchmark") as session:
            _year_id, round_id = latest_round(session)
            cells = _cells(session, round_id, (repeat + 1) * len(METHODS), seed)
            ranking.rank_round(session=session, round_id=round_id)  # the view is open
            figures = {}
            for method in METHODS:
                totals, ranks, floors = [], [], []
                for i in range(repeat + 1):  # the first run warms this method's code
                    cell = cells.pop()
                    t0 = time.perf_counter()
                    set_score(session=session, round_id=round_id, **cell)
                    t1 = time.perf_counter()
                    ranking.rank_round(session=session, round_id=round_id, method=method)
                    t2 = time.perf_counter()
                    floor = bare_select(session, round_id)
                    if i:
                        totals.append(t2 - t0)
                        ranks.append(t2 - t1)
                        floors.append(floor)
                figures[method] = figure(
                    totals,
                    floors,
                    TARGETS_MS["edit_rank"],
                    rank_ms=round(median_ms(ranks), 3),
                    runs=repeat,
                )
            scores = session.execute(select(Score.id).where(Score.round_id == round_id)).all()
    finally:
        opened.engine.dispose()
    return {"round_id": round_id, "scores": len(scores), "methods": figures}


# --- opening the Results table ----------------------------------------------------------


def figure_open_results(path: Path | str, *, repeat: int = REPEAT) -> dict:
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QTableView

    from nomdesk.ui.views.results import ResultsView
    from nomdesk.ui.workspace import Workspace

    app = qt_app()
    opened = open_database(path, create=False)
    session = new_session(opened.engine, actor="benchmark")
    workspace = Workspace(Path(path), opened.engine, session)
    try:
        year_id, round_id = latest_round(session)
        ResultsView(workspace).set_year(year_id)  # imports and first-time SQL compilation
        cold, warm, floors, rows = [], [], [], 0
        for _ in range(repeat):
            ranking_cache.forget(opened.engine)
            t0 = time.perf_counter()
            view = ResultsView(workspace)
            view.set_year(year_id)
            t1 = time.perf_counter()
            again = ResultsView(workspace)
            again.set_year(year_id)
            t2 = time.perf_counter()
            floor = bare_select(session, round_id)
            t3 = time.perf_counter()
            table = QTableView()
            table.setModel(QStringListModel())
            t4 = time.perf_counter()
            rows = view.model.rowCount()
            for widget in (view, again, table):
                widget.deleteLater()
            app.processEvents()
            cold.append(t1 - t0)
            warm.append(t2 - t1)
            floors.append(floor + (t4 - t3))
    finally:
        workspace.close()
    return figure(
        cold,
        floors,
        TARGETS_MS["open_results"],
        warm_ms=round(median_ms(warm), 3),
        rows=rows,
        runs=repeat,
    )


# --- all ------------------------------------------------------------------------------


def run_all(path: Path | str, *, repeat: int = REPEAT, demo: bool = True) -> dict[str, Any]:
    path = Path(path)
    result: dict[str, Any] = {"machine": machine(), "database": str(path), "figures": {}}
    figures = result["figures"]
    figures["edit_rank"] = figure_edit_rank(path, repeat=repeat)
    figures["open_results"] = {"large": figure_open_results(path, repeat=repeat)}
    if demo:
        with tempfile.TemporaryDirectory() as folder:
            figures["open_results"]["demo"] = figure_open_results(
                build_demo_db(Path(folder)), repeat=repeat
            )
    return result


def summary_lines(result: dict[str, Any]) -> list[str]:
    """One readable line per figure: ms, floor, ratio."""
    lines = []
    for method, f in result["figures"]["edit_rank"]["methods"].items():
        lines.append(
            f"edit → ranking {method:8} {f['ms']:7.2f} ms (ranking {f['rank_ms']:.2f}) "
            f"floor {f['floor_ms']:.2f} ms  ratio {f['ratio']}"
        )
    for size, f in result["figures"]["open_results"].items():
        lines.append(
            f"open Results {size:6} {f['ms']:7.2f} ms (warm {f['warm_ms']:.2f}) "
            f"floor {f['floor_ms']:.2f} ms  ratio {f['ratio']}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing large database (default: make one)")
    parser.add_argument("--repeat", type=int, default=REPEAT, help="runs per figure")
    parser.add_argument("--in-place", action="store_true", help="edit the file itself")
    parser.add_argument("--no-demo", action="store_true", help="skip the demo-sized year")
    args = parser.parse_args(argv)
    path = args.db
    if path is None:
        path, _made = ensure_large_db(DEFAULT_DB)
    elif not path.is_file():
        print(f"{path} does not exist", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        if not args.in_place:
            copy = Path(folder) / path.name
            con = sqlite3.connect(path)  # a consistent copy even while others read it
            try:
                target = sqlite3.connect(copy)
                con.backup(target)
                target.close()
            finally:
                con.close()
            path = copy
        result = run_all(path, repeat=args.repeat, demo=not args.no_demo)
    print(json.dumps(result, indent=2))
    print("\n".join(summary_lines(result)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
