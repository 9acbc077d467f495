"""A child and households over four domains, as the matching tests build them, and a ranking of
them: everyone listed, the excluded too, unless the query says otherwise."""

from __future__ import annotations

from kindred.domain.matching import (
    ChildNeeds,
    ExclusionReason,
    Household,
    HouseholdMatrix,
    MatchQuery,
    MatchResult,
    PlacementType,
    rank_households,
)

DOMAINS = 4
ALL_TYPES = frozenset(PlacementType)
EVERYONE = MatchQuery(limit=1_000, include_excluded=True)
R = ExclusionReason


def household(household_id: str = "H1", **overrides: object) -> Household:
    fields: dict[str, object] = {
        "household_id": household_id,
        "capacity": (4,) * DOMAINS,
        "age_min": 0,
        "age_max": 18,
        "approved_types": ALL_TYPES,
        "vacancies": 1,
        "in_house": True,
        "weekly_fee_pence": 50_000,
        "easting": None,
        "northing": None,
    }
    fields.update(overrides)
    return Household(**fields)  # type: ignore[arg-type]


def child(**overrides: object) -> ChildNeeds:
    fields: dict[str, object] = {
        "child_id": "C1",
        "age_years": 9,
        "levels": (2,) * DOMAINS,
        "placement_type": PlacementType.LONG_TERM,
    }
    fields.update(overrides)
    return ChildNeeds(**fields)  # type: ignore[arg-type]


def rank(kid: ChildNeeds, households: list[Household], query: MatchQuery = EVERYONE) -> MatchResult:
    return rank_households(kid, HouseholdMatrix.build(households, domain_count=DOMAINS), query)
