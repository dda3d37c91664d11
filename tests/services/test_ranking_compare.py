"""compare_methods: every method's winner and top three on a real file."""

import pytest

from nomdesk.domain.rules import METHODS
from nomdesk.errors import NotFoundError, ValidationError
from nomdesk.services import ranking, scores


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


def _names(comparison, ids):
    return [comparison.names[n] for n in ids]


def test_every_method_agrees_on_a_clear_winner(session, year):
    for juror in range(3):
        _sheet(session, year, juror, 0, 10, 5)  # A: 100
        _sheet(session, year, juror, 1, 5, 3)  # B: 50
        _sheet(session, year, juror, 2, 2, 1)  # C: 13.3
    comparison = ranking.compare_methods(session, year.round_id)
    assert [r.method for r in comparison.results] == list(METHODS)
    for result in comparison.results:
        assert _names(comparison, result.winners) == ["Kommun A"]
        assert _names(comparison, [r.nominee_id for r in result.top]) == [
            "Kommun A",
            "Kommun B",
            "Kommun C",
        ]
        assert [r.rank for r in result.top] == [1, 2, 3]
    assert not comparison.first_place_differs
    assert comparison.result("borda").top[0].score == pytest.approx(1.0)


def test_first_place_differs_when_one_harsh_juror_decides_the_mean(session, year):
    # Two jurors prefer B a little; the third loves A: A wins the mean, B the median.
    _sheet(session, year, 0, 0, 6, 3)  # A (2·60 + 50)/3 = 56.7
    _sheet(session, year, 0, 1, 7, 3)  # B 63.3
    _sheet(session, year, 1, 0, 6, 3)
    _sheet(session, year, 1, 1, 7, 3)
    _sheet(session, year, 2, 0, 10, 5)  # A 100
    _sheet(session, year, 2, 1, 0, 1)  # B 0
    comparison = ranking.compare_methods(session=session, round_id=year.round_id)
    assert _names(comparison, comparison.result("mean").winners) == ["Kommun A"]
    assert _names(comparison, comparison.result("median").winners) == ["Kommun B"]
    assert _names(comparison, comparison.result("schulze").winners) == ["Kommun B"]
    assert comparison.first_place_differs
    # C has no total: never in anyone's top three.
    for result in comparison.results:
        assert "Kommun C" not in _names(comparison, [r.nominee_id for r in result.top])


def test_a_shared_first_place_lists_every_winner(session, year):
    _sheet(session, year, 0, 0, 10, 1)  # A 66.7
    _sheet(session, year, 0, 1, 5, 3)  # B 50
    _sheet(session, year, 1, 0, 5, 3)  # A 50
    _sheet(session, year, 1, 1, 10, 1)  # B 66.7
    result = ranking.compare_methods(session, year.round_id).result("mean")
    assert sorted(result.winners) == sorted(n.id for n in year.nominees[:2])
    assert [r.rank for r in result.top] == [1, 1]


def test_no_scores_means_no_winner_anywhere(session, year):
    comparison = ranking.compare_methods(session, year.round_id)
    assert all(r.winners == () and r.top == () for r in comparison.results)
    assert not comparison.first_place_differs


def test_trim_k_defaults_to_the_year_and_can_be_given(session, year):
    for juror, value in enumerate((0, 5, 10)):
        _sheet(session, year, juror, 0, value, 1)
    assert ranking.compare_methods(session, year.round_id).trim_k == 1
    comparison = ranking.compare_methods(session, year.round_id, trim_k=0)
    assert comparison.trim_k == 0
    assert comparison.result("trimmed").top[0].score == pytest.approx(
        comparison.result("mean").top[0].score
    )
    with pytest.raises(ValidationError):
        ranking.compare_methods(session, year.round_id, trim_k=-1)
    with pytest.raises(NotFoundError):
        ranking.compare_methods(session, 9999)
