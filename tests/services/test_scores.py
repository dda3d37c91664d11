"""Scores: scale and step, conflicts, closed rounds, withdrawn nominees, years; bulk writes."""

import math

import pytest

from nomdesk.db.models import Score
from nomdesk.errors import ConflictOfInterestError, NotFoundError, ValidationError
from nomdesk.services import audit, jurors, nominees, rounds, score_bulk, scores
from nomdesk.services.progress import round_progress
from nomdesk.services.schemas import NomineeCreate
from nomdesk.services.scores import ScoreEntry


def _set(session, setup, value, *, juror=0, nominee=0, criterion=0, **extra):
    return scores.set_score(
        session=session,
        round_id=setup.round_id,
        juror_id=setup.jurors[juror].id,
        nominee_id=setup.nominees[nominee].id,
        criterion_id=setup.criteria[criterion].id,
        value=value,
        **extra,
    )


def _values(session, round_id):
    session.expire_all()
    return {
        (s.juror_id, s.nominee_id, s.criterion_id): (s.value, s.comment, s.source)
        for s in scores.list_scores(session=session, round_id=round_id)
    }


# --- single cells ---------------------------------------------------------------------------


def test_set_score_inserts_then_updates_with_audit(session, year, events):
    first = _set(session, year, 7.5, comment="bra")
    assert (first.value, first.comment, first.source) == (7.5, "bra", "keyed")
    second = _set(session, year, 8, source="sheet")
    assert second.id == first.id
    stored = session.get(Score, first.id, populate_existing=True)
    assert (stored.value, stored.comment, stored.source) == (8.0, "bra", "sheet")
    last = events(entity="score")[-1]
    assert last.action == "update"
    assert (last.before["value"], last.after["value"]) == (7.5, 8.0)
    assert (last.before["source"], last.after["source"]) == ("keyed", "sheet")


@pytest.mark.parametrize(
    ("criterion", "value"),
    [
        pytest.param(0, 10.5, id="above-max"),
        pytest.param(0, -0.5, id="below-min"),
        pytest.param(1, 0, id="below-min-of-1-to-5"),
        pytest.param(0, 4.3, id="off-step-0.5"),
        pytest.param(1, 2.5, id="off-step-1"),
        pytest.param(0, math.nan, id="nan"),
        pytest.param(0, math.inf, id="inf"),
    ],
)
def test_values_that_do_not_fit_are_refused(session, year, refused, criterion, value):
    _set(session, year, 5, criterion=0)
    with refused(ValidationError, field="value"):
        _set(session, year, value, criterion=criterion)
    assert _values(session, year.round_id) == {
        (year.jurors[0].id, year.nominees[0].id, year.criteria[0].id): (5.0, "", "keyed")
    }


def test_values_on_the_step_within_tolerance_are_accepted(session, year):
    _set(session, year, 0.1 + 0.2 + 4.2, criterion=0)  # 4.5 with float noise
    _set(session, year, 10, criterion=0, nominee=1)
    _set(session, year, 1, criterion=1)
    assert len(_values(session, year.round_id)) == 3


def test_score_for_a_conflicted_juror_is_refused(session, year, refused):
    jurors.declare_conflict(
        session=session, juror_id=year.jurors[1].id, nominee_id=year.nominees[0].id, reason="x"
    )
    with refused(ConflictOfInterestError, field="juror"):
        _set(session, year, 5, juror=1, nominee=0)
    _set(session, year, 5, juror=1, nominee=1)  # other nominees are fine


def test_score_in_a_closed_round_is_refused(session, year, refused):
    rounds.set_round_status(session=session, round_id=year.round_id, status="closed")
    with refused(ValidationError, field="round"):
        _set(session, year, 5)
    with refused(ValidationError, field="round"):
        score_bulk.write_scores(
            session=session,
            round_id=year.round_id,
            entries=[ScoreEntry(year.jurors[0].id, year.nominees[0].id, year.criteria[0].id, 5.0)],
            source="sheet",
            label="x",
        )
    rounds.set_round_status(session=session, round_id=year.round_id, status="open")
    assert _set(session, year, 5).value == 5.0


