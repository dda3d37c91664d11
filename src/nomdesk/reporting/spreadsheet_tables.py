"""The sheets of a year's spreadsheet as plain tables: English headers, typed values.

Values keep their Python type (int, float, str, datetime, bool, None), so that the XLSX
writer stores numbers as numbers and times as dates; times are UTC, as the database
keeps them, and the headers say so. uids stand beside names so that a file can be
matched back to the database.
"""

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from nomdesk import __version__
from nomdesk.services.export_data import RoundExport, YearExport

Row = tuple[Any, ...]


@dataclass(frozen=True)
class Column:
    header: str
    # How a float shows in the XLSX ("General" leaves the value as typed); widths are
    # measured from the content, up to `max_width` characters.
    number_format: str = "General"
    max_width: int = 40


@dataclass
class Table:
    name: str
    columns: tuple[Column, ...]
    rows: list[Row] = field(default_factory=list)

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]


UID = Column("UID", max_width=38)
LONG = 60  # nomination texts and comments: wide, never wider
TWO_DECIMALS = "0.00"


def _cols(*specs: str | Column) -> tuple[Column, ...]:
    return tuple(s if isinstance(s, Column) else Column(s) for s in specs)


def year_tables(data: YearExport, *, contacts: bool = False) -> list[Table]:
    """Every sheet of the export, in order; `contacts` adds e-mail and phone columns."""
    return [
        year_table(data),
        nominees_table(data, contacts=contacts),
        organisations_table(data),
        initiatives_table(data),
        criteria_table(data),
        jurors_table(data, contacts=contacts),
        conflicts_table(data),
        scores_table(data),
        ranking_table(data),
    ]


def year_table(data: YearExport) -> Table:
    year, decision = data.year, data.decision
    winner = data.nominee(decision.winner_id).display_name if decision else None
    methods = ", ".join(f"{r.round.name}: {r.ranking.ranking.method}" for r in data.rounds)
    rows: list[Row] = [
        ("Award", data.award.name),
        ("Award UID", data.award.uid),
        ("Year", year.year),
        ("Year UID", year.uid),
        ("Title", year.title),
        ("Phase", year.phase),
        ("Locked (UTC)", year.locked_at),
        ("Winner", winner),
        ("Motivation", decision.motivation if decision else None),
        ("Decided (UTC)", decision.decided_at if decision else None),
        ("Ranking method", methods or None),
        ("Exported (UTC)", datetime.now(UTC).replace(microsecond=0)),
        ("Exported by", f"nomdesk {__version__}"),
    ]
    return Table("Year", _cols("Field", Column("Value", max_width=LONG)), rows)


def _names(data: YearExport, ids: list[int], attribute: str) -> str:
    values = (getattr(data.organisations[i], attribute) for i in ids)
    return "; ".join(dict.fromkeys(v for v in values if v))


def nominees_table(data: YearExport, *, contacts: bool = False) -> Table:
    texts = ("proud_of", "effect", "lessons", "summary")
    text_headers = ("Proud of", "Effect", "Lessons", "Summary")
    columns = _cols(
        UID,
        "Name",
        "Name (English)",
        "Stage",
        "Organisations",
        "County",
        "Nominated by",
        *(Column(h, max_width=LONG) for h in text_headers),
        *(Column(f"{h} (English)", max_width=LONG) for h in text_headers),
        "Withdrawn reason",
        "Initiatives",
        "Created (UTC)",
        *(("Contact", "Contact e-mail", "Contact phone") if contacts else ()),
    )
    counts: dict[int, int] = {}
    for initiative in data.initiatives:
        counts[initiative.nominee_id] = counts.get(initiative.nominee_id, 0) + 1
    rows = []
    for n in data.nominees:
        org_ids = data.links.get(n.id, [])  # type: ignore[arg-type]
        row: Row = (
            n.uid,
            n.display_name,
            n.display_name_en,
            n.stage,
            _names(data, org_ids, "name"),
            _names(data, org_ids, "county"),
            n.nominated_by,
            *(getattr(n, t) for t in texts),
            *(getattr(n, f"{t}_en") for t in texts),
            n.withdrawn_reason,
            counts.get(n.id, 0),  # type: ignore[arg-type]
            n.created_at,
        )
        if contacts:
            row = (*row, n.contact_name, n.contact_email, n.contact_phone)
        rows.append(row)
    return Table("Nominees", columns, rows)


def organisations_table(data: YearExport) -> Table:
    columns = _cols(
        UID,
        "Name",
        "Kind",
        "County",
        "Population",
        "Organisation number",
        "Other names",
        Column("Nominees", max_width=LONG),
    )
    nominated: dict[int, list[str]] = {}
    for n in data.nominees:
        for org_id in data.links.get(n.id, []):  # type: ignore[arg-type]
            nominated.setdefault(org_id, []).append(n.display_name)
    rows = [
        (
            org.uid,
            org.name,
            org.kind,
            org.county,
            org.population,
            org.org_number,
            "; ".join(data.aliases.get(org_id, [])),
            "; ".join(nominated.get(org_id, [])),
        )
        for org_id, org in data.organisations.items()
    ]
    return Table("Organisations", columns, rows)


