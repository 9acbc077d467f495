"""What value analytics share on the wire: the cohort filters, and a suppressible distribution."""

import uuid
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


class ScoreDistributionRead(BaseModel):
    count: int | None = Field(description="Children in the group; empty when suppressed.")
    mean: float | None
    median: float | None
    lower_quartile: float | None = Field(description="25th percentile (linear interpolation).")
    upper_quartile: float | None = Field(description="75th percentile (linear interpolation).")
    minimum: float | None
    maximum: float | None
    suppressed: bool = Field(description="1–4 children (or needed to protect one): withheld.")
