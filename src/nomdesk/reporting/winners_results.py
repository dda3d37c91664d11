"""The winners report's results: method, criteria, the table by criterion and two charts."""

from PySide6.QtCore import QCoreApplication

from nomdesk.domain.rules import ON_TOTAL_SCALE, score_digits
from nomdesk.reporting import style
from nomdesk.reporting.blocks import heading, muted
from nomdesk.reporting.charts import Axis, Bar, BarChart, GroupedBarChart, Series, nice_ticks
from nomdesk.reporting.labels import method_explanation, method_name
from nomdesk.reporting.language import Language
from nomdesk.reporting.layout import Block, Group
from nomdesk.reporting.tables import CENTRE, RIGHT, Column, Table, TableStyle
from nomdesk.services.report_data import ReportData, ResultRow, Results

CHART_BARS = 20  # the ranking chart shows at most this many finalists
CHART_SERIES = 6  # the per-criterion chart compares at most this many


def results(data: ReportData, lang: Language) -> list[Block]:
    blocks: list[Block] = [heading(QCoreApplication.translate("WinnersReport", "Results"))]
    found = data.results
    if found is None:
        return [*blocks, muted(_no_scores(data), size=style.BODY, space_before=6)]
    blocks += [_facts(data, found, lang), _how(found), _criteria(data, lang)]
    return blocks + _charts(data, found, lang) + _table(data, found, lang)


def _no_scores(data: ReportData) -> str:
    if data.decision:
        return QCoreApplication.translate(
            "WinnersReport",
            "No scores were recorded for this year: the winner was entered as a decision, "
            "without the jury's scores.",
        )
    return QCoreApplication.translate("WinnersReport", "No scores have been recorded yet.")


def _facts(data: ReportData, found: Results, lang: Language) -> Table:
    rows = [
        [QCoreApplication.translate("WinnersReport", "Scoring round"),
         lang.pick(found.round_name, found.round_name_en)],
        [QCoreApplication.translate("WinnersReport", "Method"),
         _capital(method_name(found.method, found.trim_k))],
        [QCoreApplication.translate("WinnersReport", "Jurors"), str(found.jurors)],
    ]  # fmt: skip
    if found.missing:
        missing = str(found.missing)
        if data.decision and data.decision.missing_confirmed:
            note = QCoreApplication.translate(
                "WinnersReport", "the jury decided knowing that these scores were missing"
            )
            missing = f"{missing} ({note})"
        rows.append([QCoreApplication.translate("WinnersReport", "Scores missing"), missing])
    columns = [Column("", 1.3), Column("", 5)]
    return Table(columns, rows, TableStyle(header=False, stripes=False, bold_rows=frozenset()),
                 space_before=8)  # fmt: skip


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _how(found: Results) -> Block:
    common = QCoreApplication.translate(
        "WinnersReport",
        "Each juror's total is the weighted mean of the criteria, each put on a scale of 0 to "
        "100; only complete totals count, and a juror's scores for a nominee they declared a "
        "conflict with never count.",
    )
    return muted(f"{common} {method_explanation(found.method, found.trim_k)}", space_before=6)


def criterion_code(position: int) -> str:
    return QCoreApplication.translate("WinnersReport", "C{number}").format(number=position + 1)


def _criteria(data: ReportData, lang: Language) -> Block:
    columns = [
        Column("", 0.6),
        Column(QCoreApplication.translate("WinnersReport", "Criterion"), 5),
        Column(QCoreApplication.translate("WinnersReport", "Weight"), 1, RIGHT),
        Column(QCoreApplication.translate("WinnersReport", "Scale"), 1.3, RIGHT),
        Column(QCoreApplication.translate("WinnersReport", "Step"), 1, RIGHT),
    ]
    rows = [
        [criterion_code(i), lang.pick(c.name, c.name_en), lang.scale_value(c.weight),
         f"{lang.scale_value(c.scale_min)}–{lang.scale_value(c.scale_max)}",
         lang.scale_value(c.step)]
        for i, c in enumerate(data.criteria)
    ]  # fmt: skip
    title = QCoreApplication.translate("WinnersReport", "Criteria")
    return Group([heading(title, 3), Table(columns, rows)], space_before=14)


def _score_text(value: float | None, method: str, lang: Language) -> str:
    return lang.number(value, score_digits(method))