def test_score_for_a_withdrawn_nominee_is_refused(session, year, refused):
    nominees.withdraw(session=session, nominee_id=year.nominees[0].id, reason="Avböjde")
    with refused(ValidationError, field="nominee"):
        _set(session, year, 5)


@pytest.mark.parametrize("what", ["juror", "nominee", "criterion"])
def test_objects_of_another_year_are_refused(session, make_year, refused, what):
    earlier = make_year(2023)
    setup = make_year(2024)
    cell = {
        "juror_id": setup.jurors[0].id,
        "nominee_id": setup.nominees[0].id,
        "criterion_id": setup.criteria[0].id,
    }
    cell[f"{what}_id"] = getattr(earlier, f"{what}s" if what != "criterion" else "criteria")[0].id
    with refused(NotFoundError, field=what):
        scores.set_score(session=session, round_id=setup.round_id, value=5, **cell)
    with refused(NotFoundError, field=what):
        score_bulk.write_scores(
            session=session,
            round_id=setup.round_id,
            entries=[ScoreEntry(value=5.0, **cell)],
            source="sheet",
            label="x",
        )


def test_unknown_source_is_refused(session, year, refused):
    with refused(ValidationError, field="source"):
        _set(session, year, 5, source="guess")


def test_clear_score(session, year):
    _set(session, year, 5)
    bundle = scores.clear_score(
        session=session,
        round_id=year.round_id,
        juror_id=year.jurors[0].id,
        nominee_id=year.nominees[0].id,
        criterion_id=year.criteria[0].id,
    )
    assert bundle is not None
    assert bundle.count("score") == 1
    assert _values(session, year.round_id) == {}


# --- bulk writes ----------------------------------------------------------------------------


def test_write_scores_is_one_audit_event_with_digest_and_counts(session, year, events):
    j0, j1 = year.jurors[0].id, year.jurors[1].id
    a, b = year.nominees[0].id, year.nominees[1].id
    c0, c1 = year.criteria[0].id, year.criteria[1].id
    _set(session, year, 5)  # (j0, a, c0): unchanged
    _set(session, year, 3, criterion=1)  # (j0, a, c1): changed, was keyed
    _set(session, year, 4, nominee=1)  # (j0, b, c0): removed
    _set(session, year, 2, juror=1, criterion=1)  # another juror: untouched
    count_before = len(events())

    entries = [
        ScoreEntry(j0, a, c0, 5.0),
        ScoreEntry(j0, a, c1, 4.0, "höjd"),
        ScoreEntry(j0, b, c0, None),
        ScoreEntry(j0, b, c1, 2.0),  # new
        ScoreEntry(j0, year.nominees[2].id, c0, 9.5),  # new
    ]
    result = score_bulk.write_scores(
        session=session, round_id=year.round_id, entries=entries, source="sheet", label="ark 1"
    )

    assert result == score_bulk.BulkResult(
        new=2, changed=1, removed=1, unchanged=1, keyed_replaced=1
    )
    new_events = events()[count_before:]
    assert len(new_events) == 1
    [event] = new_events
    assert (event.action, event.entity, event.entity_uid, event.year_uid) == (
        "bulk_scores",
        "scoring_round",
        year.round.uid,
        year.year.uid,
    )
    assert event.after == {
        "label": "ark 1",
        "source": "sheet",
        "new": 2,
        "changed": 1,
        "removed": 1,
        "unchanged": 1,
        "keyed_replaced": 1,
    }
    assert event.digest is not None
    assert len(event.digest) == 64
    assert event.digest == audit.digest_of(
        sorted((e.juror_id, e.nominee_id, e.criterion_id, e.value, e.comment) for e in entries)
    )
    assert _values(session, year.round_id) == {
        (j0, a, c0): (5.0, "", "keyed"),
        (j0, a, c1): (4.0, "höjd", "sheet"),
        (j0, b, c1): (2.0, "", "sheet"),
        (j0, year.nominees[2].id, c0): (9.5, "", "sheet"),
        (j1, a, c1): (2.0, "", "keyed"),
    }
    # the same write again changes nothing and says so
    again = score_bulk.write_scores(
        session=session, round_id=year.round_id, entries=entries, source="sheet", label="ark 1"
    )
    assert again == score_bulk.BulkResult(
        new=0, changed=0, removed=0, unchanged=4, keyed_replaced=0
    )


