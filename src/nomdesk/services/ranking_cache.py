"""A scoring round's loaded data, kept between rankings and brought up to date from the
audit log, so that one score edit costs a few of that nominee's rows, not the round.

Every write goes through a service that appends an audit event in the same transaction
(the project's rule), so the newest event (its id and hash) tells whether anything changed
since a round was loaded, and the events after it tell what. Score events name their cell:
only the nominees they touch are read again and recomputed, with the same domain functions
as a full load, so the results are the same to the last bit. Anything else that could
change what a ranking reads (nominees, jurors, criteria, conflicts, bulk writes, many
events, a chain that no longer holds the remembered event after a rollback) loads the
round afresh. Read through the caller's session, so it sees what that session sees.

Kept per engine (a database file opened once), a few rounds each; no Qt.
"""

import threading
import weakref
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Engine, select
from sqlmodel import Session, col

from nomdesk.db.models import (
    AuditEvent,
    AwardYear,
    Conflict,
    Criterion,
    Juror,
    Score,
    ScoringRound,
)
from nomdesk.domain import scoring
from nomdesk.services.progress import nominee_names, ranked_nominee_ids

MAX_ROUNDS = 4  # rounds remembered per database
MAX_EVENTS = 64  # more events than this since the last look: load the round again

ROW_ACTIONS = frozenset({"create", "update", "delete", "restore"})  # services/crud.py
# Per table, the actions known never to change what a ranking reads (the method, trim k
# and tie-break chain are read from the year on every call). Any other event, a bulk
# write recorded on one of these rows included (a sheet import on its ballot), makes the
# round load again.
HARMLESS: dict[str, frozenset[str]] = {
    "timetable_entry": ROW_ACTIONS,
    "decision": ROW_ACTIONS,
    "organisation": ROW_ACTIONS | {"merge", "unmerge"},
    "organisation_alias": ROW_ACTIONS,
    "nominee_organisation": ROW_ACTIONS,
    "initiative": ROW_ACTIONS,
    "attachment": ROW_ACTIONS,
    "site_visit": ROW_ACTIONS,
    "site_visit_note": ROW_ACTIONS,
    "nominee_comment": ROW_ACTIONS,
    "ballot": ROW_ACTIONS | {"revoke", "open_ballot", "export_sheet"},
    "sheet_import": ROW_ACTIONS,
}

Head = tuple[int, str] | None  # the newest audit event's (id, hash); None: no event


@dataclass(frozen=True)
class RoundState:
    """One round as of one audit head: its data, totals, and what every method shares."""

    round_id: int
    year_uid: str
    head: Head
    data: scoring.RoundData
    totals: dict[int, dict[int, float]]
    stats: dict[int, scoring.NomineeStats]
    names: dict[int, str]
    # (method, trim k) → ranking, filled as methods are asked for.
    rankings: dict[tuple[str, int], scoring.Ranking] = field(default_factory=dict)
    # Other results derived from `data`, computed when first asked for.
    derived: dict[str, Any] = field(default_factory=dict)

    def ranking(self, method: str, trim_k: int) -> scoring.Ranking:
        key = (method, trim_k if method == "trimmed" else 0)
        found = self.rankings.get(key)
        if found is None:
            found = scoring.rank_totals(self.data, self.totals, method, trim_k, self.stats)
            self.rankings[key] = found
        return found

    def missing(self) -> dict[tuple[int, int], int]:
        """(juror id, nominee id) → scores still owed (see `scoring.missing_cells`)."""
        if "missing" not in self.derived:
            self.derived["missing"] = scoring.missing_cells(self.data, self.totals)
        return self.derived["missing"]


_LOCK = threading.Lock()
_STATES: "weakref.WeakKeyDictionary[Engine, OrderedDict[int, RoundState]]" = (
    weakref.WeakKeyDictionary()
)


def round_state(session: Session, round_: ScoringRound) -> RoundState:
    """The round's state as the session sees it now, reusing what is still true."""
    assert round_.id is not None
    engine = session.get_bind()
    head = _head(session)
    with _LOCK:
        states = _STATES.setdefault(engine, OrderedDict())  # type: ignore[arg-type]
        state = states.get(round_.id)
    if state is None or state.head != head:
        state = (state and _caught_up(session, state, head)) or load_state(session, round_, head)
    with _LOCK:  # a report may rank on a worker thread while the window does
        states[round_.id] = state
        states.move_to_end(round_.id)
        while len(states) > MAX_ROUNDS:
            states.popitem(last=False)
    return state


def forget(engine: Engine) -> None:
    """Drop what is remembered for a database (tests, or after writing outside services)."""
    with _LOCK:
        _STATES.pop(engine, None)


# --- a full load -----------------------------------------------------------------------


def _head(session: Session) -> Head:
    row = session.execute(
        select(AuditEvent.id, AuditEvent.hash).order_by(col(AuditEvent.id).desc()).limit(1)
    ).first()
    return None if row is None else (row[0], row[1])


def _rows(session: Session, sql: str, params: tuple) -> list[tuple]:
    """Many rows through the driver's own cursor, in the session's transaction: a round's
    scores come back several times faster than through result objects."""
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(sql, params)
        return cursor.fetchall()
    finally:
        cursor.close()


_SCORES = "SELECT juror_id, nominee_id, criterion_id, value FROM score WHERE round_id = ?"


