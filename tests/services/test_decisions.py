"""The decision: only a finalist wins, a motivation, missing scores confirmed; then the lock."""

from dataclasses import dataclass
from datetime import date

import pytest

from nomdesk.db.models import AwardYear, Decision, Nominee
from nomdesk.errors import MissingScoresError, StageError, ValidationError, YearLockedError
from nomdesk.services import (
    attachments,
    criteria,
    decisions,
    initiatives,
    jurors,
    nominees,
    organisations,
    rounds,
    score_bulk,
    scores,
    site_visits,
    years,
)
from nomdesk.services.schemas import (
    CriterionCreate,
    CriterionUpdate,
    InitiativeCreate,
    InitiativeUpdate,
    JurorCreate,
    JurorUpdate,
    NomineeCreate,
    NomineeUpdate,
    OrganisationCreate,
    RoundCreate,
    RoundUpdate,
    SiteVisitCreate,
    SiteVisitUpdate,
    TimetableCreate,
    TimetableUpdate,
    YearUpdate,
)
from nomdesk.services.scores import ScoreEntry
from nomdesk.services.unit import write


def _decide(session, setup, winner=0, **extra):
    values = {"motivation": "Föredömligt arbete", "confirm_missing": True} | extra
    return decisions.record_decision(
        session=session, year_id=setup.year_id, winner_id=setup.nominees[winner].id, **values
    )


def _fill_scores(session, setup):
    entries = [
        ScoreEntry(j.id, n.id, c.id, c.scale_max)
        for j in setup.jurors
        for n in setup.nominees
        for c in setup.criteria
    ]
    score_bulk.write_scores(
        session=session, round_id=setup.round_id, entries=entries, source="keyed", label="alla"
    )


def _year(session, year_id):
    return session.get(AwardYear, year_id, populate_existing=True)


# --- recording the decision -----------------------------------------------------------------


@pytest.mark.parametrize("stage", ["nominated", "shortlisted"])
def test_the_winner_must_be_a_finalist(session, make_year, refused, stage):
    setup = make_year(stage=stage)
    with refused(StageError, field="winner"):
        _decide(session, setup)
    assert decisions.find_decision(session=session, year_id=setup.year_id) is None


def test_a_withdrawn_finalist_cannot_win(session, year, refused):
    nominees.withdraw(session=session, nominee_id=year.nominees[0].id, reason="ute")
    with refused(StageError, field="winner"):
        _decide(session, year)


def test_the_winner_must_be_of_this_year(session, make_year, refused):
    earlier = make_year(2023)
    setup = make_year(2024)
    with refused(ValidationError, field="winner"):
        decisions.record_decision(
            session=session,
            year_id=setup.year_id,
            winner_id=earlier.nominees[0].id,
            motivation="x",
            confirm_missing=True,
        )


@pytest.mark.parametrize("motivation", ["", "   "])
def test_motivation_is_required(session, year, refused, motivation):
    with refused(ValidationError, field="motivation"):
        _decide(session, year, motivation=motivation)


def test_history_needs_no_motivation(session, make_year):
    setup = make_year(2003, n_criteria=0, n_jurors=0)
    decision = _decide(session, setup, motivation="", historical=True, confirm_missing=False)
    assert (decision.historical, decision.motivation) == (True, "")
    assert decision.scores_complete is None
    assert decision.missing_scores == 0


def test_missing_scores_need_confirmation(session, year, refused, events):
    scores.set_score(
        session=session,
        round_id=year.round_id,
        juror_id=year.jurors[0].id,
        nominee_id=year.nominees[0].id,
        criterion_id=year.criteria[0].id,
        value=5,
    )
    with refused(MissingScoresError, field="confirm_missing"):
        _decide(session, year, confirm_missing=False)

    decision = _decide(session, year, confirm_missing=True, motivation_en="  Exemplary ")

    stored = session.get(Decision, decision.id, populate_existing=True)
    assert stored.missing_scores == 3 * 3 * 2 - 1
    assert stored.missing_confirmed is True
    assert stored.scores_complete is False
    assert stored.round_id == year.round_id
    assert stored.method == "mean"
    assert stored.decided_by == "tester"
    assert (stored.motivation, stored.motivation_en) == ("Föredömligt arbete", "Exemplary")
    assert session.get(Nominee, year.nominees[0].id, populate_existing=True).stage == "winner"
    locked = _year(session, year.year_id)
    assert locked.locked_at is not None
    assert locked.locked_by == "tester"
    assert locked.phase == "decision"
    lock = events(action="lock")[-1]
    assert lock.entity_uid == year.year.uid
    assert lock.after["reason"] == "decision"


def test_missing_scores_error_names_the_count(session, year):
    with pytest.raises(MissingScoresError) as info:
        _decide(session, year, confirm_missing=False)
    assert info.value.params["count"] == 18


def test_complete_scores_are_recorded_as_complete(session, year):
    _fill_scores(session, year)
    decision = _decide(session, year, confirm_missing=False, method="borda")
    stored = session.get(Decision, decision.id, populate_existing=True)
    assert (stored.scores_complete, stored.missing_scores, stored.missing_confirmed) == (
        True,
        0,
        False,
    )
    assert stored.method == "borda"


def test_unknown_method_is_refused(session, year, refused):
    with refused(ValidationError, field="method"):
        _decide(session, year, method="coin")


def test_a_second_decision_is_refused(session, year, refused):
    _decide(session, year)
    with refused(YearLockedError, field="year"):
        _decide(session, year, winner=1)
    years.unlock_year(session=session, year_id=year.year_id, reason="rättelse")
    with refused(ValidationError, field="winner"):
        _decide(session, year, winner=1)
    [decision] = session.exec(Decision.__table__.select()).all()
    assert decision.winner_id == year.nominees[0].id


def test_withdraw_decision_after_unlock(session, year, refused):
    _decide(session, year)
    with refused(YearLockedError, field="year"):
        decisions.withdraw_decision(session=session, year_id=year.year_id, reason="fel")
    years.unlock_year(session=session, year_id=year.year_id, reason="fel vinnare")
    with refused(ValidationError, field="reason"):
        decisions.withdraw_decision(session=session, year_id=year.year_id, reason=" ")
    bundle = decisions.withdraw_decision(session=session, year_id=year.year_id, reason="fel")
    assert bundle.count("decision") == 1
    assert decisions.find_decision(session=session, year_id=year.year_id) is None
    assert session.get(Nominee, year.nominees[0].id, populate_existing=True).stage == "finalist"
    _decide(session, year, winner=1)
    assert session.get(Nominee, year.nominees[1].id, populate_existing=True).stage == "winner"


def test_undo_decision_is_one_transaction(session, year, refused):
    phase = session.get(AwardYear, year.year_id).phase
    _decide(session, year)
    # A phase the year cannot take fails the last step: the unlock and the withdrawal
    # before it must not stay behind.
    with refused(ValidationError, field="phase"):
        decisions.undo_decision(session=session, year_id=year.year_id, reason="fel", phase="x")
    stored = session.get(AwardYear, year.year_id, populate_existing=True)
    assert stored.locked_at is not None
    assert decisions.find_decision(session=session, year_id=year.year_id) is not None
    decisions.undo_decision(session=session, year_id=year.year_id, reason="fel", phase=phase)
    stored = session.get(AwardYear, year.year_id, populate_existing=True)
    assert (stored.locked_at, stored.phase) == (None, phase)
    assert decisions.find_decision(session=session, year_id=year.year_id) is None
    assert session.get(Nominee, year.nominees[0].id, populate_existing=True).stage == "finalist"


# --- the lock -------------------------------------------------------------------------------


@dataclass
class Decided:
    setup: object
    initiative_id: int
    attachment_id: int
    visit_id: int
    entry_id: int
    conflict_id: int
    organisation_id: int
    withdrawn_id: int


@pytest.fixture
def decided(session, year):
    """The year with one of everything, then decided (and so locked)."""
    return _build_decided(session=session, year=year)


@write  # one transaction: the services join it, which keeps the set-up fast
def _build_decided(*, session, year):
    n = year.nominees[1].id
    org = organisations.create_organisation(session=session, data=OrganisationCreate(name="Ale"))
    initiative = initiatives.add_initiative(
        session=session, nominee_id=n, data=InitiativeCreate(title="Öppna data")
    )
    attachment = attachments.add_attachment(
        session=session, nominee_id=n, file_name="a.pdf", data=b"%PDF"
    )
    visit = site_visits.add_site_visit(
        session=session, nominee_id=n, data=SiteVisitCreate(participants="Anna")
    )
    entry = years.add_timetable_entry(
        session=session, year_id=year.year_id, data=TimetableCreate(label="Gala")
    )
    conflict = jurors.declare_conflict(
        session=session, juror_id=year.jurors[2].id, nominee_id=year.nominees[2].id, reason="x"
    )
    scores.set_score(
        session=session,
        round_id=year.round_id,
        juror_id=year.jurors[0].id,
        nominee_id=n,
        criterion_id=year.criteria[0].id,
        value=5,
    )
    extra = nominees.create_nominee(
        session=session, year_id=year.year_id, data=NomineeCreate(display_name="Utgått")
    )
    nominees.withdraw(session=session, nominee_id=extra.id, reason="drog sig ur")
    _decide(session, year)
    return Decided(
        year, initiative.id, attachment.id, visit.id, entry.id, conflict.id, org.id, extra.id
    )


def _score_cell(d, value=5.0):
    s = d.setup
    return {
        "round_id": s.round_id,
        "juror_id": s.jurors[0].id,
        "nominee_id": s.nominees[1].id,
        "criterion_id": s.criteria[0].id,
    } | ({"value": value} if value is not None else {})


