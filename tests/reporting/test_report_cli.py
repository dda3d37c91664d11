"""`nomdesk report` as a person uses it: real subprocesses on the demo database."""

import json
import subprocess
from pathlib import Path

import pytest
from tests.test_cli import _shape, nomdesk


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report-cli") / "d.db"
    result = nomdesk("demo", str(path))
    assert result.returncode == 0, result.stderr
    return path


def _pdf_pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    line = next(x for x in out.stdout.splitlines() if x.startswith("Pages:"))
    return int(line.split()[1])


def _documented_report_json() -> dict:
    text = (Path(__file__).parents[2] / "docs" / "cli.md").read_text(encoding="utf-8")
    section = text.split("## `nomdesk report ", 1)[1]
    return json.loads(section.split("```json\n", 1)[1].split("```", 1)[0])


def test_report_json_matches_the_docs_and_the_file(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "r2019.pdf"
    result = nomdesk("report", "--db", str(demo_db), "--year", "2019", "-o", str(out), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert _shape(data) == _shape(_documented_report_json())
    assert data["path"] == str(out.resolve())
    assert (data["year"], data["language"], data["draft"]) == (2019, "sv", False)
    assert data["winner"] == "Lidingö stad"
    assert data["pages"] == _pdf_pages(out)


def test_report_in_english_for_the_open_year_is_a_draft(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "r2027.pdf"
    args = ("report", "--db", str(demo_db), "--year", "2027", "--lang", "en", "-o", str(out))
    result = nomdesk(*args)
    assert result.returncode == 0, result.stderr
    assert "draft" in result.stdout and str(out) in result.stdout
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Not yet decided" in text and "DRAFT" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--year", "1999", "-o", "r.pdf"), "There is no award year 1999"),
        (("-o", "r.pdf"), "--year YEAR is required"),
        (("--year", "2019", "-o", "r.txt"), "ending in .pdf"),
        (("--year", "2019", "-o", "missing/r.pdf"), "the folder does not exist"),
        (("--year", "2019", "--award", "Nobel", "-o", "r.pdf"), "No award named Nobel"),
    ],
)
def test_mistakes_exit_2_and_write_nothing(demo_db: Path, tmp_path: Path, args, message) -> None:
    result = nomdesk("report", "--db", str(demo_db), *args, cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []
