"""Small facts about people that many features need, computed without a clock."""

from datetime import date


def age_in_years(date_of_birth: date, on: date) -> int:
    """Whole years old on `on` (a birthday on 29 February counts from 1 March in other years)."""
    had_birthday = (on.month, on.day) >= (date_of_birth.month, date_of_birth.day)
    return on.year - date_of_birth.year - (0 if had_birthday else 1)


# Care leavers are supported up to 25: anyone older on a child's record is a mistyped date.
OLDEST_AGE_IN_CARE = 25


def date_of_birth_problem(date_of_birth: date, today: date) -> str | None:
    """Why `date_of_birth` cannot be a child's in our care on `today`, or None when it can."""
    if date_of_birth > today:
        return "Date of birth must not be in the future."
    if age_in_years(date_of_birth, today) > OLDEST_AGE_IN_CARE:
        return f"A child in care is under {OLDEST_AGE_IN_CARE + 1}: check the year of birth."
    return None


def months_before(day: date, months: int) -> date:
    """The same day `months` months earlier, or that month's last day when it is shorter."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    next_month = date(year + (month == 12), month % 12 + 1, 1)
    last_day = (next_month - date.resolution).day
    return date(year, month, min(day.day, last_day))
