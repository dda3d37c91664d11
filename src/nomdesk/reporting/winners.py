"""The winners report (design §5, issue 6): PDF in Swedish or English, or onto a printer.

    result = write_winners_report(data, path, "sv")       # data: services.report_data
    paint_winners_report(data, printer, "en")              # e.g. a print preview's QPrinter

Before a decision every page carries a "Draft" mark. Painting needs no window and may run
on a worker thread (the data are plain dataclasses, gathered beforehand).
"""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter

from nomdesk.reporting import style
from nomdesk.reporting import winners_sections as sections
from nomdesk.reporting.fonts import load_fonts
from nomdesk.reporting.language import Language, speaking
from nomdesk.reporting.layout import Block, Canvas, Progress, render
from nomdesk.reporting.pdf import (
    DocumentInfo,
    ensure_gui_application,
    paint_footer,
    paint_header,
    paint_watermark,
    write_pdf,
)
from nomdesk.reporting.winners_cover import award_name, cover, paint_band, year_title
from nomdesk.reporting.winners_results import results
from nomdesk.services.report_data import ReportData

WHITE = QColor("white")  # on the cover's band
MARK = style.WATERMARK_TEXT


@dataclass(frozen=True)
class ReportResult:
    path: Path | None
    pages: int
    language: str
    draft: bool


def document_info(data: ReportData, lang: Language) -> DocumentInfo:
    """Title and author for the PDF's info; subject and language for its XMP."""
    title = QCoreApplication.translate("WinnersReport", "Winners report: {title}")
    subject = QCoreApplication.translate(
        "WinnersReport",
        "The winner of {award} {year} with the jury's motivation, the finalists, the results "
        "and the jury.",
    )
    return DocumentInfo(
        title=title.format(title=year_title(data, lang)),
        author=data.organiser or award_name(data, lang),
        subject=subject.format(award=award_name(data, lang), year=data.year),
        language=lang.tag,
    )


def report_blocks(data: ReportData, lang: Language, today: date) -> list[Block]:
    return [
        *cover(data, lang),
        *sections.finalists(data, lang),
        *results(data, lang),
        *sections.jury(data, lang),
        *sections.history(data, lang),
        *sections.about(data, lang, today),
    ]


def _decorate(data: ReportData, lang: Language, today: date):
    draft = QCoreApplication.translate("WinnersReport", "Draft")
    left = QCoreApplication.translate("WinnersReport", "{award} {year} · Winners report").format(
        award=award_name(data, lang), year=data.year
    )
    page_text = QCoreApplication.translate("WinnersReport", "Page {page} of {count}")
    dated = lang.date(today)

    def decorate(painter: QPainter, canvas: Canvas, index: int, count: int) -> None:
        if index == 0:
            paint_band(painter, canvas, data, lang)
            paint_footer(painter, canvas, data.organiser, dated)
        else:
            right = f"{dated} · {page_text.format(page=index + 1, count=count)}"
            paint_footer(painter, canvas, left, right)
        if data.decision is None:
            paint_watermark(painter, canvas, draft.upper())
            paint_header(painter, canvas, draft.upper(), WHITE if index == 0 else MARK)

    return decorate


def paint_winners_report(
    data: ReportData,
    device: QPagedPaintDevice,
    language: str,
    *,
    today: date | None = None,
    progress: Progress | None = None,
) -> ReportResult:
    """Paint the report onto `device` (a QPdfWriter, or a QPrinter set to full page)."""
    load_fonts()
    today = today or date.today()
    with speaking(language) as lang:
        blocks = report_blocks(data, lang, today)
        pages = render(device, blocks, _decorate(data, lang, today), progress=progress)
    return ReportResult(None, pages, language, data.decision is None)


def write_winners_report(
    data: ReportData,
    path: Path,
    language: str,
    *,
    today: date | None = None,
    progress: Progress | None = None,
) -> ReportResult:
    """Write the report as a PDF file (replacing `path` only when it is complete)."""
    ensure_gui_application()
    with speaking(language) as lang:
        info = document_info(data, lang)

    def paint(writer) -> ReportResult:
        return paint_winners_report(data, writer, language, today=today, progress=progress)

    result = write_pdf(Path(path), info, paint)
    return ReportResult(Path(path), result.pages, language, result.draft)
