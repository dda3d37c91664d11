"""The scoring engine of design §3 on hand-computed examples."""

import math

import pytest

from nomdesk.domain import methods, tiebreak
from nomdesk.domain.scoring import (
    CriterionSpec,
    RoundData,
    complete_totals,
    juror_total,
    rank_round,
    rank_totals,
    round_half_away,
)

# Innovation: weight 2 on 0–10; Effekt: weight 1 on 1–5.
CRITERIA = (CriterionSpec(1, 2.0, 0.0, 10.0, uid="inno"), CriterionSpec(2, 1.0, 1.0, 5.0))


def _data(scores, *, nominees=(1, 2, 3), jurors=(10, 20, 30), conflicts=(), chair=10):
    return RoundData(
        nominee_ids=tuple(nominees),
        juror_ids=tuple(jurors),
        criteria=CRITERIA,
        scores=scores,
        conflicts=frozenset(conflicts),
        chair_id=chair,
    )


def _totals_data(totals):
    """RoundData for rank_totals: only the nominee order and jurors matter."""
    jurors = sorted({j for own in totals.values() for j in own})
    return RoundData(tuple(totals), tuple(jurors), CRITERIA, {})


def _scores(ranking):
    return {r.nominee_id: r.score for r in ranking.rows}


# --- totals, completeness, conflicts ------------------------------------------------------


def test_total_is_weighted_mean_on_0_to_100():
    data = _data({(10, 1, 1): 8, (10, 1, 2): 5, (20, 1, 1): 6, (20, 1, 2): 3})
    # 8 → 80, 5 → 100: (2·80 + 100)/3; 6 → 60, 3 → 50: (2·60 + 50)/3.
    assert juror_total(data, 10, 1) == pytest.approx(260 / 3)
    assert juror_total(data, 20, 1) == pytest.approx(170 / 3)


def test_a_partial_sheet_gives_no_total_and_leaves_the_nominee_incomplete():
    data = _data({(10, 1, 1): 8, (10, 1, 2): 5, (20, 1, 1): 6}, jurors=(10, 20))
    assert juror_total(data, 20, 1) is None
    row = rank_round(data, "mean").row(1)
    assert (row.jurors, row.complete) == (1, False)
    assert row.score == pytest.approx(260 / 3)


def test_conflicted_scores_never_count_and_do_not_make_a_nominee_incomplete():
    scores = {(j, 1, c): v for j in (10, 20, 30) for c, v in ((1, 10), (2, 5))}
    scores[(20, 1, 1)] = 0  # the conflicted juror's (stray) scores
    scores[(20, 1, 2)] = 1
    data = _data(scores, nominees=(1,), conflicts={(20, 1)})
    row = rank_round(data, "mean").row(1)
    assert (row.score, row.jurors, row.complete) == (100.0, 2, True)
    assert complete_totals(data)[1] == {10: 100.0, 30: 100.0}


def test_sd_range_and_criterion_means():
    data = _data(
        {(10, 1, 1): 8, (10, 1, 2): 5, (20, 1, 1): 6, (20, 1, 2): 3}, nominees=(1,), jurors=(10, 20)
    )
    row = rank_round(data, "median").row(1)
    assert row.range == pytest.approx(30.0)
    assert row.sd == pytest.approx(15.0)
    assert row.criterion_means == {1: 7.0, 2: 4.0}
    assert row.criterion_means_100 == {1: 70.0, 2: 75.0}


# --- the six methods ------------------------------------------------------------------------

TOTALS = {1: {10: 80.0, 20: 60.0, 30: 70.0}, 2: {10: 50.0, 20: 90.0, 30: 40.0}, 3: {10: 70.0}}


@pytest.mark.parametrize(
    ("method", "k", "expected"),
    [
        ("mean", 1, {1: 70.0, 2: 60.0, 3: 70.0}),
        ("median", 1, {1: 70.0, 2: 50.0, 3: 70.0}),
        ("trimmed", 1, {1: 70.0, 2: 50.0, 3: 70.0}),  # 3: one total < 2k + 1 → mean
        ("trimmed", 0, {1: 70.0, 2: 60.0, 3: 70.0}),
    ],
)
def test_mean_median_trimmed(method, k, expected):
    ranking = rank_totals(_totals_data(TOTALS), TOTALS, method, k)
    assert _scores(ranking) == pytest.approx(expected)


def test_trimmed_drops_k_at_each_end():
    values = [10.0, 20.0, 30.0, 40.0, 100.0]
    assert methods.trimmed_mean_of(values, 1) == pytest.approx(30.0)
    assert methods.trimmed_mean_of(values, 2) == pytest.approx(30.0)
    assert methods.trimmed_mean_of(values, 3) == pytest.approx(40.0)  # fewer than 7: mean