# The writes the issue names first, then every other write to a year.
LOCKED_WRITES = {
    "update_nominee": lambda s, d: nominees.update_nominee(
        session=s, nominee_id=d.setup.nominees[1].id, data=NomineeUpdate(summary="ny")
    ),
    "add_initiative": lambda s, d: initiatives.add_initiative(
        session=s, nominee_id=d.setup.nominees[1].id, data=InitiativeCreate(title="AI")
    ),
    "add_criterion": lambda s, d: criteria.add_criterion(
        session=s, year_id=d.setup.year_id, data=CriterionCreate(name="Ny")
    ),
    "add_juror": lambda s, d: jurors.add_juror(
        session=s, year_id=d.setup.year_id, data=JurorCreate(name="Ny")
    ),
    "set_score": lambda s, d: scores.set_score(session=s, **_score_cell(d, 6.0)),
    "declare_conflict": lambda s, d: jurors.declare_conflict(
        session=s, juror_id=d.setup.jurors[0].id, nominee_id=d.setup.nominees[2].id, reason="x"
    ),
    "add_attachment": lambda s, d: attachments.add_attachment(
        session=s, nominee_id=d.setup.nominees[1].id, file_name="b.pdf", data=b"x"
    ),
    "add_site_visit": lambda s, d: site_visits.add_site_visit(
        session=s, nominee_id=d.setup.nominees[1].id, data=SiteVisitCreate(participants="Bo")
    ),
    "create_round": lambda s, d: rounds.create_round(
        session=s, year_id=d.setup.year_id, data=RoundCreate(name="Extra")
    ),
    "set_phase": lambda s, d: years.set_phase(
        session=s, year_id=d.setup.year_id, phase="deliberation"
    ),
    "add_timetable_entry": lambda s, d: years.add_timetable_entry(
        session=s, year_id=d.setup.year_id, data=TimetableCreate(label="Möte")
    ),
    "create_nominee": lambda s, d: nominees.create_nominee(
        session=s, year_id=d.setup.year_id, data=NomineeCreate(display_name="Sen")
    ),
    "change_stage": lambda s, d: nominees.change_stage(
        session=s, nominee_id=d.setup.nominees[1].id, stage="shortlisted"
    ),
    "withdraw": lambda s, d: nominees.withdraw(
        session=s, nominee_id=d.setup.nominees[1].id, reason="x"
    ),
    "reinstate": lambda s, d: nominees.reinstate(session=s, nominee_id=d.withdrawn_id),
    "delete_nominee": lambda s, d: nominees.delete_nominee(
        session=s, nominee_id=d.setup.nominees[1].id
    ),
    "set_organisations": lambda s, d: nominees.set_organisations(
        session=s, nominee_id=d.setup.nominees[1].id, organisation_ids=[d.organisation_id]
    ),
    "update_year": lambda s, d: years.update_year(
        session=s, year_id=d.setup.year_id, data=YearUpdate(title="Ny titel")
    ),
    "lock_year": lambda s, d: years.lock_year(session=s, year_id=d.setup.year_id, reason="x"),
    "update_timetable_entry": lambda s, d: years.update_timetable_entry(
        session=s, entry_id=d.entry_id, data=TimetableUpdate(label="Fest")
    ),
    "remove_timetable_entry": lambda s, d: years.remove_timetable_entry(
        session=s, entry_id=d.entry_id
    ),
    "update_criterion": lambda s, d: criteria.update_criterion(
        session=s, criterion_id=d.setup.criteria[0].id, data=CriterionUpdate(weight=5.0)
    ),
    "move_criterion": lambda s, d: criteria.move_criterion(
        session=s, criterion_id=d.setup.criteria[1].id, position=0
    ),
    "remove_criterion": lambda s, d: criteria.remove_criterion(
        session=s, criterion_id=d.setup.criteria[1].id
    ),
    "update_juror": lambda s, d: jurors.update_juror(
        session=s, juror_id=d.setup.jurors[1].id, data=JurorUpdate(role="chair")
    ),
    "remove_juror": lambda s, d: jurors.remove_juror(session=s, juror_id=d.setup.jurors[1].id),
    "remove_conflict": lambda s, d: jurors.remove_conflict(session=s, conflict_id=d.conflict_id),
    "update_round": lambda s, d: rounds.update_round(
        session=s, round_id=d.setup.round_id, data=RoundUpdate(name="Slut")
    ),
    "set_round_status": lambda s, d: rounds.set_round_status(
        session=s, round_id=d.setup.round_id, status="closed"
    ),
    "clear_score": lambda s, d: scores.clear_score(session=s, **_score_cell(d, None)),
    "write_scores": lambda s, d: score_bulk.write_scores(
        session=s,
        round_id=d.setup.round_id,
        entries=[
            ScoreEntry(d.setup.jurors[1].id, d.setup.nominees[1].id, d.setup.criteria[0].id, 5)
        ],
        source="sheet",
        label="x",
    ),
    "set_nominee_comment": lambda s, d: scores.set_nominee_comment(
        session=s,
        round_id=d.setup.round_id,
        juror_id=d.setup.jurors[0].id,
        nominee_id=d.setup.nominees[1].id,
        comment="x",
    ),
    "update_initiative": lambda s, d: initiatives.update_initiative(
        session=s, initiative_id=d.initiative_id, data=InitiativeUpdate(title="B")
    ),
    "move_initiative": lambda s, d: initiatives.move_initiative(
        session=s, initiative_id=d.initiative_id, position=0
    ),
    "remove_initiative": lambda s, d: initiatives.remove_initiative(
        session=s, initiative_id=d.initiative_id
    ),
    "remove_attachment": lambda s, d: attachments.remove_attachment(
        session=s, attachment_id=d.attachment_id
    ),
    "update_site_visit": lambda s, d: site_visits.update_site_visit(
        session=s, visit_id=d.visit_id, data=SiteVisitUpdate(visited_on=date(2024, 1, 1))
    ),
    "set_visit_note": lambda s, d: site_visits.set_visit_note(
        session=s, visit_id=d.visit_id, criterion_id=d.setup.criteria[0].id, note="x"
    ),
    "remove_site_visit": lambda s, d: site_visits.remove_site_visit(session=s, visit_id=d.visit_id),
    "record_decision": lambda s, d: _decide(s, d.setup, winner=1),
    "withdraw_decision": lambda s, d: decisions.withdraw_decision(
        session=s, year_id=d.setup.year_id, reason="x"
    ),
}


