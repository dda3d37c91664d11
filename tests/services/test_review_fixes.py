"""Fixes from the review: fresh lock reads, no stray commits, checked undo, stage rules."""

import json
import sqlite3

import pytest
from sqlmodel import select

from nomdesk.db.models import (
    AwardYear,
    Criterion,
    Decision,
    Initiative,
    Juror,
    Nominee,
    Organisation,
    ScoringRound,
)
from nomdesk.db.open import open_database
from nomdesk.db.session import new_session
from nomdesk.domain.rules import PHASES
from nomdesk.errors import (
    ConflictOfInterestError,
    DuplicateError,
    StageError,
    ValidationError,
    YearLockedError,
)
from nomdesk.services import (
    criteria,
    decisions,
    initiatives,
    jurors,
    nominees,
    organisations,
    score_bulk,
    scores,
    undo,
    years,
)
from nomdesk.services.schemas import (
    CriterionCreate,
    CriterionUpdate,
    InitiativeCreate,
    JurorCreate,
    JurorUpdate,
    NomineeUpdate,
    OrganisationCreate,
)
from nomdesk.services.scores import ScoreEntry

MOTIVATION = "Föredömligt arbete"


def _decide(session, setup, winner=0, **extra):
    values = {"motivation": MOTIVATION, "confirm_missing": True} | extra
    return decisions.record_decision(
        session=session, year_id=setup.year_id, winner_id=setup.nominees[winner].id, **values
    )


def _fresh(session, model, id_):
    return session.get(model, id_, populate_existing=True)


def _org(session, name):
    return organisations.create_organisation(session=session, data=OrganisationCreate(name=name))


# --- 2. the lock is read from the file ------------------------------------------------------


def test_a_lock_set_by_another_session_is_respected(db_path, year):
    opened = open_database(db_path)
    try:
        with (
            new_session(opened.engine, actor="a") as a,
            new_session(opened.engine, actor="b") as b,
        ):
            nominee_id = year.nominees[1].id
            # B looks the year up (and keeps it) while it is still open.
            nominees.update_nominee(
                session=b, nominee_id=nominee_id, data=NomineeUpdate(summary="Före")
            )
            assert b.get(AwardYear, year.year_id).locked_at is None

            decisions.record_decision(
                session=a,
                year_id=year.year_id,
                winner_id=year.nominees[0].id,
                motivation=MOTIVATION,
                confirm_missing=True,
            )

            with pytest.raises(YearLockedError) as info:
                nominees.update_nominee(
                    session=b, nominee_id=nominee_id, data=NomineeUpdate(summary="Efter")
                )
            assert info.value.field == "year"
        with new_session(opened.engine) as fresh:
            assert fresh.get(Nominee, nominee_id).summary == "Före"
            assert fresh.get(AwardYear, year.year_id).locked_at is not None
    finally:
        opened.engine.dispose()


# --- 3. changes outside a service are not committed -----------------------------------------


def test_changes_made_outside_a_service_are_not_committed(session, db_path, year, events):
    nominee = year.nominees[0]
    old_name = nominee.display_name
    nominee.display_name = "Hack"

    org = _org(session, "Nacka kommun")

    assert org.id is not None
    opened = open_database(db_path)
    try:
        with new_session(opened.engine) as fresh:
            assert fresh.get(Nominee, nominee.id).display_name == old_name
            assert fresh.get(Organisation, org.id).name == "Nacka kommun"
    finally:
        opened.engine.dispose()
    assert _fresh(session, Nominee, nominee.id).display_name == old_name
    for event in events():
        text = json.dumps([event.before, event.after], ensure_ascii=False)
        assert "Hack" not in text, event
    assert [e.entity for e in events(action="create")][-1] == "organisation"


# --- 4. undo of a delete --------------------------------------------------------------------


def _nominee_with_initiatives(session, setup):
    nominee = setup.nominees[2]
    for title in ("Öppna data", "AI-stöd"):
        initiatives.add_initiative(
            session=session, nominee_id=nominee.id, data=InitiativeCreate(title=title)
        )
    return nominee


def _initiatives_of(session, nominee_id):
    query = select(Initiative).where(Initiative.nominee_id == nominee_id)
    rows = session.exec(query.execution_options(populate_existing=True)).all()
    return sorted((i.uid, i.title, i.position) for i in rows)