def test_zscore_standardises_per_juror_with_population_sd():
    totals = {1: {10: 80.0, 20: 40.0}, 2: {10: 60.0, 20: 20.0}, 3: {10: 70.0}}
    scores = methods.zscore(totals, [1, 2, 3])
    # Juror 10: mean 70, sd √(200/3) → z ±√1.5, 0; juror 20: mean 30, sd 10 → z ±1.
    z = math.sqrt(1.5)
    assert scores == pytest.approx({1: (z + 1) / 2, 2: -(z + 1) / 2, 3: 0.0})


def test_zscore_of_a_juror_with_equal_totals_is_zero():
    assert methods.zscore({1: {10: 50.0}, 2: {10: 50.0}}, [1, 2]) == {1: 0.0, 2: 0.0}


def test_borda_normalised_points_with_shared_ranks():
    assert methods.borda_points({1: 80.0, 2: 80.0, 3: 60.0}) == {1: 0.75, 2: 0.75, 3: 0.0}
    totals = {1: {10: 80.0, 20: 40.0}, 2: {10: 60.0, 20: 20.0}, 3: {10: 70.0}}
    # Juror 10: 1, 0, 0.5; juror 20: 1, 0.
    assert methods.borda(totals, [1, 2, 3]) == {1: 1.0, 2: 0.0, 3: 0.5}


def test_borda_without_points_is_null_and_listed_last():
    # Juror 10 completed only nominee 1 (n_j = 1), so 1 gets no points at all.
    totals = {1: {10: 80.0}, 2: {20: 50.0, 30: 40.0}, 3: {20: 60.0, 30: 70.0}}
    ranking = rank_totals(_totals_data(totals), totals, "borda")
    assert [(r.nominee_id, r.rank, r.score, r.jurors) for r in ranking.rows] == [
        (3, 1, 1.0, 2),
        (2, 2, 0.0, 2),
        (1, None, None, 1),
    ]
    only = {1: {10: 80.0}, 2: {20: 50.0}}
    assert methods.borda(only, [1, 2]) == {1: None, 2: None}


def test_schulze_counts_the_beaten_by_widest_paths():
    # Everyone prefers 1 > 2 > 3, except juror 30 who puts 3 above 2.
    totals = {
        1: {10: 90.0, 20: 90.0, 30: 90.0},
        2: {10: 80.0, 20: 80.0, 30: 10.0},
        3: {10: 70.0, 20: 70.0, 30: 50.0},
    }
    assert methods.schulze(totals, [1, 2, 3]) == {1: 2.0, 2: 1.0, 3: 0.0}


def test_schulze_cycle_is_a_three_way_tie():
    totals = {
        1: {10: 90.0, 20: 80.0, 30: 10.0},
        2: {10: 80.0, 20: 70.0, 30: 90.0},
        3: {10: 70.0, 20: 90.0, 30: 80.0},
    }
    ranking = rank_totals(_totals_data(totals), totals, "schulze")
    assert [r.rank for r in ranking.rows] == [1, 1, 1]
    assert ranking.ties == ((1, 2, 3),)


def test_schulze_leaves_nominees_without_totals_null():
    totals = {1: {10: 90.0}, 2: {10: 80.0}, 3: {}}
    assert methods.schulze(totals, [1, 2, 3]) == {1: 1.0, 2: 0.0, 3: None}


def test_unknown_method_is_refused():
    with pytest.raises(ValueError):
        methods.aggregate("plurality", TOTALS, [1, 2, 3])


# --- ranks and ties -------------------------------------------------------------------------


def test_competition_ranks_ties_and_incomplete_last():
    totals = {5: {}, 1: {10: 90.0}, 2: {10: 70.0}, 3: {10: 70.0 + 1e-12}, 4: {10: 50.0}}
    ranking = rank_totals(_totals_data(totals), totals, "mean")
    assert [(r.nominee_id, r.rank) for r in ranking.rows] == [
        (1, 1),
        (2, 2),
        (3, 2),
        (4, 4),
        (5, None),
    ]
    assert ranking.rows[-1].score is None and ranking.rows[-1].sd is None
    assert ranking.ties == ((2, 3),)


def test_ties_best_group_first():
    totals = {1: {10: 90.0}, 2: {10: 90.0}, 3: {10: 50.0}, 4: {10: 50.0}}
    assert rank_totals(_totals_data(totals), totals, "mean").ties == ((1, 2), (3, 4))


@pytest.mark.parametrize(
    ("value", "expected"),
    [(49.325, 49.33), (2.675, 2.68), (-0.125, -0.13), (1.004, 1.0), (0.0, 0.0)],
)
def test_round_half_away_from_zero(value, expected):
    assert round_half_away(value, 2) == expected


