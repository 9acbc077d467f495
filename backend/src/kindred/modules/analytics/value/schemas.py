"""The value summary and edge of care as the API returns them; money in pence."""

from datetime import date

from pydantic import BaseModel, Field

from kindred.modules.analytics.shared.schemas import ScoreDistributionRead
from kindred.modules.costs.schemas import AssumedCostBasis


class DelayCostRead(BaseModel):
    placement_type: str = Field(description="The type these children would likely need.")
    placement_label: str
    children: int | None
    weekly_cost_pence: int
    basis: AssumedCostBasis
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