def test_restore_deleted_brings_back_the_nominee_and_its_initiatives(session, year, events):
    nominee = _nominee_with_initiatives(session, year)
    uid, name = nominee.uid, nominee.display_name
    before = _initiatives_of(session, nominee.id)
    assert len(before) == 2

    bundle = nominees.delete_nominee(session=session, nominee_id=nominee.id)
    assert _fresh(session, Nominee, nominee.id) is None
    assert _initiatives_of(session, nominee.id) == []

    undo.restore_deleted(session=session, bundle=bundle)

    restored = session.exec(select(Nominee).where(Nominee.uid == uid)).one()
    assert (restored.id, restored.display_name) == (nominee.id, name)
    assert _initiatives_of(session, nominee.id) == before
    assert events(action="restore")[-1].entity_uid == uid


def test_restore_deleted_is_refused_once_the_year_is_locked(session, year, refused):
    nominee = _nominee_with_initiatives(session, year)
    bundle = nominees.delete_nominee(session=session, nominee_id=nominee.id)
    years.lock_year(session=session, year_id=year.year_id, reason="klart")

    with refused(YearLockedError, field="year"):
        undo.restore_deleted(session=session, bundle=bundle)

    assert session.exec(select(Nominee).where(Nominee.uid == bundle.uid)).first() is None


# --- 5. undoing a merge ---------------------------------------------------------------------


def test_undo_merge_restores_the_source_its_links_and_aliases(session, make_year, events):
    y2023 = make_year(2023)
    y2024 = make_year(2024)
    source = _org(session, "Karlstad")
    target = _org(session, "Karlstads kommun")
    hammaro = _org(session, "Hammarö")
    old = _org(session, "Karlstad stad")
    organisations.merge_organisations(session=session, source_id=old.id, target_id=source.id)

    only_source = y2023.nominees[0]  # its link moves to the target
    joint_both = y2024.nominees[0]  # names both: the source's link is dropped
    joint_other = y2024.nominees[1]  # moves, keeping its position after Hammarö
    for nominee, orgs in (
        (only_source, [source.id]),
        (joint_both, [source.id, target.id]),
        (joint_other, [hammaro.id, source.id]),
    ):
        nominees.set_organisations(session=session, nominee_id=nominee.id, organisation_ids=orgs)
    _decide(session, y2023)  # history shows a won flag too

    def state():
        session.expire_all()
        return {
            "orgs": sorted(
                (o.uid, o.name) for o in organisations.list_organisations(session=session)
            ),
            "source_history": organisations.history(session=session, organisation_id=source.id),
            "target_history": organisations.history(session=session, organisation_id=target.id),
            "source_aliases": organisations.aliases(session=session, organisation_id=source.id),
            "target_aliases": organisations.aliases(session=session, organisation_id=target.id),
            "links": {
                n.id: [o.uid for o in nominees.organisations_of(session=session, nominee_id=n.id)]
                for n in (only_source, joint_both, joint_other)
            },
        }

    before = state()
    assert len(before["source_history"]) == 3
    assert before["source_aliases"] == ["Karlstad stad"]

    record = organisations.merge_organisations(
        session=session, source_id=source.id, target_id=target.id
    )
    assert (len(record.moved_link_ids), len(record.dropped_links)) == (2, 1)
    assert _fresh(session, Organisation, source.id) is None
    merged_history = organisations.history(session=session, organisation_id=target.id)
    assert len(merged_history) == 3
    assert organisations.aliases(session=session, organisation_id=target.id) == [
        "Karlstad",
        "Karlstad stad",
    ]

    back = organisations.undo_merge(session=session, record=record)

    assert (back.uid, back.name) == (source.uid, "Karlstad")
    after = state()
    assert after == before
    assert events(action="unmerge")[-1].entity_uid == source.uid


# --- 6. phases of a decided year; the decided round ------------------------------------------


