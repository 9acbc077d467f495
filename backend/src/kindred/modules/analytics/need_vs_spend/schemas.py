"""Need vs spend as the API returns it; money in pence."""

import uuid
from datetime import date

from pydantic import BaseModel, Field


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
