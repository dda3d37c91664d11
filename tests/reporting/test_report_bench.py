"""benchmarks/reports.py works: each figure runs once on a tiny large-database and the demo.

Durations are never asserted here; the script reports them.
"""

import importlib
import sys
from pathlib import Path

from nomdesk.demo import build_demo

BENCH_DIR = Path(__file__).resolve().parents[2] / "benchmarks"
TINY = {"years": 2, "finalists": 5, "criteria": 3, "jurors": 3, "seed": 3}


def test_report_figures_run_once(qapp, tmp_path: Path) -> None:
    sys.path.insert(0, str(BENCH_DIR))
    try:
        make = importlib.import_module("make_large_db")
        reports = importlib.import_module("reports")
    finally:
        sys.path.remove(str(BENCH_DIR))
    tiny = Path(make.make_large_db(tmp_path / "tiny.db", **TINY)["path"])
    demo = tmp_path / "demo.db"
    build_demo(demo)
    figures = reports.measure(demo, tiny, repeat=1, repeat_large=1)
    assert set(figures) == {"report_decided", "report_large"}
    for figure in figures.values():
        for key in ("ms", "floor_ms", "ratio", "target_ms"):
            assert isinstance(figure[key], float), (key, figure)
        assert figure["runs"] == 1
    assert figures["report_decided"]["pages"] == 3  # the demo's 2019
    assert figures["report_large"]["pages"] >= 3  # cover, finalists and results at least
