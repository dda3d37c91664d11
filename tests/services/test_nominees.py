"""Nominees: unique names per year, joint nominations, the stage rules of design §1, undo."""

import uuid
from datetime import date

import pytest
from sqlmodel import select

from nomdesk.db.models import Nominee, NomineeOrganisation
from nomdesk.errors import DuplicateError, StageError, ValidationError, YearLockedError
from nomdesk.services import (
    attachments,
    crud,
    decisions,
    initiatives,
    jurors,
    nominees,
    organisations,
    scores,
    site_visits,
    undo,
    years,
)
from nomdesk.services.schemas import (
    InitiativeCreate,
    NomineeCreate,
    NomineeUpdate,
    OrganisationCreate,
    SiteVisitCreate,
)


def _org(session, name):
    return organisations.create_organisation(session=session, data=OrganisationCreate(name=name))


def _stage(session, nominee_id):
    return session.get(Nominee, nominee_id, populate_existing=True).stage


# --- names and uids -------------------------------------------------------------------------


def test_duplicate_nominee_name_in_a_year_is_refused(session, year, refused):
    with refused(DuplicateError, field="display_name"):
        nominees.create_nominee(
            session=session, year_id=year.year_id, data=NomineeCreate(display_name="Kommun A")
        )


def test_renaming_onto_another_nominee_is_refused(session, year, refused):
    with refused(DuplicateError, field="display_name"):
        nominees.update_nominee(
            session=session,
            nominee_id=year.nominees[1].id,
            data=NomineeUpdate(display_name="Kommun A"),
        )


def test_empty_name_is_refused(session, year, refused):
    with refused(ValidationError, field="display_name"):
        nominees.create_nominee(
            session=session, year_id=year.year_id, data=NomineeCreate(display_name="  ")
        )


def test_same_name_in_another_year_is_allowed(session, make_year):
    make_year(2023)
    later = make_year(2024)
    assert [n.display_name for n in later.nominees] == ["Kommun A", "Kommun B", "Kommun C"]


def test_explicit_uid_is_kept(session, year):
    uid = str(uuid.uuid4())
    created = nominees.create_nominee(
        session=session,
        year_id=year.year_id,
        data=NomineeCreate(uid=uid, display_name="Mora kommun"),
    )
    assert created.uid == uid
    assert nominees.find_nominee(session=session, year_id=year.year_id, key=uid).id == created.id


def test_update_nominee_changes_texts_and_audits(session, year, events):
    n = year.nominees[0]
    nominees.update_nominee(
        session=session,
        nominee_id=n.id,
        data=NomineeUpdate(proud_of="Öppna data", nominated_by="SKR"),
    )
    stored = session.get(Nominee, n.id, populate_existing=True)
    assert (stored.proud_of, stored.nominated_by) == ("Öppna data", "SKR")
    last = events(entity="nominee")[-1]
    assert last.action == "update"
    assert last.after == {"proud_of": "Öppna data", "nominated_by": "SKR"}


@pytest.mark.parametrize("stage", ["winner", "withdrawn", "elected"])
def test_a_new_nominee_cannot_start_as_winner_or_withdrawn(session, year, refused, stage):
    with refused(StageError, field="stage"):
        nominees.create_nominee(
            session=session,
            year_id=year.year_id,
            data=NomineeCreate(display_name="Ny"),
            stage=stage,
        )


# --- joint nominations ----------------------------------------------------------------------


def test_joint_nomination_keeps_organisations_in_order(session, year):
    mora, orsa, alvdalen = (_org(session, n) for n in ("Mora", "Orsa", "Älvdalen"))
    joint = nominees.create_nominee(
        session=session,
        year_id=year.year_id,
        data=NomineeCreate(display_name="Mora, Orsa och Älvdalens kommuner"),
        organisation_ids=[orsa.id, mora.id, alvdalen.id],
    )
    names = [o.name for o in nominees.organisations_of(session=session, nominee_id=joint.id)]
    assert names == ["Orsa", "Mora", "Älvdalen"]

    nominees.set_organisations(
        session=session, nominee_id=joint.id, organisation_ids=[alvdalen.id, mora.id]
    )
    names = [o.name for o in nominees.organisations_of(session=session, nominee_id=joint.id)]
    assert names == ["Älvdalen", "Mora"]
    links = session.exec(
        select(NomineeOrganisation).where(NomineeOrganisation.nominee_id == joint.id)
    ).all()
    assert sorted(link.position for link in links) == [0, 1]


