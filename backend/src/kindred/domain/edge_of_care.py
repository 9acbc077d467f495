"""Edge of care: what delaying a child's entry to care by one month is worth.

Each child not (yet) in care is costed at the council's average weekly cost of the placement
type they would likely need, and one month is 52 / 12 weeks. The likely type follows the
step-down rule: a child with a need at level 4 in any domain is never proposed to a family, so
would likely need a children's home (K2); any other child foster care (U4). Money is integer
pence, rounded half up once per total.
"""

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from types import MappingProxyType

from kindred.domain.placement_costs import INDICATIVE_WEEKLY_COST_PENCE, WEEKS_PER_YEAR

WEEKS_PER_MONTH = Fraction(WEEKS_PER_YEAR, 12)

FAMILY_PLACEMENT = "U4"
RESIDENTIAL_PLACEMENT = "K2"

DEFAULT_WEEKLY_COST_PENCE: Mapping[str, int] = MappingProxyType(
    {
        **dict.fromkeys(("U1", "U2", "U3", "U4", "U5", "U6"), 50_000),
        **INDICATIVE_WEEKLY_COST_PENCE,
    }
)
"""Indicative weekly costs (DOMAIN.md): fostering £500 (in-house £400-£600), residential as in
`placement_costs`. A council replaces any of them with its own average."""


def likely_placement_type(highest_level: int) -> str:
    """The placement type a child would likely need, from their highest need level (0-4)."""
    if not 0 <= highest_level <= 4:
        raise ValueError("a need level is between 0 and 4")
    return RESIDENTIAL_PLACEMENT if highest_level == 4 else FAMILY_PLACEMENT


def one_month_pence(weekly_pence: int) -> int:
    """A weekly amount over one month (52 / 12 weeks), in whole pence, half up."""
    if weekly_pence < 0:
        raise ValueError("a weekly cost must not be negative")
    return math.floor(weekly_pence * WEEKS_PER_MONTH + Fraction(1, 2))


@dataclass(frozen=True, slots=True)
class DelayCost:
    placement_type: str
    children: int
    weekly_cost_pence: int
    """The council's average weekly cost of this placement type."""
    one_month_pence: int
    """What the cohort would cost in this type over one month: avoided by a month's delay."""


def delay_costs(
    likely_types: Sequence[str], weekly_cost_pence: Mapping[str, int]
) -> list[DelayCost]:
    """Per likely placement type (in code order): children and one month's cost avoided."""
    counts: dict[str, int] = {}
    for code in likely_types:
        counts[code] = counts.get(code, 0) + 1
    return [
        DelayCost(
            placement_type=code,
            children=count,
            weekly_cost_pence=weekly_cost_pence[code],
            one_month_pence=one_month_pence(count * weekly_cost_pence[code]),
        )
        for code, count in sorted(counts.items())
    ]
