"""`nomdesk import-nominees`: nominees from a web form's CSV or XLSX export.

The columns are guessed from the headers (Swedish or English). Organisations matched
exactly (case, spacing, or another name of theirs) are used; a loose match ("Karlstad"
for Karlstads kommun) needs a person's confirmation, so its rows are held back and
reported as `needs_confirmation` unless `--accept-loose` is given. Good rows go in, in
one transaction; exit 1 when any row was refused or held back.
"""

import sys
from argparse import Namespace

from sqlmodel import Session

from nomdesk.commands.common import (
    EXIT_OK,
    EXIT_REFUSED,
    UsageError,
    award_and_year,
    open_session,
    print_json,
    require_year,
)
from nomdesk.services.guards import writable_year
from nomdesk.services.nominee_import import (
    OK,
    REFUSED,
    UNCONFIRMED,
    ImportPlan,
    ImportResult,
    RowOutcome,
    apply_import,
    chosen_name,
    evaluate,
    plan_import,
    summary,
)
from nomdesk.services.nominee_import_file import read_table
from nomdesk.services.nominee_import_mapping import guess_mapping


def run(args: Namespace) -> int:
    require_year(args)
    table = read_table(args.file)
    mapping = guess_mapping(table.headers)
    if "name" not in mapping and "organisations" not in mapping:
        headers = ", ".join(h for h in table.headers if h) or "none"
        raise UsageError(
            f"{table.name}: no column holds a nominee's name or organisation (headers: {headers})"
        )
    accept_loose = args.accept_loose
    with open_session(args.db) as session:
        data, outcomes = _import(session, args, table, mapping, accept_loose)
    if args.json:
        print_json(data)
    else:
        _print_text(data, outcomes)
    return EXIT_OK if all(o.status == OK for o in outcomes) else EXIT_REFUSED


def _import(session: Session, args: Namespace, table, mapping, accept_loose: bool):
    award, year = award_and_year(session, args)
    writable_year(session, year.id)  # type: ignore[arg-type]
    plan = plan_import(session=session, year_id=year.id, table=table, mapping=mapping)  # type: ignore[arg-type]
    decisions = plan.default_decisions(accept_loose=accept_loose)
    outcomes = evaluate(plan, decisions)
    result = None
    if not args.dry_run and any(o.status == OK for o in outcomes):
        result = apply_import(session=session, plan=plan, decisions=decisions)
    data = import_data(plan, decisions, outcomes, result)
    return {"award": award.name, "year": year.year, "dry_run": args.dry_run, **data}, outcomes


def import_data(
    plan: ImportPlan,
    decisions: dict[str, str | None],
    outcomes: list[RowOutcome],
    result: ImportResult | None,
) -> dict:
    """Everything `import-nominees --json` prints (beside award, year and dry_run)."""
    table = plan.table
    return {
        "file": table.name,
        "format": table.kind,
        "encoding": table.encoding,
        "delimiter": table.delimiter,
        "sheet": table.sheet,
        "columns": {field: table.headers[index] for field, index in plan.mapping.items()},
        "organisations": [
            {
                "text": ref.text,
                "match": ref.status,
                "organisation": chosen_name(plan, ref.key, decisions),
                "candidates": [{"name": c.name, "new": c.is_new} for c in ref.candidates],
                "rows": ref.rows,
            }
            for ref in plan.organisations.values()
        ],
        "rows": [_row(o) for o in outcomes],
        **{k: v for k, v in summary(outcomes).items() if k != "rows"},
        "applied": result is not None,
        "imported": {
            "nominees": len(result.nominee_uids) if result else 0,
            "organisations": len(result.organisation_uids) if result else 0,
            "initiatives": result.initiatives if result else 0,
        },
    }


def _row(outcome: RowOutcome) -> dict:
    return {
        "row": outcome.number,
        "status": outcome.status,
        "name": outcome.name,
        "organisations": outcome.organisations,
        "problems": [
            {"code": p.code, "field": p.field, "reason": str(p)}  # type: ignore[attr-defined]
            for p in outcome.problems
        ],
    }


def _print_text(data: dict, outcomes: list[RowOutcome]) -> None:
    candidates = {
        o["text"]: [c["name"] + (" (new)" if c["new"] else "") for c in o["candidates"]]
        for o in data["organisations"]
    }
    for outcome in outcomes:
        if outcome.status == REFUSED:
            reasons = "; ".join(str(p) for p in outcome.problems)
            print(f"row {outcome.number}: refused: {reasons}", file=sys.stderr)
        elif outcome.status == UNCONFIRMED:
            loose = [
                f"{name} may be {' or '.join(candidates[name])}"
                for name in outcome.organisations
                if candidates.get(name)
            ]
            print(f"row {outcome.number}: needs confirmation: {'; '.join(loose)}", file=sys.stderr)
        else:
            print(f"row {outcome.number}: ok: {outcome.name}")
    imported = data["imported"]
    if data["dry_run"]:
        print("dry run: nothing was imported")
    else:
        print(
            f"imported {imported['nominees']} nominees, {imported['organisations']} new "
            f"organisations, {imported['initiatives']} initiatives"
        )
