"""Score entry and the progress matrix on the large database; one JSON object of figures.

    uv run python benchmarks/scoring_grid.py [--db PATH] [--repeat N]

Figures (medians, each beside a floor measured in the same run on the same file):
- `grid_open`: the Scores tab showing another juror's sheet (200 nominees × 10
  criteria): the progress query, the sheet query and the model reset. Floor: one plain
  sqlite3 SELECT of that juror's scores in the round.
- `grid_edit`: one value keyed into the grid (model.setData → undoable service call →
  the view brought up to date). Floor: one plain sqlite3 upsert of a score and commit.
- `progress_matrix`: the Overview's matrix for the round (15 jurors × 200 nominees).
  Floor: one plain sqlite3 GROUP BY of the round's scores per juror and nominee.
Runs offscreen; nothing is shown. Edits land in a copy of the file.
"""

import argparse
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

try:  # run as a script or with benchmarks/ on sys.path
    from _common import DEFAULT_DB, median_ms
except ImportError:  # pragma: no cover - imported as benchmarks.scoring_grid
    from benchmarks._common import DEFAULT_DB, median_ms

TARGETS_MS = {"grid_open": 150.0, "grid_edit": 50.0, "progress_matrix": 150.0}
REPEAT = 7


def _figure(ms: float, floor_ms: float, name: str) -> dict:
    return {
        "ms": round(ms, 3),
        "floor_ms": round(floor_ms, 4),
        "ratio": round(ms / floor_ms, 1) if floor_ms > 0 else None,
        "target_ms": TARGETS_MS[name],
        "within_target": ms <= TARGETS_MS[name],
    }


def _timed(call, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        samples.append(time.perf_counter() - start)
    return median_ms(samples)


def _latest(path: Path) -> tuple[int, int, list[int]]:
    """The latest year's id, its round's id, and its jurors' ids."""
    con = sqlite3.connect(path)
    try:
        year_id, round_id = con.execute(
            "SELECT y.id, r.id FROM scoring_round r JOIN award_year y ON y.id = r.year_id"
            " ORDER BY y.year DESC, r.position DESC LIMIT 1"
        ).fetchone()
        jurors = [j for (j,) in con.execute("SELECT id FROM juror WHERE year_id = ?", (year_id,))]
    finally:
        con.close()
    return year_id, round_id, jurors


def _floors(path: Path, round_id: int, juror_id: int, repeat: int) -> dict[str, float]:
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    sheet = "SELECT nominee_id, criterion_id, value, comment, source FROM score"
    sheet += " WHERE round_id = ? AND juror_id = ?"
    counts = "SELECT juror_id, nominee_id, count(*) FROM score WHERE round_id = ?"
    counts += " GROUP BY juror_id, nominee_id"
    row_id = con.execute("SELECT id FROM score WHERE round_id = ? LIMIT 1", (round_id,)).fetchone()
    values = iter(range(10**6))

    def upsert() -> None:
        con.execute("UPDATE score SET value = ? WHERE id = ?", (next(values) % 2, *row_id))
        con.commit()

    floors = {
        "grid_open": _timed(lambda: con.execute(sheet, (round_id, juror_id)).fetchall(), repeat),
        "grid_edit": _timed(upsert, repeat),
        "progress_matrix": _timed(lambda: con.execute(counts, (round_id,)).fetchall(), repeat),
    }
    con.close()
    return floors


def measure(path: Path, repeat: int = REPEAT) -> dict:
    """Every figure on a copy of `path`."""
    from PySide6.QtWidgets import QApplication

    from nomdesk.ui.file_menu import open_workspace
    from nomdesk.ui.views.progress_panel import ProgressPanel
    from nomdesk.ui.views.scoring import ScoringView

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "bench.db"
        shutil.copyfile(path, copy)
        year_id, round_id, jurors = _latest(copy)
        floors = _floors(copy, round_id, jurors[0], repeat)
        workspace = open_workspace(copy)
        view = ScoringView(workspace)
        view.resize(1100, 700)
        view.show()
        view.set_year(year_id)
        app.processEvents()
        figures = {
            "grid_open": _grid_open(view, repeat),
            "grid_edit": _grid_edit(view, repeat),
            "progress_matrix": _progress(workspace, ProgressPanel, year_id, repeat),
        }
        shape = (view.model.rowCount(), view.model.columnCount())
        view.close()
        workspace.close()
    result = {name: _figure(ms, floors[name], name) for name, ms in figures.items()}
    return {"grid": {"nominees": shape[0], "criteria": shape[1]}, "figures": result}


def _grid_open(view, repeat: int) -> float:
    boxes = view.juror_box
    turn = iter(range(10**6))

    def another_juror() -> None:
        boxes.setCurrentIndex(next(turn) % boxes.count())  # refreshes the sheet

    return _timed(another_juror, repeat)


def _grid_edit(view, repeat: int) -> float:
    model = view.model
    values = iter(range(10**6))
    criterion = model.criterion(0)
    steps = int((criterion.scale_max - criterion.scale_min) / criterion.step) + 1

    def key_in() -> None:
        value = criterion.scale_min + criterion.step * (next(values) % steps)
        model.setData(model.index(0, 0), value)

    return _timed(key_in, repeat)


def _progress(workspace, panel_class, year_id: int, repeat: int) -> float:
    panel = panel_class(workspace)
    panel.resize(700, 500)
    panel.show()
    ms = _timed(lambda: panel.show_year(year_id), repeat)
    panel.close()
    return ms


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--repeat", type=int, default=REPEAT)
    args = parser.parse_args(argv)
    if not args.db.exists():
        print(f"no database at {args.db}: run benchmarks/make_large_db.py first", file=sys.stderr)
        return 2
    print(json.dumps(measure(args.db, args.repeat), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
