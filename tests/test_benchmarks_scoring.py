"""benchmarks/scoring.py works: each figure once on a tiny database; no duration asserted."""

import importlib
import sys
from pathlib import Path

import pytest

from nomdesk.db.open import open_database
from nomdesk.db.session import new_session
from nomdesk.domain.rules import METHODS
from nomdesk.services.audit import verify_chain

BENCH_DIR = Path(__file__).resolve().parents[1] / "benchmarks"
TINY = {"years": 1, "finalists": 5, "criteria": 3, "jurors": 3, "seed": 5}


@pytest.fixture(scope="module")
def bench():
    sys.path.insert(0, str(BENCH_DIR))
    try:
        return importlib.import_module("make_large_db"), importlib.import_module("scoring")
    finally:
        sys.path.remove(str(BENCH_DIR))


@pytest.fixture
def tiny(tmp_path: Path, bench) -> Path:
    make, _scoring = bench
    return Path(make.make_large_db(tmp_path / "tiny.db", **TINY)["path"])


def _keys_ok(figure: dict) -> None:
    for key in ("ms", "floor_ms", "ratio", "target_ms"):
        assert isinstance(figure[key], float), (key, figure)
    assert isinstance(figure["within_target"], bool)


def test_edit_then_rank_runs_for_every_method(tiny: Path, bench, qapp) -> None:
    _make, scoring = bench
    result = scoring.figure_edit_rank(tiny, repeat=1)
    assert result["scores"] == 5 * 3 * 3
    assert list(result["methods"]) == list(METHODS)
    for figure in result["methods"].values():
        _keys_ok(figure)
        assert figure["target_ms"] == 30.0
    # One edit per run (and one warm-up) per method, each audited; the chain verifies.
    opened = open_database(tiny, create=False)
    try:
        with new_session(opened.engine) as session:
            assert verify_chain(session) == []
    finally:
        opened.engine.dispose()


def test_opening_results_fills_the_table(tiny: Path, bench, qapp) -> None:
    _make, scoring = bench
    figure = scoring.figure_open_results(tiny, repeat=1)
    _keys_ok(figure)
    assert figure["rows"] == 5 and figure["target_ms"] == 150.0
    lines = scoring.summary_lines(
        {
            "figures": {
                "edit_rank": {"methods": {"mean": {**figure, "rank_ms": 1.0}}},
                "open_results": {"tiny": figure},
            }
        }
    )
    assert lines[0].startswith("edit → ranking mean") and "ratio" in lines[1]


def test_main_works_on_a_copy(tiny: Path, bench, qapp, capsys) -> None:
    _make, scoring = bench
    before = tiny.read_bytes()
    assert scoring.main(["--db", str(tiny), "--repeat", "1", "--no-demo"]) == 0
    assert tiny.read_bytes() == before  # the edits went to a temporary copy
    out = capsys.readouterr().out
    assert '"edit_rank"' in out and '"open_results"' in out
