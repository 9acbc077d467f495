"""Ages and plausible dates of birth, computed without a clock."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kindred.domain.people import OLDEST_AGE_IN_CARE, age_in_years, date_of_birth_problem

TODAY = date(2026, 12, 7)


def test_dates_of_birth_from_today_back_to_the_26th_birthday_are_plausible() -> None:
    assert date_of_birth_problem(TODAY, TODAY) is None
    assert date_of_birth_problem(date(2000, 12, 8), TODAY) is None  # 25, 26 tomorrow
    assert date_of_birth_problem(date(2000, 12, 7), TODAY) is not None  # 26 today
    assert date_of_birth_problem(TODAY + timedelta(days=1), TODAY) is not None
    assert date_of_birth_problem(date(9999, 12, 31), TODAY) is not None


def test_each_refusal_says_what_to_check() -> None:
    assert "future" in (date_of_birth_problem(date(2027, 1, 1), TODAY) or "")
    assert "under 26" in (date_of_birth_problem(date(1900, 1, 1), TODAY) or "")


@given(
    born=st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    today=st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)),
)
def test_a_plausible_child_is_born_by_today_and_aged_0_to_25(born: date, today: date) -> None:
    if date_of_birth_problem(born, today) is None:
        assert born <= today
        assert 0 <= age_in_years(born, today) <= OLDEST_AGE_IN_CARE


@given(
    today=st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)),
    older=st.integers(min_value=0, max_value=40 * 366),
    younger=st.integers(min_value=0, max_value=40 * 366),
)
def test_anyone_born_between_a_plausible_birth_and_today_is_plausible(
    today: date, older: int, younger: int
) -> None:
    born = today - timedelta(days=max(older, younger))
    later = today - timedelta(days=min(older, younger))

    if date_of_birth_problem(born, today) is None:
        assert date_of_birth_problem(later, today) is None
