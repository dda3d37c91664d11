"""What a checked score sheet changes in the database: the import preview's diff.

The sheet is the juror's complete state for the round, so it is compared with every score
the juror has there: new, changed, unchanged, and removed (a score the sheet no longer
has), except for nominees the secretariat recorded as conflicted for the juror.
"""

from dataclasses import dataclass, field

from sqlalchemy import bindparam
from sqlmodel import Session, select

from nomdesk.db.models import NomineeComment, Score
from nomdesk.exchange.sheet_checks import CheckedSheet


@dataclass(frozen=True)
class ScoreChange:
    """One score the import writes: kind is "new", "changed" or "removed"."""

    kind: str
    nominee_uid: str
    nominee: str
    criterion_uid: str
    criterion: str
    old: float | None
    new: float | None
    old_comment: str
    new_comment: str
    keyed: bool  # it replaces (or removes) a score the secretariat keyed in


# (kind, (nominee id, criterion id), old, new, old comment, new comment, keyed)
RawChange = tuple[str, tuple[int, int], float | None, float | None, str, str, bool]


@dataclass
class SheetPlan:
    checked: CheckedSheet
    inserts: list[tuple[int, int, float, str]] = field(default_factory=list)
    updates: list[tuple[int, float, str]] = field(default_factory=list)  # score id, value, text
    removes: list[int] = field(default_factory=list)  # score ids
    unchanged: int = 0
    raw_changes: list[RawChange] = field(default_factory=list)  # named on demand
    comment_upserts: list[tuple[int, str, int | None]] = field(default_factory=list)
    comment_removes: list[int] = field(default_factory=list)
    conflicts_add: list[tuple[int, str, str]] = field(default_factory=list)  # id, name, reason
    conflicts_remove: list[int] = field(default_factory=list)  # conflict ids

    def count(self, *kinds: str) -> tuple[int, ...]:
        return tuple(sum(1 for c in self.raw_changes if c[0] == kind) for kind in kinds)

    def keyed_replaced(self) -> int:
        return sum(1 for c in self.raw_changes if c[6])

    def changes(self) -> list[ScoreChange]:
        """The changes with the uids and names of their nominees and criteria."""
        names = _Names(self.checked)
        return [names.change(*raw) for raw in self.raw_changes]


class _Names:
    """Uids and names of the round's nominees and criteria by id."""

    def __init__(self, checked: CheckedSheet) -> None:
        facts = checked.facts
        self.nominees = {i: (uid, name) for uid, (i, name, _stage) in facts.nominees.items()}
        self.criteria = {c.id: (uid, c.name) for uid, c in facts.criteria.items()}

    def change(self, kind, key, old, new, old_text, new_text, keyed) -> ScoreChange:
        nominee_uid, nominee = self.nominees[key[0]]
        criterion_uid, criterion = self.criteria.get(key[1], ("", ""))
        return ScoreChange(
            kind,
            nominee_uid,
            nominee,
            criterion_uid,
            criterion,
            old,
            new,
            old_text,
            new_text,
            keyed,
        )


def _protected(checked: CheckedSheet) -> set[int]:
    """Nominees whose existing scores the sheet leaves alone: secretariat conflicts."""
    juror_id = checked.juror.id
    return {
        nominee_id
        for (j, nominee_id), conflict in checked.facts.conflicts.items()
        if j == juror_id and conflict.declared_by == "secretariat"
    }


def plan_sheet(session: Session, checked: CheckedSheet) -> SheetPlan:
    """The writes that bring the juror's data to the sheet's state."""
    plan = SheetPlan(checked)
    _plan_scores(session, plan)
    _plan_comments(session, plan)
    _plan_conflicts(plan)
    return plan


# Core, not ORM rows: a sheet compares thousands of scores.
_EXISTING = select(
    Score.id, Score.nominee_id, Score.criterion_id, Score.value, Score.comment, Score.source
).where(Score.round_id == bindparam("r"), Score.juror_id == bindparam("j"))


def _plan_scores(session: Session, plan: SheetPlan) -> None:
    checked = plan.checked
    rows = session.connection().execute(
        _EXISTING, {"r": checked.facts.round.id, "j": checked.juror.id}
    )
    existing = {(n, c): (i, v, text, source) for i, n, c, v, text, source in rows}
    changes = plan.raw_changes
    for key, (value, text) in checked.scores.items():
        old = existing.get(key)
        if old is None:
            plan.inserts.append((key[0], key[1], value, text))
            changes.append(("new", key, None, value, "", text, False))
        elif old[1] == value and old[2] == text:
            plan.unchanged += 1
        else:
            plan.updates.append((old[0], value, text))
            changes.append(("changed", key, old[1], value, old[2], text, old[3] == "keyed"))
    protected = _protected(checked)
    for key, (score_id, value, text, source) in existing.items():
        if key not in checked.scores and key[0] not in protected:
            plan.removes.append(score_id)
            changes.append(("removed", key, value, None, text, "", source == "keyed"))


def _plan_comments(session: Session, plan: SheetPlan) -> None:
    checked = plan.checked
    rows = session.exec(
        select(NomineeComment.id, NomineeComment.nominee_id, NomineeComment.comment).where(
            NomineeComment.round_id == checked.facts.round.id,
            NomineeComment.juror_id == checked.juror.id,
        )
    ).all()
    existing = {n: (i, text) for i, n, text in rows}
    protected = _protected(checked)
    for nominee_id, text in checked.comments.items():
        old = existing.get(nominee_id)
        if old is None or old[1] != text:
            plan.comment_upserts.append((nominee_id, text, old[0] if old else None))
    for nominee_id, (comment_id, text) in existing.items():
        gone = nominee_id not in checked.comments and nominee_id not in protected
        if gone and text:
            plan.comment_removes.append(comment_id)


def _plan_conflicts(plan: SheetPlan) -> None:
    checked = plan.checked
    names = _Names(checked)
    juror_id = checked.juror.id
    for nominee_id, reason in checked.conflicts.items():
        if (juror_id, nominee_id) not in checked.facts.conflicts:
            plan.conflicts_add.append((nominee_id, names.nominees[nominee_id][1], reason))
    scored = {n for n, _c in checked.scores} | set(checked.comments)
    for (j, nominee_id), conflict in checked.facts.conflicts.items():
        if j == juror_id and conflict.declared_by == "juror" and nominee_id in scored:
            plan.conflicts_remove.append(conflict.id)  # type: ignore[arg-type]
