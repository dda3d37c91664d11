"""Importing score sheets (design §4): a preview per file, then one transaction for all.

    inputs = read_inputs(paths)                        # bytes kept: the preview is what is applied
    preview = preview_import(session=s, inputs=inputs)  # read-only: status, reason, counts, changes
    result = apply_import(session=s, inputs=inputs)     # checks again inside the transaction

A sheet is the juror's complete state: its scores are new or changed, and the juror's
scores it no longer has are removed (except for nominees the secretariat recorded as
conflicted, which the ballot left out). Keyed scores it changes or removes are counted as
replaced. Declared conflicts become Conflicts (declared by the juror); one a later sheet
scores again is taken back. Every accepted file is one SheetImport row and one audit
event; refused files change nothing; the same sheet again is "already imported".
"""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, delete, insert, update
from sqlmodel import Session, col

from nomdesk.db.models import Conflict, NomineeComment, Score, SheetImport, new_uid, utcnow
from nomdesk.errors import NomdeskError
from nomdesk.exchange.errors import MAX_SHEET_BYTES, ExchangeFileError
from nomdesk.exchange.files import read_file
from nomdesk.exchange.sheet_changes import ScoreChange, SheetPlan, plan_sheet
from nomdesk.exchange.sheet_checks import CheckedSheet, RoundFacts, check_sheet
from nomdesk.services import audit
from nomdesk.services.unit import actor_of, write

ACCEPTED, ALREADY_IMPORTED, SUPERSEDED, REFUSED = (
    "accepted",
    "already_imported",
    "superseded",
    "refused",
)

__all__ = [
    "ACCEPTED",
    "ALREADY_IMPORTED",
    "REFUSED",
    "SUPERSEDED",
    "ImportPreview",
    "ScoreChange",
    "SheetInput",
    "SheetPreview",
    "apply_import",
    "preview_import",
    "read_inputs",
]


@dataclass(frozen=True)
class SheetInput:
    """One file to import: its name and bytes, or why it could not be read."""

    file: str
    data: bytes | None
    error: ExchangeFileError | None = None


def read_inputs(paths: list[Path]) -> list[SheetInput]:
    """Read the files once (a file over 5 MB is not read at all)."""
    inputs = []
    for path in paths:
        try:
            inputs.append(SheetInput(path.name, read_file(path, limit=MAX_SHEET_BYTES)))
        except ExchangeFileError as err:
            inputs.append(SheetInput(path.name, None, err))
    return inputs


@dataclass
class SheetPreview:
    """What importing one file does, or why it is refused."""

    file: str
    status: str  # accepted, already_imported, superseded (a newer one of its ballot came
    # in the same import) or refused
    error: NomdeskError | None = None
    ballot_uid: str | None = None
    juror: str | None = None
    revision: int | None = None
    new: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    keyed_replaced: int = 0
    comments: int = 0  # overall comments new or changed
    comments_removed: int = 0
    conflicts: list[str] = field(default_factory=list)  # nominees newly declared conflicted
    plan: SheetPlan | None = field(default=None, repr=False)

    @property
    def changes(self) -> list[ScoreChange]:
        """The scores an accepted file writes: new, changed and removed, with names."""
        return self.plan.changes() if self.plan else []

    @property
    def code(self) -> str | None:
        return getattr(self.error, "code", None) if self.error else None

    @property
    def reason(self) -> str | None:
        return str(self.error) if self.error else None

    def as_dict(self) -> dict[str, Any]:
        """The file's entry in `import-sheets --json`."""
        return {
            "file": self.file,
            "status": self.status,
            "code": self.code,
            "reason": self.reason,
            "ballot": self.ballot_uid,
            "juror": self.juror,
            "revision": self.revision,
            "new": self.new,
            "changed": self.changed,
            "removed": self.removed,
            "unchanged": self.unchanged,
            "keyed_replaced": self.keyed_replaced,
            "comments": self.comments,
            "comments_removed": self.comments_removed,
            "conflicts": self.conflicts,
        }


