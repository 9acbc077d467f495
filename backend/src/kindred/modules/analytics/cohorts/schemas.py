"""Cohort comparisons and needs over time as the API returns them."""

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, Field

from kindred.modules.analytics.shared.schemas import CohortFilters, ScoreDistributionRead


class CohortGrouping(StrEnum):
    team = "team"
    sex = "sex"
    age_band = "age_band"
    ethnicity = "ethnicity"
    placement_type = "placement_type"


class CohortComparisonParams(CohortFilters):
    group_by: CohortGrouping = Field(
        default=CohortGrouping.team, description="The characteristic to compare groups by."
    )


class CohortGroupRead(BaseModel):
    key: str | None = Field(description="Team id, SSDA903 code or age band; empty: not recorded.")
    label: str = Field(description="Team name, the code's meaning, or the age band.")
    distribution: ScoreDistributionRead


class CohortComparisonRead(BaseModel):
    as_of: date
    group_by: CohortGrouping
    overall: ScoreDistributionRead
    groups: list[CohortGroupRead] = Field(description="Sorted by label; empty groups left out.")
    suppression_threshold: int


class DomainLevelRead(BaseModel):
    domain_key: str
    domain_name: str
    children: int | None = Field(description="Children with a level in this domain.")
    mean_level: float | None = Field(description="Average need level 0–4, 2 decimals.")
    suppressed: bool


class QuarterNeedsRead(BaseModel):
    quarter: str = Field(description="Calendar quarter, e.g. '2025 Q3'.")
    starts_on: date
    children: int | None = Field(description="Children with an approved assessment in it.")
    suppressed: bool
    domains: list[DomainLevelRead] = Field(description="In the current framework's order.")


class NeedsOverTimeRead(BaseModel):
    as_of: date
    framework_version: str
    quarters: list[QuarterNeedsRead] = Field(description="Oldest first; empty ones left out.")
    suppression_threshold: int
