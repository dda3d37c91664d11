"""benchmarks/exchange.py works: one import of every juror's sheet on a tiny database.

Durations are never asserted here; the script reports them beside their floor.
"""

import importlib
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parents[2] / "benchmarks"
TINY = {"years": 2, "finalists": 4, "criteria": 3, "jurors": 3, "seed": 3}


def test_exchange_benchmark_runs_once_and_writes_what_the_sheets_say(tmp_path: Path) -> None:
    sys.path.insert(0, str(BENCH_DIR))
    try:
        make = importlib.import_module("make_large_db")
        bench = importlib.import_module("exchange")
    finally:
        sys.path.remove(str(BENCH_DIR))
    made = make.make_large_db(tmp_path / "tiny.db", **TINY)
    before = Path(made["path"]).read_bytes()
    figure = bench.figure_import(Path(made["path"]), repeat=2)
    assert (figure["sheets"], figure["scores_per_sheet"]) == (3, 12)
    assert figure["written_as_sent"] is True
    for key in ("ms", "preview_ms", "apply_ms", "floor_ms", "ratio", "target_ms"):
        assert isinstance(figure[key], float), key
    assert Path(made["path"]).read_bytes() == before  # the import ran on a copy
