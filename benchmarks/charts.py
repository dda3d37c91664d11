"""Measure the Charts tab: a chart's first appearance (pyqtgraph imported then) and a
redraw after a data change; print one JSON object of figures beside floors.

    uv run python benchmarks/charts.py [--db PATH] [--runs N] [--repeat N] [--no-demo]

Without --db the large database is made (or reused) in benchmarks/out/ as run.py does;
scores are changed on a temporary copy. Sizes: `large` (the latest year of the large
database: 200 finalists × 15 jurors × 10 criteria) and `demo` (the demo's 2027). Every
figure is a median beside a floor measured in the same run, with their ratio:

- `first_chart`: in a fresh process with the main window open on the year (pyqtgraph not
  yet imported), from clicking the Charts tab to the first paint of the ranking chart:
  importing the view and pyqtgraph, ranking the round, drawing. Floor: in a fresh
  process with a bare window shown, importing pyqtgraph and painting an empty
  PlotWidget. Target ≤ 1000 ms. `process_ms`: the same child from launch to exit
  (start-up included) beside a process that imports PySide6.QtWidgets and paints a bare
  widget (`process_floor_ms`).
- `redraw`: the Charts tab shown at 1280×800 on the ranking page; one score changed
  through `services.scores.set_score` (not timed), then the workspace's `changed` signal
  until the chart has repainted: ranking the round again, the chart data (totals,
  z-scores), drawing and painting. Floor: clearing and repainting an empty PlotWidget of
  the same size. Target ≤ 50 ms. `draw_ms`: each chart's own redraw (set_data and paint)
  from the same data, without the ranking.
"""

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

try:  # run as a script or with benchmarks/ on sys.path
    from _common import DEFAULT_DB, build_demo_db, figure, median_ms, qt_app
except ImportError:  # pragma: no cover - imported as benchmarks.charts
    from benchmarks._common import DEFAULT_DB, build_demo_db, figure, median_ms, qt_app

TARGETS_MS = {"first_chart": 1000.0, "redraw": 50.0}
RUNS = 5  # fresh processes per first-chart figure
REPEAT = 15  # redraws per figure
SIZE = (1280, 800)


# --- children (fresh processes) -------------------------------------------------------

# Launched with: DB YEAR SETTINGS_FOLDER. Prints one JSON line, then leaves at once.
_FIRST_CHILD = """
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[3])
app = QApplication([])
from nomdesk.ui.file_menu import open_workspace
from nomdesk.ui.main_window import MainWindow

class Painted(QObject):
    seen = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False

def wait_paint(widget):
    spy = Painted()
    widget.installEventFilter(spy)
    while not spy.seen:
        app.processEvents()

window = MainWindow(open_workspace(Path(sys.argv[1])))
window.resize(1280, 800)
window.show()
top = window.tree.topLevelItem(0)
item = next(top.child(i) for i in range(top.childCount())
            if top.child(i).text(0).startswith(sys.argv[2]))
window.tree.setCurrentItem(item)
wait_paint(window)
before = "pyqtgraph" in sys.modules
t0 = time.perf_counter()
window.show_tab("charts")
wait_paint(window.charts.pages[0].chart.plot_widget.viewport())
t1 = time.perf_counter()
print(json.dumps({"ms": (t1 - t0) * 1000, "pyqtgraph_before": before}), flush=True)
os._exit(0)
"""

_PLOT_FLOOR_CHILD = """
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
app = QApplication([])

class Painted(QObject):
    seen = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False

def wait_paint(widget):
    spy = Painted()
    widget.installEventFilter(spy)
    while not spy.seen:
        app.processEvents()

host = QWidget()
host.resize(1280, 800)
layout = QVBoxLayout(host)
host.show()
wait_paint(host)
t0 = time.perf_counter()
import pyqtgraph as pg
plot = pg.PlotWidget(background="w")
layout.addWidget(plot)
wait_paint(plot.viewport())
t1 = time.perf_counter()
print(json.dumps({"ms": (t1 - t0) * 1000}), flush=True)
os._exit(0)
"""

_BARE_CHILD = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: os._exit(0))
        return False

