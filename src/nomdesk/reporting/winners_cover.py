"""The winners report's cover: award, year, the winner and the jury's motivation."""

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from nomdesk.reporting import style
from nomdesk.reporting.blocks import Paragraph, Rule, TextStyle, heading, muted
from nomdesk.reporting.fonts import font
from nomdesk.reporting.language import Language
from nomdesk.reporting.layout import Block, Canvas, PageBreak, Spacer
from nomdesk.services.report_data import NomineeInfo, ReportData

BAND = 92.0  # points: the coloured band at the top of the cover
COVER_NAMES = 12  # more finalists than this are counted on the cover, not named


def year_title(data: ReportData, lang: Language) -> str:
    """The year's own title, else the award's name and the year."""
    return lang.pick(data.title, data.title_en) or f"{award_name(data, lang)} {data.year}"


def award_name(data: ReportData, lang: Language) -> str:
    return lang.pick(data.award, data.award_en)


def nominee_meta(nominee: NomineeInfo, lang: Language) -> str:
    """The organisations (when they differ from the name) and the counties."""
    parts = []
    if list(nominee.organisations) not in (
        [nominee.name],
        [lang.pick(nominee.name, nominee.name_en)],
    ):
        parts.append(", ".join(nominee.organisations))
    if nominee.counties:
        parts.append(", ".join(nominee.counties))
    return " · ".join(p for p in parts if p)


def cover(data: ReportData, lang: Language) -> list[Block]:
    blocks: list[Block] = [
        Spacer(BAND - 40),
        Paragraph(
            QCoreApplication.translate("WinnersReport", "Winners report").upper(),
            TextStyle(size=10.5, bold=True, color=style.MUTED),
        ),
        Paragraph(
            year_title(data, lang),
            TextStyle(size=24, bold=True, color=style.ACCENT, leading=1.15),
            space_before=4,
        ),
        Rule(space_before=10),
        Spacer(26),
    ]
    blocks += _winner(data, lang) if data.decision else _no_winner(data, lang)
    blocks += _finalist_line(data, lang) + _dates(data, lang) + _about_award(data, lang)
    return [*blocks, PageBreak()]


def _about_award(data: ReportData, lang: Language) -> list[Block]:
    text = lang.pick(data.description, data.description_en)
    if not text:
        return []
    title = QCoreApplication.translate("WinnersReport", "About the award")
    body = TextStyle(size=9, color=style.MUTED, leading=1.4)
    return [heading(title, 3, space_before=40), Paragraph(text, body, space_before=3)]


def _winner(data: ReportData, lang: Language) -> list[Block]:
    winner = data.winner
    assert winner is not None
    blocks: list[Block] = [
        muted(QCoreApplication.translate("WinnersReport", "Winner"), size=11, space_before=0),
        Paragraph(
            lang.pick(winner.name, winner.name_en),
            TextStyle(size=30, bold=True, color=style.TEXT, leading=1.15),
            space_before=2,
        ),
    ]
    if meta := nominee_meta(winner, lang):
        blocks.append(muted(meta, size=10, space_before=2))
    return [*blocks, *_motivation(data, lang)]


def _motivation(data: ReportData, lang: Language) -> list[Block]:
    decision = data.decision
    assert decision is not None
    text = lang.pick(decision.motivation, decision.motivation_en)
    title = QCoreApplication.translate("WinnersReport", "The jury's motivation")
    blocks: list[Block] = [heading(title, 3, space_before=26)]
    if not text:
        note = QCoreApplication.translate(
            "WinnersReport", "No motivation was recorded for this year."
        )
        return [*blocks, muted(note, size=10, space_before=4)]
    quote = TextStyle(size=11.5, italic=True, leading=1.42, indent=14, bar=style.HIGHLIGHT)
    blocks.append(Paragraph(text, quote, space_before=6))
    if lang.code == "en" and not decision.motivation_en:
        note = QCoreApplication.translate(
            "WinnersReport", "The jury's motivation was written in Swedish only."
        )
        blocks.append(muted(note, space_before=4))
    return blocks


def _no_winner(data: ReportData, lang: Language) -> list[Block]:
    return [
        muted(QCoreApplication.translate("WinnersReport", "Winner"), size=11, space_before=0),
        Paragraph(
            QCoreApplication.translate("WinnersReport", "Not yet decided"),
            TextStyle(size=26, bold=True, color=style.MUTED, leading=1.15),
            space_before=2,
        ),
        Paragraph(
            QCoreApplication.translate(
                "WinnersReport",
                "This report is a draft: the jury has not decided, and the results may still "
                "change.",
            ),
            TextStyle(size=10.5),
            space_before=10,
        ),
    ]


def _finalist_line(data: ReportData, lang: Language) -> list[Block]:
    if not data.finalists:
        return []
    names = [lang.pick(n.name, n.name_en) for n in data.finalists]
    title = QCoreApplication.translate("WinnersReport", "The finalists")
    text = " · ".join(names)
    if len(names) > COVER_NAMES:
        text = QCoreApplication.translate(
            "WinnersReport", "%n finalist(s), each presented in this report.", "", len(names)
        )
    text_style = TextStyle(size=10.5, leading=1.4)
    return [heading(title, 3, space_before=28), Paragraph(text, text_style)]


def _dates(data: ReportData, lang: Language) -> list[Block]:
    lines = []
    ceremony = data.ceremony
    if ceremony is not None:
        label = lang.pick(ceremony.label, ceremony.label_en)
        when = lang.date(ceremony.on) if ceremony.on else ""
        lines.append(", ".join(p for p in (label, ceremony.place, when) if p))
    if data.decision and not data.decision.historical:
        lines.append(
            QCoreApplication.translate("WinnersReport", "Decided on {date}.").format(
                date=lang.date(data.decision.decided_at.date())
            )
        )
    return [muted(line, size=9.5, space_before=4 if i else 26) for i, line in enumerate(lines)]


def paint_band(painter: QPainter, canvas: Canvas, data: ReportData, lang: Language) -> None:
    """The cover's coloured band with the award's name and its organiser."""
    band = QRectF(0, 0, canvas.page.width(), canvas.pt(BAND))
    painter.fillRect(band, style.ACCENT)
    inner = QRectF(canvas.frame.left(), canvas.pt(BAND - 44), canvas.frame.width(), canvas.pt(30))
    painter.setPen(QColor("white"))
    painter.setFont(font(13, bold=True))
    painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     award_name(data, lang))  # fmt: skip
    if data.organiser:
        painter.setFont(font(9))
        painter.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         data.organiser)  # fmt: skip
