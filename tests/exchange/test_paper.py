"""The paper option: a ballot's blank score sheet as a PDF, read back with poppler."""

import subprocess
from pathlib import Path

from nomdesk.exchange.files import read_ballot
from nomdesk.exchange.paper import paper_sheet, write_blank_sheet


def test_blank_sheet_of_a_ballot_lists_its_nominees_and_criteria(
    qapp, exchange, tmp_path: Path
) -> None:
    ballot = read_ballot(exchange.ballot(1))  # juror 2: Kommun C is left out
    sheet = paper_sheet(ballot, "sv")
    assert [n.name for n in sheet.nominees] == ["Kommun A", "Kommun B"]
    assert [(c.name, c.scale_min, c.scale_max, c.step) for c in sheet.criteria] == [
        ("Innovation", 0.0, 10.0, 0.5),
        ("Effekt", 1.0, 5.0, 1.0),
    ]
    pdf = tmp_path / "blank.pdf"
    assert write_blank_sheet(ballot, pdf, "sv") >= 1
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in ("Kommun A", "Kommun B", "Innovation", "Effekt", ballot.juror.name):
        assert expected in text
    assert "Kommun C" not in text
