"""benchmarks/scoring_grid.py works: one run of each figure on a tiny large-database.

Durations are never asserted; the script reports them beside their floors.
"""

import importlib
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parents[2] / "benchmarks"


def test_the_scoring_benchmark_measures_every_figure(tmp_path: Path, qapp) -> None:
    sys.path.insert(0, str(BENCH_DIR))
    try:
        make = importlib.import_module("make_large_db")
        bench = importlib.import_module("scoring_grid")
    finally:
        sys.path.remove(str(BENCH_DIR))
    made = make.make_large_db(
        tmp_path / "tiny.db", years=1, finalists=6, criteria=3, jurors=2, seed=5
    )
    result = bench.measure(Path(made["path"]), repeat=1)
    assert result["grid"] == {"nominees": 6, "criteria": 3}
    assert set(result["figures"]) == {"grid_open", "grid_edit", "progress_matrix"}
    for figure in result["figures"].values():
        assert figure["ms"] > 0 and figure["floor_ms"] > 0 and figure["ratio"] > 0
