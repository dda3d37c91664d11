"""`nomdesk export` and `nomdesk import-nominees` as a person uses them: real subprocesses."""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.test_cli import _shape, nomdesk

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "samples" / "nominees.csv"


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("spreadsheets") / "d.db"
    result = nomdesk("demo", str(path))
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "d.db"
    shutil.copyfile(demo_template, target)
    return target


def dump(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def nominees_of(db: Path, year: int) -> list[str]:
    con = sqlite3.connect(db)
    try:
        rows = con.execute(
            """SELECT n.display_name FROM nominee n JOIN award_year y ON y.id = n.year_id
               WHERE y.year = ? ORDER BY n.display_name""",
            (year,),
        ).fetchall()
    finally:
        con.close()
    return [r[0] for r in rows]


# --- export -------------------------------------------------------------------------------


def test_export_xlsx_writes_every_sheet(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "2027.xlsx"
    result = nomdesk("export", "--db", str(demo_db), "--year", "2027", "-o", str(out), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["year"], data["format"], data["file"]) == (2027, "xlsx", str(out))
    book = load_workbook(out)
    assert book.sheetnames == list(data["sheets"])
    assert data["sheets"]["Nominees"] == len(nominees_of(demo_db, 2027)) == 9
    assert book["Scores"].max_row == data["sheets"]["Scores"] + 1


def test_export_csv_writes_the_scores_with_a_bom(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "scores.csv"
    result = nomdesk("export", "--db", str(demo_db), "--year", "2027", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "scores.csv written (csv; rows: Scores 164)" in result.stdout
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "Örebro kommun".encode() in raw
    assert raw.count(b"\r\n") == 165


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--year", "2027", "-o", "y.ods"), "-o must name a .xlsx or .csv file"),
        (("--year", "1999", "-o", "y.xlsx"), "no award year 1999"),
        (("-o", "y.xlsx"), "--year YEAR is required"),
        (("--year", "2027", "-o", "missing/y.xlsx"), "does not exist"),
        (("--year", "2027", "--award", "Nobel", "-o", "y.xlsx"), "No award named Nobel"),
    ],
)
def test_export_mistakes_exit_2_and_write_nothing(
    demo_db: Path, tmp_path: Path, args, message: str
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    result = nomdesk("export", "--db", str(demo_db), *args, cwd=work)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert list(work.iterdir()) == []


# --- import-nominees ------------------------------------------------------------------------


def test_dry_run_lists_every_row_and_writes_nothing(demo_db: Path) -> None:
    before = dump(demo_db)
    result = nomdesk(
        "import-nominees",
        "--db",
        str(demo_db),
        "--year",
        "2027",
        str(SAMPLE),
        "--dry-run",
        "--json",
    )
    assert result.returncode == 1, result.stderr  # rows were refused or held back
    data = json.loads(result.stdout)
    statuses = {r["row"]: r["status"] for r in data["rows"]}
    assert statuses == {
        2: "needs_confirmation",
        3: "ok",
        4: "needs_confirmation",
        5: "ok",
        6: "refused",
        7: "refused",
        8: "ok",
        9: "needs_confirmation",
        10: "ok",
        11: "refused",
    }
    codes = {r["row"]: [p["code"] for p in r["problems"]] for r in data["rows"]}
    assert (codes[6], codes[7], codes[11]) == (["no_name"], ["nominee_exists"], ["named_twice"])
    assert (data["ok"], data["refused"], data["needs_confirmation"]) == (4, 3, 3)
    assert data["applied"] is False and data["imported"]["nominees"] == 0
    karlstad = next(o for o in data["organisations"] if o["text"] == "Karlstad")
    assert karlstad["match"] == "loose" and karlstad["organisation"] is None
    assert karlstad["candidates"] == [{"name": "Karlstads kommun", "new": False}]
    assert dump(demo_db) == before


def test_import_writes_the_good_rows_and_holds_back_loose_matches(demo_db: Path) -> None:
    before = nominees_of(demo_db, 2027)
    result = nomdesk("import-nominees", "--db", str(demo_db), "--year", "2027", str(SAMPLE))
    assert result.returncode == 1
    assert "row 2: needs confirmation: Karlstad may be Karlstads kommun" in result.stderr
    assert "row 6: refused: The nominee needs a name or an organisation." in result.stderr
    assert "imported 4 nominees, 3 new organisations, 3 initiatives" in result.stdout
    added = sorted(set(nominees_of(demo_db, 2027)) - set(before))
    assert added == ["Ale kommun", "Nacka kommun", "Region Gotland", "Trosa kommun"]
    # The same file again: everything it could import is there now, nothing is written.
    snapshot = dump(demo_db)
    again = nomdesk(
        "import-nominees", "--db", str(demo_db), "--year", "2027", str(SAMPLE), "--json"
    )
    assert again.returncode == 1
    assert json.loads(again.stdout)["applied"] is False
    assert dump(demo_db) == snapshot


def test_an_all_good_file_exits_0(demo_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "ok.csv"
    path.write_text(
        "Namn,Kommun\nNya Älvdalen,Ale kommun\nKarlstad 2027,Karlstads kommun\n", "cp1252"
    )
    result = nomdesk("import-nominees", "--db", str(demo_db), "--year", "2027", str(path), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["encoding"], data["delimiter"], data["applied"]) == ("cp1252", ",", True)
    assert data["imported"] == {"nominees": 2, "organisations": 1, "initiatives": 0}
    assert {"Nya Älvdalen", "Karlstad 2027"} <= set(nominees_of(demo_db, 2027))


@pytest.mark.parametrize(
    ("content", "year", "message"),
    [
        (b"\x00\x01garbage", "2027", "is not a CSV or XLSX file"),
        ("Tidstämpel;Fråga\n2027;ja\n".encode(), "2027", "no column holds a nominee's name"),
        (b"Namn\nNy\n", "2019", "locked"),
        (b"Namn\nNy\n", "1999", "no award year 1999"),
    ],
)
def test_import_mistakes_exit_2_and_change_nothing(
    demo_db: Path, tmp_path: Path, content: bytes, year: str, message: str
) -> None:
    path = tmp_path / "form.csv"
    path.write_bytes(content)
    before = dump(demo_db)
    result = nomdesk("import-nominees", "--db", str(demo_db), "--year", year, str(path))
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert dump(demo_db) == before


# --- docs/cli.md ----------------------------------------------------------------------------


def _section_json(heading: str) -> dict:
    """The JSON example of the docs' section whose heading starts with `heading`."""
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    section = text.split(f"## `{heading}")[1].split("\n## ")[0]
    return json.loads(section.split("```json\n")[1].split("```")[0])


def test_docs_show_the_json_that_export_and_import_nominees_print(
    demo_db: Path, tmp_path: Path
) -> None:
    export = nomdesk(
        "export", "--db", str(demo_db), "--year", "2027", "-o", str(tmp_path / "y.xlsx"), "--json"
    )
    real = json.loads(export.stdout)
    doc = _section_json("nomdesk export ")
    assert _shape(doc) == _shape(real)
    assert doc["sheets"] == real["sheets"]

    imported = nomdesk(
        "import-nominees",
        "--db",
        str(demo_db),
        "--year",
        "2027",
        str(SAMPLE),
        "--dry-run",
        "--json",
    )
    real = json.loads(imported.stdout)
    doc = _section_json("nomdesk import-nominees ")
    assert list(doc) == list(real)
    assert _shape(doc["organisations"]) == _shape(real["organisations"])
    refused = next(r for r in real["rows"] if r["problems"] and r["organisations"])
    assert _shape(doc["rows"][-1]) == _shape(refused)
    for row in doc["rows"]:
        assert row in real["rows"]
    for organisation in doc["organisations"]:
        assert organisation in real["organisations"]
    assert {k: doc[k] for k in ("columns", "ok", "refused", "imported")} == {
        k: real[k] for k in ("columns", "ok", "refused", "imported")
    }
