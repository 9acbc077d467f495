"""The value summary, edge of care and the council's weekly cost assumptions; money in pence."""

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field, field_validator

from kindred.domain.ssda903 import PLACEMENT_TYPE
from kindred.modules.value_analytics.cohort_schemas import ScoreDistributionRead

CostBasis = Literal["council", "default"]


class WeeklyCostAssumption(BaseModel):
    placement_type: str = Field(max_length=2, description="SSDA903 placement type, e.g. K2.")
    weekly_cost_pence: int = Field(ge=0, le=100_000_000, description="Average weekly cost.")

    @field_validator("placement_type")
    @classmethod
    def _known_type(cls, code: str) -> str:
        if code not in PLACEMENT_TYPE:
            raise ValueError("not an SSDA903 placement type")
        return code


class WeeklyCostsUpdate(BaseModel):
    costs: list[WeeklyCostAssumption] = Field(
        max_length=len(PLACEMENT_TYPE),
        description="The council's own averages; a type left out goes back to the default.",
    )

    @field_validator("costs")
    @classmethod
    def _each_type_once(cls, costs: list[WeeklyCostAssumption]) -> list[WeeklyCostAssumption]:
        if len({cost.placement_type for cost in costs}) != len(costs):
            raise ValueError("each placement type may be given once")
        return costs


class WeeklyCostRead(BaseModel):
    placement_type: str
    placement_label: str
    weekly_cost_pence: int
    basis: CostBasis = Field(description="council: set by an admin; default: indicative.")


class WeeklyCostsRead(BaseModel):
    costs: list[WeeklyCostRead] = Field(description="Every type with a cost, in code order.")


class DelayCostRead(BaseModel):
    placement_type: str = Field(description="The type these children would likely need.")
    placement_label: str
    children: int | None
    weekly_cost_pence: int
    basis: CostBasis
    one_month_pence: int | None = Field(description="children × weekly cost × 52 / 12.")
    suppressed: bool


class EdgeOfCareRead(BaseModel):
    as_of: date
    children: int | None = Field(description="Children on the edge of care in the cohort.")
    children_not_assessed: int | None = Field(description="No approved assessment: no estimate.")
    suppressed: bool
    scores: ScoreDistributionRead = Field(description="Latest approved weighted needs scores.")
    likely_placements: list[DelayCostRead] = Field(description="In placement type order.")
    one_month_delay_pence: int | None = Field(
        description="What one month's delay of the assessed cohort's entry to care avoids."
    )
    suppression_threshold: int


class ValueSummaryRead(BaseModel):
    as_of: date
    children_in_care: int | None
    children_assessed: int | None = Field(description="In care with an approved assessment.")
    children_with_weekly_cost: int | None = Field(description="In care with costs running today.")
    children_edge_of_care: int | None
    total_weekly_spend_pence: int | None = Field(description="Weekly amounts running today.")
    total_annual_spend_pence: int | None = Field(description="Weekly spend × 52.")
    mean_score: float | None = Field(description="Of the children in care assessed.")
    cost_per_need_point_pence: int | None = Field(
        description="As need vs spend: total weekly cost / total score, children with both."
    )
    step_down_children_proposed: int | None
    step_down_annual_saving_pence: int | None = Field(
        description="Market analytics' step-down savings summed (whole council, indicative)."
    )
    suppressed: bool = Field(description="Whether any figure is withheld.")
    suppression_threshold: int
