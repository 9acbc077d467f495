"""One month's delay of entry to care: exact pence, the likely placement type, the cohort."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kindred.domain.edge_of_care import (
    DEFAULT_WEEKLY_COST_PENCE,
    delay_costs,
    likely_placement_type,
    one_month_pence,
)

weekly = st.integers(0, 10**9)


def test_one_month_is_52_twelfths_of_a_week_rounded_half_up() -> None:
    assert one_month_pence(450_000) == 1_950_000  # £4,500 a week: £19,500 a month
    assert one_month_pence(1) == 4  # 4.33
    assert one_month_pence(3) == 13
    assert one_month_pence(15) == 65
    assert one_month_pence(2) == 9  # 8.67
    with pytest.raises(ValueError, match="negative"):
        one_month_pence(-1)


@given(weekly, weekly)
def test_a_month_is_exact_to_a_penny_and_monotone(a: int, b: int) -> None:
    assert isinstance(one_month_pence(a), int)
    assert abs(one_month_pence(a) * 12 - a * 52) <= 6
    if a <= b:
        assert one_month_pence(a) <= one_month_pence(b)
    assert abs(one_month_pence(a + b) - one_month_pence(a) - one_month_pence(b)) <= 1


def test_likely_placement_type_follows_the_step_down_rule() -> None:
    assert likely_placement_type(4) == "K2"
    assert likely_placement_type(3) == "U4"
    assert likely_placement_type(0) == "U4"
    with pytest.raises(ValueError, match="between 0 and 4"):
        likely_placement_type(5)


def test_delay_costs_per_likely_type() -> None:
    costs = delay_costs(["U4", "K2", "U4"], DEFAULT_WEEKLY_COST_PENCE)

    assert [(c.placement_type, c.children, c.weekly_cost_pence) for c in costs] == [
        ("K2", 1, 450_000),
        ("U4", 2, 50_000),
    ]
    assert costs[1].one_month_pence == one_month_pence(100_000)
    assert delay_costs([], DEFAULT_WEEKLY_COST_PENCE) == []
