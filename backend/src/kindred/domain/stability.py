"""Placement stability: moves per child per year, their reasons, and how they vary with need.

A move is an episode that ended with a change of placement (SSDA903 `REASON_PLACE_CHANGE` is
given). A child counts in a year when any of their episodes runs on a day of it; a child who is
in care in three years counts three times (child-years), so rates compare across years.
"""

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

Band = int | None
"""A score band index (`cohorts.SCORE_BANDS`), or None for a child with no approved score."""


@dataclass(frozen=True, slots=True)
class MoveRate:
    child_years: int
    moves: int
    moves_per_child: float | None
    """Moves per child per year, to 2 decimals; None when no child was in care."""


@dataclass(frozen=True, slots=True)
class StabilitySummary:
    by_year: dict[int, MoveRate]
    by_band: dict[Band, MoveRate]
    by_reason: dict[str, int]
    """Moves per reason code, most frequent first."""


def move_rate(child_years: int, moves: int) -> MoveRate:
    if child_years < 0 or moves < 0:
        raise ValueError("counts are not negative")
    rate = round(moves / child_years, 2) if child_years else None
    return MoveRate(child_years, moves, rate)


def summarise_stability(
    child_years: Mapping[tuple[int, Band], int], moves: Mapping[tuple[int, Band, str], int]
) -> StabilitySummary:
    """Rates by year and by score band, and moves by reason, from counts keyed by
    (year, band) for children in care and (year, band, reason) for moves."""
    years: Counter[int] = Counter()
    bands: Counter[Band] = Counter()
    for (year, band), count in child_years.items():
        years[year] += count
        bands[band] += count
    moves_by_year: Counter[int] = Counter()
    moves_by_band: Counter[Band] = Counter()
    reasons: Counter[str] = Counter()
    for (year, band, reason), count in moves.items():
        moves_by_year[year] += count
        moves_by_band[band] += count
        reasons[reason] += count
    return StabilitySummary(
        by_year={y: move_rate(years[y], moves_by_year[y]) for y in sorted(years | moves_by_year)},
        by_band={
            b: move_rate(bands[b], moves_by_band[b])
            for b in sorted(bands | moves_by_band, key=lambda b: -1 if b is None else b)
        },
        by_reason=dict(sorted(reasons.items(), key=lambda item: (-item[1], item[0]))),
    )