def _table(data: ReportData, found: Results, lang: Language) -> list[Block]:
    columns = [
        Column(QCoreApplication.translate("WinnersReport", "Rank"), 0.75, CENTRE),
        Column(QCoreApplication.translate("WinnersReport", "Finalist"), 3.2),
        *[Column(criterion_code(i), 0.95, RIGHT) for i in range(len(data.criteria))],
        Column(QCoreApplication.translate("WinnersReport", "Score"), 1.1, RIGHT),
        Column(QCoreApplication.translate("WinnersReport", "Jurors"), 0.95, RIGHT),
    ]
    rows = [_row(data, r, found, lang) for r in found.rows]
    lead = {i for i, r in enumerate(found.rows) if _is_lead(data, r)}
    table_style = TableStyle(bold_rows=frozenset(lead), marked_rows=frozenset(lead))
    title = QCoreApplication.translate("WinnersReport", "Results by criterion")
    blocks: list[Block] = [heading(title, 3, space_before=14), Table(columns, rows, table_style)]
    notes = [QCoreApplication.translate(
        "WinnersReport",
        "C1, C2, …: the mean of the jurors' scores on the criterion's own scale. Jurors: how "
        "many complete totals count.",
    )]  # fmt: skip
    if any(not r.complete for r in found.rows):
        notes.append(QCoreApplication.translate(
            "WinnersReport", "* Scores are still missing for this finalist."))  # fmt: skip
    notes += [_tie_note(data, group, lang) for group in found.ties]
    return blocks + [muted(note, space_before=3) for note in notes]


def _is_lead(data: ReportData, row: ResultRow) -> bool:
    if data.decision:
        return row.nominee_id == data.decision.winner_id
    return row.rank == 1


def _row(data: ReportData, row: ResultRow, found: Results, lang: Language) -> list[str]:
    nominee = data.names.get(row.nominee_id)
    name = lang.pick(nominee.name, nominee.name_en) if nominee else "?"
    means = [lang.number(row.means.get(c.id)) for c in data.criteria]
    return [
        "–" if row.rank is None else str(row.rank),
        name if row.complete else f"{name} *",
        *means,
        _score_text(row.score, found.method, lang),
        str(row.jurors),
    ]


def _tie_note(data: ReportData, group: tuple[int, ...], lang: Language) -> str:
    names = [lang.pick(data.names[n].name, data.names[n].name_en) for n in group if n in data.names]
    return QCoreApplication.translate("WinnersReport", "Tied: {names}.").format(
        names=", ".join(names)
    )


def _axis(found: Results, values: list[float], lang: Language, title: str) -> Axis:
    if found.method in ON_TOTAL_SCALE:
        low, high = 0.0, 100.0
    else:
        low, high = min([0.0, *values]), max([0.0, *values]) or 1.0
        if low < 0:  # room left of the lowest bar for its value
            low -= 0.15 * (high - low)
    ticks = nice_ticks(low, high)
    digits = 0 if all(float(t).is_integer() for t in ticks) else 1
    labels = tuple((t, lang.number(t, digits)) for t in ticks)
    return Axis(ticks[0], ticks[-1], labels, title)


def _charts(data: ReportData, found: Results, lang: Language) -> list[Block]:
    scored = [r for r in found.rows if r.score is not None]
    if not scored:
        return []
    return [_ranking_chart(data, found, scored, lang), _criterion_chart(data, scored, lang)]


def _ranking_chart(data: ReportData, found: Results, scored: list[ResultRow], lang) -> Block:
    shown = scored[:CHART_BARS]
    bars = [
        Bar(
            lang.pick(data.names[r.nominee_id].name, data.names[r.nominee_id].name_en),
            r.score,  # type: ignore[arg-type]
            _score_text(r.score, found.method, lang),
            _is_lead(data, r),
        )
        for r in shown
    ]
    axis_title = QCoreApplication.translate("WinnersReport", "Score: {method}").format(
        method=method_name(found.method, found.trim_k)
    )
    axis = _axis(found, [b.value for b in bars], lang, axis_title)
    title = QCoreApplication.translate("WinnersReport", "Ranking")
    blocks: list[Block] = [heading(title, 3, space_before=16), BarChart(bars, axis)]
    if len(scored) > len(shown):
        note = QCoreApplication.translate("WinnersReport", "The {shown} best of {count} are shown.")
        blocks.append(muted(note.format(shown=len(shown), count=len(scored))))
    return Group(blocks, space_before=16)


def _criterion_chart(data: ReportData, scored: list[ResultRow], lang: Language) -> Block:
    shown = scored[:CHART_SERIES]
    series = [
        Series(
            lang.pick(data.names[r.nominee_id].name, data.names[r.nominee_id].name_en),
            tuple(r.means_100.get(c.id) for c in data.criteria),
            tuple(lang.number(r.means_100.get(c.id), 1) for c in data.criteria),
        )
        for r in shown
    ]
    categories = [lang.pick(c.name, c.name_en) for c in data.criteria]
    ticks = tuple((float(t), lang.number(t, 0)) for t in range(0, 101, 20))
    axis_title = QCoreApplication.translate("WinnersReport", "Mean per criterion on 0–100")
    chart = GroupedBarChart(categories, series, Axis(0.0, 100.0, ticks, axis_title))
    title = QCoreApplication.translate("WinnersReport", "By criterion")
    blocks: list[Block] = [heading(title, 3, space_before=16), chart]
    if len(scored) > len(shown):
        note = QCoreApplication.translate("WinnersReport", "The {shown} best of {count} are shown.")
        blocks.append(muted(note.format(shown=len(shown), count=len(scored))))
    return Group(blocks, space_before=16)
