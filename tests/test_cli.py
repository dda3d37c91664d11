"""The command line as a person uses it: real subprocesses on real files."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


def nomdesk(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "nomdesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=cwd,
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "d.db"
    result = nomdesk("demo", str(path))
    assert result.returncode == 0, result.stderr
    return path


def test_version() -> None:
    result = nomdesk("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("nomdesk ")


def test_info_json_shows_history_2019_finalists_and_2027_round(demo_db: Path) -> None:
    result = nomdesk("info", "--db", str(demo_db), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    (award,) = data["awards"]
    years = {y["year"]: y for y in award["years"]}
    assert set(range(2001, 2024, 2)) <= set(years)
    assert years[2003]["winner"].startswith("Nacka")
    assert len(years[2019]["finalists"]) == 5
    assert any(name.startswith("Lidingö") for name in years[2019]["finalists"])
    assert [r["name"] for r in years[2027]["rounds"]] == ["Final"]
    assert years[2027]["locked"] is False
    assert years[2027]["rounds"][0]["scores"] > 0
    assert data["audit"]["events"] > 0


def test_info_text_names_the_years(demo_db: Path) -> None:
    result = nomdesk("info", "--db", str(demo_db))
    assert result.returncode == 0
    assert "2019" in result.stdout and "2027" in result.stdout


def test_audit_verify_passes_then_reports_a_changed_event(demo_db: Path, tmp_path: Path) -> None:
    ok = nomdesk("audit", "verify", "--db", str(demo_db), "--json")
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["ok"] is True
    copy = tmp_path / "tampered.db"
    source = sqlite3.connect(demo_db)
    target = sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.execute("UPDATE audit_event SET actor = 'mallory' WHERE id = 3")
    target.commit()
    target.close()
    bad = nomdesk("audit", "verify", "--db", str(copy), "--json")
    assert bad.returncode == 1
    problems = json.loads(bad.stdout)["problems"]
    assert {"event": 3, "kind": "changed"} in [
        {"event": p["event"], "kind": p["kind"]} for p in problems
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("info",), "--db PATH is required"),
        (("info", "--db", "missing.db"), "does not exist"),
        (("audit", "verify", "--db", "missing.db"), "does not exist"),
        (("info", "--nonsense"), "unrecognized arguments"),
    ],
)
def test_user_mistakes_exit_2_without_traceback(tmp_path: Path, args, message) -> None:
    result = nomdesk(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_foreign_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("not a database", encoding="utf-8")
    result = nomdesk("info", "--db", str(path))
    assert result.returncode == 2
    assert "not a nomdesk database" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_text(encoding="utf-8") == "not a database"


def test_demo_refuses_to_overwrite(demo_db: Path) -> None:
    before = demo_db.stat().st_size
    result = nomdesk("demo", str(demo_db))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert demo_db.stat().st_size == before


def _doc_json_blocks() -> list[dict]:
    text = (Path(__file__).parents[1] / "docs" / "cli.md").read_text(encoding="utf-8")
    blocks = text.split("```json\n")[1:]
    return [json.loads(block.split("```")[0]) for block in blocks]


def _shape(value):
    """The keys of a JSON value, recursively (lists by their first item)."""
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items()}
    if isinstance(value, list) and value:
        return [_shape(value[0])]
    return type(value).__name__ if value is not None else "null"


def test_docs_show_the_json_that_info_and_verify_print(demo_db: Path) -> None:
    info_doc, verify_doc = _doc_json_blocks()[:2]
    info = json.loads(nomdesk("info", "--db", str(demo_db), "--json").stdout)
    verify = json.loads(nomdesk("audit", "verify", "--db", str(demo_db), "--json").stdout)
    year_doc = info_doc["awards"][0]["years"][-1]
    year_real = info["awards"][0]["years"][-1]
    assert set(info_doc) == set(info)
    assert _shape(year_doc) == _shape(year_real)
    assert set(verify_doc) == set(verify)


def test_audit_verify_with_a_known_head_finds_deleted_newest_events(
    demo_db: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "cut.db"
    source = sqlite3.connect(demo_db)
    target = sqlite3.connect(copy)
    source.backup(target)
    source.close()
    head = target.execute("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1").fetchone()[0]
    target.execute("DELETE FROM audit_event WHERE id = (SELECT max(id) FROM audit_event)")
    target.commit()
    target.close()
    plain = nomdesk("audit", "verify", "--db", str(copy))
    assert plain.returncode == 0  # a shorter chain is still whole...
    result = nomdesk("audit", "verify", "--db", str(copy), "--head", head, "--json")
    assert result.returncode == 1  # ...but the head printed earlier is gone
    assert [p["kind"] for p in json.loads(result.stdout)["problems"]] == ["truncated"]


def test_info_for_an_unknown_award_is_a_usage_error(demo_db: Path) -> None:
    result = nomdesk("info", "--db", str(demo_db), "--award", "Nobelpriset")
    assert result.returncode == 2
    assert "No award named Nobelpriset" in result.stderr
    named = nomdesk("info", "--db", str(demo_db), "--award", "sveriges digitaliseringskommun")
    assert named.returncode == 0