def test_every_write_to_a_locked_year_is_refused(session, decided, db_path, dump):
    # One set-up for all writes (a parametrised test would rebuild the year 41 times);
    # every write is still tried, and the failures are reported together by name.
    session.commit()
    before = dump(db_path)
    failures = []
    for name, call in LOCKED_WRITES.items():
        try:
            call(session, decided)
        except YearLockedError as err:
            if err.field != "year":
                failures.append(f"{name}: field {err.field!r}")
        except Exception as err:
            failures.append(f"{name}: {err!r}")
        else:
            failures.append(f"{name}: not refused")
        if dump(db_path) != before:
            failures.append(f"{name}: changed the file")
            before = dump(db_path)
    assert failures == []
    assert len(LOCKED_WRITES) == 41


@pytest.mark.parametrize("reason", ["", "   "])
def test_unlock_needs_a_reason(session, decided, refused, reason):
    with refused(ValidationError, field="reason"):
        years.unlock_year(session=session, year_id=decided.setup.year_id, reason=reason)
    with refused(YearLockedError, field="year"):
        LOCKED_WRITES["update_nominee"](session, decided)


def test_unlock_with_a_reason_opens_the_year_and_is_audited(session, decided, refused, events):
    year_id = decided.setup.year_id
    years.unlock_year(session=session, year_id=year_id, reason="  Stavfel i motiveringen ")
    unlock = events(action="unlock")[-1]
    assert unlock.entity == "award_year"
    assert unlock.entity_uid == decided.setup.year.uid
    assert unlock.after["reason"] == "Stavfel i motiveringen"
    assert unlock.after["locked_at"] is None
    assert unlock.before["locked_at"] is not None
    assert _year(session, year_id).locked_at is None

    # The decision closed the round; scoring again means reopening it.
    assert rounds.list_rounds(session=session, year_id=year_id)[0].status == "closed"
    rounds.set_round_status(session=session, round_id=decided.setup.round_id, status="open")
    for name in ("update_nominee", "add_initiative", "add_criterion", "add_juror", "set_score"):
        LOCKED_WRITES[name](session, decided)
    for name in ("declare_conflict", "add_attachment", "add_site_visit", "create_round"):
        LOCKED_WRITES[name](session, decided)
    for name in ("set_phase", "add_timetable_entry"):
        LOCKED_WRITES[name](session, decided)
    assert _year(session, year_id).phase == "deliberation"

    with refused(ValidationError, field="year"):
        years.unlock_year(session=session, year_id=year_id, reason="igen")
    years.lock_year(session=session, year_id=year_id, reason="klart")
    assert events(action="lock")[-1].after["reason"] == "klart"
    with refused(YearLockedError, field="year"):
        LOCKED_WRITES["update_nominee"](session, decided)


def test_a_decided_locked_year_may_still_be_published(session, decided):
    year_id = decided.setup.year_id
    assert _year(session, year_id).phase == "decision"
    years.set_phase(session=session, year_id=year_id, phase="publication")
    year = _year(session, year_id)
    assert year.phase == "publication"
    assert year.locked_at is not None
