"""Need vs spend as the API returns it; money in pence."""

import uuid
from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from kindred.domain.analytics import AgeBand
from kindred.modules.children.schemas import Sex


class CohortFilters(BaseModel):
    """Which children a value analytic covers, and whether it is downloaded as CSV."""

    placement_type: str | None = Field(default=None, max_length=2, description="e.g. K2.")
    team_id: uuid.UUID | None = None
    age_band: AgeBand | None = Field(default=None, description="0-4, 5-9, 10-15 or 16+.")
    sex: Sex | None = Field(default=None, description="SSDA903 code: 1 male, 2 female.")
    format: Literal["json", "csv"] = Field(default="json", description="csv: a file download.")


class NeedVsSpendPoint(BaseModel):
    """One child: latest approved weighted needs score against current weekly cost."""

    child_id: uuid.UUID | None = Field(description="Empty for aggregate-only viewers.")
    child_name: str | None = Field(description="Empty for aggregate-only viewers.")
    score: float = Field(description="Weighted needs score 0–100, latest approved.")
    weekly_cost_pence: int = Field(description="Weekly amounts running today, summed.")
    placement_type: str | None


class NeedVsSpendRead(BaseModel):
    as_of: date
    named: bool = Field(description="Whether points carry child ids and names (managers).")
    suppressed: bool = Field(
        description="The cohort has 1–4 children: counts, points and statistics are withheld."
    )
    count: int | None = Field(description="Children in the cohort; empty when suppressed.")
    points: list[NeedVsSpendPoint] = Field(description="Sorted by score, then cost.")
    pearson: float | None = Field(description="Pearson's r of score and weekly cost.")
    spearman: float | None = Field(description="Spearman's rank correlation.")
    mean_score: float | None
    mean_weekly_cost_pence: int | None
    cost_per_need_point_pence: int | None = Field(
        description="Total weekly cost / total needs score: pence a week per point of need."
    )
    suppression_threshold: int = Field(description="Counts below this (and above 0) are hidden.")
