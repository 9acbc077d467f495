"""A child's needs over time: one point per approved assessment."""

import uuid
from datetime import date, datetime
from decimal import Decimal

from pydantic import BaseModel, Field


class DomainLabel(BaseModel):
    key: str
    name: str


class NeedsPoint(BaseModel):
    """One approved assessment."""

    assessment_id: uuid.UUID
    assessed_on: date
    approved_at: datetime
    framework_version: str
    levels: dict[str, int] = Field(description="Domain key → need level 0–4.")
    score: Decimal = Field(description="Weighted needs score 0–100 as approved.")
    actionable_count: int
    highest_level: int
    highest_domains: list[str]
    change: dict[str, int] | None = Field(
        description="Domain key → level change since the previous point (positive: more need); "
        "null for the first point."
    )


class NeedsHistory(BaseModel):
    child_id: uuid.UUID
    domains: list[DomainLabel] = Field(
        description="The current framework's domains, in wheel order, for legends."
    )
    points: list[NeedsPoint] = Field(description="Oldest first.")
