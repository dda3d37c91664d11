"""The blank paper score sheet of one ballot (issue 5 item 3): nominees × criteria with
their scales and steps, room for comments, the juror, award, year and round.

Built from plain data, so that the ballot (exchange/) maps onto it field by field:

    sheet = ScoreSheet(award=..., year=..., round=..., juror=..., criteria=(...),
                       nominees=(...))
    write_score_sheet(sheet, path, "sv")
"""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice, QPainter

from nomdesk.reporting import style
from nomdesk.reporting.blocks import Paragraph, heading, muted
from nomdesk.reporting.fonts import load_fonts
from nomdesk.reporting.language import Language, speaking
from nomdesk.reporting.layout import Block, Canvas, Group, render
from nomdesk.reporting.pdf import DocumentInfo, ensure_gui_application, paint_footer, write_pdf
from nomdesk.reporting.tables import CENTRE, RIGHT, Column, Table, TableStyle

CHOICES_UP_TO = 11  # a scale with at most this many values prints them, to be circled
SCORE_ROW = 30.0  # points: room to write a score and a short comment
COMMENT_ROW = 54.0


@dataclass(frozen=True)
class SheetCriterion:
    name: str
    scale_min: float
    scale_max: float
    step: float
    weight: float = 1.0
    description: str = ""


@dataclass(frozen=True)
class SheetNominee:
    name: str
    summary: str = ""


@dataclass(frozen=True)
class ScoreSheet:
    """One ballot's blank sheet; texts already in the sheet's language."""

    award: str
    year: int
    round: str
    juror: str
    criteria: tuple[SheetCriterion, ...]
    nominees: tuple[SheetNominee, ...]
    ballot_uid: str = ""
    organiser: str = ""


def scale_text(c: SheetCriterion, lang: Language) -> str:
    scale = f"{lang.scale_value(c.scale_min)}–{lang.scale_value(c.scale_max)}"
    step = QCoreApplication.translate("ScoreSheet", "step {step}")
    return f"{scale}, {step.format(step=lang.scale_value(c.step))}"


def choices(c: SheetCriterion, lang: Language) -> str:
    """The scale's values to circle ('1   2   3   4   5'), or '' when there are too many."""
    count = round((c.scale_max - c.scale_min) / c.step) + 1
    if count > CHOICES_UP_TO:
        return ""
    return "   ".join(lang.scale_value(c.scale_min + i * c.step) for i in range(count))


def _facts(sheet: ScoreSheet) -> Table:
    rows = [
        [QCoreApplication.translate("ScoreSheet", "Award"), sheet.award],
        [QCoreApplication.translate("ScoreSheet", "Year"), str(sheet.year)],
        [QCoreApplication.translate("ScoreSheet", "Round"), sheet.round],
        [QCoreApplication.translate("ScoreSheet", "Juror"), sheet.juror],
    ]
    if sheet.ballot_uid:
        rows.append([QCoreApplication.translate("ScoreSheet", "Ballot"), sheet.ballot_uid])
    table_style = TableStyle(header=False, stripes=False, bold_rows=frozenset({3}))
    return Table([Column("", 1), Column("", 5)], rows, table_style, space_before=10)


def _instructions() -> list[Block]:
    texts = (
        QCoreApplication.translate(
            "ScoreSheet",
            "Score every nominee on every criterion with a value on the criterion's scale, "
            "in its steps; where the values are printed, circle one. Comments are welcome.",
        ),
        QCoreApplication.translate(
            "ScoreSheet",
            "If you have a conflict of interest with a nominee, write 'Conflict' across its "
            "table and leave its scores empty.",
        ),
        QCoreApplication.translate(
            "ScoreSheet",
            "Sign the last page and return the sheet to the secretariat, who will key in your "
            "scores.",
        ),
    )
    return [Paragraph(t, space_before=6 if i == 0 else 3) for i, t in enumerate(texts)]


