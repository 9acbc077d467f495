"""Fostering households as the API reads and writes them; money is in pence."""

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints, model_validator

from kindred.core.partial_update import refuse_emptied
from kindred.core.text import Line40, Line60, Line120, Line200, MultiLine
from kindred.models.household import APPROVAL_TYPES
from kindred.models.household import HouseholdStatus as HouseholdStatus

ApprovalType = Literal[
    "emergency", "short_term", "long_term", "respite", "parent_and_child", "siblings", "kinship"
]
assert set(ApprovalType.__args__) == set(APPROVAL_TYPES)  # type: ignore[attr-defined]

Text200 = Line200
Reference = Line40
HouseholdName = Line120
Language = Line40
Level = Annotated[int, Field(ge=0, le=4)]


class ApprovalTerms(BaseModel):
    age_min: int = Field(ge=0, le=25, description="Youngest age the household is approved for.")
    age_max: int = Field(ge=0, le=25, description="Oldest age the household is approved for.")
    places: int = Field(ge=1, le=6, description="Children approved for (usually at most 3).")
    approved_types: list[ApprovalType] = Field(
        min_length=1, max_length=7, description="Placement types the household is approved for."
    )

    @model_validator(mode="after")
    def _ages_in_order(self) -> "ApprovalTerms":
        if self.age_min > self.age_max:
            raise ValueError("age_min must not be more than age_max")
        return self


class HouseholdFields(BaseModel):
    reference: Reference = Field(
        description="The council's reference for the household (unique in the council)."
    )
    name: HouseholdName
    agency_id: uuid.UUID | None = Field(
        default=None, description="The partner agency the household belongs to; empty: in-house."
    )
    status: HouseholdStatus = HouseholdStatus.active
    terms: ApprovalTerms
    vacancies: int = Field(ge=0, le=6, description="Places free now.")
    postcode: str | None = Field(default=None, max_length=10, description="Full UK postcode.")
    languages: list[Language] = Field(default_factory=list, max_length=10)
    faith: Line60 | None = None
    other_children: int = Field(default=0, ge=0, le=12, description="Children already at home.")
    weekly_fee_pence: int = Field(ge=0, le=10_000_000, description="Weekly fee in pence.")
    notes: MultiLine = Field(default="", max_length=5000)


class HouseholdCreate(HouseholdFields):
    capacity: dict[str, Level] | None = Field(
        default=None, description="Initial capacity per domain key (all domains, 0–4)."
    )


class HouseholdUpdate(BaseModel):
    version: int = Field(ge=1)
    name: HouseholdName | None = None
    status: HouseholdStatus | None = None
    terms: ApprovalTerms | None = None
    vacancies: int | None = Field(default=None, ge=0, le=6)
    postcode: str | None = Field(default=None, max_length=10)
    languages: list[Language] | None = Field(default=None, max_length=10)
    faith: Line60 | None = None
    other_children: int | None = Field(default=None, ge=0, le=12)
    weekly_fee_pence: int | None = Field(default=None, ge=0, le=10_000_000)
    notes: MultiLine | None = Field(default=None, max_length=5000)

    @model_validator(mode="after")
    def _required_fields_stay_filled(self) -> "HouseholdUpdate":
        refuse_emptied(
            self, frozenset({"name", "status", "terms", "vacancies", "weekly_fee_pence", "notes"})
        )
        return self


class CapacityCreate(BaseModel):
    effective_from: date
    levels: dict[str, Level] = Field(description="Capacity 0–4 for every domain key.")
    evidence: dict[str, Annotated[MultiLine, StringConstraints(max_length=5000)]] = Field(
        default_factory=dict, description="Why, per domain key (optional)."
    )


class TrainingCreate(BaseModel):
    title: Text200
    domain_key: Line60 | None = None
    completed_on: date
    provider: Line120 | None = None


class AgencyRef(BaseModel):
    id: uuid.UUID
    name: str


class CapacityRead(BaseModel):
    id: uuid.UUID
    framework_version: str
    effective_from: date
    levels: dict[str, int]
    evidence: dict[str, str]
    recorded_at: datetime


class TrainingRead(BaseModel):
    id: uuid.UUID
    title: str
    domain_key: str | None
    completed_on: date
    provider: str | None


class HouseholdListItem(BaseModel):
    id: uuid.UUID
    reference: str
    name: str
    agency: AgencyRef | None
    in_house: bool
    status: HouseholdStatus
    terms: ApprovalTerms
    vacancies: int
    postcode: str | None
    weekly_fee_pence: int
    capacity: dict[str, int] | None = Field(description="Current capacity per domain, if any.")
    capacity_from: date | None


class HouseholdRead(HouseholdListItem):
    languages: list[str]
    faith: str | None
    other_children: int
    notes: str
    capacity_history: list[CapacityRead] = Field(description="Newest first.")
    training: list[TrainingRead] = Field(description="Newest first.")
    version: int
    created_at: datetime
    updated_at: datetime
