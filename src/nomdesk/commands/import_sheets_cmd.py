"""`nomdesk import-sheets`: check, preview and import jurors' score sheets."""

import sys
from argparse import Namespace

from nomdesk.commands.common import EXIT_OK, EXIT_REFUSED, open_session, print_json
from nomdesk.exchange.sheet_import import (
    ACCEPTED,
    ALREADY_IMPORTED,
    REFUSED,
    SUPERSEDED,
    ImportPreview,
    SheetPreview,
    apply_import,
    preview_import,
    read_inputs,
)


def import_data(result: ImportPreview, dry_run: bool) -> dict:
    """Everything `import-sheets --json` prints."""
    return {
        "dry_run": dry_run,
        "applied": result.applied,
        "files": [item.as_dict() for item in result.files],
        **{
            status: len(result.with_status(status))
            for status in (ACCEPTED, ALREADY_IMPORTED, SUPERSEDED, REFUSED)
        },
    }


def _line(item: SheetPreview) -> str:
    if item.status == REFUSED:
        return f"refused: {item.reason}"
    head = f"{item.status.replace('_', ' ')}: {item.file} ({item.juror}, revision {item.revision})"
    if item.status != ACCEPTED:
        return head
    counts = (
        f"{item.new} new, {item.changed} changed, {item.removed} removed, "
        f"{item.keyed_replaced} keyed replaced"
    )
    conflicts = f"; conflicts declared: {', '.join(item.conflicts)}" if item.conflicts else ""
    return f"{head}: {counts}{conflicts}"


def run(args: Namespace) -> int:
    inputs = read_inputs(args.files)
    with open_session(args.db) as session:
        if args.dry_run:
            result = preview_import(session=session, inputs=inputs)
        else:
            result = apply_import(session=session, inputs=inputs)
    if args.json:
        print_json(import_data(result, args.dry_run))
    else:
        for item in result.files:
            print(_line(item), file=sys.stderr if item.status == REFUSED else sys.stdout)
        if args.dry_run:
            print("dry run: nothing was imported")
    return EXIT_OK if result.ok else EXIT_REFUSED