def load_data(session: Session, round_: ScoringRound) -> scoring.RoundData:
    """The round's ranked nominees, jurors, criteria, scores and conflicts."""
    nominee_ids = tuple(ranked_nominee_ids(session, round_))
    jurors = session.execute(
        select(Juror.id, Juror.role)
        .where(Juror.year_id == round_.year_id)
        .order_by(col(Juror.position), col(Juror.id))
    ).all()
    juror_ids = tuple(j for j, _role in jurors)
    criteria = tuple(
        scoring.CriterionSpec(id=i, weight=w, scale_min=lo, scale_max=hi, uid=uid, name=name)
        for i, w, lo, hi, uid, name in session.execute(
            select(
                Criterion.id,
                Criterion.weight,
                Criterion.scale_min,
                Criterion.scale_max,
                Criterion.uid,
                Criterion.name,
            )
            .where(Criterion.year_id == round_.year_id)
            .order_by(col(Criterion.position), col(Criterion.id))
        ).all()
    )
    rows = _rows(session, _SCORES, (round_.id,))
    conflicts = session.execute(
        select(Conflict.juror_id, Conflict.nominee_id).where(col(Conflict.juror_id).in_(juror_ids))
    ).all()
    return scoring.RoundData(
        nominee_ids=nominee_ids,
        juror_ids=juror_ids,
        criteria=criteria,
        scores={(j, n, c): v for j, n, c, v in rows},
        conflicts=frozenset((j, n) for j, n in conflicts),
        chair_id=next((j for j, role in jurors if role == "chair"), None),
    )


def load_state(session: Session, round_: ScoringRound, head: Head) -> RoundState:
    data = load_data(session, round_)
    summaries = {n: scoring.nominee_summary(data, n) for n in data.nominee_ids}
    year_uid = session.execute(
        select(AwardYear.uid).where(AwardYear.id == round_.year_id)
    ).scalar_one()
    return RoundState(
        round_id=round_.id,  # type: ignore[arg-type]
        year_uid=year_uid,
        head=head,
        data=data,
        totals={n: totals for n, (totals, _stats) in summaries.items()},
        stats={n: stats for n, (_totals, stats) in summaries.items()},
        names=nominee_names(session=session, nominee_ids=list(data.nominee_ids)),
    )


# --- catching up with score edits ------------------------------------------------------


def _caught_up(session: Session, state: RoundState, head: Head) -> RoundState | None:
    """The state moved to `head` by re-reading the nominees that score events touched;
    None when only a full load can tell."""
    if state.head is None or head is None or head[0] < state.head[0]:
        return None
    kept = session.execute(
        select(AuditEvent.hash).where(AuditEvent.id == state.head[0])
    ).scalar_one_or_none()
    if kept != state.head[1]:  # rolled back, or the chain was replaced
        return None
    events = session.execute(
        select(
            AuditEvent.action,
            AuditEvent.entity,
            AuditEvent.entity_uid,
            AuditEvent.year_uid,
            AuditEvent.before,
            AuditEvent.after,
        )
        .where(AuditEvent.id > state.head[0])
        .order_by(col(AuditEvent.id))
        .limit(MAX_EVENTS + 1)
    ).all()
    if len(events) > MAX_EVENTS:
        return None
    touched = _touched_nominees(session, state, events)
    if touched is None:
        return None
    return _reread(session, state, head, touched)


def _unrelated(entity: str, action: str, year_uid: str | None, state: RoundState) -> bool:
    if year_uid is not None and year_uid != state.year_uid:
        return True  # another year's rows
    if action in HARMLESS.get(entity, frozenset()):
        return True
    # The year's settings and lock; deleting or restoring the year reloads.
    return entity == "award_year" and action not in ("delete", "restore")


def _touched_nominees(session: Session, state: RoundState, events) -> set[int] | None:
    """The round's nominees whose scores the events changed; None: something else changed."""
    # A cell's snapshot from its create or delete event, for updates of since-deleted cells.
    snapshots = {
        uid: (after if action == "create" else before)
        for action, entity, uid, _y, before, after in events
        if entity == "score" and action in ("create", "delete")
    }
    touched: set[int] = set()
    for action, entity, uid, year_uid, _before, _after in events:
        if _unrelated(entity, action, year_uid, state):
            continue
        if entity != "score" or action not in ROW_ACTIONS:
            return None
        cell = _cell_of(session, uid, snapshots.get(uid))
        if cell is None:
            return None
        round_id, nominee_id = cell
        if round_id == state.round_id:
            touched.add(nominee_id)
    return touched


def _cell_of(session: Session, uid: str | None, snapshot) -> tuple[int, int] | None:
    """(round id, nominee id) of a score, from its snapshot or its row."""
    if snapshot and "round_id" in snapshot and "nominee_id" in snapshot:
        return snapshot["round_id"], snapshot["nominee_id"]
    if uid is None:
        return None
    row = session.execute(select(Score.round_id, Score.nominee_id).where(Score.uid == uid)).first()
    return None if row is None else (row[0], row[1])


def _reread(session: Session, state: RoundState, head: Head, nominees: set[int]) -> RoundState:
    """The state with the given nominees' scores read again and their totals recomputed."""
    if not nominees:
        return replace(state, head=head)
    marks = ", ".join("?" * len(nominees))
    rows = _rows(session, f"{_SCORES} AND nominee_id IN ({marks})", (state.round_id, *nominees))
    scores = dict(state.data.scores)  # a copy: rankings handed out keep their own data
    for n in nominees:
        for j in state.data.juror_ids:
            for c in state.data.criteria:
                scores.pop((j, n, c.id), None)
    scores.update({(j, n, c): v for j, n, c, v in rows})
    data = replace(state.data, scores=scores)
    totals = dict(state.totals)
    stats = dict(state.stats)
    for n in nominees & set(data.nominee_ids):
        totals[n], stats[n] = scoring.nominee_summary(data, n)
    return replace(state, head=head, data=data, totals=totals, stats=stats, rankings={}, derived={})