def test_one_bad_entry_refuses_the_whole_bulk_write(session, year, refused):
    j0, a, c0, c1 = year.jurors[0].id, year.nominees[0].id, year.criteria[0].id, year.criteria[1].id
    good = [ScoreEntry(j0, a, c0, 5.0), ScoreEntry(j0, year.nominees[1].id, c0, 6.0)]
    with refused(ValidationError, field="value"):
        score_bulk.write_scores(
            session=session,
            round_id=year.round_id,
            entries=[*good, ScoreEntry(j0, a, c1, 4.5)],  # off the step of 1
            source="sheet",
            label="x",
        )
    jurors.declare_conflict(session=session, juror_id=j0, nominee_id=year.nominees[2].id, reason="")
    with refused(ConflictOfInterestError, field="juror"):
        score_bulk.write_scores(
            session=session,
            round_id=year.round_id,
            entries=[*good, ScoreEntry(j0, year.nominees[2].id, c0, 5.0)],
            source="sheet",
            label="x",
        )
    nominees.withdraw(session=session, nominee_id=year.nominees[1].id, reason="ute")
    with refused(ValidationError, field="nominee"):
        score_bulk.write_scores(
            session=session, round_id=year.round_id, entries=good, source="sheet", label="x"
        )
    assert _values(session, year.round_id) == {}


def test_the_same_cell_twice_in_a_bulk_write_is_refused(session, year, refused):
    cell = (year.jurors[0].id, year.nominees[0].id, year.criteria[0].id)
    with refused(ValidationError, field="value"):
        score_bulk.write_scores(
            session=session,
            round_id=year.round_id,
            entries=[ScoreEntry(*cell, 5.0), ScoreEntry(*cell, 6.0)],
            source="sheet",
            label="x",
        )
    _set(session, year, 4.5)
    with refused(ValidationError, field="value"):  # also when the cell exists already
        score_bulk.write_scores(
            session=session,
            round_id=year.round_id,
            entries=[ScoreEntry(*cell, 5.0), ScoreEntry(*cell, None)],
            source="sheet",
            label="x",
        )


# --- progress -------------------------------------------------------------------------------


def test_round_progress_counts_missing_scores_without_conflicts(session, year):
    j0, j1, j2 = (j.id for j in year.jurors)
    a, b, c = (n.id for n in year.nominees)
    # nominees outside the final round do not count
    nominees.create_nominee(
        session=session, year_id=year.year_id, data=NomineeCreate(display_name="Bara nominerad")
    )
    _set(session, year, 5, juror=2, nominee=0)  # scored before the conflict: never counts
    _set(session, year, 5, juror=0, nominee=0)
    _set(session, year, 3, juror=0, nominee=0, criterion=1)
    _set(session, year, 5, juror=1, nominee=1)
    jurors.declare_conflict(session=session, juror_id=j2, nominee_id=a, reason="Jäv")

    progress = round_progress(session=session, round_id=year.round_id)

    assert progress.criteria == 2
    assert sorted(progress.nominee_ids) == sorted([a, b, c])
    assert progress.conflicts == {(j2, a)}
    assert progress.expected() == (3 * 3 - 1) * 2
    assert progress.scored() == 3
    assert progress.missing() == 13
    assert progress.missing_for(j0) == 4
    assert progress.missing_for(j1) == 5
    assert progress.missing_for(j2) == 4
    assert not progress.complete()

    entries = [
        ScoreEntry(j, n, cr.id, cr.scale_max)
        for j in (j0, j1, j2)
        for n in (a, b, c)
        for cr in year.criteria
        if (j, n) != (j2, a)
    ]
    score_bulk.write_scores(
        session=session, round_id=year.round_id, entries=entries, source="keyed", label="alla"
    )
    progress = round_progress(session=session, round_id=year.round_id)
    assert progress.missing() == 0
    assert progress.complete()


def test_round_progress_leaves_withdrawn_nominees_out(session, year):
    nominees.withdraw(session=session, nominee_id=year.nominees[2].id, reason="ute")
    progress = round_progress(session=session, round_id=year.round_id)
    assert year.nominees[2].id not in progress.nominee_ids
    assert progress.missing() == 3 * 2 * 2
