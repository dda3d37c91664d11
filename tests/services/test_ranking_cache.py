"""The remembered round (services/ranking_cache.py): after any edit a ranking equals the
one computed afresh by the domain, and a score edit re-reads only its nominee."""

import contextlib
import random

import pytest

from nomdesk.db.models import ScoringRound
from nomdesk.domain import scoring
from nomdesk.domain.rules import METHODS
from nomdesk.errors import NomdeskError
from nomdesk.services import (
    jurors,
    nominees,
    ranking,
    ranking_cache,
    score_bulk,
    scores,
    undo,
)
from nomdesk.services.progress import round_progress
from nomdesk.services.schemas import JurorCreate
from nomdesk.services.scores import ScoreEntry
from nomdesk.services.unit import write


def _fresh(session, round_id, method, trim_k=1):
    """The ranking the domain computes from a fresh load: the reference."""
    round_ = session.get(ScoringRound, round_id)
    data = ranking_cache.load_data(session, round_)
    return data, scoring.rank_round(data, method, trim_k)


def _assert_same(session, round_id, method, trim_k=1):
    got = ranking.rank_round(session=session, round_id=round_id, method=method, trim_k=trim_k)
    data, expected = _fresh(session, round_id, method, trim_k)
    assert got.ranking.rows == expected.rows  # every float to the last bit
    assert got.ranking.ties == expected.ties
    assert dict(got.data.scores) == dict(data.scores)
    assert got.data.conflicts == data.conflicts
    # The missing scores beside the ranking count as the progress service counts them.
    progress = round_progress(session=session, round_id=round_id)
    people = ranking.round_jurors(session, round_id)
    assert people.missing == progress.missing()
    assert [(j.id, j.missing) for j in people.jurors] == [
        (j, progress.missing_for(j)) for j in got.data.juror_ids
    ]


@pytest.fixture
def loads(monkeypatch):
    """How many times a round was loaded in full."""
    count = {"n": 0}
    real = ranking_cache.load_state

    def counting(*args, **kwargs):
        count["n"] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(ranking_cache, "load_state", counting)
    return count


def _value(criterion, rnd):
    steps = round((criterion.scale_max - criterion.scale_min) / criterion.step)
    return criterion.scale_min + rnd.randint(0, steps) * criterion.step


def _random_edit(session, setup, rnd):
    j = rnd.choice(setup.jurors).id
    n = rnd.choice(setup.nominees).id
    c = rnd.choice(setup.criteria)
    cell = {"round_id": setup.round_id, "juror_id": j, "nominee_id": n}
    kind = rnd.choice(["set", "set", "set", "clear", "conflict", "bulk"])
    if kind == "set":
        scores.set_score(session=session, **cell, criterion_id=c.id, value=_value(c, rnd))
    elif kind == "clear":
        bundle = scores.clear_score(session=session, **cell, criterion_id=c.id)
        if bundle and rnd.random() < 0.5:  # and its undo
            _assert_same(session, setup.round_id, "zscore")
            undo.restore_deleted(session=session, bundle=bundle)
    elif kind == "conflict":
        found = jurors.find_conflict(session=session, juror_id=j, nominee_id=n)
        if found:
            jurors.remove_conflict(session=session, conflict_id=found.id)
        else:
            jurors.declare_conflict(session=session, juror_id=j, nominee_id=n, reason="jäv")
    elif kind == "bulk":
        entries = [
            ScoreEntry(j, n, criterion.id, _value(criterion, rnd)) for criterion in setup.criteria
        ]
        score_bulk.write_scores(
            session=session, round_id=setup.round_id, entries=entries, source="sheet", label="x"
        )


def test_rankings_after_random_edits_equal_a_fresh_computation(session, make_year):
    setup = make_year(n_jurors=4, n_nominees=4)
    rnd = random.Random(20261123)
    for step in range(60):
        with contextlib.suppress(NomdeskError):  # a refused edit (a conflicted cell)
            _random_edit(session, setup, rnd)
        _assert_same(session, setup.round_id, METHODS[step % len(METHODS)], step % 3)


def test_a_score_edit_rereads_only_that_nominee(session, year, loads):
    for juror in year.jurors:
        for nominee in year.nominees:
            for criterion in year.criteria:
                scores.set_score(
                    session=session,
                    round_id=year.round_id,
                    juror_id=juror.id,
                    nominee_id=nominee.id,
                    criterion_id=criterion.id,
                    value=criterion.scale_min + 1,
                )
    first = ranking.rank_round(session=session, round_id=year.round_id)
    assert loads["n"] == 1
    scores.set_score(
        session=session,
        round_id=year.round_id,
        juror_id=year.jurors[1].id,
        nominee_id=year.nominees[2].id,
        criterion_id=year.criteria[0].id,
        value=9.5,
    )
    _assert_same(session, year.round_id, "mean")
    assert loads["n"] == 1  # caught up from the audit log, no full load
    # The ranking handed out before the edit still shows what it showed.
    assert first.data.scores[(year.jurors[1].id, year.nominees[2].id, year.criteria[0].id)] == 1.0
    ranking.compare_methods(session, year.round_id)
    assert loads["n"] == 1


def test_other_years_and_unrelated_edits_keep_the_round(session, make_year, loads):
    this, other = make_year(2024), make_year(2025)
    ranking.rank_round(session=session, round_id=this.round_id)
    scores.set_score(
        session=session,
        round_id=other.round_id,
        juror_id=other.jurors[0].id,
        nominee_id=other.nominees[0].id,
        criterion_id=other.criteria[0].id,
        value=3,
    )
    scores.set_nominee_comment(
        session=session,
        round_id=this.round_id,
        juror_id=this.jurors[0].id,
        nominee_id=this.nominees[0].id,
        comment="Bra",
    )
    _assert_same(session, this.round_id, "borda")
    assert loads["n"] == 1


def test_new_jurors_and_withdrawn_nominees_reload_the_round(session, year, loads):
    _assert_same(session, year.round_id, "mean")
    jurors.add_juror(session=session, year_id=year.year_id, data=JurorCreate(name="Ny Ledamot"))
    _assert_same(session, year.round_id, "mean")
    nominees.withdraw(session=session, nominee_id=year.nominees[0].id, reason="drog sig ur")
    _assert_same(session, year.round_id, "schulze")
    assert loads["n"] == 3


def test_a_ranking_inside_a_rolled_back_write_is_not_kept(session, year):
    cell = {
        "round_id": year.round_id,
        "juror_id": year.jurors[0].id,
        "nominee_id": year.nominees[0].id,
    }

    @write
    def edit_then_fail(*, session):
        for criterion in year.criteria:
            scores.set_score(session=session, **cell, criterion_id=criterion.id, value=5)
        inside = ranking.rank_round(session=session, round_id=year.round_id)
        assert inside.ranking.rows[0].score is not None
        raise RuntimeError("refused later in the same transaction")

    with pytest.raises(RuntimeError):
        edit_then_fail(session=session)
    _assert_same(session, year.round_id, "mean")
    # A new event now takes the rolled-back event's id, with another hash.
    scores.set_score(session=session, **cell, criterion_id=year.criteria[0].id, value=2)
    _assert_same(session, year.round_id, "mean")
