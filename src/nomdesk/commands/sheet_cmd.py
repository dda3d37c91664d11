"""`nomdesk sheet`: score a ballot headless in the juror workspace and export a sheet."""

from argparse import Namespace

from nomdesk.commands.common import EXIT_OK, UsageError, print_json
from nomdesk.domain.rules import value_problem
from nomdesk.exchange.juror_workspace import JurorWorkspace


def _number(text: str) -> float:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise UsageError(f"{text!r} is not a number") from None


def _planned(ws: JurorWorkspace, args: Namespace) -> tuple[list, list]:
    """Every --set and --comment resolved and checked before anything is written."""
    criteria = {c.uid: c for c in ws.criteria()}
    values = []
    for nominee, criterion, text in args.values:
        n, c, value = ws.find_nominee(nominee), ws.find_criterion(criterion), _number(text)
        crit = criteria[c]
        if value_problem(value, crit.scale_min, crit.scale_max, crit.step):
            raise UsageError(
                f"{crit.name}: {text} is not on the scale {crit.scale_min:g}–{crit.scale_max:g}"
                f" in steps of {crit.step:g}"
            )
        values.append((n, c, value))
    comments = [(ws.find_nominee(n), ws.find_criterion(c), t) for n, c, t in args.comments]
    given = {(n, c) for n, c, _v in values}
    for n, c, _text in comments:
        if (n, c) not in given and ws.cell(n, c).value is None:
            raise UsageError(f"give {criteria[c].name} a score with --set before commenting on it")
    return values, comments


def _score(ws: JurorWorkspace, args: Namespace) -> dict:
    values, comments = _planned(ws, args)
    for nominee, criterion, value in values:
        ws.set_score(nominee, criterion, value)
    for nominee, criterion, text in comments:
        ws.set_comment(nominee, criterion, text)
    export = ws.export_sheet(args.out)
    info = ws.info()
    scored, expected = ws.progress()
    return {
        "ballot": info.ballot_uid,
        "juror": info.juror,
        "workspace": str(ws.folder),
        "created": ws.created,
        "revision": export.revision,
        "file": str(args.out),
        "set": len(values),
        "comments": len(comments),
        "progress": {"scored": scored, "expected": expected},
    }


def run(args: Namespace) -> int:
    ws = JurorWorkspace.open_ballot(args.ballot)
    try:
        data = _score(ws, args)
    finally:
        ws.close()
    if args.json:
        print_json(data)
    else:
        progress = data["progress"]
        print(
            f"revision {data['revision']} of {data['juror']}'s score sheet written to "
            f"{data['file']} ({progress['scored']} of {progress['expected']} scores)"
        )
    return EXIT_OK
