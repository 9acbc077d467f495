"""Matches of one child to fostering households, explained domain by domain."""

import uuid
from datetime import date

from pydantic import BaseModel, Field

from kindred.core.text import Line200
from kindred.domain.matching import ExclusionReason, PlacementType, Verdict

RANKING_RULE = (
    "Households are ranked by: fewest unmet domains (gap of 2 or more), then fewest domains "
    "needing training or support (gap of 1), then highest fit, then nearest (straight line; "
    "unknown distance last), then lowest weekly fee, then household id. Fit is the weighted "
    "share of the child's need the household can meet: 100 × (1 − Σ w·gap / Σ w·need)."
)


class MatchParams(BaseModel):
    placement_type: PlacementType = Field(
        default=PlacementType.LONG_TERM, description="The kind of placement sought."
    )
    max_distance_km: float | None = Field(
        default=None, gt=0, le=1500, description="Leave out households farther than this."
    )
    siblings: int = Field(
        default=1, ge=1, le=6, description="Children to place together (needs that many places)."
    )
    in_house_only: bool = Field(default=False, description="Only the council's own households.")
    include_excluded: bool = Field(
        default=False, description="Also list households a hard filter left out, with reasons."
    )
    limit: int = Field(default=20, ge=1, le=100, description="Most households to list.")


class HouseholdSummary(BaseModel):
    id: uuid.UUID
    reference: str
    name: str
    postcode: str | None
    in_house: bool
    agency_name: str | None


class DomainMatch(BaseModel):
    domain_key: str
    need: int
    capacity: int
    gap: int
    verdict: Verdict = Field(description="met; support (gap 1: training or support); unmet.")


class HouseholdMatchRead(BaseModel):
    household: HouseholdSummary
    fit: float = Field(description="0–100; 100 when every need is met.")
    unmet_count: int
    support_count: int
    distance_km: float | None
    distance_miles: float | None
    weekly_fee_pence: int
    domains: list[DomainMatch]


class ExcludedHouseholdRead(BaseModel):
    household: HouseholdSummary
    reasons: list[ExclusionReason]
    distance_km: float | None


class MatchesRead(BaseModel):
    child_id: uuid.UUID
    assessment_id: uuid.UUID
    assessed_on: date | None
    framework_version: str
    needs: dict[str, int] = Field(description="The approved need level per domain matched on.")
    location_known: bool = Field(description="False: the child has no home postcode.")
    ranking: str = Field(description="How the list is ordered.")
    total_eligible: int
    total_excluded: int
    matches: list[HouseholdMatchRead]
    excluded: list[ExcludedHouseholdRead]


class ExclusionCreate(BaseModel):
    household_id: uuid.UUID
    reason: Line200 = Field(description="Why this household must not be proposed.")


class ExclusionRead(BaseModel):
    household_id: uuid.UUID
    household_name: str
    reason: str