def test_an_organisation_named_twice_is_refused(session, year, refused):
    mora = _org(session, "Mora")
    with refused(ValidationError, field="organisations"):
        nominees.create_nominee(
            session=session,
            year_id=year.year_id,
            data=NomineeCreate(display_name="Dubbel"),
            organisation_ids=[mora.id, mora.id],
        )


# --- stages (design §1) ---------------------------------------------------------------------


def test_forward_moves_may_skip_a_stage(session, make_year):
    setup = make_year(stage="nominated")
    a, b = setup.nominees[0], setup.nominees[1]
    nominees.change_stage(session=session, nominee_id=a.id, stage="finalist")
    nominees.change_stage(session=session, nominee_id=b.id, stage="shortlisted")
    nominees.change_stage(session=session, nominee_id=b.id, stage="finalist")
    assert _stage(session, a.id) == "finalist"
    assert _stage(session, b.id) == "finalist"


def test_step_back_before_a_decision_is_allowed_and_audited(session, year, events):
    n = year.nominees[0]
    nominees.change_stage(session=session, nominee_id=n.id, stage="shortlisted")
    assert _stage(session, n.id) == "shortlisted"
    last = events(entity="nominee")[-1]
    assert last.entity_uid == n.uid
    assert last.before == {"stage": "finalist"}
    assert last.after == {"stage": "shortlisted"}
    nominees.change_stage(session=session, nominee_id=n.id, stage="nominated")
    assert _stage(session, n.id) == "nominated"


@pytest.mark.parametrize("target", ["winner", "withdrawn", "finalist", "champion"])
def test_change_stage_refusals(session, year, refused, target):
    # winner only by a decision, withdrawn only with a reason, no-op and unknown refused
    with refused(StageError, field="stage"):
        nominees.change_stage(session=session, nominee_id=year.nominees[0].id, stage=target)


@pytest.mark.parametrize("reason", ["", "   "])
def test_withdraw_needs_a_reason(session, year, refused, reason):
    with refused(ValidationError, field="withdrawn_reason"):
        nominees.withdraw(session=session, nominee_id=year.nominees[0].id, reason=reason)


@pytest.mark.parametrize("start", ["nominated", "shortlisted", "finalist"])
def test_reinstate_returns_to_the_stage_withdrawn_from(session, make_year, events, start):
    n = make_year(stage=start).nominees[0]
    nominees.withdraw(session=session, nominee_id=n.id, reason=" Drog sig ur ")
    stored = session.get(Nominee, n.id, populate_existing=True)
    assert (stored.stage, stored.withdrawn_reason, stored.withdrawn_from) == (
        "withdrawn",
        "Drog sig ur",
        start,
    )
    assert events(entity="nominee")[-1].action == "withdraw"

    nominees.reinstate(session=session, nominee_id=n.id)
    stored = session.get(Nominee, n.id, populate_existing=True)
    assert (stored.stage, stored.withdrawn_reason, stored.withdrawn_from) == (start, None, None)
    assert events(entity="nominee")[-1].action == "reinstate"


def test_withdrawn_nominee_must_be_reinstated_before_a_stage_change(session, year, refused):
    n = year.nominees[0]
    nominees.withdraw(session=session, nominee_id=n.id, reason="Avböjde")
    with refused(StageError, field="stage"):
        nominees.change_stage(session=session, nominee_id=n.id, stage="shortlisted")
    with refused(StageError, field="stage"):
        nominees.withdraw(session=session, nominee_id=n.id, reason="igen")


def test_reinstate_refuses_a_nominee_that_is_not_withdrawn(session, year, refused):
    with refused(StageError, field="stage"):
        nominees.reinstate(session=session, nominee_id=year.nominees[0].id)


def _decide(session, setup, winner_index=0):
    return decisions.record_decision(
        session=session,
        year_id=setup.year_id,
        winner_id=setup.nominees[winner_index].id,
        motivation="Bäst",
        confirm_missing=True,
    )