widget = QWidget()
widget.resize(1280, 800)
spy = FirstPaint()
widget.installEventFilter(spy)
widget.show()
app.exec()
"""


def _launch(code: str, *args: str) -> tuple[dict[str, Any], float]:
    """Run a child; its JSON line (or {}) and its wall time from launch to exit in ms."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=180
    )
    wall = (time.perf_counter() - start) * 1000
    if done.returncode != 0:
        raise RuntimeError(f"benchmark child failed:\n{done.stderr[-2000:]}")
    lines = done.stdout.strip().splitlines()
    return (json.loads(lines[-1]) if lines else {}), wall


def figure_first_chart(path: Path | str, year: int, *, runs: int = RUNS) -> dict[str, Any]:
    """Click on the Charts tab → first paint of the ranking chart, in fresh processes."""
    charts, floors, walls, bare_walls, preloaded = [], [], [], [], []
    with tempfile.TemporaryDirectory() as settings:
        for _ in range(runs):  # interleaved, so that load on the machine hits all alike
            got, wall = _launch(_FIRST_CHILD, str(path), str(year), settings)
            charts.append(got["ms"] / 1000)
            preloaded.append(got["pyqtgraph_before"])
            walls.append(wall / 1000)
            floors.append(_launch(_PLOT_FLOOR_CHILD)[0]["ms"] / 1000)
            bare_walls.append(_launch(_BARE_CHILD)[1] / 1000)
    return figure(
        charts,
        floors,
        TARGETS_MS["first_chart"],
        runs=runs,
        pyqtgraph_imported_before=any(preloaded),
        process_ms=round(median_ms(walls), 1),
        process_floor_ms=round(median_ms(bare_walls), 1),
        process_ratio=round(median_ms(walls) / median_ms(bare_walls), 2),
    )


# --- redraw (in this process) ---------------------------------------------------------


def _charts_view(workspace, year_id: int):
    from nomdesk.ui.views.charts import ChartsView

    view = ChartsView(workspace)
    view.resize(*SIZE)
    view.show()
    view.set_year(year_id)
    _settle()
    return view


def _settle() -> None:
    app = qt_app()
    for _ in range(3):
        app.processEvents()


def _repaint(widget) -> None:
    """Process events until `widget` has painted once (the way a person sees a change)."""
    from PySide6.QtCore import QEvent, QObject

    class Painted(QObject):
        seen = False

        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    spy = Painted()
    widget.installEventFilter(spy)
    widget.update()  # a change that paints nothing new (the floor) still paints once
    app, deadline = qt_app(), time.perf_counter() + 10
    while not spy.seen and time.perf_counter() < deadline:
        app.processEvents()
    widget.removeEventFilter(spy)


def _cells(session, round_id: int) -> list[tuple[int, int, int]]:
    from sqlmodel import select

    from nomdesk.db.models import Score

    query = select(Score.juror_id, Score.nominee_id, Score.criterion_id)
    return list(session.exec(query.where(Score.round_id == round_id)).all())


def _change_score(session, round_id: int, cell: tuple[int, int, int], rng) -> None:
    """A new value for one cell of the round (on its step), through the service."""
    from nomdesk.db.models import Criterion
    from nomdesk.services.scores import set_score

    juror_id, nominee_id, criterion_id = cell
    criterion = session.get(Criterion, criterion_id)
    steps = round((criterion.scale_max - criterion.scale_min) / criterion.step)
    set_score(
        session=session,
        round_id=round_id,
        juror_id=juror_id,
        nominee_id=nominee_id,
        criterion_id=criterion_id,
        value=criterion.scale_min + rng.randint(0, steps) * criterion.step,
    )


def _floor_samples(repeat: int) -> list[float]:
    import pyqtgraph as pg

    plot = pg.PlotWidget(background="w")
    plot.resize(*SIZE)
    plot.show()
    _settle()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        plot.getPlotItem().clear()
        _repaint(plot.viewport())
        samples.append(time.perf_counter() - start)
    plot.close()
    return samples


def _draw_samples(view, repeat: int) -> dict[str, float]:
    """Each page's own redraw from the same data: set_data (via draw) and paint."""
    drawn = {}
    for index, page in enumerate(view.pages):
        view.tabs.setCurrentIndex(index)
        _settle()
        samples = []
        for _ in range(repeat):
            start = time.perf_counter()
            page.draw()
            _repaint(page.chart.plot_widget.viewport())
            samples.append(time.perf_counter() - start)
        drawn[page.chart_module] = round(median_ms(samples), 3)
    view.tabs.setCurrentIndex(0)
    _settle()
    return drawn


