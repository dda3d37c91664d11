"""Planning a nominee import: each row of the file with its organisations matched, its
own problems, and its status under a person's decisions (no Qt, no writes).

See services/nominee_import.py for the whole flow.
"""

import unicodedata
from dataclasses import dataclass, field

from sqlmodel import Session, select

from nomdesk.db.models import AwardYear, Initiative, Nominee, Organisation, OrganisationAlias
from nomdesk.errors import ValidationError
from nomdesk.services.guards import get
from nomdesk.services.nominee_import_file import SourceRow, SourceTable
from nomdesk.services.nominee_import_mapping import FIELDS
from nomdesk.services.nominee_import_match import (
    Known,
    OrganisationIndex,
    normalised,
    split_organisations,
    tidy,
)

OK, REFUSED, UNCONFIRMED = "ok", "refused", "needs_confirmation"
EXACT, LOOSE, NEW = "exact", "loose", "new"
NOMINEE_TEXTS = (
    "nominated_by",
    "proud_of",
    "effect",
    "lessons",
    "summary",
    "contact_name",
    "contact_email",
    "contact_phone",
)


def _limit(model, column: str) -> int | None:
    return getattr(model.__table__.c[column].type, "length", None)  # type: ignore[attr-defined]


# Field → the most characters its column holds.
LIMITS: dict[str, int | None] = {
    "name": _limit(Nominee, "display_name"),
    **{f: _limit(Nominee, f) for f in NOMINEE_TEXTS},
    "county": _limit(Organisation, "county"),
    "initiative_title": _limit(Initiative, "title"),
}
ORGANISATION_NAME_LIMIT = _limit(Organisation, "name") or 200
MULTI_LINE = frozenset(
    {"organisations", "proud_of", "effect", "lessons", "summary", "initiative_description"}
)


class RowProblem(ValidationError):
    """Why a row is not imported; `code` is stable (for scripts), the message for people."""

    def __init__(self, code: str, template: str, *, field: str, **params) -> None:
        super().__init__(template, field=field, **params)
        self.code = code


@dataclass
class OrganisationRef:
    """One organisation as the file writes it (rows writing it the same way share it)."""

    key: str  # the normalised text
    text: str  # as first written, tidied
    status: str  # exact, loose or new
    candidates: list[Known] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)
    county: str = ""

    @property
    def own_new(self) -> str:
        """The choice that creates it as a new organisation."""
        return f"new:{self.key}"


@dataclass
class PlannedRow:
    number: int
    values: dict[str, str]
    organisations: list[str]  # keys of OrganisationRef
    problems: list[RowProblem] = field(default_factory=list)


@dataclass
class RowOutcome:
    """A row under the current decisions: its status, the nominee's name, the reasons."""

    number: int
    status: str
    name: str
    organisations: list[str]
    problems: list[RowProblem]
    name_from_organisations: bool = False


@dataclass
class ImportPlan:
    year_id: int
    table: SourceTable
    mapping: dict[str, int]
    rows: list[PlannedRow]
    organisations: dict[str, OrganisationRef]
    existing_names: set[str]

    def default_decisions(self, *, accept_loose: bool) -> dict[str, str | None]:
        """Exact matches and new names as they are; loose ones the first proposal
        when `accept_loose`, else unconfirmed (None)."""
        decisions: dict[str, str | None] = {}
        for ref in self.organisations.values():
            if ref.status == NEW:
                decisions[ref.key] = ref.own_new
            elif ref.status == EXACT or accept_loose:
                decisions[ref.key] = ref.candidates[0].choice
            else:
                decisions[ref.key] = None
        return decisions


@dataclass
class ImportResult:
    rows: list[int]
    nominee_uids: list[str]
    organisation_uids: list[str]
    initiatives: int


# --- planning -------------------------------------------------------------------------


def organisation_index(session: Session) -> OrganisationIndex:
    """Every organisation by its name and its other names (kept from merges)."""
    index = OrganisationIndex()
    known: dict[int, Known] = {}
    for org in session.exec(select(Organisation)):
        known[org.id] = Known(f"org:{org.uid}", org.name, org.county)  # type: ignore[index]
        index.add(known[org.id], org.name)  # type: ignore[index]
    for org_id, alias in session.exec(
        select(OrganisationAlias.organisation_id, OrganisationAlias.name)
    ):
        index.add(known[org_id], alias)
    return index


def plan_import(
    *, session: Session, year_id: int, table: SourceTable, mapping: dict[str, int]
) -> ImportPlan:
    """Each row with its organisations matched and the problems found in it alone."""
    get(session, AwardYear, year_id, field="year")
    unknown = set(mapping) - set(FIELDS)
    if unknown:
        raise ValidationError("Unknown field {name}.", field="mapping", name=sorted(unknown)[0])
    existing = session.exec(select(Nominee.display_name).where(Nominee.year_id == year_id))
    plan = ImportPlan(
        year_id=year_id,
        table=table,
        mapping=dict(mapping),
        rows=[],
        organisations={},
        existing_names={normalised(n) for n in existing},
    )
    index, new_index = organisation_index(session), OrganisationIndex()
    for source in table.rows:
        plan.rows.append(_plan_row(plan, source, index, new_index))
    return plan