def test_withdraw_after_the_decision_is_refused(session, year, refused):
    _decide(session, year)
    other = year.nominees[1]
    with refused(YearLockedError, field="year"):
        nominees.withdraw(session=session, nominee_id=other.id, reason="sent")
    # Even with the year unlocked, the decision itself forbids a withdrawal.
    years.unlock_year(session=session, year_id=year.year_id, reason="rättelse")
    with refused(StageError, field="stage"):
        nominees.withdraw(session=session, nominee_id=other.id, reason="sent")
    with refused(StageError, field="stage"):
        nominees.withdraw(session=session, nominee_id=year.nominees[0].id, reason="sent")
    assert _stage(session, other.id) == "finalist"


def test_step_back_after_the_decision_is_refused(session, year, refused):
    _decide(session, year)
    years.unlock_year(session=session, year_id=year.year_id, reason="rättelse")
    with refused(StageError, field="stage"):
        nominees.change_stage(session=session, nominee_id=year.nominees[1].id, stage="shortlisted")
    with refused(StageError, field="stage"):
        nominees.change_stage(session=session, nominee_id=year.nominees[0].id, stage="finalist")


def test_the_winner_cannot_be_deleted(session, year, refused):
    _decide(session, year)
    years.unlock_year(session=session, year_id=year.year_id, reason="rättelse")
    with refused(StageError, field="stage"):
        nominees.delete_nominee(session=session, nominee_id=year.nominees[0].id)


# --- delete and undo ------------------------------------------------------------------------


def _not_audit(lines):
    return [line for line in lines if not line.startswith('INSERT INTO "audit_event"')]


def test_delete_nominee_returns_a_bundle_that_restores_identical_rows(session, year, db_path, dump):
    n = year.nominees[0]
    mora, orsa = _org(session, "Mora"), _org(session, "Orsa")
    nominees.set_organisations(
        session=session, nominee_id=n.id, organisation_ids=[orsa.id, mora.id]
    )
    for title in ("Öppna data", "AI-stöd"):
        initiatives.add_initiative(
            session=session,
            nominee_id=n.id,
            data=InitiativeCreate(title=title, area="open_data", started=2021),
        )
    attachments.add_attachment(
        session=session, nominee_id=n.id, file_name="nominering.pdf", data=b"%PDF-1.7 \x00\xff"
    )
    visit = site_visits.add_site_visit(
        session=session,
        nominee_id=n.id,
        data=SiteVisitCreate(visited_on=date(2024, 9, 3), participants="Anna, Bo", notes="Bra"),
    )
    site_visits.set_visit_note(
        session=session, visit_id=visit.id, criterion_id=year.criteria[0].id, note="Nyskapande"
    )
    jurors.declare_conflict(
        session=session, juror_id=year.jurors[2].id, nominee_id=n.id, reason="Jobbar där"
    )
    for c, value in zip(year.criteria, (7.5, 4), strict=True):
        scores.set_score(
            session=session,
            round_id=year.round_id,
            juror_id=year.jurors[0].id,
            nominee_id=n.id,
            criterion_id=c.id,
            value=value,
            comment="ok",
        )
    scores.set_nominee_comment(
        session=session,
        round_id=year.round_id,
        juror_id=year.jurors[0].id,
        nominee_id=n.id,
        comment="Stark",
    )
    session.commit()
    before = dump(db_path)

    bundle = nominees.delete_nominee(session=session, nominee_id=n.id)

    assert isinstance(bundle, crud.Bundle)
    assert (bundle.entity, bundle.uid) == ("nominee", n.uid)
    expected = {
        "nominee": 1,
        "nominee_organisation": 2,
        "initiative": 2,
        "attachment": 1,
        "site_visit": 1,
        "site_visit_note": 1,
        "conflict": 1,
        "score": 2,
        "nominee_comment": 1,
    }
    assert {name: bundle.count(name) for name in expected} == expected
    assert session.get(Nominee, n.id, populate_existing=True) is None
    assert scores.list_scores(session=session, round_id=year.round_id) == []
    deleted = dump(db_path)
    assert not any(n.uid in line for line in _not_audit(deleted))

    undo.restore_deleted(session=session, bundle=bundle)
    session.commit()
    after = dump(db_path)

    assert _not_audit(after) == _not_audit(before)
    restored = session.get(Nominee, n.id, populate_existing=True)
    assert restored.uid == n.uid
    assert attachments.attachment_bytes(
        session=session,
        attachment_id=attachments.list_attachments(session=session, nominee_id=n.id)[0].id,
    ) == (b"%PDF-1.7 \x00\xff")
