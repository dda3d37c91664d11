"""The ranking service: one round loaded from a real file, ranked by the domain."""

import pytest

from nomdesk.errors import ValidationError
from nomdesk.services import jurors, nominees, ranking, scores, years
from nomdesk.services.schemas import YearUpdate


def _sheet(session, setup, juror, nominee, innovation, effekt):
    for criterion, value in ((0, innovation), (1, effekt)):
        scores.set_score(
            session=session,
            round_id=setup.round_id,
            juror_id=setup.jurors[juror].id,
            nominee_id=setup.nominees[nominee].id,
            criterion_id=setup.criteria[criterion].id,
            value=value,
        )


def _by_name(result):
    return {result.names[r.nominee_id]: r for r in result.ranking.rows}


def test_rank_round_uses_weights_scales_and_the_years_method(session, year):
    # Innovation (weight 2, 0–10), Effekt (weight 1, 1–5).
    _sheet(session, year, 0, 0, 8, 5)  # (2·80 + 100)/3
    _sheet(session, year, 1, 0, 6, 3)  # (2·60 + 50)/3
    _sheet(session, year, 2, 0, 10, 5)  # 100
    _sheet(session, year, 0, 1, 5, 3)  # (2·50 + 50)/3 = 50
    result = ranking.rank_round(session=session, round_id=year.round_id)
    assert result.ranking.method == "mean"
    rows = _by_name(result)
    assert rows["Kommun A"].score == pytest.approx((260 / 3 + 170 / 3 + 100) / 3)
    assert (rows["Kommun A"].rank, rows["Kommun A"].jurors, rows["Kommun A"].complete) == (
        1,
        3,
        True,
    )
    assert (rows["Kommun B"].rank, rows["Kommun B"].complete) == (2, False)
    assert (rows["Kommun C"].rank, rows["Kommun C"].score) == (None, None)
    assert [result.names[r.nominee_id] for r in result.ranking.rows][-1] == "Kommun C"


def test_conflicted_juror_is_not_expected(session, year):
    jurors.declare_conflict(
        session=session,
        juror_id=year.jurors[2].id,
        nominee_id=year.nominees[0].id,
        reason="arbetar där",
    )
    _sheet(session, year, 0, 0, 10, 5)
    _sheet(session, year, 1, 0, 0, 1)
    row = _by_name(ranking.rank_round(session=session, round_id=year.round_id))["Kommun A"]
    assert (row.score, row.jurors, row.complete) == (50.0, 2, True)


def test_defaults_and_overrides_of_method_and_trim(session, year):
    years.update_year(
        session=session, year_id=year.year_id, data=YearUpdate(default_method="median", trim_k=0)
    )
    for j, v in enumerate((0, 5, 10)):
        _sheet(session, year, j, 0, v, 1)
    result = ranking.rank_round(session=session, round_id=year.round_id)
    assert result.ranking.method == "median"
    assert _by_name(result)["Kommun A"].score == pytest.approx(100 / 3)
    trimmed = ranking.rank_round(session=session, round_id=year.round_id, method="trimmed")
    assert _by_name(trimmed)["Kommun A"].score == pytest.approx(100 / 3)  # k = 0: the mean
    with pytest.raises(ValidationError):
        ranking.rank_round(session=session, round_id=year.round_id, method="plurality")


def test_withdrawn_nominees_are_not_ranked(session, year):
    nominees.withdraw(session=session, nominee_id=year.nominees[1].id, reason="drog sig ur")
    result = ranking.rank_round(session=session, round_id=year.round_id)
    assert sorted(result.names.values()) == ["Kommun A", "Kommun C"]


def test_tie_break_applies_only_when_the_year_says_so(session, year):
    _sheet(session, year, 0, 0, 10, 1)  # the chair: A 66.7, B 50
    _sheet(session, year, 0, 1, 5, 3)
    _sheet(session, year, 1, 0, 5, 3)  # A 50, B 66.7
    _sheet(session, year, 1, 1, 10, 1)
    assert ranking.rank_round(session=session, round_id=year.round_id).tie_break is None
    years.update_year(
        session=session,
        year_id=year.year_id,
        data=YearUpdate(tie_break=[{"kind": "chair"}], apply_tie_break=True),
    )
    result = ranking.rank_round(session=session, round_id=year.round_id)
    assert result.tie_break is not None and result.tie_break.broken
    assert result.names[result.tie_break.order[0]] == "Kommun A"
