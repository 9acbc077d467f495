"""Moves per child per year, and the share placed far from home: examples and invariants."""

from hypothesis import given
from hypothesis import strategies as st

from kindred.domain.distance_from_home import FAR_FROM_HOME_METRES, far_from_home_share
from kindred.domain.stability import move_rate, summarise_stability

years = st.integers(2020, 2026)
bands = st.one_of(st.none(), st.integers(0, 4))
reasons = st.sampled_from(["CARPL", "CLOSE", "ALLEG", "CHILD", "OTHER"])


def test_rates_by_year_band_and_reason() -> None:
    summary = summarise_stability(
        {(2024, 0): 10, (2024, 3): 10, (2025, 3): 5},
        {(2024, 0, "CARPL"): 2, (2024, 3, "ALLEG"): 6, (2025, 3, "CARPL"): 5},
    )

    assert summary.by_year[2024] == move_rate(20, 8)
    assert summary.by_year[2024].moves_per_child == 0.4
    assert summary.by_year[2025].moves_per_child == 1.0
    assert summary.by_band[3].moves_per_child == 0.73  # 11 moves over 15 child-years
    assert summary.by_reason == {"CARPL": 7, "ALLEG": 6}
    assert move_rate(0, 0).moves_per_child is None


@given(
    st.dictionaries(st.tuples(years, bands), st.integers(0, 50)),
    st.dictionaries(st.tuples(years, bands, reasons), st.integers(0, 20)),
)
def test_every_cut_has_the_same_totals(
    child_years: dict[tuple[int, int | None], int],
    moves: dict[tuple[int, int | None, str], int],
) -> None:
    summary = summarise_stability(child_years, moves)
    total_moves = sum(moves.values())

    assert sum(rate.moves for rate in summary.by_year.values()) == total_moves
    assert sum(rate.moves for rate in summary.by_band.values()) == total_moves
    assert sum(summary.by_reason.values()) == total_moves
    assert sum(rate.child_years for rate in summary.by_band.values()) == sum(child_years.values())
    assert list(summary.by_year) == sorted(summary.by_year)


def test_far_from_home_share_counts_known_distances_only() -> None:
    assert far_from_home_share(1, 3) == 0.25
    assert far_from_home_share(0, 0) is None
    assert far_from_home_share(2, 1) == 0.667
    assert round(FAR_FROM_HOME_METRES) == 32_187  # 20 miles


@given(st.integers(0, 10_000), st.integers(0, 10_000))
def test_far_from_home_share_is_a_proportion(far: int, near: int) -> None:
    share = far_from_home_share(far, near)

    if far + near == 0:
        assert share is None
    else:
        assert share is not None
        assert 0 <= share <= 1
