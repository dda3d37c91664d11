"""Issue 5's "done when": two nomdesk instances on one machine, one the secretariat's and
one the juror's, each a separate process with its own home folder, complete a scoring
round sharing nothing but the two files (driver: tests/ui/two_instances_driver.py)."""

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.ui.two_instances_driver import JUROR, TYPED

ROOT = Path(__file__).resolve().parents[2]


def _start(role: str, home: Path, *args: Path) -> subprocess.Popen:
    home.mkdir(parents=True)
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    command = [sys.executable, "-m", "tests.ui.two_instances_driver", role, *map(str, args)]
    log = (home / "stderr.txt").open("w", encoding="utf-8")  # a file: a pipe could fill up
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log)


def _said(home: Path) -> str:
    return (home / "stderr.txt").read_text("utf-8")


def _wait_for(path: Path, process: subprocess.Popen, home: Path, seconds: float = 90) -> None:
    end = time.monotonic() + seconds
    while not path.exists():
        assert process.poll() is None, _said(home)
        assert time.monotonic() < end, f"{path.name} did not appear"
        time.sleep(0.1)


def _stop(process: subprocess.Popen | None) -> None:
    if process is not None and process.poll() is None:
        process.kill()
    if process is not None:
        process.wait(timeout=30)


def _juror_scores(db: Path) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(
            """SELECT c.position, s.value, s.comment, s.source FROM score s
               JOIN juror j ON j.id = s.juror_id JOIN criterion c ON c.id = s.criterion_id
               WHERE j.name = ? ORDER BY s.nominee_id, c.position""",
            (JUROR,),
        ).fetchall()
    finally:
        con.close()


@pytest.mark.slow
def test_a_secretariat_and_a_juror_instance_complete_a_round(demo_copy: Path, tmp_path) -> None:
    db = demo_copy
    folder = tmp_path / "exchange"
    (folder / "returned").mkdir(parents=True)
    result = tmp_path / "result.json"
    homes = {role: tmp_path / f"{role}-home" for role in ("secretariat", "juror")}
    secretariat = _start("secretariat", homes["secretariat"], db, folder, result)
    juror = None
    try:
        _wait_for(folder / "ballots-written", secretariat, homes["secretariat"])
        (ballot,) = (folder / "ballots").glob("*.nomballot")
        sheet = folder / "returned" / "greta.nomscores"
        juror = _start("juror", homes["juror"], ballot, sheet)
        assert secretariat.poll() is None  # both instances run at the same time
        assert juror.wait(timeout=120) == 0, _said(homes["juror"])
        assert secretariat.wait(timeout=120) == 0, _said(homes["secretariat"])
    finally:
        _stop(juror)
        _stop(secretariat)
    seen = json.loads(result.read_text("utf-8"))
    assert seen["preview"] == [["Accepted"]]
    assert "Imported 1 score sheet" in seen["status"]
    scores = _juror_scores(db)
    assert len(scores) == 6 * len(TYPED)  # every finalist, every criterion
    assert {(p, v) for p, v, _c, _s in scores} == {(p, float(t)) for p, t in enumerate(TYPED)}
    assert {source for *_, source in scores} == {"sheet"}
    # The juror's workspace lives in the juror's home, not the secretariat's.
    assert list((homes["juror"] / "data").rglob("*")) and not list(
        homes["secretariat"].rglob("*.nomscores")
    )
