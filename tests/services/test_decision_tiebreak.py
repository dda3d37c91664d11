"""The decision keeps its ranking and, for a tie for first, the tie-break chain's trail.

Read back from the SQLite file through a second engine, as a later reader would.
"""

import pytest

from nomdesk.db.models import Decision
from nomdesk.db.open import open_database
from nomdesk.db.session import new_session
from nomdesk.services import decisions, scores, years
from nomdesk.services.decision_record import BROKEN, JURY, UNRESOLVED
from nomdesk.services.schemas import YearUpdate

# (Innovation 0–10 weight 2, Effekt 1–5 weight 1) per juror (the first is the chair).
# A and B tie at 55.56 on the mean, on Innovation (6.67 each) and on the median (50);
# the chair prefers A (66.67 against 50). C is last.
SHEETS = {
    0: [(10, 1), (5, 3), (5, 3)],
    1: [(5, 3), (10, 1), (5, 3)],
    2: [(0, 1), (0, 1), (0, 1)],
}


def _score_all(session, setup):
    for nominee, per_juror in SHEETS.items():
        for juror, values in enumerate(per_juror):
            for criterion, value in zip(setup.criteria, values, strict=True):
                scores.set_score(
                    session=session,
                    round_id=setup.round_id,
                    juror_id=setup.jurors[juror].id,
                    nominee_id=setup.nominees[nominee].id,
                    criterion_id=criterion.id,
                    value=value,
                )


def _chain(session, setup, chain, apply=True):
    years.update_year(
        session=session,
        year_id=setup.year_id,
        data=YearUpdate(tie_break=chain, apply_tie_break=apply),
    )


def _decide(session, setup, winner, **extra):
    decisions.record_decision(
        session=session,
        year_id=setup.year_id,
        winner_id=setup.nominees[winner].id,
        motivation="Juryn enades efter överläggning.",
        **extra,
    )


def _stored(db_path, year_id) -> Decision:
    """The decision as another connection reads it from the file."""
    opened = open_database(db_path, create=False)
    try:
        with new_session(opened.engine) as other:
            return decisions.find_decision(session=other, year_id=year_id)
    finally:
        opened.engine.dispose()


@pytest.fixture
def tied(session, year):
    _score_all(session, year)
    return year


def test_the_chain_that_broke_the_tie_is_recorded_step_by_step(session, db_path, tied):
    a, b = (n.uid for n in tied.nominees[:2])
    chain = [
        {"kind": "criterion", "criterion": "Innovation"},
        {"kind": "median"},
        {"kind": "chair"},
        {"kind": "jury"},
    ]
    _chain(session, tied, chain)
    _decide(session, tied, winner=1)  # the jury chose B although the chair's step puts A first
    record = _stored(db_path, tied.year_id).tie_break
    assert record["outcome"] == BROKEN
    assert record["applied"] is True and record["chain"] == chain
    assert record["group"] == [a, b] and record["names"] == ["Kommun A", "Kommun B"]
    assert [t["step"]["kind"] for t in record["tried"]] == ["criterion", "median", "chair"]
    assert [t["outcome"] for t in record["tried"]] == ["equal", "equal", "broke"]
    innovation, median, chair = (t["values"] for t in record["tried"])
    assert innovation == pytest.approx({a: 200 / 3, b: 200 / 3})
    assert median == pytest.approx({a: 50.0, b: 50.0})
    assert chair == pytest.approx({a: 200 / 3, b: 50.0})
    assert record["step"] == {"kind": "chair"}
    assert (record["leader"], record["order"]) == (a, [a, b])
    assert (record["winner"], record["winner_name"]) == (b, "Kommun B")
    assert record["method"] == "mean"


def test_a_chain_ending_with_the_jury_records_that_the_jury_decides(session, db_path, tied):
    _chain(session, tied, [{"kind": "median"}, {"kind": "jury"}])
    _decide(session, tied, winner=0)
    record = _stored(db_path, tied.year_id).tie_break
    assert record["outcome"] == JURY == "jury decision needed"
    assert [t["outcome"] for t in record["tried"]] == ["equal", "jury"]
    assert record["leader"] is None and record["step"] == {"kind": "jury"}
    assert record["winner"] == tied.nominees[0].uid


def test_a_chain_that_cannot_tell_is_recorded_as_unresolved(session, db_path, tied):
    _chain(session, tied, [{"kind": "criterion", "criterion": "Ingen sådan"}, {"kind": "median"}])
    _decide(session, tied, winner=0)
    record = _stored(db_path, tied.year_id).tie_break
    assert record["outcome"] == UNRESOLVED
    assert [t["outcome"] for t in record["tried"]] == ["unknown", "equal"]


def test_without_the_chain_a_tie_is_still_recorded_as_the_jurys_choice(session, db_path, tied):
    _chain(session, tied, [{"kind": "chair"}], apply=False)
    _decide(session, tied, winner=1, tie_break={"note": "Ordföranden avstod."})
    record = _stored(db_path, tied.year_id).tie_break
    assert (record["applied"], record["tried"], record["outcome"]) == (False, [], JURY)
    assert record["winner"] == tied.nominees[1].uid
    assert record["note"] == "Ordföranden avstod."  # the caller's own keys are kept


def test_the_snapshot_is_the_ranking_under_the_decisions_method(session, db_path, tied):
    _decide(session, tied, winner=0, method="median", ranking_snapshot=[{"made": "up"}])
    stored = _stored(db_path, tied.year_id)
    snapshot = stored.ranking_snapshot
    assert stored.method == "median"
    assert [(r["nominee"], r["rank"], r["complete"]) for r in snapshot] == [
        ("Kommun A", 1, True),
        ("Kommun B", 1, True),
        ("Kommun C", 3, True),
    ]
    assert snapshot[0]["score"] == pytest.approx(50.0)
    assert snapshot[0]["nominee_uid"] == tied.nominees[0].uid
    assert snapshot[2]["jurors"] == 3 and snapshot[2]["sd"] == 0.0
    assert stored.tie_break["method"] == "median"


def test_no_tie_for_first_records_no_tie_break(session, db_path, year):
    scores.set_score(
        session=session,
        round_id=year.round_id,
        juror_id=year.jurors[0].id,
        nominee_id=year.nominees[2].id,
        criterion_id=year.criteria[0].id,
        value=4,
    )
    _decide(session, year, winner=0, confirm_missing=True, tie_break={"group": ["x"]})
    stored = _stored(db_path, year.year_id)
    assert stored.tie_break is None
    assert [r["rank"] for r in stored.ranking_snapshot] == [None, None, None]
    assert stored.missing_scores > 0 and stored.missing_confirmed


def test_history_keeps_what_it_was_given(session, db_path, year):
    given = [{"rank": 1, "nominee": "Kommun A"}]
    decisions.record_decision(
        session=session,
        year_id=year.year_id,
        winner_id=year.nominees[0].id,
        motivation="",
        historical=True,
        confirm_missing=True,
        ranking_snapshot=given,
    )
    stored = _stored(db_path, year.year_id)
    assert stored.ranking_snapshot == given and stored.tie_break is None
