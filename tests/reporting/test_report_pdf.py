"""The winners report as real PDF files, read back with poppler's tools.

The demo's 2019 (decided, no scores), 2027 as a draft, and 2027 again after the winner is
marked through the decision service; in Swedish and English.
"""

import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from nomdesk.db.open import open_database
from nomdesk.db.session import new_session
from nomdesk.demo import build_demo
from nomdesk.demo.history import MOTIVATION_2019
from nomdesk.reporting.language import speaking
from nomdesk.reporting.winners import write_winners_report
from nomdesk.services import audit, awards, decisions, nominees, years
from nomdesk.services.report_data import ReportData, report_data

TODAY = date(2027, 11, 17)
MOTIVATION_2027 = "Skellefteå visar vägen: ärendena följs öppet, och invånarna märker det."


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report-demo") / "demo.db"
    build_demo(path)
    return path


@pytest.fixture
def demo(tmp_path: Path, demo_template: Path) -> Path:
    target = tmp_path / "demo.db"
    shutil.copyfile(demo_template, target)
    return target


def gather(path: Path, year: int) -> ReportData:
    opened = open_database(path, create=False)
    try:
        with new_session(opened.engine) as session:
            award = awards.find_award(session=session)
            found = years.find_year(session=session, award_id=award.id, year=year)
            return report_data(session=session, year_id=found.id)
    finally:
        opened.engine.dispose()


def poppler(tool: str, *args: str) -> str:
    return subprocess.run([tool, *args], capture_output=True, text=True, check=True).stdout


