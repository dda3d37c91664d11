"""`nomdesk audit verify`: check the audit log's hash chain."""

from argparse import Namespace

from sqlmodel import func, select

from nomdesk.commands.common import EXIT_OK, EXIT_REFUSED, open_session, print_json
from nomdesk.db.models import AuditEvent
from nomdesk.services import audit


def run_verify(args: Namespace) -> int:
    with open_session(args.db) as session:
        problems = audit.verify_chain(session, known_head=args.head)
        events = session.exec(select(func.count()).select_from(AuditEvent)).one()
        head = audit.head_hash(session)
    if args.json:
        print_json(
            {
                "ok": not problems,
                "events": events,
                "head": head,
                "problems": [
                    {"event": p.event_id, "kind": p.kind, "message": p.message} for p in problems
                ],
            }
        )
    elif problems:
        for p in problems:
            print(f"{p.kind}: {p.message}")
        print(f"audit log: {len(problems)} problem(s) in {events} events")
    else:
        print(f"audit log intact: {events} events, head {head}")
    return EXIT_REFUSED if problems else EXIT_OK