def _plan_row(
    plan: ImportPlan, source: SourceRow, index: OrganisationIndex, new_index: OrganisationIndex
) -> PlannedRow:
    values = {f: _cell_value(f, source.cell(i)) for f, i in plan.mapping.items()}
    row = PlannedRow(source.number, values, [])
    names = split_organisations(values.get("organisations", ""), index)
    counties = _counties(values.get("county", ""), len(names))
    for name, county in zip(names, counties, strict=True):
        ref = _reference(plan, name, index, new_index)
        ref.rows.append(row.number)
        ref.county = ref.county or county
        row.organisations.append(ref.key)
        if len(name) > ORGANISATION_NAME_LIMIT:
            row.problems.append(
                RowProblem(
                    "organisation_too_long",
                    "The organisation name {name} is longer than {max} characters.",
                    field="organisations",
                    name=name[:40] + "…",
                    max=ORGANISATION_NAME_LIMIT,
                )
            )
    row.problems.extend(_value_problems(plan, row))
    return row


def _cell_value(field_name: str, text: str) -> str:
    """Short fields on one line; texts keep their paragraphs; organisations their breaks."""
    if field_name in MULTI_LINE:
        lines = unicodedata.normalize("NFC", text).replace("\r\n", "\n").split("\n")
        return "\n".join(line.rstrip() for line in lines).strip()
    return tidy(text)


def _counties(cell: str, count: int) -> list[str]:
    """The county of each organisation: one per organisation when the cell lists as many
    (separated by ";"), else the whole cell for each."""
    parts = [tidy(p) for p in cell.split(";")]
    return parts if len(parts) == count else [tidy(cell)] * count


def _reference(
    plan: ImportPlan, name: str, index: OrganisationIndex, new_index: OrganisationIndex
) -> OrganisationRef:
    key = normalised(name)
    if key in plan.organisations:
        return plan.organisations[key]
    exact = index.find_exact(name)
    if exact is not None:
        ref = OrganisationRef(key, name, EXACT, [exact])
    else:
        proposals = index.find_loose(name) + new_index.find_loose(name)
        ref = OrganisationRef(key, name, LOOSE if proposals else NEW, proposals)
        if not proposals:
            new_index.add(Known(ref.own_new, name), name)
    plan.organisations[key] = ref
    return ref


def _value_problems(plan: ImportPlan, row: PlannedRow) -> list[RowProblem]:
    problems = []
    if not row.values.get("name") and not row.organisations:
        problems.append(
            RowProblem("no_name", "The nominee needs a name or an organisation.", field="name")
        )
    for field_name, limit in LIMITS.items():
        text = row.values.get(field_name, "")
        if limit is not None and len(text) > limit:
            column = plan.table.headers[plan.mapping[field_name]] or field_name
            problems.append(
                RowProblem(
                    "too_long",
                    "{column} is longer than {max} characters.",
                    field=field_name,
                    column=column,
                    max=limit,
                )
            )
    if row.values.get("initiative_description") and not row.values.get("initiative_title"):
        problems.append(
            RowProblem(
                "initiative_without_title",
                "The initiative has a description but no title.",
                field="initiative_title",
            )
        )
    return problems


# --- the rows under a set of decisions --------------------------------------------------


def chosen_name(plan: ImportPlan, key: str, decisions: dict[str, str | None]) -> str | None:
    """The name the organisation written as `key` will have, or None if unconfirmed."""
    seen: set[str] = set()
    while key not in seen:
        seen.add(key)
        ref = plan.organisations[key]
        choice = decisions.get(key)
        if choice is None:
            return None
        if choice == ref.own_new:
            return ref.text
        if choice.startswith("new:"):
            key = choice[4:]
            continue
        found = next((c for c in ref.candidates if c.choice == choice), None)
        return found.name if found else None
    return None


def _name_from(row: PlannedRow, organisations: list[str]) -> str:
    """A nominee without a name is named after its organisation ("Karlstad" confirmed as
    Karlstads kommun gives "Karlstads kommun"); a joint nomination keeps the words the
    file used ("Mora, Orsa och Älvdalens kommuner")."""
    if len(organisations) == 1:
        return organisations[0]
    return tidy(row.values.get("organisations", "")) if organisations else ""


def evaluate(plan: ImportPlan, decisions: dict[str, str | None]) -> list[RowOutcome]:
    """Every row's status under `decisions`, duplicates of the year and of the file
    included (the first of two rows with the same name goes in). An unconfirmed
    organisation shows as written, and its row is not checked for duplicates yet."""
    outcomes, first_rows = [], {}
    for row in plan.rows:
        chosen = [chosen_name(plan, key, decisions) for key in row.organisations]
        shown = [
            name if name is not None else plan.organisations[key].text
            for key, name in zip(row.organisations, chosen, strict=True)
        ]
        orgs = list(dict.fromkeys(shown))
        name = row.values.get("name") or _name_from(row, orgs)
        problems = list(row.problems)
        status = REFUSED if problems else (UNCONFIRMED if None in chosen else OK)
        if status == OK:
            problems.extend(_duplicate(plan, normalised(name), name, first_rows, row.number))
            status = REFUSED if problems else status
        outcomes.append(
            RowOutcome(row.number, status, name, orgs, problems, not row.values.get("name"))
        )
    return outcomes


def _duplicate(
    plan: ImportPlan, key: str, name: str, first_rows: dict[str, int], number: int
) -> list[RowProblem]:
    if key in plan.existing_names:
        return [
            RowProblem(
                "nominee_exists",
                "A nominee named {name} exists already this year.",
                field="name",
                name=name,
            )
        ]
    if key in first_rows:
        return [
            RowProblem(
                "named_twice",
                "{name} is named twice in the file (first in row {row}).",
                field="name",
                name=name,
                row=first_rows[key],
            )
        ]
    first_rows[key] = number
    return []


def summary(outcomes: list[RowOutcome]) -> dict[str, int]:
    counts = {"rows": len(outcomes), OK: 0, REFUSED: 0, UNCONFIRMED: 0}
    for outcome in outcomes:
        counts[outcome.status] += 1
    return counts
