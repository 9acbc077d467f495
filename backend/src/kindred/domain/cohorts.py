"""Distributions of weighted needs scores for comparing cohorts, and the bands and quarters
they are grouped by.

A team that scores need differently from the others shows as a shifted distribution, not a
different mean alone, so each group gets its quartiles and range as well.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from kindred.domain.analytics import AgeBand

SCORE_BAND_WIDTH = 20
SCORE_BANDS = ("0-19.9", "20-39.9", "40-59.9", "60-79.9", "80-100")
"""Weighted needs score bands, by index: `score // SCORE_BAND_WIDTH`, 100 in the last."""

_AGE_BAND_YEARS: dict[AgeBand, tuple[int, int | None]] = {
    AgeBand.under_5: (0, 5),
    AgeBand.from_5_to_9: (5, 10),
    AgeBand.from_10_to_15: (10, 16),
    AgeBand.over_16: (16, None),
}


@dataclass(frozen=True, slots=True)
class ScoreDistribution:
    count: int
    mean: float
    median: float
    lower_quartile: float
    upper_quartile: float
    minimum: float
    maximum: float


def score_distribution(scores: Sequence[float]) -> ScoreDistribution | None:
    """Count, mean, quartiles (linear interpolation) and range, to 1 decimal; None if empty."""
    if not scores:
        return None
    values = np.sort(np.asarray(scores, dtype=np.float64))  # sums do not depend on order
    lower, median, upper = np.quantile(values, [0.25, 0.5, 0.75])
    return ScoreDistribution(
        count=int(values.size),
        mean=round(math.fsum(values) / values.size, 1),
        median=round(float(median), 1),
        lower_quartile=round(float(lower), 1),
        upper_quartile=round(float(upper), 1),
        minimum=round(float(values.min()), 1),
        maximum=round(float(values.max()), 1),
    )


def score_band_index(score: float) -> int:
    """The index in `SCORE_BANDS` of a score from 0 to 100."""
    if not 0 <= score <= 100:
        raise ValueError("a weighted needs score is between 0 and 100")
    return min(int(score // SCORE_BAND_WIDTH), len(SCORE_BANDS) - 1)


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year - years, day=28)


def birth_dates_in(band: AgeBand, on: date) -> tuple[date | None, date]:
    """Dates of birth of children in `band` on `on`: after the first (when given), up to and
    including the second; so a cohort is filtered by age in SQL, agreeing with `age_band`."""
    youngest, oldest = _AGE_BAND_YEARS[band]
    born_after = None if oldest is None else _years_before(on, oldest)
    return born_after, _years_before(on, youngest)


def quarter_label(first_day: date) -> str:
    """'2025 Q3' for the calendar quarter beginning on (or containing) `first_day`."""
    return f"{first_day.year} Q{(first_day.month - 1) // 3 + 1}"


def mean_level(total: int, count: int) -> float | None:
    """The average of `count` need levels summing to `total`, to 2 decimals; None if none."""
    if count < 0 or total < 0:
        raise ValueError("counts and levels are not negative")
    return round(total / count, 2) if count else None
