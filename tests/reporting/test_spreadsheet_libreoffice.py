"""LibreOffice opens the exported XLSX and reads every sheet as nomdesk wrote it.

Skipped where LibreOffice is not installed (`apt-get install libreoffice-calc-nogui`).
"""

import csv
import shutil
import subprocess
from pathlib import Path

import pytest

from nomdesk.db.open import open_database
from nomdesk.db.session import new_session
from nomdesk.demo import build_demo
from nomdesk.reporting.spreadsheet import write_year
from nomdesk.services import awards, years

SOFFICE = shutil.which("soffice")
# CSV export filter: comma, double quote, UTF-8, from row 1; the last -1: every sheet.
ALL_SHEETS_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"

pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_libreoffice_reads_every_sheet(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    build_demo(db)
    opened = open_database(db, create=False)
    with new_session(opened.engine) as session:
        award = awards.find_award(session=session)
        year = years.find_year(session=session, award_id=award.id, year=2027)
        sheets = write_year(session=session, year_id=year.id, path=tmp_path / "2027.xlsx")  # type: ignore[arg-type]
        write_year(session=session, year_id=year.id, path=tmp_path / "ours.csv")  # type: ignore[arg-type]
    opened.engine.dispose()
    out = tmp_path / "lo"
    result = subprocess.run(
        [
            str(SOFFICE),
            "--headless",
            "--norestore",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--convert-to",
            ALL_SHEETS_CSV,
            "--outdir",
            str(out),
            str(tmp_path / "2027.xlsx"),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    for name, rows in sheets.items():
        assert len(read_csv(out / f"2027-{name}.csv")) == rows + 1, name
    theirs, ours = read_csv(out / "2027-Scores.csv"), read_csv(tmp_path / "ours.csv")
    assert theirs[0] == ours[0]
    for got, want in zip(theirs[1:], ours[1:], strict=True):
        assert got[:7] == want[:7]  # round, nominee, juror, criterion and their uids
        assert (float(got[7]) if got[7] else None) == (float(want[7]) if want[7] else None)
    nominees = {row[1] for row in read_csv(out / "2027-Nominees.csv")[1:]}
    assert "Örebro kommun" in nominees and "Borås stad" in nominees
