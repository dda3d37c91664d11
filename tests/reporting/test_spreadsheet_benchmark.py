"""benchmarks/exports.py works: one run of each figure on a tiny large-database.

Durations are never asserted here; the script reports them beside their floors.
"""

import importlib
import json
import sys
from pathlib import Path

import pytest

BENCH_DIR = Path(__file__).resolve().parents[2] / "benchmarks"
TINY = {"years": 2, "finalists": 4, "criteria": 3, "jurors": 3, "seed": 5}


@pytest.fixture(scope="module")
def modules():
    sys.path.insert(0, str(BENCH_DIR))
    try:
        return importlib.import_module("make_large_db"), importlib.import_module("exports")
    finally:
        sys.path.remove(str(BENCH_DIR))


def test_every_figure_runs_once_on_a_tiny_database(modules, tmp_path: Path, capsys) -> None:
    make, exports = modules
    path = Path(make.make_large_db(tmp_path / "tiny.db", **TINY)["path"])
    assert exports.main(["--db", str(path), "--repeat", "1"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["score_rows"] == TINY["finalists"] * TINY["jurors"] * TINY["criteria"]
    for name in ("read", "xlsx", "csv"):
        figure = result["figures"][name]
        assert figure["ms"] > 0 and figure["floor_ms"] > 0
        assert isinstance(figure["ratio"], float) and figure["ratio"] > 0
    assert result["xlsx_kb"] > 0 and result["csv_kb"] > 0
