"""Correlation and cost per need point: worked examples against SciPy, then invariants."""

import math
from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from scipy import stats

from kindred.domain.analytics import (
    AgeBand,
    age_band,
    cost_per_need_point,
    need_vs_spend,
    pearson,
    spearman,
    suppressed,
)


def test_perfect_correlations_are_one_and_minus_one() -> None:
    assert pearson([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert pearson([1, 2, 3, 4], [40, 30, 20, 10]) == pytest.approx(-1.0)
    assert spearman([1, 2, 3, 4], [1, 8, 27, 64]) == pytest.approx(1.0)


def test_undefined_correlations_are_none() -> None:
    assert pearson([], []) is None
    assert pearson([5], [5]) is None
    assert pearson([1, 2, 3], [7, 7, 7]) is None
    assert spearman([3, 3, 3], [1, 2, 3]) is None
    with pytest.raises(ValueError, match="same length"):
        pearson([1, 2], [1])


def test_matches_scipy_with_ties() -> None:
    x = [10.0, 20.5, 20.5, 33.3, 41.0, 41.0, 70.2]
    y = [55_000.0, 90_000.0, 60_000.0, 450_000.0, 82_000.0, 600_000.0, 520_000.0]

    assert pearson(x, y) == pytest.approx(stats.pearsonr(x, y).statistic)
    assert spearman(x, y) == pytest.approx(stats.spearmanr(x, y).statistic)


def test_cost_per_need_point_is_a_ratio_of_totals() -> None:
    assert cost_per_need_point([20.0, 60.0], [60_000, 420_000]) == 6_000
    assert cost_per_need_point([0.0, 0.0], [1, 2]) is None
    assert cost_per_need_point([], []) is None
    assert cost_per_need_point([3.0], [10]) == 3  # 3.33 rounds to 3


def test_need_vs_spend_summary() -> None:
    summary = need_vs_spend([10.0, 20.0, 30.0], [50_000, 100_000, 150_000])

    assert summary.count == 3
    assert summary.pearson == pytest.approx(1.0)
    assert summary.mean_score == 20.0
    assert summary.mean_weekly_cost_pence == 100_000
    assert summary.cost_per_need_point_pence == 5_000
    assert need_vs_spend([], []).mean_score is None


@pytest.mark.parametrize(
    ("born", "band"),
    [
        (date(2022, 6, 1), AgeBand.under_5),
        (date(2021, 6, 1), AgeBand.from_5_to_9),  # 5 on 1 June 2026
        (date(2016, 6, 2), AgeBand.from_5_to_9),  # 9, 10 tomorrow
        (date(2016, 6, 1), AgeBand.from_10_to_15),
        (date(2010, 6, 2), AgeBand.from_10_to_15),
        (date(2010, 6, 1), AgeBand.over_16),
    ],
)
def test_age_bands(born: date, band: AgeBand) -> None:
    assert age_band(born, date(2026, 6, 1)) is band


def test_small_counts_are_suppressed_but_zero_is_not() -> None:
    assert [suppressed(n) for n in range(7)] == [False, True, True, True, True, False, False]


# --- properties -------------------------------------------------------------------------------

values = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
pairs = st.lists(st.tuples(values, values), min_size=3, max_size=40)


def _varied(series: list[float]) -> bool:
    return max(series) - min(series) > 1e-3 * max(1.0, max(abs(v) for v in series))


@given(pairs, st.floats(min_value=1e-3, max_value=1e3), st.floats(-1e3, 1e3))
def test_pearson_is_invariant_to_positive_scaling_and_shifts(
    points: list[tuple[float, float]], scale: float, shift: float
) -> None:
    x = [p[0] for p in points]
    y = [p[1] for p in points]
    assume(_varied(x) and _varied(y))
    r = pearson(x, y)
    assert r is not None

    scaled = pearson([v * scale + shift for v in x], y)

    assert scaled == pytest.approx(r, abs=1e-6)
    assert -1.0 <= r <= 1.0


whole = st.integers(min_value=-10_000, max_value=10_000)


@given(st.lists(st.tuples(whole, whole), min_size=3, max_size=40))
def test_spearman_is_invariant_to_monotone_transforms(points: list[tuple[int, int]]) -> None:
    x = [float(p[0]) for p in points]
    y = [float(p[1]) for p in points]
    assume(len(set(x)) > 1 and len(set(y)) > 1)
    rho = spearman(x, y)
    assert rho is not None

    # Strictly increasing transforms (exact on these values) keep every rank and every tie.
    transformed = spearman([v**3 + v for v in x], [math.exp(v / 1_000) for v in y])

    assert transformed == pytest.approx(rho, abs=1e-9)


@given(pairs)
def test_a_series_correlates_perfectly_with_itself(points: list[tuple[float, float]]) -> None:
    x = [p[0] for p in points]
    assume(_varied(x))

    assert pearson(x, x) == pytest.approx(1.0)
    assert spearman(x, x) == pytest.approx(1.0)
    assert pearson(x, [-v for v in x]) == pytest.approx(-1.0)


@given(pairs)
def test_correlation_is_symmetric(points: list[tuple[float, float]]) -> None:
    x = [p[0] for p in points]
    y = [p[1] for p in points]

    assert pearson(x, y) == pytest.approx(pearson(y, x)) if pearson(x, y) is not None else True