def test_a_decided_year_moves_only_between_decision_and_publication(session, year, refused):
    _decide(session, year)
    assert _fresh(session, AwardYear, year.year_id).phase == "decision"
    for phase in PHASES:
        if phase == "publication":
            continue
        with refused(YearLockedError, field="year"):
            years.set_phase(session=session, year_id=year.year_id, phase=phase)

    years.set_phase(session=session, year_id=year.year_id, phase="publication")

    published = _fresh(session, AwardYear, year.year_id)
    assert (published.phase, published.locked_at is not None) == ("publication", True)
    # ...and back, so that publishing can be undone; no other phase opens up.
    years.set_phase(session=session, year_id=year.year_id, phase="decision")
    assert _fresh(session, AwardYear, year.year_id).phase == "decision"
    with refused(YearLockedError, field="year"):
        years.set_phase(session=session, year_id=year.year_id, phase="scoring")


def test_a_locked_year_before_the_decision_phase_cannot_jump_to_publication(session, year, refused):
    years.lock_year(session=session, year_id=year.year_id, reason="paus")
    assert _fresh(session, AwardYear, year.year_id).phase != "decision"
    with refused(YearLockedError, field="year"):
        years.set_phase(session=session, year_id=year.year_id, phase="publication")


def test_the_decision_closes_its_round_and_withdrawing_reopens_it(session, year):
    assert _fresh(session, ScoringRound, year.round_id).status == "open"
    decision = _decide(session, year)
    assert decision.round_id == year.round_id
    assert _fresh(session, ScoringRound, year.round_id).status == "closed"

    years.unlock_year(session=session, year_id=year.year_id, reason="fel vinnare")
    assert _fresh(session, ScoringRound, year.round_id).status == "closed"
    decisions.withdraw_decision(session=session, year_id=year.year_id, reason="fel vinnare")

    assert _fresh(session, ScoringRound, year.round_id).status == "open"


# --- 7. who a round scores; comments and conflicts ------------------------------------------


def _score(session, setup, nominee, juror=0, criterion=0, value=None):
    crit = setup.criteria[criterion]
    return scores.set_score(
        session=session,
        round_id=setup.round_id,
        juror_id=setup.jurors[juror].id,
        nominee_id=nominee.id,
        criterion_id=crit.id,
        value=crit.scale_max if value is None else value,
    )


def _bulk(session, setup, nominee):
    entries = [
        ScoreEntry(setup.jurors[0].id, nominee.id, c.id, c.scale_max) for c in setup.criteria
    ]
    return score_bulk.write_scores(
        session=session, round_id=setup.round_id, entries=entries, source="keyed", label="test"
    )


def test_a_finalist_round_refuses_a_shortlisted_nominee_once_there_are_finalists(
    session, make_year, refused
):
    setup = make_year(stage="shortlisted")  # the round's stage is finalist
    finalist, shortlisted = setup.nominees[0], setup.nominees[1]
    nominees.change_stage(session=session, nominee_id=finalist.id, stage="finalist")

    with refused(ValidationError, field="nominee"):
        _score(session, setup, shortlisted)
    with refused(ValidationError, field="nominee"):
        _bulk(session, setup, shortlisted)

    # the finalist is scored, by both paths
    assert _score(session, setup, finalist).value == setup.criteria[0].scale_max
    assert _bulk(session, setup, finalist).unchanged == 1
    assert scores.list_scores(session=session, round_id=setup.round_id)


def test_before_anyone_reaches_the_rounds_stage_every_nominee_is_scorable(
    session, make_year, refused
):
    setup = make_year(stage="nominated")
    first, second, third = setup.nominees
    assert _score(session, setup, first).nominee_id == first.id
    assert _bulk(session, setup, second).new == len(setup.criteria)
    nominees.withdraw(session=session, nominee_id=third.id, reason="drog sig ur")
    with refused(ValidationError, field="nominee"):
        _score(session, setup, third)
    with refused(ValidationError, field="nominee"):
        _bulk(session, setup, third)


def test_a_conflicted_juror_cannot_comment_on_the_nominee(session, year, refused):
    juror, other = year.jurors[1], year.jurors[2]
    nominee = year.nominees[0]
    jurors.declare_conflict(session=session, juror_id=juror.id, nominee_id=nominee.id, reason="jäv")

    with refused(ConflictOfInterestError, field="juror"):
        scores.set_nominee_comment(
            session=session,
            round_id=year.round_id,
            juror_id=juror.id,
            nominee_id=nominee.id,
            comment="Bra",
        )

    row = scores.set_nominee_comment(
        session=session,
        round_id=year.round_id,
        juror_id=other.id,
        nominee_id=nominee.id,
        comment="Bra",
    )
    assert (row.juror_id, row.comment) == (other.id, "Bra")


