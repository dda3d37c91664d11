"""The exchange commands: one real subprocess round trip; the other cases in-process."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from nomdesk.cli import main
from nomdesk.demo import build_demo
from tests.test_cli import _shape


@pytest.fixture
def run(tmp_path: Path):
    """Run nomdesk with its user data folder (the juror workspaces) inside tmp_path."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }

    def call(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "nomdesk", *map(str, args)],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            cwd=tmp_path,
        )

    return call


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(tmp_path: Path, monkeypatch, capsys):
    """The same commands in this process (faster), with the same data folder and cwd."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)

    def call(*args) -> Result:
        capsys.readouterr()
        code = main([str(a) for a in args])
        out = capsys.readouterr()
        return Result(code, out.out, out.err)

    return call


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("exchange-cli") / "template.db"
    build_demo(path)
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path


@pytest.fixture
def demo(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "d.db"
    shutil.copyfile(demo_template, path)
    return path


def _doc_example(command: str) -> dict:
    """The JSON example under the docs/cli.md heading of `nomdesk COMMAND`."""
    text = (Path(__file__).parents[1] / "docs" / "cli.md").read_text(encoding="utf-8")
    section = text.split(f"## `nomdesk {command} ")[1]
    return json.loads(section.split("```json\n")[1].split("```")[0])


def _scores_of(db: Path, juror: str) -> dict[tuple[str, str], tuple[float, str]]:
    con = sqlite3.connect(db)
    try:
        rows = con.execute(
            """SELECT n.display_name, c.name, s.value, s.comment FROM score s
               JOIN juror j ON j.id = s.juror_id JOIN nominee n ON n.id = s.nominee_id
               JOIN criterion c ON c.id = s.criterion_id WHERE j.name = ?""",
            (juror,),
        ).fetchall()
    finally:
        con.close()
    return {(n, c): (v, text) for n, c, v, text in rows}


GRETA = "Greta Påhittad"


def test_ballots_sheet_and_import_round_trip_with_documented_json(
    demo: Path, run, tmp_path: Path
) -> None:
    sent = run("ballots", "--db", demo, "--year", 2027, "-o", "ballots", "--json")
    assert sent.returncode == 0, sent.stderr
    ballots = json.loads(sent.stdout)
    assert _shape(ballots) == _shape(_doc_example("ballots"))
    assert len(ballots["ballots"]) == 7
    (greta,) = [b for b in ballots["ballots"] if b["juror"] == GRETA]
    sheet = run(
        "sheet", "--ballot", greta["file"],
        "--set", "Borås stad", "Verksamhetsutveckling", "7,5",
        "--set", "borås stad", "Kommunen som helhet", "4",
        "--comment", "Borås stad", "Verksamhetsutveckling", "Tydliga effekter",
        "-o", "greta.nomscores", "--json",
    )  # fmt: skip
    assert sheet.returncode == 0, sheet.stderr
    data = json.loads(sheet.stdout)
    assert _shape(data) == _shape(_doc_example("sheet"))
    assert (data["revision"], data["progress"]) == (1, {"scored": 2, "expected": 24})
    assert Path(data["workspace"]).is_relative_to(tmp_path / "data")
    before = _scores_of(demo, GRETA)
    dry = run("import-sheets", "--db", demo, "--dry-run", "--json", "greta.nomscores")
    assert dry.returncode == 0 and json.loads(dry.stdout)["files"][0]["new"] == 2
    assert _scores_of(demo, GRETA) == before == {}
    edited = tmp_path / "greta-edited.nomscores"
    edited.write_text(
        (tmp_path / "greta.nomscores").read_text(encoding="utf-8").replace("7.5", "9.5"),
        encoding="utf-8",
    )
    done = run("import-sheets", "--db", demo, "--json", "greta.nomscores", edited.name)
    assert done.returncode == 1  # one of the two was refused
    result = json.loads(done.stdout)
    assert _shape(result) == _shape(_doc_example("import-sheets"))
    assert [f["status"] for f in result["files"]] == ["accepted", "refused"]
    assert result["files"][1]["code"] == "bad_signature"
    assert _scores_of(demo, GRETA) == {
        ("Borås stad", "Verksamhetsutveckling"): (7.5, "Tydliga effekter"),
        ("Borås stad", "Kommunen som helhet"): (4.0, ""),
    }
    again = run("import-sheets", "--db", demo, "greta.nomscores")
    assert again.returncode == 0 and "already imported" in again.stdout


def test_each_sheet_call_exports_the_next_revision(demo: Path, cli) -> None:
    run = cli
    sent = run("ballots", "--db", demo, "--year", 2027, "--juror", GRETA, "-o", "b", "--json")
    (ballot,) = json.loads(sent.stdout)["ballots"]
    for expected in (1, 2):
        result = run("sheet", "--ballot", ballot["file"], "-o", f"{expected}.nomscores", "--json")
        assert json.loads(result.stdout)["revision"] == expected
    resent = run("ballots", "--db", demo, "--year", 2027, "--juror", GRETA, "-o", "b", "--json")
    (again,) = json.loads(resent.stdout)["ballots"]
    assert (again["ballot"], again["new"]) == (ballot["ballot"], False)
    imported = run("import-sheets", "--db", demo, "2.nomscores", "1.nomscores")
    assert imported.returncode == 0, imported.stderr
    assert "superseded: 1.nomscores" in imported.stdout


SHEET_MISTAKES = [
    (("--set", "Borås stad", "Verksamhetsutveckling", "10.25"), "is not on the scale"),
    (("--set", "Borås stad", "Verksamhetsutveckling", "mycket"), "is not a number"),
    (("--set", "Ingenstans", "Verksamhetsutveckling", "5"), "No nominee Ingenstans"),
    (("--comment", "Borås stad", "Verksamhetsutveckling", "x"), "score with --set"),
]


def test_sheet_mistakes_exit_2_and_save_nothing(demo: Path, cli, tmp_path: Path) -> None:
    sent = cli("ballots", "--db", demo, "--year", 2027, "--juror", GRETA, "-o", "b", "--json")
    (ballot,) = json.loads(sent.stdout)["ballots"]
    ok = ("--set", "Gävle kommun", "Verksamhetsutveckling", "5")
    for args, message in SHEET_MISTAKES:
        result = cli("sheet", "--ballot", ballot["file"], *ok, *args, "-o", "s.nomscores")
        assert result.returncode == 2 and message in result.stderr, (args, result.stderr)
        assert not (tmp_path / "s.nomscores").exists()
    fresh = cli("sheet", "--ballot", ballot["file"], "-o", "t.nomscores", "--json")
    assert json.loads(fresh.stdout)["progress"]["scored"] == 0  # the good --set was not saved


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("ballots", "--db", "d.db", "-o", "b"), "--year YEAR is required"),
        (("ballots", "--db", "d.db", "--year", "2027", "--juror", "Nobody", "-o", "b"), "Nobody"),
        (("ballots", "--db", "d.db", "--year", "2019", "-o", "b"), "no scoring round"),
        (("sheet", "--ballot", "missing.nomballot", "-o", "s"), "cannot be read"),
        (("import-sheets", "--db", "missing.db", "x.nomscores"), "does not exist"),
    ],
)
def test_exchange_usage_mistakes_exit_2(demo: Path, cli, args, message) -> None:
    result = cli(*args)
    assert result.returncode == 2, result.stdout
    assert message in result.stderr and "Traceback" not in result.stderr