def page_text(pdf: Path, page: int | None = None) -> str:
    """The text of one page (or all) as laid out (a table row stays one line), with runs of
    white space made one space."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return " ".join(poppler("pdftotext", "-layout", *pages, str(pdf), "-").split())


def info(pdf: Path) -> dict[str, str]:
    lines = poppler("pdfinfo", str(pdf)).splitlines()
    return {k.strip(): v.strip() for k, _sep, v in (line.partition(":") for line in lines)}


def assert_fonts_embedded(pdf: Path) -> None:
    rows = poppler("pdffonts", str(pdf)).splitlines()[2:]
    assert rows, "the PDF names no font"
    for row in rows:
        name, emb = row.split()[0], row.split()[-5]
        assert name.startswith("DejaVuSansCondensed"), row
        assert emb == "yes", row


def assert_no_images(pdf: Path) -> None:
    listing = poppler("pdfimages", "-list", str(pdf)).splitlines()
    assert listing[2:] == [], listing  # two header lines, then one line per image


def translated(context: str, text: str, language: str) -> str:
    with speaking(language):
        return QCoreApplication.translate(context, text)


def render(qapp, path: Path, year: int, language: str, out: Path) -> tuple[Path, int]:
    result = write_winners_report(gather(path, year), out, language, today=TODAY)
    assert result.path == out and out.exists()
    return out, result.pages


def test_2019_in_swedish_has_winner_motivation_footer_and_metadata(qapp, demo, tmp_path):
    pdf, pages = render(qapp, demo, 2019, "sv", tmp_path / "r2019sv.pdf")
    text = page_text(pdf)
    assert "Lidingö stad" in page_text(pdf, 1)
    assert " ".join(MOTIVATION_2019[0].split()) in text
    assert all(letter in text for letter in "åäöÅÄÖ"[:3])
    for name in ("Karlskrona kommun", "Karlstads kommun", "Södertälje kommun", "Umeå kommun"):
        assert name in text
    assert "Digital bygglovsprocess" in text  # an initiative
    assert translated("WinnersReport", "Page {page} of {count}", "sv") == "Sida {page} av {count}"
    assert f"Sida 2 av {pages}" in page_text(pdf, 2)
    assert "VINNARRAPPORT" in page_text(pdf, 1)
    assert "17 november 2027" in page_text(pdf, 2)  # the date, in Swedish
    meta = info(pdf)
    assert meta["Pages"] == str(pages) == "3"
    assert "Sveriges DigitaliseringsKommun 2019" in meta["Title"]
    assert meta["Author"] == "Kvalitetsmässan"
    xmp = poppler("pdfinfo", "-meta", str(pdf))
    assert "<rdf:li>sv-SE</rdf:li>" in xmp and "dc:description" in xmp
    assert_fonts_embedded(pdf)
    assert_no_images(pdf)


def test_2019_in_english_uses_english_texts_and_says_no_scores(qapp, demo, tmp_path):
    pdf, pages = render(qapp, demo, 2019, "en", tmp_path / "r2019en.pdf")
    text = page_text(pdf)
    assert " ".join(MOTIVATION_2019[1].split()) in text
    assert "Sweden's Digitalisation Municipality of the Year 2019" in page_text(pdf, 1)
    assert "No scores were recorded for this year" in text
    assert "Digital building-permit process" in text
    assert f"Page 2 of {pages}" in page_text(pdf, 2)
    assert "17 November 2027" in page_text(pdf, 2)
    assert "DRAFT" not in text
    years_listed = re.findall(r"\b(20[01]\d)\b", page_text(pdf, pages))
    assert {"2001", "2017"} <= set(years_listed) and "2021" not in years_listed
    assert "<rdf:li>en-GB</rdf:li>" in poppler("pdfinfo", "-meta", str(pdf))


def test_2027_draft_marks_every_page_and_shows_results_and_jury(qapp, demo, tmp_path):
    pdf, pages = render(qapp, demo, 2027, "en", tmp_path / "r2027.pdf")
    for page in range(1, pages + 1):
        assert "DRAFT" in page_text(pdf, page)
    text = page_text(pdf)
    assert "Not yet decided" in page_text(pdf, 1)
    assert "Mean of the jurors' totals" in text  # the method, named
    assert "Jurors 7" in text  # the jury's size beside the results
    assert "Skellefteå kommun * 8.17 6.25 3.83 7.58 73.92 6" in text  # a row of the table
    assert "Mean per criterion on 0–100" in text  # the per-criterion chart's axis
    assert "Astrid Exempelsson Kommunförbund (påhittat) Chair" in text
    assert "2023 Värmdö kommun" in text  # earlier winners
    assert gather(demo, 2027).audit_head in page_text(pdf, pages)  # on the last page
    assert_no_images(pdf)  # both charts are vector drawings
    assert_fonts_embedded(pdf)


def test_2027_swedish_numbers_use_a_decimal_comma(qapp, demo, tmp_path):
    pdf, _pages = render(qapp, demo, 2027, "sv", tmp_path / "r2027sv.pdf")
    assert "73,92" in page_text(pdf) and "73.92" not in page_text(pdf)


def _decide_2027(path: Path, motivation_en: str | None = None) -> str:
    opened = open_database(path, create=False)
    try:
        with new_session(opened.engine, actor="tester") as session:
            award = awards.find_award(session=session)
            year = years.find_year(session=session, award_id=award.id, year=2027)
            winner = nominees.find_nominee(
                session=session, year_id=year.id, key="Skellefteå kommun"
            )
            decisions.record_decision(
                session=session,
                year_id=year.id,
                winner_id=winner.id,
                motivation=MOTIVATION_2027,
                motivation_en=motivation_en,
                confirm_missing=True,
            )
            return audit.head_hash(session)
    finally:
        opened.engine.dispose()


def test_2027_after_the_decision_names_the_winner_and_the_chains_head(qapp, demo, tmp_path):
    head = _decide_2027(demo)
    pdf, pages = render(qapp, demo, 2027, "sv", tmp_path / "decided.pdf")
    cover = page_text(pdf, 1)
    assert "Skellefteå kommun" in cover and MOTIVATION_2027 in cover
    assert "DRAFT" not in page_text(pdf).upper().replace("DRAFTS", "")
    assert head in page_text(pdf, pages)  # the audit log's head, on the last page
    opened = open_database(demo, create=False)
    with new_session(opened.engine) as session:
        assert audit.verify_chain(session, known_head=head) == []
    opened.engine.dispose()


def test_english_report_falls_back_to_the_swedish_motivation_with_a_note(qapp, demo, tmp_path):
    _decide_2027(demo, motivation_en=None)
    pdf, _pages = render(qapp, demo, 2027, "en", tmp_path / "decided-en.pdf")
    cover = page_text(pdf, 1)
    assert MOTIVATION_2027 in cover
    assert "written in Swedish only" in cover


def test_a_failed_report_leaves_the_older_file_and_no_partial(qapp, demo, tmp_path, monkeypatch):
    out = tmp_path / "keep.pdf"
    out.write_bytes(b"%PDF older report")
    data = gather(demo, 2019)

    def broken(*_args, **_kwargs):
        raise RuntimeError("painting failed")

    monkeypatch.setattr("nomdesk.reporting.winners.render", broken)
    with pytest.raises(RuntimeError):
        write_winners_report(data, out, "sv", today=TODAY)
    assert out.read_bytes() == b"%PDF older report"
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []


def test_an_english_report_while_the_interface_speaks_swedish(qapp):
    """The report's thread gets English; the interface's thread keeps its Swedish."""
    import threading

    from PySide6.QtCore import QTranslator

    from nomdesk.reporting import language
    from nomdesk.resources import translations_dir

    swedish = QTranslator()
    assert swedish.load("nomdesk_sv", str(translations_dir()))
    qapp.installTranslator(swedish)
    language.keep_first()  # as ui.i18n.install_translators does after installing its own
    seen: dict[str, str] = {}
    inside, leave = threading.Event(), threading.Event()

    def report_thread() -> None:
        with speaking("en"):
            seen["report"] = QCoreApplication.translate("labels", "Chair")
            inside.set()
            leave.wait(5)

    try:
        thread = threading.Thread(target=report_thread)
        thread.start()
        assert inside.wait(5)
        seen["interface"] = QCoreApplication.translate("labels", "Chair")
        leave.set()
        thread.join()
    finally:
        qapp.removeTranslator(swedish)
    assert seen == {"report": "Chair", "interface": "Ordförande"}


def test_translating_through_the_report_translator_keeps_none_alive(qapp):
    with speaking("sv"):
        pass  # installs the report translator
    before = sys.getrefcount(None)
    for _ in range(20_000):
        QCoreApplication.translate("labels", "Chair")
    assert sys.getrefcount(None) >= before - 100
