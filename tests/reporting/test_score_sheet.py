"""The blank paper score sheet as a real PDF, read back with poppler's tools."""

import subprocess
from pathlib import Path

import pytest

from nomdesk.reporting.score_sheet import (
    ScoreSheet,
    SheetCriterion,
    SheetNominee,
    choices,
    write_score_sheet,
)

CRITERIA = (
    SheetCriterion("Verksamhetsutveckling", 0, 10, 0.5, 3, "Hur väl digitaliseringen används."),
    SheetCriterion("Kommunen som helhet", 1, 5, 1, 2),
)
NOMINEES = (
    SheetNominee("Skellefteå kommun", "En gemensam ingång för invånarnas ärenden."),
    SheetNominee("Västerås stad"),
    SheetNominee("Örebro kommun"),
)
SHEET = ScoreSheet(
    award="Sveriges DigitaliseringsKommun",
    year=2027,
    round="Final",
    juror="Greta Påhittad",
    criteria=CRITERIA,
    nominees=NOMINEES,
    ballot_uid="5f0c2b1e-8d1a-4c55-9b1e-2f6a9d3c7e10",
    organiser="Kvalitetsmässan",
)


def poppler(tool: str, *args: str) -> str:
    return subprocess.run([tool, *args], capture_output=True, text=True, check=True).stdout


def text_of(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return " ".join(poppler("pdftotext", "-layout", *pages, str(pdf), "-").split())


@pytest.mark.parametrize(
    ("language", "step", "footer"), [("sv", "0,5", None), ("en", "0.5", "Page")]
)
def test_sheet_names_the_ballot_and_every_nominee_and_criterion(
    qapp, tmp_path, language, step, footer
):
    pdf = tmp_path / f"sheet-{language}.pdf"
    pages = write_score_sheet(SHEET, pdf, language)
    text = text_of(pdf)
    for expected in ("Greta Påhittad", "Sveriges DigitaliseringsKommun", "2027", "Final",
                     SHEET.ballot_uid, "Hur väl digitaliseringen används."):  # fmt: skip
        assert expected in text
    for nominee in NOMINEES:
        assert text.count(nominee.name) == 1  # its heading
    assert text.count("Verksamhetsutveckling") == 1 + len(NOMINEES)  # legend + each table
    assert f"0–10, {'steg' if language == 'sv' else 'step'} {step}" in text
    assert "1 2 3 4 5" in text  # a short scale's values, to be circled
    if footer:
        assert f"Page {pages} of {pages}" in text_of(pdf, pages)
    info = poppler("pdfinfo", str(pdf))
    assert f"Pages:           {pages}" in info and "Greta Påhittad" in info
    fonts = poppler("pdffonts", str(pdf)).splitlines()[2:]
    assert fonts and all(row.split()[-5] == "yes" for row in fonts)
    assert poppler("pdfimages", "-list", str(pdf)).splitlines()[2:] == []


def test_every_nominee_starts_its_table_on_the_page_it_ends(qapp, tmp_path):
    many = tuple(SheetNominee(f"Kommun {i:02d}") for i in range(12))
    criteria = tuple(SheetCriterion(f"Kriterium {i}", 0, 10, 0.5) for i in range(6))
    sheet = ScoreSheet("Priset", 2027, "Final", "Astrid", criteria, many)
    pdf = tmp_path / "many.pdf"
    pages = write_score_sheet(sheet, pdf, "en")
    assert pages > 3
    seen = []
    for page in range(1, pages + 1):
        text = text_of(pdf, page)
        here = [n.name for n in many if n.name in text]
        seen += here
        # Each nominee's rows and comment box are on the page of its heading.
        legend = 1 if page == 1 else 0
        assert text.count("Kriterium 5") == len(here) + legend
        assert text.count("Overall comment") == len(here)
    assert seen == [n.name for n in many]


def test_a_ballot_without_nominees_says_so(qapp, tmp_path):
    sheet = ScoreSheet("Priset", 2027, "Final", "Astrid", CRITERIA, ())
    pdf = tmp_path / "empty.pdf"
    assert write_score_sheet(sheet, pdf, "en") == 1
    assert "This ballot has no nominees to score." in text_of(pdf)


def test_long_scales_leave_a_box_and_short_ones_list_their_values():
    from nomdesk.reporting.language import Language

    english = Language("en")
    assert choices(SheetCriterion("A", 0, 10, 0.5), english) == ""  # 21 values: a box
    assert choices(SheetCriterion("B", 0, 1, 0.25), english) == "0   0.25   0.5   0.75   1"
