"""Properties of the scoring engine (issue 4, item 1), checked with hypothesis."""

import math

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from nomdesk.domain import methods
from nomdesk.domain.methods import METHOD_FUNCTIONS
from nomdesk.domain.scoring import CriterionSpec, RoundData, rank_round

CRITERIA = (CriterionSpec(1, 2.0, 0.0, 10.0), CriterionSpec(2, 1.0, 1.0, 5.0))
FAST = settings(max_examples=50, deadline=None)


@st.composite
def rounds(draw, *, full: bool = False) -> RoundData:
    """A small round: 1–5 nominees and jurors, some scores missing, some conflicts."""
    nominees = tuple(range(1, draw(st.integers(1, 5)) + 1))
    jurors = tuple(range(10, 10 + draw(st.integers(1, 5))))
    scores = {}
    for j in jurors:
        for n in nominees:
            if full or draw(st.booleans()) or draw(st.booleans()):
                scores[(j, n, 1)] = draw(st.integers(0, 10)) * 1.0
                if full or draw(st.integers(0, 5)):
                    scores[(j, n, 2)] = draw(st.integers(1, 5)) * 1.0
    pairs = [(j, n) for j in jurors for n in nominees]
    conflicts = frozenset() if full else frozenset(draw(st.sets(st.sampled_from(pairs))))
    return RoundData(nominees, jurors, CRITERIA, scores, conflicts)


totals_strategy = st.dictionaries(
    st.integers(1, 5),
    st.dictionaries(st.integers(10, 14), st.integers(0, 100).map(float), max_size=5),
    min_size=1,
    max_size=5,
)


def _summary(data: RoundData, method: str, k: int = 1):
    ranking = rank_round(data, method, k)
    return {
        r.nominee_id: (r.rank, r.score, r.jurors, r.complete, r.sd, r.range) for r in ranking.rows
    }


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _same(first: dict, second: dict) -> bool:
    return first.keys() == second.keys() and all(
        all(
            _close(x, y) if isinstance(x, float) else x == y
            for x, y in zip(a, second[n], strict=True)
        )
        for n, a in first.items()
    )


@pytest.mark.parametrize("method", list(METHOD_FUNCTIONS))
@FAST
@given(data=rounds(), seed=st.randoms(use_true_random=False))
def test_reordering_jurors_or_nominees_changes_nothing(method, data, seed):
    nominees, jurors = list(data.nominee_ids), list(data.juror_ids)
    seed.shuffle(nominees)
    seed.shuffle(jurors)
    shuffled = RoundData(tuple(nominees), tuple(jurors), data.criteria, data.scores, data.conflicts)
    assert _same(_summary(data, method), _summary(shuffled, method))


@FAST
@given(data=rounds())
def test_trimmed_with_k_zero_equals_mean(data):
    assert _same(_summary(data, "trimmed", 0), _summary(data, "mean"))


@FAST
@given(totals=totals_strategy, juror=st.integers(10, 14), shift=st.integers(-50, 50))
def test_a_constant_added_to_one_jurors_totals_changes_no_zscore(totals, juror, shift):
    nominees = sorted(totals)
    shifted = {
        n: {j: t + shift if j == juror else t for j, t in own.items()} for n, own in totals.items()
    }
    before = methods.zscore(totals, nominees)
    after = methods.zscore(shifted, nominees)
    assert all(_close(before[n], after[n]) for n in nominees)


@FAST
@given(own=st.dictionaries(st.integers(1, 8), st.integers(0, 20).map(float), min_size=2))
def test_each_jurors_borda_points_sum_to_half_their_count(own):
    points = methods.borda_points(own)
    assert math.isclose(sum(points.values()), len(own) / 2)
    assert all(0.0 <= p <= 1.0 for p in points.values())


@FAST
@given(data=rounds(full=True))
def test_a_condorcet_winner_wins_schulze(data):
    ranking = rank_round(data, "mean")
    totals = ranking.totals
    nominees = list(data.nominee_ids)

    def beats(a, b):
        wins = sum(totals[a][j] > totals[b][j] + 1e-9 for j in data.juror_ids)
        losses = sum(totals[b][j] > totals[a][j] + 1e-9 for j in data.juror_ids)
        return wins > losses

    winners = [a for a in nominees if all(beats(a, b) for b in nominees if b != a)]
    assume(winners)
    schulze = rank_round(data, "schulze")
    assert schulze.rows[0].nominee_id == winners[0]
    assert schulze.rows[0].rank == 1
    assert [r.rank for r in schulze.rows].count(1) == 1


@FAST
@given(data=rounds(), pick=st.data())
def test_a_conflict_never_changes_another_nominees_mean(data, pick):
    juror = pick.draw(st.sampled_from(data.juror_ids))
    nominee = pick.draw(st.sampled_from(data.nominee_ids))
    more = RoundData(
        data.nominee_ids,
        data.juror_ids,
        data.criteria,
        data.scores,
        data.conflicts | {(juror, nominee)},
    )
    before = {r.nominee_id: r.score for r in rank_round(data, "mean").rows}
    after = {r.nominee_id: r.score for r in rank_round(more, "mean").rows}
    assert all(_close(before[n], after[n]) for n in data.nominee_ids if n != nominee)


def _spreadsheet_rounding(x: float, digits: int) -> float:
    """The reference: read to 15 significant digits, round half away from zero."""
    from decimal import ROUND_HALF_UP, Decimal

    quantum = Decimal(1).scaleb(-digits)
    return float(Decimal(f"{x:.15g}").quantize(quantum, rounding=ROUND_HALF_UP)) + 0.0


@settings(max_examples=400, deadline=None)
@given(
    value=st.one_of(
        st.floats(-1e6, 1e6, allow_nan=False),
        st.integers(-(10**6), 10**6).map(lambda n: n / 1000),  # halves at 2 and 1 digits
        st.integers(-(10**5), 10**5).map(lambda n: n / 8),
    ),
    digits=st.integers(0, 3),
)
def test_display_rounding_equals_the_spreadsheet_reading(value, digits):
    from nomdesk.domain.scoring import round_half_away

    got, expected = round_half_away(value, digits), _spreadsheet_rounding(value, digits)
    assert got == expected and math.copysign(1, got) == math.copysign(1, expected)


@FAST
@given(data=rounds())
def test_the_one_pass_summary_equals_totals_and_stats(data):
    from nomdesk.domain.scoring import (
        complete_totals,
        nominee_stats,
        nominee_summary,
        nominee_totals,
    )

    totals = complete_totals(data)
    for n in data.nominee_ids:
        got_totals, got_stats = nominee_summary(data, n)
        assert got_totals == nominee_totals(data, n) == totals[n]  # to the last bit
        assert got_stats == nominee_stats(data, totals, n)