def initiatives_table(data: YearExport) -> Table:
    columns = _cols(
        UID,
        "Nominee",
        Column("Nominee UID", max_width=38),
        "Position",
        "Title",
        "Title (English)",
        "Area",
        Column("Description", max_width=LONG),
        Column("Description (English)", max_width=LONG),
        "Started",
        "Link",
    )
    order = {n.id: i for i, n in enumerate(data.nominees)}
    ordered = sorted(data.initiatives, key=lambda i: (order[i.nominee_id], i.position, i.id))
    rows = []
    for i in ordered:
        nominee = data.nominee(i.nominee_id)
        rows.append(
            (
                i.uid,
                nominee.display_name,
                nominee.uid,
                i.position + 1,
                i.title,
                i.title_en,
                i.area,
                i.description,
                i.description_en,
                i.started,
                i.link,
            )
        )
    return Table("Initiatives", columns, rows)


def criteria_table(data: YearExport) -> Table:
    columns = _cols(
        UID,
        "Position",
        "Name",
        "Name (English)",
        Column("Description", max_width=LONG),
        "Weight",
        "Scale min",
        "Scale max",
        "Step",
    )
    rows = [
        (
            c.uid,
            position,
            c.name,
            c.name_en,
            c.description,
            c.weight,
            c.scale_min,
            c.scale_max,
            c.step,
        )
        for position, c in enumerate(data.criteria, start=1)
    ]
    return Table("Criteria", columns, rows)


def jurors_table(data: YearExport, *, contacts: bool = False) -> Table:
    columns = _cols(
        UID, "Position", "Name", "Affiliation", "Role", *(("E-mail",) if contacts else ())
    )
    rows = []
    for position, j in enumerate(data.jurors, start=1):
        row: Row = (j.uid, position, j.name, j.affiliation, j.role)
        rows.append((*row, j.email) if contacts else row)
    return Table("Jurors", columns, rows)


def conflicts_table(data: YearExport) -> Table:
    columns = _cols(
        "Juror",
        Column("Juror UID", max_width=38),
        "Nominee",
        Column("Nominee UID", max_width=38),
        "Reason",
        "Declared by",
        "Declared (UTC)",
    )
    jurors = {j.id: j for j in data.jurors}
    rows = []
    for c in data.conflicts:
        juror, nominee = jurors[c.juror_id], data.nominee(c.nominee_id)
        rows.append(
            (
                juror.name,
                juror.uid,
                nominee.display_name,
                nominee.uid,
                c.reason,
                c.declared_by,
                c.created_at,
            )
        )
    return Table("Conflicts", columns, rows)


SCORE_COLUMNS = _cols(
    "Round",
    "Nominee",
    Column("Nominee UID", max_width=38),
    "Juror",
    Column("Juror UID", max_width=38),
    "Criterion",
    Column("Criterion UID", max_width=38),
    "Value",
    "Status",
    Column("Comment", max_width=LONG),
    "Source",
    "Updated (UTC)",
)


def scores_table(data: YearExport) -> Table:
    """One row per juror × nominee × criterion: every score, and a blank value with
    status "missing" where a juror without a conflict has not scored yet; a conflicted
    juror's score (which never counts) has status "conflict"."""
    rows: list[Row] = []
    for round_export in data.rounds:
        rows.extend(round_score_rows(data, round_export))
    return Table("Scores", SCORE_COLUMNS, rows)


def round_score_rows(data: YearExport, round_export: RoundExport) -> list[Row]:
    conflicts = data.conflict_pairs
    held = {(s[0], s[1], s[2]): s for s in round_export.scores}
    nominee_ids = list(dict.fromkeys([*round_export.ranked_ids, *(s[1] for s in held.values())]))
    nominee_ids.sort(key=lambda n: data.nominee(n).display_name.casefold())
    name = round_export.round.name
    rows: list[Row] = []
    for nominee_id in nominee_ids:
        nominee = data.nominee(nominee_id)
        expected = nominee_id in round_export.ranked_ids
        for juror in data.jurors:
            conflicted = (juror.id, nominee_id) in conflicts
            for criterion in data.criteria:
                score = held.get((juror.id, nominee_id, criterion.id))  # type: ignore[arg-type]
                if score is None and (conflicted or not expected):
                    continue
                status = (
                    "conflict" if conflicted else ("scored" if score is not None else "missing")
                )
                rows.append(
                    (
                        name,
                        nominee.display_name,
                        nominee.uid,
                        juror.name,
                        juror.uid,
                        criterion.name,
                        criterion.uid,
                        *_score_values(score, status),
                    )
                )
    return rows


def _score_values(score, status: str) -> Row:
    if score is None:
        return (None, status, None, None, None)
    return (score[3], status, score[4], score[5], score[6])


def ranking_table(data: YearExport) -> Table:
    """Each round's ranking under the method named in its own column, best first, with
    the jurors' spread and the mean per criterion on the criterion's own scale."""
    means = tuple(Column(f"Mean: {c.name}", TWO_DECIMALS) for c in data.criteria)
    columns = _cols(
        "Round",
        "Method",
        "Rank",
        "Nominee",
        Column("Nominee UID", max_width=38),
        Column("Score", TWO_DECIMALS),
        "Jurors",
        "Complete",
        Column("SD", TWO_DECIMALS),
        Column("Range", TWO_DECIMALS),
        *means,
    )
    rows: list[Row] = []
    for r in data.rounds:
        ranking = r.ranking.ranking
        for result in ranking.rows:
            nominee = data.nominee(result.nominee_id)
            rows.append(
                (
                    r.round.name,
                    ranking.method,
                    result.rank,
                    nominee.display_name,
                    nominee.uid,
                    result.score,
                    result.jurors,
                    result.complete,
                    result.sd,
                    result.range,
                    *(result.criterion_means.get(c.id) for c in data.criteria),  # type: ignore[arg-type]
                )
            )
    return Table("Ranking", columns, rows)
