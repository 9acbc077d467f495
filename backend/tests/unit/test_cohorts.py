"""Score distributions, bands and quarters: worked examples, then invariants."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kindred.domain.analytics import AgeBand, age_band
from kindred.domain.cohorts import (
    SCORE_BANDS,
    birth_dates_in,
    mean_level,
    quarter_label,
    score_band_index,
    score_distribution,
)

scores = st.lists(st.integers(0, 1000).map(lambda tenths: tenths / 10), min_size=1, max_size=60)


def test_distribution_of_a_small_cohort() -> None:
    distribution = score_distribution([10.0, 20.0, 30.0, 40.0, 100.0])

    assert distribution is not None
    assert distribution.count == 5
    assert distribution.mean == 40.0
    assert distribution.median == 30.0
    assert (distribution.lower_quartile, distribution.upper_quartile) == (20.0, 40.0)
    assert (distribution.minimum, distribution.maximum) == (10.0, 100.0)
    assert score_distribution([]) is None


@given(scores, st.randoms())
def test_distribution_is_ordered_and_ignores_order(values: list[float], rng: object) -> None:
    distribution = score_distribution(values)
    shuffled = list(values)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]

    assert distribution is not None
    assert distribution.minimum <= distribution.lower_quartile <= distribution.median
    assert distribution.median <= distribution.upper_quartile <= distribution.maximum
    assert distribution.minimum <= distribution.mean <= distribution.maximum
    assert score_distribution(shuffled) == distribution


def test_score_bands() -> None:
    assert [score_band_index(s) for s in (0, 19.9, 20, 59.9, 80, 100)] == [0, 0, 1, 2, 4, 4]
    assert len(SCORE_BANDS) == 5
    with pytest.raises(ValueError, match="between 0 and 100"):
        score_band_index(100.1)


@given(
    st.dates(date(1990, 1, 1), date(2030, 12, 31)),
    st.dates(date(2000, 1, 1), date(2030, 12, 31)),
    st.sampled_from(AgeBand),
)
def test_birth_date_ranges_agree_with_age_bands(born: date, on: date, band: AgeBand) -> None:
    born_after, born_by = birth_dates_in(band, on)
    inside = born <= born_by and (born_after is None or born > born_after)

    assert inside == (born <= on and age_band(born, on) is band)


def test_birth_dates_on_a_leap_day() -> None:
    assert birth_dates_in(AgeBand.from_5_to_9, date(2020, 2, 29)) == (
        date(2010, 2, 28),
        date(2015, 2, 28),
    )


def test_quarters_and_mean_levels() -> None:
    assert quarter_label(date(2025, 7, 1)) == "2025 Q3"
    assert quarter_label(date(2026, 12, 31)) == "2026 Q4"
    assert mean_level(7, 3) == 2.33
    assert mean_level(0, 0) is None