# --- the tie-break chain --------------------------------------------------------------------


def _tied_round():
    # Nominees 1 and 2 tie at 70 on the mean; 1 is higher on Innovation, the chair
    # (juror 10) prefers 2.
    scores = {
        (10, 1, 1): 6, (10, 1, 2): 5, (20, 1, 1): 8, (20, 1, 2): 1,
        (10, 2, 1): 7, (10, 2, 2): 5, (20, 2, 1): 7, (20, 2, 2): 1,
    }  # fmt: skip
    data = _data(scores, nominees=(1, 2), jurors=(10, 20))
    return data, rank_round(data, "mean")


def test_tie_break_by_criterion_then_chair_then_jury():
    data, ranking = _tied_round()
    assert ranking.ties == ((1, 2),)
    by_chair = tiebreak.break_first_tie(ranking, data, [{"kind": "chair"}])
    assert (by_chair.order, by_chair.step_index, by_chair.broken) == ((2, 1), 0, True)
    # Innovation means are equal (7 and 7), so the chain passes on to the chair.
    chain = [{"kind": "criterion", "criterion": "inno"}, {"kind": "chair"}]
    assert tiebreak.break_first_tie(ranking, data, chain).step_index == 1
    jury = tiebreak.break_first_tie(ranking, data, [{"kind": "median"}, {"kind": "jury"}])
    assert jury.jury and not jury.broken and jury.step_index == 1
    assert tiebreak.break_first_tie(ranking, data, []).step is None


def test_no_tie_break_without_a_tie_for_first():
    data = _data({(10, 1, 1): 8, (10, 1, 2): 5}, nominees=(1, 2), jurors=(10,))
    assert tiebreak.break_first_tie(rank_round(data, "mean"), data, [{"kind": "chair"}]) is None


def test_display_rounding_reads_floats_as_a_spreadsheet_does() -> None:
    from nomdesk.domain.scoring import round_half_away

    assert round_half_away(49.325) == 49.33
    assert round_half_away((93.6 + 74.6 + 96.0 + 60.9) / 4) == 81.28  # float: 81.27499999...
    assert round_half_away(-2.675) == -2.68
    assert str(round_half_away(-0.001)) == "0.0"


def test_equal_scores_are_measured_from_the_group_leader_not_chained() -> None:
    from nomdesk.domain.scoring import competition_ranks

    scores = {1: 1.0, 2: 1.0 - 0.8e-9, 3: 1.0 - 1.6e-9}
    assert competition_ranks(scores, [1, 2, 3]) == {1: 1, 2: 1, 3: 3}


def test_tie_break_records_every_step_tried_with_its_values() -> None:
    data, ranking = _tied_round()
    chain = [
        {"kind": "criterion", "criterion": "nope"},
        {"kind": "criterion", "criterion": "inno"},
        {"kind": "chair"},
        {"kind": "jury"},
    ]
    broken = tiebreak.break_first_tie(ranking, data, chain)
    assert [t.outcome for t in broken.tried] == [
        tiebreak.UNKNOWN,
        tiebreak.EQUAL,
        tiebreak.BROKE,
    ]
    assert broken.tried[1].values == {1: 70.0, 2: 70.0}
    assert broken.tried[2].values == pytest.approx(
        {1: 60.0 * 2 / 3 + 100 / 3, 2: 70.0 * 2 / 3 + 100 / 3}
    )
    jury = tiebreak.break_first_tie(ranking, data, [{"kind": "median"}, {"kind": "jury"}])
    assert [t.outcome for t in jury.tried] == [tiebreak.EQUAL, tiebreak.JURY]
    # The chair scored neither tied nominee: the chair step cannot tell.
    equal = {(20, n, c): v for n in (1, 2) for c, v in ((1, 6), (2, 3))}
    unscored = _data(equal, nominees=(1, 2), jurors=(10, 20))
    trial = tiebreak.break_first_tie(rank_round(unscored, "mean"), unscored, [{"kind": "chair"}])
    assert trial.tried[0].outcome == tiebreak.MISSING
    assert trial.tried[0].values == {1: None, 2: None}
    assert trial.step is None and not trial.broken


def test_missing_cells_owed_per_juror_and_nominee() -> None:
    from nomdesk.domain.scoring import missing_cells

    scores = {(10, 1, 1): 8, (10, 1, 2): 5, (20, 1, 1): 6, (10, 2, 1): 3}
    data = _data(scores, nominees=(1, 2), jurors=(10, 20, 30), conflicts={(30, 2)})
    expected = {(20, 1): 1, (30, 1): 2, (10, 2): 1, (20, 2): 2}
    assert missing_cells(data) == expected
    assert missing_cells(data, complete_totals(data)) == expected
