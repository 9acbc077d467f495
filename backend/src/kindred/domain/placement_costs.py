"""What a child's current placement costs a week, and what moving to a family would save a year.

A child's own placement fees (their cost records) are the `actual` cost. A residential child
with none recorded is costed from an **indicative** table per SSDA903 placement type (public
figures, 2021-2024; see DOMAIN.md), reported with the `indicative` basis: never mistaken for a
council's real spend.
Money is integer pence throughout.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

WEEKS_PER_YEAR = 52

INDICATIVE_WEEKLY_COST_PENCE: Mapping[str, int] = MappingProxyType(
    {
        "K1": 625_000,  # secure children's home: £6,250 a week
        "K2": 450_000,  # children's home: £4,500
        "R1": 420_000,  # residential care home: £4,200
        "H5": 120_000,  # semi-independent living: £1,200
    }
)
"""Indicative weekly cost of a residential placement by SSDA903 type, in pence.

Public averages, for estimating only: a council's own cost records replace them when present.
"""


class CostBasis(StrEnum):
    """Where a weekly cost comes from."""

    INDICATIVE = "indicative"
    """The indicative figure for the placement type, not the council's spend."""
    ACTUAL = "actual"
    """The child's own current placement cost."""


@dataclass(frozen=True, slots=True)
class WeeklyCost:
    pence: int
    basis: CostBasis


def current_weekly_cost(
    placement_type: str | None, actual_pence: int | None = None
) -> WeeklyCost | None:
    """The actual weekly cost when known, else the indicative one for the type, else None."""
    if actual_pence is not None:
        if actual_pence < 0:
            raise ValueError("a weekly cost must not be negative")
        return WeeklyCost(actual_pence, CostBasis.ACTUAL)
    indicative = INDICATIVE_WEEKLY_COST_PENCE.get(placement_type or "")
    return None if indicative is None else WeeklyCost(indicative, CostBasis.INDICATIVE)


def annual_saving_pence(current_weekly_pence: int, new_weekly_pence: int) -> int:
    """(current weekly cost - new weekly cost) x 52; negative when the new placement costs more."""
    return (current_weekly_pence - new_weekly_pence) * WEEKS_PER_YEAR
