"""The winners report's sections after the cover: finalists, jury, earlier winners, audit."""

from datetime import date

from PySide6.QtCore import QCoreApplication

from nomdesk import __version__
from nomdesk.reporting import style
from nomdesk.reporting.blocks import Paragraph, Span, TextStyle, heading, muted
from nomdesk.reporting.labels import area_name, role_name
from nomdesk.reporting.language import Language
from nomdesk.reporting.layout import Block, Group
from nomdesk.reporting.tables import Column, Table, TableStyle
from nomdesk.reporting.winners_cover import nominee_meta
from nomdesk.services.report_data import InitiativeInfo, NomineeInfo, ReportData

BULLET = TextStyle(size=style.BODY, indent=12, bullet="•")


def finalists(data: ReportData, lang: Language) -> list[Block]:
    title = QCoreApplication.translate("WinnersReport", "The finalists")
    blocks: list[Block] = [heading(title)]
    count = QCoreApplication.translate("WinnersReport", "%n finalist(s).", "", len(data.finalists))
    if data.others:
        names = ", ".join(lang.pick(n.name, n.name_en) for n in data.others)
        count += " " + QCoreApplication.translate(
            "WinnersReport", "Also nominated: {names}."
        ).format(names=names)
    blocks.append(muted(count, size=style.BODY, space_before=4))
    ranks = {r.nominee_id: r.rank for r in data.results.rows} if data.results else {}
    winner_id = data.decision.winner_id if data.decision else None
    for nominee in data.finalists:
        blocks.append(_finalist(nominee, lang, nominee.id == winner_id, ranks.get(nominee.id)))
    return blocks


def _finalist(nominee: NomineeInfo, lang: Language, won: bool, rank: int | None) -> Block:
    parts = []
    if won:
        parts.append(QCoreApplication.translate("WinnersReport", "Winner"))
    if rank is not None:
        parts.append(QCoreApplication.translate("WinnersReport", "Rank {rank}").format(rank=rank))
    if meta := nominee_meta(nominee, lang):
        parts.append(meta)
    blocks: list[Block] = [heading(lang.pick(nominee.name, nominee.name_en), 2)]
    if parts:
        colour = style.HIGHLIGHT if won else style.MUTED
        blocks.append(Paragraph(" · ".join(parts), TextStyle(size=8.5, color=colour, bold=won),
                                space_before=1))  # fmt: skip
    summary = lang.pick(nominee.summary, nominee.summary_en)
    if summary:
        blocks.append(Paragraph(summary, space_before=4))
    blocks += [_initiative(item, lang) for item in nominee.initiatives]
    return Group(blocks, space_before=14)


def _initiative(item: InitiativeInfo, lang: Language) -> Paragraph:
    details = [area_name(item.area)]
    if item.started:
        since = QCoreApplication.translate("WinnersReport", "since {year}")
        details.append(since.format(year=item.started))
    spans = [
        Span(lang.pick(item.title, item.title_en), bold=True),
        Span(f" ({', '.join(details)})"),
    ]
    description = lang.pick(item.description, item.description_en)
    if description:
        spans.append(Span(f" – {description}"))
    return Paragraph(spans, BULLET, space_before=3)


def jury(data: ReportData, lang: Language) -> list[Block]:
    blocks: list[Block] = [heading(QCoreApplication.translate("WinnersReport", "The jury"))]
    if not data.jurors:
        note = QCoreApplication.translate(
            "WinnersReport", "The jury's members were not recorded for this year."
        )
        return [*blocks, muted(note, size=style.BODY, space_before=4)]
    columns = [
        Column(QCoreApplication.translate("WinnersReport", "Name"), 3),
        Column(QCoreApplication.translate("WinnersReport", "Affiliation"), 4),
        Column(QCoreApplication.translate("WinnersReport", "Role"), 1.4),
    ]
    rows = [[j.name, j.affiliation, role_name(j.chair)] for j in data.jurors]
    chairs = frozenset(i for i, j in enumerate(data.jurors) if j.chair)
    return [*blocks, Table(columns, rows, TableStyle(bold_rows=chairs))]


def history(data: ReportData, lang: Language) -> list[Block]:
    title = QCoreApplication.translate("WinnersReport", "Earlier winners")
    blocks: list[Block] = [heading(title)]
    if not data.history:
        note = QCoreApplication.translate("WinnersReport", "No earlier winners are recorded.")
        return [*blocks, muted(note, size=style.BODY, space_before=4)]
    columns = [
        Column(QCoreApplication.translate("WinnersReport", "Year"), 1),
        Column(QCoreApplication.translate("WinnersReport", "Winner"), 6),
    ]
    rows = [[str(w.year), lang.pick(w.name, w.name_en)] for w in data.history]
    return [*blocks, Table(columns, rows, TableStyle(width=0.6))]


def about(data: ReportData, lang: Language, today: date) -> list[Block]:
    """How the report was made, and the audit log's head (always on the last page)."""
    title = QCoreApplication.translate("WinnersReport", "About this report")
    made = QCoreApplication.translate("WinnersReport", "Made with nomdesk {version} on {date}.")
    events = QCoreApplication.translate(
        "WinnersReport",
        "The audit log holds %n event(s). Each carries the hash of the one before it; the "
        "newest hash, the head of the chain, is:",
        "",
        data.audit_events,
    )
    check = QCoreApplication.translate(
        "WinnersReport",
        "With the database, anyone can check that nothing recorded before this report was "
        "changed or removed: nomdesk audit verify --db FILE --head HASH",
    )
    blocks: list[Block] = [
        heading(title, 2),
        muted(made.format(version=__version__, date=lang.date(today)), size=8.5, space_before=4),
        muted(events, size=8.5, space_before=4),
        Paragraph(data.audit_head, TextStyle(size=8.5, bold=True), space_before=3),
        muted(check, size=8.5, space_before=3),
    ]
    return [Group(blocks, space_before=22)]  # whole, so the head is on the last page
