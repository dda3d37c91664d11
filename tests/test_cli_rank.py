"""`nomdesk rank` as a person uses it: real subprocesses on the demo database."""

import json
from pathlib import Path

import pytest

from nomdesk.domain.rules import METHODS
from tests.test_cli import nomdesk

KEYS = {"rank", "nominee", "score", "jurors", "complete", "sd", "range"}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rank") / "d.db"
    result = nomdesk("demo", str(path))
    assert result.returncode == 0, result.stderr
    return path


@pytest.mark.parametrize("method", METHODS)
def test_rank_json_for_every_method(demo_db: Path, method: str) -> None:
    result = nomdesk("rank", "--db", str(demo_db), "--year", "2027", "--method", method, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"award", "year", "round", "method", "ranking", "ties"}
    assert (data["year"], data["round"], data["method"]) == (2027, "Final", method)
    assert data["award"] == "Sveriges DigitaliseringsKommun"
    ranking = data["ranking"]
    assert len(ranking) == 6
    assert all(set(row) == KEYS for row in ranking)
    # One juror is still pending: the truth is that no finalist is complete.
    assert [row["complete"] for row in ranking] == [False] * 6
    scores = [row["score"] for row in ranking]
    assert scores == sorted(scores, reverse=True)
    assert ranking[0]["rank"] == 1
    assert all(row["jurors"] > 0 and row["sd"] is not None for row in ranking)
    tied = {name for group in data["ties"] for name in group}
    assert tied <= {row["nominee"] for row in ranking}


def test_rank_defaults_to_the_years_method_and_prints_a_table(demo_db: Path) -> None:
    result = nomdesk("rank", "--db", str(demo_db), "--year", "2027")
    assert result.returncode == 0, result.stderr
    assert "method mean" in result.stdout
    assert "Skellefteå kommun" in result.stdout or "kommun" in result.stdout


def test_trim_changes_the_trimmed_mean(demo_db: Path) -> None:
    def first_score(*extra: str) -> float:
        args = ("rank", "--db", str(demo_db), "--year", "2027", "--json", *extra)
        result = nomdesk(*args)
        assert result.returncode == 0, result.stderr
        return {r["nominee"]: r["score"] for r in json.loads(result.stdout)["ranking"]}

    assert first_score("--method", "trimmed", "--trim", "0") == first_score("--method", "mean")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--year", "2019"), "no scoring round"),
        (("--year", "1999"), "no award year 1999"),
        (("--year", "2027", "--round", "Semifinal"), "No round named Semifinal"),
        (("--year", "2027", "--method", "plurality"), "invalid choice"),
        (("--year", "2027", "--award", "Nobel"), "No award named Nobel"),
        (("--year", "2027", "--trim", "-1"), "--trim"),
        ((), "--year"),
    ],
)
def test_rank_usage_errors_exit_2_without_traceback(demo_db: Path, args, message) -> None:
    result = nomdesk("rank", "--db", str(demo_db), *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_docs_show_the_json_that_rank_prints(demo_db: Path) -> None:
    text = (Path(__file__).parents[1] / "docs" / "cli.md").read_text(encoding="utf-8")
    rank_section = text.split("## `nomdesk rank")[1]
    doc = json.loads(rank_section.split("```json\n")[1].split("```")[0])
    result = nomdesk("rank", "--db", str(demo_db), "--year", "2027", "--method", "mean", "--json")
    real = json.loads(result.stdout)
    assert set(doc) == set(real)
    assert [set(r) for r in doc["ranking"]] == [set(r) for r in real["ranking"]]
    assert doc["ranking"] == real["ranking"]