@dataclass
class ImportPreview:
    files: list[SheetPreview]
    applied: bool = False  # True once at least one accepted file was written
    audit_head: str | None = None  # the audit log's head when the preview was made

    def with_status(self, status: str) -> list[SheetPreview]:
        return [f for f in self.files if f.status == status]

    @property
    def ok(self) -> bool:
        """No file refused (the CLI's exit 0)."""
        return not self.with_status(REFUSED)


def _refused(file: str, error: NomdeskError) -> SheetPreview:
    return SheetPreview(file, REFUSED, error)


def _described(checked: CheckedSheet, status: str) -> SheetPreview:
    return SheetPreview(
        checked.file,
        status,
        ballot_uid=checked.ballot.uid,
        juror=checked.juror.name,
        revision=checked.sheet.revision,
    )


def preview_import(*, session: Session, inputs: list[SheetInput]) -> ImportPreview:
    """Check every file and say what importing it would do; writes nothing."""
    head = audit.head_hash(session)
    facts_of: dict[int, RoundFacts] = {}
    previews: list[SheetPreview | None] = []
    checked_of: dict[int, CheckedSheet] = {}
    for index, item in enumerate(inputs):
        if item.error is not None or item.data is None:
            previews.append(_refused(item.file, item.error))  # type: ignore[arg-type]
            continue
        try:
            checked = check_sheet(session, item.file, item.data, facts_of)
        except ExchangeFileError as err:
            previews.append(_refused(item.file, err))
            continue
        previews.append(None)
        checked_of[index] = checked
    for index, status in _batch_statuses(checked_of).items():
        previews[index] = _preview_of(session, checked_of[index], status)
    return ImportPreview([p for p in previews if p is not None], audit_head=head)


def _batch_statuses(checked_of: dict[int, CheckedSheet]) -> dict[int, str]:
    """Within one import, only the newest sheet of a ballot is applied."""
    newest: dict[int, int] = {}
    for index, checked in checked_of.items():
        if checked.already_imported:
            continue
        ballot_id = checked.ballot.id
        best = newest.get(ballot_id)  # type: ignore[arg-type]
        if best is None or checked.sheet.revision > checked_of[best].sheet.revision:
            newest[ballot_id] = index  # type: ignore[index]
    statuses = {}
    for index, checked in checked_of.items():
        if checked.already_imported:
            statuses[index] = ALREADY_IMPORTED
            continue
        winner = checked_of[newest[checked.ballot.id]]  # type: ignore[index]
        if index == newest[checked.ballot.id]:  # type: ignore[index]
            statuses[index] = ACCEPTED
        elif winner.digest == checked.digest:
            statuses[index] = ALREADY_IMPORTED  # the same sheet twice in one import
        else:
            statuses[index] = SUPERSEDED
    return statuses


def _preview_of(session: Session, checked: CheckedSheet, status: str) -> SheetPreview:
    preview = _described(checked, status)
    if status != ACCEPTED:
        return preview
    plan = plan_sheet(session, checked)
    preview.plan = plan
    preview.new, preview.changed, preview.removed = plan.count("new", "changed", "removed")
    preview.unchanged = plan.unchanged
    preview.keyed_replaced = plan.keyed_replaced()
    preview.comments = len(plan.comment_upserts)
    preview.comments_removed = len(plan.comment_removes)
    preview.conflicts = [name for _id, name, _reason in plan.conflicts_add]
    return preview


