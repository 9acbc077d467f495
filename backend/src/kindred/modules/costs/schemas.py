"""Cost records and the cost of a period, as the API reads and writes them; money is pence."""

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field, field_validator, model_validator

from kindred.core.partial_update import refuse_emptied
from kindred.core.text import Line200
from kindred.domain.costs import CostKind, Frequency, Funder
from kindred.domain.ssda903 import PLACEMENT_TYPE

MAX_AMOUNT_PENCE = 100_000_000  # £1m: no weekly fee or one-off package comes near it


def record_problems(
    kind: CostKind, frequency: Frequency, start: date, end: date | None
) -> list[tuple[str, str]]:
    """(field, message) for each rule a cost record breaks."""
    problems: list[tuple[str, str]] = []
    if end is not None and end < start:
        problems.append(("end_date", "end_date cannot be before start_date"))
    if frequency is Frequency.one_off and end is not None:
        problems.append(("end_date", "a one-off amount falls on its start_date and has no end"))
    if kind is CostKind.placement and frequency is not Frequency.weekly:
        problems.append(("frequency", "a placement's cost is a weekly fee"))
    return problems


class CostRecordCreate(BaseModel):
    kind: CostKind = Field(
        description="placement (the placement's weekly fee) or a support package: therapy, "
        "education_support, transport, other."
    )
    description: Line200 | None = Field(default=None, description="What the package is.")
    frequency: Frequency = Field(
        default=Frequency.weekly, description="weekly, or one_off (charged on start_date)."
    )
    amount_pence: int = Field(ge=0, le=MAX_AMOUNT_PENCE, description="Whole pence.")
    funder: Funder = Field(default=Funder.social_care)
    start_date: date
    end_date: date | None = Field(
        default=None, description="Last day charged (inclusive); empty while it runs."
    )
    placement_id: uuid.UUID | None = Field(
        default=None, description="The placement episode this cost belongs to, if any."
    )

    @model_validator(mode="after")
    def _consistent(self) -> "CostRecordCreate":
        problems = record_problems(self.kind, self.frequency, self.start_date, self.end_date)
        if problems:
            raise ValueError("; ".join(message for _, message in problems))
        return self


class CostRecordUpdate(BaseModel):
    """Only the fields sent change (to end a fee: send `end_date`); `version` as read."""

    version: int = Field(ge=1)
    description: Line200 | None = None
    amount_pence: int | None = Field(default=None, ge=0, le=MAX_AMOUNT_PENCE)
    funder: Funder | None = None
    start_date: date | None = None
    end_date: date | None = None

    @model_validator(mode="after")
    def _required_fields_stay_filled(self) -> "CostRecordUpdate":
        refuse_emptied(self, frozenset({"amount_pence", "funder", "start_date"}))
        return self


class CostRecordRead(BaseModel):
    id: uuid.UUID
    child_id: uuid.UUID
    placement_id: uuid.UUID | None
    kind: CostKind
    description: str
    frequency: Frequency
    amount_pence: int
    funder: Funder
    start_date: date
    end_date: date | None
    version: int
    created_at: datetime
    updated_at: datetime


class ByFunder(BaseModel):
    social_care: int
    health: int
    education: int


class ByKind(BaseModel):
    placement: int
    therapy: int
    education_support: int
    transport: int
    other: int


class PeriodCostRead(BaseModel):
    """The cost of a period, computed day by day (weekly amount / 7 a day, exactly; rounded
    once, half up, to whole pence)."""

    child_id: uuid.UUID
    from_date: date = Field(serialization_alias="from", description="First day (inclusive).")
    to_date: date = Field(serialization_alias="to", description="Last day (inclusive).")
    days: int
    total_pence: int
    by_funder: ByFunder = Field(description="Each rounded from its own exact sum.")
    by_kind: ByKind
    current_weekly_pence: int = Field(description="Weekly amounts running today, summed.")
    records: int = Field(description="How many cost records the child has.")


AssumedCostBasis = Literal["council", "default"]
"""Where an assumed weekly cost comes from: set by the council's admin, or the indicative one."""


class WeeklyCostAssumption(BaseModel):
    placement_type: str = Field(max_length=2, description="SSDA903 placement type, e.g. K2.")
    weekly_cost_pence: int = Field(ge=0, le=MAX_AMOUNT_PENCE, description="Average weekly cost.")

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
    basis: AssumedCostBasis = Field(description="council: set by an admin; default: indicative.")


class WeeklyCostsRead(BaseModel):
    costs: list[WeeklyCostRead] = Field(description="Every type with a cost, in code order.")