def figure_redraw(path: Path | str, year: int, *, repeat: int = REPEAT, seed: int = 5) -> dict:
    """Score change → `changed` → the ranking chart repainted, beside an empty plot's."""
    from sqlmodel import select

    from nomdesk.db.models import AwardYear
    from nomdesk.services import rounds
    from nomdesk.ui.file_menu import open_workspace

    qt_app()
    workspace = open_workspace(Path(path))
    try:
        session = workspace.session
        year_row = session.exec(select(AwardYear).where(AwardYear.year == year)).one()
        round_id = rounds.list_rounds(session=session, year_id=year_row.id)[-1].id
        view = _charts_view(workspace, year_row.id)
        chart = view.pages[0].chart
        rng, samples, cells = random.Random(seed), [], _cells(session, round_id)
        for _ in range(repeat + 2):  # the first two warm the caches
            _change_score(session, round_id, rng.choice(cells), rng)
            start = time.perf_counter()
            workspace.changed.emit()
            _repaint(chart.plot_widget.viewport())
            samples.append(time.perf_counter() - start)
        drawn = _draw_samples(view, repeat)
        floors = _floor_samples(repeat)
        nominees, jurors = len(view.data.nominees), len(view.data.jurors)
        view.close()
    finally:
        workspace.close()
    return figure(
        samples[2:],
        floors,
        TARGETS_MS["redraw"],
        runs=repeat,
        draw_ms=drawn,
        nominees=nominees,
        jurors=jurors,
    )


# --- databases ------------------------------------------------------------------------


def latest_scored_year(path: Path | str) -> int:
    con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = con.execute(
            """SELECT y.year FROM award_year y JOIN scoring_round r ON r.year_id = y.id
               JOIN score s ON s.round_id = r.id ORDER BY y.year DESC LIMIT 1"""
        ).fetchone()
    finally:
        con.close()
    if row is None:
        raise SystemExit(f"{path} has no scores to chart")
    return row[0]


def private_copy(path: Path, folder: Path) -> Path:
    """A consistent copy (SQLite's backup API), so that edits leave the original alone."""
    copy = folder / path.name
    source, target = sqlite3.connect(path), sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    return copy


def measure(path: Path | str, *, runs: int = RUNS, repeat: int = REPEAT) -> dict[str, Any]:
    """Both figures on one database (edited in place: pass a copy)."""
    year = latest_scored_year(path)
    return {
        "year": year,
        "first_chart": figure_first_chart(path, year, runs=runs),
        "redraw": figure_redraw(path, year, repeat=repeat),
    }


def run_all(
    path: Path | str, *, runs: int = RUNS, repeat: int = REPEAT, demo: bool = True
) -> dict[str, Any]:
    result: dict[str, Any] = {"sizes": {}}
    with tempfile.TemporaryDirectory() as folder:
        copy = private_copy(Path(path), Path(folder))
        result["sizes"]["large"] = measure(copy, runs=runs, repeat=repeat)
        if demo:
            demo_path = build_demo_db(Path(folder))
            result["sizes"]["demo"] = measure(demo_path, runs=runs, repeat=repeat)
    return result


def summary_lines(result: dict[str, Any]) -> list[str]:
    lines = []
    for size, figures in result["sizes"].items():
        for name in ("first_chart", "redraw"):
            f = figures[name]
            lines.append(
                f"{size} {name}: {f['ms']:.1f} ms (floor {f['floor_ms']:.1f} ms) "
                f"ratio: {f['ratio']:.2f}; target ≤ {f['target_ms']:.0f} ms"
            )
        f = figures["first_chart"]
        lines.append(
            f"{size} process to first chart: {f['process_ms']:.0f} ms "
            f"(bare widget {f['process_floor_ms']:.0f} ms) ratio: {f['process_ratio']:.2f}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=None, help="the large database")
    parser.add_argument("--runs", type=int, default=RUNS, help="fresh processes per figure")
    parser.add_argument("--repeat", type=int, default=REPEAT, help="redraws per figure")
    parser.add_argument("--no-demo", action="store_true", help="measure the large one only")
    args = parser.parse_args(argv)
    path = args.db
    if path is None:
        try:
            from run import ensure_large_db
        except ImportError:  # pragma: no cover
            from benchmarks.run import ensure_large_db
        path, _made = ensure_large_db(DEFAULT_DB)
    result = run_all(path, runs=args.runs, repeat=args.repeat, demo=not args.no_demo)
    print(json.dumps(result))
    for line in summary_lines(result):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