def _criteria(sheet: ScoreSheet, lang: Language) -> Block:
    columns = [
        Column(QCoreApplication.translate("ScoreSheet", "Criterion"), 6),
        Column(QCoreApplication.translate("ScoreSheet", "Scale"), 2, RIGHT),
        Column(QCoreApplication.translate("ScoreSheet", "Weight"), 1, RIGHT),
    ]
    rows = [
        [f"{c.name}\n{c.description}" if c.description else c.name, scale_text(c, lang),
         lang.scale_value(c.weight)]
        for c in sheet.criteria
    ]  # fmt: skip
    title = QCoreApplication.translate("ScoreSheet", "Criteria")
    return Group([heading(title, 3), Table(columns, rows)], space_before=16)


def _nominee(sheet: ScoreSheet, nominee: SheetNominee, lang: Language) -> Block:
    columns = [
        Column(QCoreApplication.translate("ScoreSheet", "Criterion"), 3.2),
        Column(QCoreApplication.translate("ScoreSheet", "Score"), 2.2, CENTRE),
        Column(QCoreApplication.translate("ScoreSheet", "Comment"), 4.6),
    ]
    rows = [[f"{c.name}\n{scale_text(c, lang)}", choices(c, lang), ""] for c in sheet.criteria]
    grid = TableStyle(grid=True, stripes=False, min_row=SCORE_ROW)
    overall = QCoreApplication.translate("ScoreSheet", "Overall comment")
    blocks: list[Block] = [heading(nominee.name, 2, space_before=0)]
    if nominee.summary:
        blocks.append(muted(nominee.summary, size=8.5))
    blocks.append(Table(columns, rows, grid))
    comment = TableStyle(grid=True, stripes=False, min_row=COMMENT_ROW)
    blocks.append(Table([Column(overall)], [[""]], comment, space_before=4))
    return Group(blocks, space_before=22)


def _signature() -> Block:
    columns = [
        Column(QCoreApplication.translate("ScoreSheet", "Signature"), 3),
        Column(QCoreApplication.translate("ScoreSheet", "Date"), 1.4),
    ]
    table_style = TableStyle(grid=True, stripes=False, min_row=40)
    return Table(columns, [["", ""]], table_style, space_before=26)


def sheet_blocks(sheet: ScoreSheet, lang: Language) -> list[Block]:
    title = QCoreApplication.translate("ScoreSheet", "Score sheet")
    blocks: list[Block] = [heading(title, space_before=0), _facts(sheet), *_instructions()]
    blocks.append(_criteria(sheet, lang))
    blocks += [_nominee(sheet, n, lang) for n in sheet.nominees]
    if not sheet.nominees:
        note = QCoreApplication.translate("ScoreSheet", "This ballot has no nominees to score.")
        blocks.append(muted(note, size=style.BODY, space_before=12))
    return [*blocks, _signature()]


def _decorate(sheet: ScoreSheet):
    left = " · ".join(p for p in (f"{sheet.award} {sheet.year}", sheet.round, sheet.juror) if p)
    page_text = QCoreApplication.translate("ScoreSheet", "Page {page} of {count}")

    def decorate(painter: QPainter, canvas: Canvas, index: int, count: int) -> None:
        paint_footer(painter, canvas, left, page_text.format(page=index + 1, count=count))

    return decorate


def paint_score_sheet(sheet: ScoreSheet, device: QPagedPaintDevice, language: str) -> int:
    """Paint the sheet onto `device`; the number of pages."""
    load_fonts()
    with speaking(language) as lang:
        return render(device, sheet_blocks(sheet, lang), _decorate(sheet))


def write_score_sheet(sheet: ScoreSheet, path: Path, language: str) -> int:
    """Write the blank sheet as a PDF; the number of pages."""
    ensure_gui_application()
    with speaking(language) as lang:
        title = QCoreApplication.translate("ScoreSheet", "Score sheet: {award} {year}, {juror}")
        subject = QCoreApplication.translate(
            "ScoreSheet", "A blank score sheet for the round {round}, printed on {date}."
        )
        info = DocumentInfo(
            title=title.format(award=sheet.award, year=sheet.year, juror=sheet.juror),
            author=sheet.organiser or sheet.award,
            subject=subject.format(round=sheet.round, date=lang.date(date.today())),
            language=lang.tag,
        )
    return write_pdf(Path(path), info, lambda writer: paint_score_sheet(sheet, writer, language))