# --- 8. reinstating after a decision --------------------------------------------------------


def test_reinstate_is_refused_after_a_decision_even_when_unlocked(session, year, refused):
    withdrawn = year.nominees[2]
    nominees.withdraw(session=session, nominee_id=withdrawn.id, reason="drog sig ur")
    _decide(session, year)
    years.unlock_year(session=session, year_id=year.year_id, reason="rättelse")

    with refused(StageError, field="stage"):
        nominees.reinstate(session=session, nominee_id=withdrawn.id)

    decisions.withdraw_decision(session=session, year_id=year.year_id, reason="rättelse")
    assert nominees.reinstate(session=session, nominee_id=withdrawn.id).stage == "finalist"


# --- 9. historical decisions ----------------------------------------------------------------


def test_a_historical_decision_is_refused_for_a_year_with_scores(session, year, refused):
    _score(session, year, year.nominees[0])
    with refused(ValidationError, field="historical"):
        _decide(session, year, motivation="", historical=True)
    assert decisions.find_decision(session=session, year_id=year.year_id) is None


def test_a_historical_decision_is_accepted_for_a_year_without_scores(session, year):
    decision = _decide(session, year, motivation="", historical=True)
    stored = _fresh(session, Decision, decision.id)
    assert (stored.historical, stored.motivation) == (True, "")
    assert _fresh(session, Nominee, year.nominees[0].id).stage == "winner"


# --- 10. unique names of criteria and jurors in a year --------------------------------------


def test_two_criteria_with_the_same_name_in_a_year_are_refused(session, year, refused):
    with refused(DuplicateError, field="name"):
        criteria.add_criterion(
            session=session,
            year_id=year.year_id,
            data=CriterionCreate(name=year.criteria[0].name, scale_min=0, scale_max=10, step=1),
        )


def test_two_jurors_with_the_same_name_in_a_year_are_refused(session, year, refused):
    with refused(DuplicateError, field="name"):
        jurors.add_juror(
            session=session, year_id=year.year_id, data=JurorCreate(name=year.jurors[0].name)
        )


def test_renaming_a_criterion_or_juror_to_a_taken_name_is_refused(session, year, refused):
    with refused(DuplicateError, field="name"):
        criteria.update_criterion(
            session=session,
            criterion_id=year.criteria[1].id,
            data=CriterionUpdate(name=year.criteria[0].name),
        )
    with refused(DuplicateError, field="name"):
        jurors.update_juror(
            session=session, juror_id=year.jurors[1].id, data=JurorUpdate(name=year.jurors[0].name)
        )
    # keeping one's own name is no clash
    criteria.update_criterion(
        session=session,
        criterion_id=year.criteria[0].id,
        data=CriterionUpdate(name=year.criteria[0].name, weight=3.0),
    )
    assert _fresh(session, Criterion, year.criteria[0].id).weight == 3.0


def test_the_database_itself_refuses_a_second_criterion_or_juror_of_the_same_name(db_path, year):
    con = sqlite3.connect(db_path)
    try:
        for sql in (
            "INSERT INTO criterion (uid, year_id, position, name, description, weight, "
            "scale_min, scale_max, step) VALUES ('dup-c', ?, 9, ?, '', 1, 0, 10, 1)",
            "INSERT INTO juror (uid, year_id, position, name, affiliation, role) "
            "VALUES ('dup-j', ?, 9, ?, '', 'member')",
        ):
            name = year.criteria[0].name if "criterion" in sql else year.jurors[0].name
            with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
                con.execute(sql, (year.year_id, name))
    finally:
        con.close()


def test_the_same_criterion_and_juror_names_are_fine_in_another_year(session, make_year):
    first = make_year(2023)
    second = make_year(2024)
    assert [c.name for c in first.criteria] == [c.name for c in second.criteria]
    query = select(Criterion).where(Criterion.name == first.criteria[0].name)
    assert len(session.exec(query).all()) == 2
    jurors.add_juror(
        session=session, year_id=second.year_id, data=JurorCreate(name=first.jurors[0].name)
    )
    assert len(session.exec(select(Juror).where(Juror.name == first.jurors[0].name)).all()) == 2
