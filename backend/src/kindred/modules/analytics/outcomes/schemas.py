"""Placement outcomes as the API returns them: stability and distance from home."""

from datetime import date

from pydantic import BaseModel, Field

from kindred.modules.analytics.shared.schemas import CohortFilters


class StabilityParams(CohortFilters):
    years: int = Field(default=5, ge=1, le=20, description="Calendar years, ending this year.")


class MoveRateRead(BaseModel):
    child_years: int | None = Field(description="Children in care in the year, summed by year.")
    moves: int | None = Field(description="Episodes that ended with a change of placement.")
    moves_per_child: float | None = Field(description="Moves per child per year, 2 decimals.")
    suppressed: bool


class YearStabilityRead(MoveRateRead):
    year: int


class ScoreBandStabilityRead(MoveRateRead):
    score_band: str | None = Field(description="Latest approved score band; empty: not assessed.")


class MoveReasonRead(BaseModel):
    reason: str = Field(description="SSDA903 REASON_PLACE_CHANGE code.")
    label: str
    moves: int | None
    suppressed: bool


class StabilityRead(BaseModel):
    as_of: date
    first_year: int
    last_year: int
    by_year: list[YearStabilityRead]
    by_score_band: list[ScoreBandStabilityRead] = Field(description="Not assessed first.")
    by_reason: list[MoveReasonRead] = Field(description="Most frequent first.")
    suppression_threshold: int


class DistanceFromHomeRowRead(BaseModel):
    placement_type: str | None = Field(description="SSDA903 code; empty for all types together.")
    placement_label: str
    children: int | None = Field(description="Children in a current placement of this type.")
    over_20_miles: int | None
    within_20_miles: int | None
    distance_unknown: int | None = Field(description="Home or placement postcode not placed.")
    share_over_20_miles: float | None = Field(
        description="Over 20 miles / placements with a known distance (0–1, 3 decimals)."
    )
    suppressed: bool


class DistanceFromHomeRead(BaseModel):
    as_of: date
    overall: DistanceFromHomeRowRead
    by_placement_type: list[DistanceFromHomeRowRead] = Field(description="In code order.")
    suppression_threshold: int
