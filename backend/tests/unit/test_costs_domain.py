"""Cost over a period, day by day: worked examples, then properties that hold for any records."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kindred.domain.costs import (
    CostKind,
    CostRecord,
    Frequency,
    Funder,
    cost_over_period,
    record_sevenths,
    round_sevenths,
    weekly_cost_on,
)

JAN_1 = date(2026, 1, 1)


def weekly(
    amount: int,
    start: date = JAN_1,
    end: date | None = None,
    funder: Funder = Funder.social_care,
    kind: CostKind = CostKind.placement,
) -> CostRecord:
    return CostRecord(start, end, amount, Frequency.weekly, funder, kind)


def one_off(amount: int, on: date, kind: CostKind = CostKind.therapy) -> CostRecord:
    return CostRecord(on, None, amount, Frequency.one_off, Funder.health, kind)


def test_a_week_of_a_weekly_fee_costs_the_fee() -> None:
    cost = cost_over_period([weekly(55_000)], JAN_1, JAN_1 + timedelta(days=6))

    assert cost.total_pence == 55_000
    assert cost.days == 7


def test_one_day_is_a_seventh_rounded_half_up() -> None:
    # £100.00 a week: 10000 / 7 = 1428.571… pence a day.
    assert cost_over_period([weekly(10_000)], JAN_1, JAN_1).total_pence == 1429
    # 3 pence a week: 0.43p a day rounds to 0, two days 0.857p round to 1.
    assert cost_over_period([weekly(3)], JAN_1, JAN_1).total_pence == 0
    assert cost_over_period([weekly(3)], JAN_1, JAN_1 + timedelta(days=1)).total_pence == 1


def test_exact_halves_round_up() -> None:
    assert round_sevenths(7 * 10 + 3) == 10  # 10.43
    assert round_sevenths(7 * 10 + 4) == 11  # 10.57
    assert round_sevenths(7) == 1
    assert round_sevenths(0) == 0
    # 7 weekly pence per day for half a week is exactly 3.5p: rounds up.
    assert cost_over_period([weekly(7)], JAN_1, JAN_1 + timedelta(days=2)).total_pence == 3


def test_records_count_only_on_their_own_days() -> None:
    record = weekly(7_000, start=date(2026, 1, 10), end=date(2026, 1, 12))

    cost = cost_over_period([record], JAN_1, date(2026, 1, 31))

    assert cost.total_pence == 3_000  # three days at £10


def test_a_fee_change_is_two_records() -> None:
    records = [
        weekly(70_000, start=JAN_1, end=date(2026, 1, 14)),
        weekly(84_000, start=date(2026, 1, 15)),
    ]

    cost = cost_over_period(records, JAN_1, date(2026, 1, 28))

    assert cost.total_pence == 2 * 70_000 + 2 * 84_000
    assert weekly_cost_on(records, date(2026, 1, 14)) == 70_000
    assert weekly_cost_on(records, date(2026, 1, 15)) == 84_000


def test_one_off_amounts_fall_on_their_day_and_break_down_by_funder_and_kind() -> None:
    records = [weekly(7_000), one_off(25_000, date(2026, 1, 5), CostKind.therapy)]

    cost = cost_over_period(records, JAN_1, date(2026, 1, 7))

    assert cost.total_pence == 7_000 + 25_000
    assert cost.by_funder[Funder.health] == 25_000
    assert cost.by_funder[Funder.social_care] == 7_000
    assert cost.by_kind[CostKind.therapy] == 25_000
    assert cost.by_kind[CostKind.placement] == 7_000
    assert (
        cost_over_period(records, date(2026, 1, 6), date(2026, 1, 7)).by_kind[CostKind.therapy] == 0
    )
    assert weekly_cost_on(records, date(2026, 1, 5)) == 7_000


def test_bad_periods_and_records_are_refused() -> None:
    with pytest.raises(ValueError, match="before it starts"):
        cost_over_period([], date(2026, 2, 1), JAN_1)
    with pytest.raises(ValueError, match="negative"):
        weekly(-1)
    with pytest.raises(ValueError, match="end before"):
        weekly(1, start=date(2026, 2, 1), end=JAN_1)


# --- properties -------------------------------------------------------------------------------

days = st.integers(min_value=0, max_value=3_000)
BASE = date(2020, 1, 1)


@st.composite
def records(draw: st.DrawFn) -> CostRecord:
    start = BASE + timedelta(days=draw(days))
    frequency = draw(st.sampled_from(Frequency))
    end = None
    if frequency is Frequency.weekly and draw(st.booleans()):
        end = start + timedelta(days=draw(st.integers(0, 2_000)))
    kind = (
        CostKind.placement
        if frequency is Frequency.weekly and draw(st.booleans())
        else (draw(st.sampled_from([k for k in CostKind if k is not CostKind.placement])))
    )
    return CostRecord(
        start,
        end,
        draw(st.integers(0, 2_000_000)),
        frequency,
        draw(st.sampled_from(Funder)),
        kind,
    )


@st.composite
def periods(draw: st.DrawFn) -> tuple[date, date]:
    start = BASE + timedelta(days=draw(st.integers(-100, 3_500)))
    return start, start + timedelta(days=draw(st.integers(0, 2_500)))


@given(st.lists(records(), max_size=8), periods(), st.data())
def test_splitting_a_period_at_any_day_never_changes_the_total(
    costs: list[CostRecord], period: tuple[date, date], data: st.DataObject
) -> None:
    start, end = period
    split = start + timedelta(days=data.draw(st.integers(0, (end - start).days)))
    whole = cost_over_period(costs, start, end)

    if split == start:
        assert whole == cost_over_period(costs, start, end)
        return
    before = cost_over_period(costs, start, split - timedelta(days=1))
    after = cost_over_period(costs, split, end)

    assert before.total_sevenths + after.total_sevenths == whole.total_sevenths
    # Rounded once each, the parts are within a penny of the whole.
    assert abs(before.total_pence + after.total_pence - whole.total_pence) <= 1


@given(st.lists(records(), max_size=8), periods())
def test_the_total_is_additive_over_records(
    costs: list[CostRecord], period: tuple[date, date]
) -> None:
    start, end = period
    whole = cost_over_period(costs, start, end)

    assert whole.total_sevenths == sum(record_sevenths(r, start, end) for r in costs)
    assert whole.total_pence == round_sevenths(whole.total_sevenths)


@given(records(), periods())
def test_nothing_is_charged_outside_a_records_dates(
    record: CostRecord, period: tuple[date, date]
) -> None:
    start, end = period
    last = record.start if record.frequency is Frequency.one_off else record.end
    before_it = end < record.start
    after_it = last is not None and start > last

    if before_it or after_it:
        assert cost_over_period([record], start, end).total_sevenths == 0


@given(st.integers(0, 5_000_000), st.integers(1, 600), st.integers(0, 3_000))
def test_a_weekly_record_over_exactly_k_weeks_costs_k_times_the_amount(
    amount: int, weeks: int, offset: int
) -> None:
    start = BASE + timedelta(days=offset)
    record = weekly(amount, start=start, end=start + timedelta(days=7 * weeks - 1))

    # Over the record's own span, and over any wider period.
    assert cost_over_period([record], start, start + timedelta(days=7 * weeks - 1)).total_pence == (
        weeks * amount
    )
    assert (
        cost_over_period(
            [record], start - timedelta(days=30), start + timedelta(days=7 * weeks + 30)
        ).total_pence
        == weeks * amount
    )


@given(st.lists(records(), max_size=8), periods())
def test_breakdowns_are_each_within_rounding_of_the_total(
    costs: list[CostRecord], period: tuple[date, date]
) -> None:
    whole = cost_over_period(costs, *period)

    assert abs(sum(whole.by_funder.values()) - whole.total_pence) <= len(Funder)
    assert abs(sum(whole.by_kind.values()) - whole.total_pence) <= len(CostKind)