@write
def apply_import(
    *, session: Session, inputs: list[SheetInput], preview: ImportPreview | None = None
) -> ImportPreview:
    """Write every accepted file, all in one transaction, and say what was done.

    `preview` is the one preview_import gave for the same inputs (what the person saw):
    when nothing was written to the database since (every write leaves an audit event,
    so the audit log's head is the same) its checks and plans are used; otherwise, or
    without it, every file is checked again here.
    """
    if session.info.get("write_depth") == 1:
        session.rollback()  # read from the file as it is now, not from an older snapshot
    if preview is None or preview.applied or preview.audit_head != audit.head_hash(session):
        preview = preview_import(session=session, inputs=inputs)
    for item in preview.with_status(ACCEPTED):
        _write_sheet(session, item)
        preview.applied = True
    return preview


def _write_sheet(session: Session, item: SheetPreview) -> None:
    plan: SheetPlan = item.plan  # type: ignore[assignment]
    checked = plan.checked
    record = SheetImport(
        ballot_id=checked.ballot.id,  # type: ignore[arg-type]
        revision=checked.sheet.revision,
        sha256=checked.digest,
        imported_by=actor_of(session),
        n_new=item.new,
        n_changed=item.changed,
        n_removed=item.removed,
        n_unchanged=item.unchanged,
        n_keyed_replaced=item.keyed_replaced,
    )
    session.add(record)
    session.flush()
    _write_scores(session, plan, record.id)  # type: ignore[arg-type]
    _write_comments(session, plan)
    _write_conflicts(session, plan)
    session.expire_all()
    audit.record(
        session,
        action="import_sheet",
        entity="ballot",
        entity_uid=checked.ballot.uid,
        year_uid=checked.facts.year.uid,
        after={"juror": checked.juror.name, **item.as_dict()},
        digest=checked.digest,
    )


def _table(model) -> Any:
    return model.__table__


def _write_scores(session: Session, plan: SheetPlan, import_id: int) -> None:
    now, checked = utcnow(), plan.checked
    common = {"source": "sheet", "sheet_import_id": import_id, "updated_at": now}
    if plan.inserts:
        rows = [
            {
                "uid": new_uid(),
                "round_id": checked.facts.round.id,
                "juror_id": checked.juror.id,
                "nominee_id": n,
                "criterion_id": c,
                "value": value,
                "comment": comment,
                **common,
            }
            for n, c, value, comment in plan.inserts
        ]
        session.execute(insert(_table(Score)), rows)
    if plan.updates:
        table = _table(Score)
        stmt = update(table).where(table.c.id == bindparam("b_id"))
        rows = [{"b_id": i, "value": v, "comment": text, **common} for i, v, text in plan.updates]
        session.connection().execute(stmt, rows)
    if plan.removes:
        session.execute(delete(_table(Score)).where(col(Score.id).in_(plan.removes)))


def _write_comments(session: Session, plan: SheetPlan) -> None:
    now, checked = utcnow(), plan.checked
    for nominee_id, text, existing_id in plan.comment_upserts:
        if existing_id is None:
            session.execute(
                insert(_table(NomineeComment)).values(
                    uid=new_uid(),
                    round_id=checked.facts.round.id,
                    juror_id=checked.juror.id,
                    nominee_id=nominee_id,
                    comment=text,
                    updated_at=now,
                )
            )
        else:
            session.execute(
                update(_table(NomineeComment))
                .where(col(NomineeComment.id) == existing_id)
                .values(comment=text, updated_at=now)
            )
    if plan.comment_removes:
        session.execute(
            delete(_table(NomineeComment)).where(col(NomineeComment.id).in_(plan.comment_removes))
        )


def _write_conflicts(session: Session, plan: SheetPlan) -> None:
    juror_id = plan.checked.juror.id
    for nominee_id, _name, reason in plan.conflicts_add:
        session.execute(
            insert(_table(Conflict)).values(
                uid=new_uid(),
                juror_id=juror_id,
                nominee_id=nominee_id,
                reason=reason.strip(),
                declared_by="juror",
                created_at=utcnow(),
            )
        )
    if plan.conflicts_remove:
        session.execute(delete(_table(Conflict)).where(col(Conflict.id).in_(plan.conflicts_remove)))
