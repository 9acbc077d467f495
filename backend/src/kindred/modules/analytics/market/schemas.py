"""The market seen in the needs language: training gaps, step-down and sufficiency."""

import uuid

from pydantic import BaseModel, Field

from kindred.domain.matching import PlacementType
from kindred.domain.placement_costs import CostBasis
from kindred.modules.matching.schemas import HouseholdSummary

SUPPRESSION_RULE = (
    "For callers who may not see named children (commissioners), a count of 1 to 4 children is "
    "withheld to avoid identifying them: it is null, with `suppressed: true` on the object that "
    "holds it, and so are figures derived from it. Where counts add up to another (parts and "
    "their total, or considered = blocked + proposed), others are withheld too, so no withheld "
    "count can be worked out by adding or subtracting shown ones."
)


class AnalyticsParams(BaseModel):
    placement_type: PlacementType = Field(
        default=PlacementType.LONG_TERM,
        description="The approval a household needs to be counted (hard filter, as in matching).",
    )


class TrainingGapHousehold(BaseModel):
    id: uuid.UUID
    reference: str
    name: str
    in_house: bool
    agency_name: str | None
    capacity: int = Field(description="The household's current capacity in this domain.")


class TrainingGapRead(BaseModel):
    domain_key: str
    domain_name: str
    children_gaining: int | None = Field(
        description="Children with no fully-meeting household now who would gain one."
    )
    suppressed: bool
    households: list[TrainingGapHousehold] = Field(
        description="The households whose training in this domain would do it, by name."
    )


class TrainingGapsRead(BaseModel):
    framework_version: str
    placement_type: PlacementType
    children_considered: int | None = Field(
        description="In-care children with an approved assessment."
    )
    suppressed: bool
    domains: list[TrainingGapRead] = Field(description="In framework order.")


class SufficiencyLevelRead(BaseModel):
    level: int = Field(description="1 to 4: the row counts needs at this level or above.")
    children: int | None = Field(
        description="Children needing at least this level; withheld (null) for callers without "
        "a child scope when 1 to 4, or 1 to 4 below the nearest shown count above it."
    )
    suppressed: bool
    households: int = Field(description="Households whose capacity is at least this level.")
    places: int = Field(description="Approved places in those households.")
    vacancies: int = Field(description="Vacancies in those households.")
    places_gap: int | None = Field(
        description="children − places: positive is a shortfall of places able to meet it."
    )


class SufficiencyDomainRead(BaseModel):
    domain_key: str
    domain_name: str
    levels: list[SufficiencyLevelRead]


class SufficiencyRead(BaseModel):
    framework_version: str
    children_considered: int | None = Field(
        description="In-care children with an approved assessment."
    )
    suppressed: bool
    households: int = Field(description="Active households with a capacity profile.")
    places: int
    vacancies: int
    domains: list[SufficiencyDomainRead] = Field(description="In framework order.")


class StepDownHousehold(BaseModel):
    household: HouseholdSummary
    weekly_fee_pence: int
    distance_km: float | None
    annual_saving_pence: int = Field(
        description="(current weekly cost − this household's weekly fee) × 52."
    )


class StepDownChild(BaseModel):
    child_id: uuid.UUID
    name: str
    local_child_id: str
    age: int
    placement_type: str = Field(description="The current SSDA903 placement type.")
    current_weekly_cost_pence: int
    cost_basis: CostBasis
    annual_saving_pence: int = Field(description="With the first household listed.")
    households_meeting_all: int = Field(
        description="Households with a vacancy that meet every need and pass the hard filters."
    )
    households: list[StepDownHousehold] = Field(description="The best up to 3, best first.")


class StepDownByType(BaseModel):
    placement_type: str = Field(description="SSDA903 code: K1, K2, R1 or H5.")
    placement_label: str
    indicative_weekly_cost_pence: int
    children_considered: int | None
    children_blocked: int | None = Field(description="With a domain at level 4.")
    children_proposed: int | None
    annual_saving_pence: int | None
    suppressed: bool


class StepDownRead(BaseModel):
    framework_version: str
    placement_type: PlacementType = Field(description="The approval sought for the move.")
    children_considered: int | None = Field(
        description="In-care children in a residential placement with an approved assessment."
    )
    children_blocked: int | None = Field(description="Never proposed: a domain at level 4.")
    children_proposed: int | None
    total_annual_saving_pence: int | None = Field(
        description="Sum over proposed children of the saving with their first household."
    )
    suppressed: bool
    by_placement_type: list[StepDownByType]
    children: list[StepDownChild] = Field(
        description="Proposed children the caller may see by name, biggest saving first; "
        "empty for callers who may see no named child."
    )
    children_not_listed: int | None = Field(
        description="Proposed children not listed because the caller may not see them."
    )
