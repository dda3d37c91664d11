"""The audit log is a hash chain: a changed or deleted event is found by verify_chain."""

import hashlib
import itertools
import json
import sqlite3

import pytest
from sqlmodel import func, select

from nomdesk.db.models import AuditEvent
from nomdesk.db.open import open_database
from nomdesk.db.session import new_session
from nomdesk.services import attachments, audit, initiatives, nominees, score_bulk, undo
from nomdesk.services.schemas import InitiativeCreate, NomineeUpdate
from nomdesk.services.scores import ScoreEntry
from nomdesk.services.unit import write


def _verify(db_path):
    """Verify in a fresh session, as `nomdesk audit verify` would: nothing cached."""
    opened = open_database(db_path)
    try:
        with new_session(opened.engine) as s:
            return audit.verify_chain(s)
    finally:
        opened.engine.dispose()


@pytest.fixture
def chain(session, year, db_path):
    """A year with a few kinds of writes (creates, updates, bulk, delete); ids of events."""
    n = year.nominees[0].id
    nominees.update_nominee(session=session, nominee_id=n, data=NomineeUpdate(summary="Kort"))
    initiative = initiatives.add_initiative(
        session=session, nominee_id=n, data=InitiativeCreate(title="Öppna data")
    )
    score_bulk.write_scores(
        session=session,
        round_id=year.round_id,
        entries=[ScoreEntry(year.jurors[0].id, n, year.criteria[0].id, 7.5)],
        source="sheet",
        label="ark",
    )
    bundle = initiatives.remove_initiative(session=session, initiative_id=initiative.id)
    undo.restore_deleted(session=session, bundle=bundle)
    session.commit()
    attachments.add_attachment(session=session, nominee_id=n, file_name="a.pdf", data=b"%PDF")
    nominees.change_stage(session=session, nominee_id=n, stage="shortlisted")
    session.commit()
    con = sqlite3.connect(db_path)
    try:
        ids = [row[0] for row in con.execute("SELECT id FROM audit_event ORDER BY id")]
    finally:
        con.close()
    assert len(ids) > 10
    return ids


def test_a_fresh_chain_verifies(session, chain, db_path):
    assert audit.verify_chain(session) == []
    assert _verify(db_path) == []
    events = session.exec(AuditEvent.__table__.select().order_by(AuditEvent.id)).all()
    assert events[0].prev_hash == audit.GENESIS
    for before, after in itertools.pairwise(events):
        assert after.prev_hash == before.hash
    assert audit.head_hash(session) == events[-1].hash


def test_a_changed_event_is_reported_as_changed(chain, db_path):
    middle = chain[len(chain) // 2]
    con = sqlite3.connect(db_path)
    try:
        (after,) = con.execute('SELECT "after" FROM audit_event WHERE id = ?', (middle,)).fetchone()
        data = json.loads(after) if after else {}
        data["tampered"] = True
        con.execute('UPDATE audit_event SET "after" = ? WHERE id = ?', (json.dumps(data), middle))
        con.commit()
    finally:
        con.close()

    problems = _verify(db_path)

    assert [(p.event_id, p.kind) for p in problems] == [(middle, "changed")]
    assert str(middle) in problems[0].message


def test_a_deleted_event_breaks_the_chain_at_the_next_one(chain, db_path):
    index = len(chain) // 2
    middle, following = chain[index], chain[index + 1]
    con = sqlite3.connect(db_path)
    try:
        con.execute("DELETE FROM audit_event WHERE id = ?", (middle,))
        con.commit()
    finally:
        con.close()

    problems = _verify(db_path)

    assert [(p.event_id, p.kind) for p in problems] == [(following, "broken")]


def test_a_changed_actor_is_detected(chain, db_path):
    first = chain[0]
    con = sqlite3.connect(db_path)
    try:
        con.execute("UPDATE audit_event SET actor = 'someone else' WHERE id = ?", (first,))
        con.commit()
    finally:
        con.close()
    assert [(p.event_id, p.kind) for p in _verify(db_path)] == [(first, "changed")]


def test_events_name_the_actor_and_year(session, chain, year):
    events = session.exec(AuditEvent.__table__.select().order_by(AuditEvent.id)).all()
    assert {e.actor for e in events} == {"tester"}
    nominee_events = [e for e in events if e.entity == "nominee"]
    assert nominee_events
    assert {e.year_uid for e in nominee_events} == {year.year.uid}
    bulk = [e for e in events if e.action == "bulk_scores"]
    assert len(bulk) == 1
    assert bulk[0].digest is not None
    [restore] = [e for e in events if e.action == "restore"]
    assert restore.after == {"_restored": {"initiative": 1}}
    [attachment] = [e for e in events if e.entity == "attachment"]
    # bytes are audited as their hash and size, not copied into the log
    assert attachment.after["data"] == {"sha256": hashlib.sha256(b"%PDF").hexdigest(), "size": 4}


# --- bulk operations (design §2: one event with a digest) ---------------------------------


def _two_initiatives(session, nominee_id: int):
    @write
    def add(*, session):
        with audit.bulk(session, action="bulk_add", entity="initiative") as log:
            for title in ("Å", "Ö"):
                initiatives.add_initiative(
                    session=session, nominee_id=nominee_id, data=InitiativeCreate(title=title)
                )
            log.after = {"titles": 2}

    add(session=session)


def test_a_bulk_is_one_event_whose_digest_covers_its_rows(session, year, db_path):
    head = session.exec(select(func.max(AuditEvent.id))).one()
    _two_initiatives(session, year.nominees[0].id)
    (event,) = session.exec(select(AuditEvent).where(AuditEvent.id > head)).all()
    assert (event.action, event.entity, event.after) == ("bulk_add", "initiative", {"titles": 2})
    other = session.exec(select(AuditEvent).where(AuditEvent.id > event.id)).all()
    assert other == []
    # Another bulk writing other rows (other uids) has another digest.
    _two_initiatives(session, year.nominees[0].id)
    second = session.exec(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert len(event.digest) == 64 and second.digest != event.digest
    assert _verify(db_path) == []


def test_a_failing_bulk_writes_nothing_and_a_bulk_outside_a_service_is_refused(session, year):
    head = audit.head_hash(session)

    @write
    def fail(*, session):
        with audit.bulk(session, action="bulk_add", entity="initiative"):
            initiatives.add_initiative(
                session=session, nominee_id=year.nominees[0].id, data=InitiativeCreate(title="X")
            )
            raise ValueError("half way")

    with pytest.raises(ValueError):
        fail(session=session)
    assert audit.head_hash(session) == head
    assert "audit_bulk" not in session.info or session.info["audit_bulk"] == []
    with (
        pytest.raises(RuntimeError, match="inside a @write"),
        audit.bulk(session, action="x", entity="y"),
    ):
        pass
