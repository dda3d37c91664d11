"""benchmarks/charts.py works: one run of each figure on a tiny database.

Durations are never asserted here; the script reports them.
"""

import importlib
import sqlite3
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH_DIR = Path(__file__).resolve().parents[1] / "benchmarks"
TINY = {"years": 2, "finalists": 6, "criteria": 3, "jurors": 4, "seed": 3}


@pytest.fixture(scope="module")
def bench() -> tuple[ModuleType, ModuleType]:
    """benchmarks/make_large_db.py and benchmarks/charts.py as modules."""
    sys.path.insert(0, str(BENCH_DIR))
    try:
        return importlib.import_module("make_large_db"), importlib.import_module("charts")
    finally:
        sys.path.remove(str(BENCH_DIR))


def test_every_figure_runs_once(bench, tmp_path: Path, qapp) -> None:
    make, charts = bench
    tiny = Path(make.make_large_db(tmp_path / "tiny.db", **TINY)["path"])
    before = scores_of(tiny)
    result = charts.run_all(tiny, runs=1, repeat=1, demo=False)
    figures = result["sizes"]["large"]
    assert figures["year"] == 2002  # the latest year with scores
    first, redraw = figures["first_chart"], figures["redraw"]
    for figure in (first, redraw):
        for key in ("ms", "floor_ms", "ratio", "target_ms"):
            assert isinstance(figure[key], float), (key, figure)
    assert first["pyqtgraph_imported_before"] is False
    assert first["process_ms"] > first["process_floor_ms"] > 0
    assert (redraw["nominees"], redraw["jurors"]) == (6, 4)
    assert set(redraw["draw_ms"]) == {"ranking", "criteria", "radar", "heatmap"}
    lines = charts.summary_lines(result)
    assert len(lines) == 3 and lines[0].startswith("large first_chart: ")
    # The score edits went to a private copy: the file given keeps its scores as made.
    assert scores_of(tiny) == before


def scores_of(path: Path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT uid, value FROM score ORDER BY uid").fetchall()
    finally:
        con.close()
