"""Statistics for value analytics: correlation of need with spend, cost per need point, bands.

Plain sequences in, plain numbers out. A correlation is None when it is undefined: fewer than
two points, or one of the two series does not vary.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

import numpy as np
from scipy.stats import rankdata

from kindred.domain.people import age_in_years

SUPPRESSION_THRESHOLD = 5
"""Counts from 1 to 4 are suppressed for aggregate-only viewers (re-identification risk)."""


class AgeBand(StrEnum):
    under_5 = "0-4"
    from_5_to_9 = "5-9"
    from_10_to_15 = "10-15"
    over_16 = "16+"


def age_band(date_of_birth: date, on: date) -> AgeBand:
    """The age band a child is in on `on`."""
    age = age_in_years(date_of_birth, on)
    if age < 5:
        return AgeBand.under_5
    if age < 10:
        return AgeBand.from_5_to_9
    if age < 16:
        return AgeBand.from_10_to_15
    return AgeBand.over_16


def suppressed(count: int) -> bool:
    """Whether a count is small enough (1–4) to risk identifying a child."""
    return 0 < count < SUPPRESSION_THRESHOLD


def _paired(x: Sequence[float], y: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
    if len(x) != len(y):
        raise ValueError("the two series must be the same length")
    return np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)


def pearson(x: Sequence[float], y: Sequence[float]) -> float | None:
    """Pearson's r in [-1, 1], or None when undefined (n < 2, or a constant series)."""
    xs, ys = _paired(x, y)
    if xs.size < 2:
        return None
    dx, dy = xs - xs.mean(), ys - ys.mean()
    # Scale each series first: products of large pence values stay well inside float range,
    # and a series that is constant up to rounding noise counts as constant.
    sx, sy = np.abs(dx).max(), np.abs(dy).max()
    if sx <= 1e-12 * max(1.0, np.abs(xs).max()) or sy <= 1e-12 * max(1.0, np.abs(ys).max()):
        return None
    dx, dy = dx / sx, dy / sy
    r = float(np.dot(dx, dy) / math.sqrt(float(np.dot(dx, dx)) * float(np.dot(dy, dy))))
    return max(-1.0, min(1.0, r))


def spearman(x: Sequence[float], y: Sequence[float]) -> float | None:
    """Spearman's rank correlation (Pearson's r of the average ranks), or None when undefined."""
    xs, ys = _paired(x, y)
    if xs.size < 2:
        return None
    return pearson(rankdata(xs).tolist(), rankdata(ys).tolist())


@dataclass(frozen=True, slots=True)
class NeedSpendSummary:
    count: int
    pearson: float | None
    spearman: float | None
    mean_score: float | None
    mean_weekly_cost_pence: int | None
    cost_per_need_point_pence: int | None
    """Weekly pence per point of weighted need: total weekly cost / total score."""


def cost_per_need_point(scores: Sequence[float], weekly_costs_pence: Sequence[int]) -> int | None:
    """Total weekly spend divided by total need (pence a week per score point), half up.

    A ratio of totals, not a mean of ratios, so a child scored 0 does not make it infinite.
    None when there is no need at all to divide by.
    """
    if len(scores) != len(weekly_costs_pence):
        raise ValueError("the two series must be the same length")
    total_score = math.fsum(scores)
    if total_score <= 0:
        return None
    return math.floor(sum(weekly_costs_pence) / total_score + 0.5)


def need_vs_spend(scores: Sequence[float], weekly_costs_pence: Sequence[int]) -> NeedSpendSummary:
    """Correlation of weighted needs score with weekly cost, and cost per need point."""
    count = len(scores)
    costs = [float(cost) for cost in weekly_costs_pence]
    return NeedSpendSummary(
        count=count,
        pearson=pearson(scores, costs),
        spearman=spearman(scores, costs),
        mean_score=round(math.fsum(scores) / count, 1) if count else None,
        mean_weekly_cost_pence=(
            math.floor(sum(weekly_costs_pence) / count + 0.5) if count else None
        ),
        cost_per_need_point_pence=cost_per_need_point(scores, weekly_costs_pence),
    )
