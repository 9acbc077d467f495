"""A child's record as the API reads and writes it."""

import re
import uuid
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, Field, StringConstraints, model_validator

from kindred.core.partial_update import refuse_emptied
from kindred.core.text import Line40, Line60, Line100
from kindred.domain.care_status import CareStatus
from kindred.domain.ssda903 import ETHNICITY, LEGAL_STATUS, PLACEMENT_TYPE

_UPN = re.compile(r"^[A-Z]\d{11}[0-9A-Z]$")

Name = Line100
LocalChildId = Line40


def _code_in(codes: Mapping[str, str], what: str) -> AfterValidator:
    def check(value: str | None) -> str | None:
        if value is not None and value not in codes:
            raise ValueError(f"not an SSDA903 {what} code")
        return value

    return AfterValidator(check)


def _upn(value: str | None) -> str | None:
    if value is not None and not _UPN.match(value):
        raise ValueError("a UPN is a letter, 11 digits and a digit or letter (13 characters)")
    return value


Ethnicity = Annotated[str | None, _code_in(ETHNICITY, "ethnicity")]
LegalStatus = Annotated[str | None, _code_in(LEGAL_STATUS, "legal status")]
PlacementType = Annotated[str | None, _code_in(PLACEMENT_TYPE, "placement type")]
Upn = Annotated[
    str | None, StringConstraints(strip_whitespace=True, to_upper=True), AfterValidator(_upn)
]


class Sex(StrEnum):
    """SSDA903 sex codes."""

    male = "1"
    female = "2"


class Trend(StrEnum):
    up = "up"
    down = "down"
    same = "same"


DATE_OF_BIRTH = (
    "Date of birth (YYYY-MM-DD): not in the future, and a child in care is under 26 "
    "(otherwise 422 naming `body.date_of_birth`)."
)


class ChildFields(BaseModel):
    given_name: Name
    family_name: Name
    preferred_name: Line100 | None = None
    date_of_birth: date = Field(description=DATE_OF_BIRTH)
    sex: Sex = Field(description="SSDA903 code: 1 male, 2 female.")
    gender: Line60 | None = Field(
        default=None, description="Gender in the child's own words, when it differs from sex."
    )
    ethnicity: Ethnicity = Field(default=None, description="SSDA903 ethnicity code, e.g. WBRI.")
    local_child_id: LocalChildId = Field(
        description="The council's own id for the child (unique in the council)."
    )
    upn: Upn = Field(default=None, description="Unique pupil number, 13 characters.")
    care_status: CareStatus
    legal_status: LegalStatus = Field(default=None, description="SSDA903 legal status, e.g. C2.")
    placement_type: PlacementType = Field(
        default=None, description="SSDA903 code of the current placement, e.g. U4."
    )
    team_id: uuid.UUID = Field(description="The team the child's case sits with.")
    allocated_worker_id: uuid.UUID | None = Field(
        default=None, description="The practitioner the child is allocated to."
    )
    home_postcode: str | None = Field(
        default=None, max_length=10, description="Full UK postcode of the child's home area."
    )
    restricted: bool = Field(
        default=False, description="Only named people may see a restricted child's record."
    )


class ChildCreate(ChildFields):
    pass


class ChildUpdate(BaseModel):
    """Only the fields sent are changed. `version` must be the version you read."""

    version: int = Field(ge=1, description="The version this change is based on.")
    given_name: Name | None = None
    family_name: Name | None = None
    preferred_name: Line100 | None = None
    date_of_birth: date | None = Field(default=None, description=DATE_OF_BIRTH)
    sex: Sex | None = None
    gender: Line60 | None = None
    ethnicity: Ethnicity = None
    local_child_id: LocalChildId | None = None
    upn: Upn = None
    care_status: CareStatus | None = None
    legal_status: LegalStatus = None
    placement_type: PlacementType = None
    team_id: uuid.UUID | None = None
    allocated_worker_id: uuid.UUID | None = None
    home_postcode: str | None = Field(default=None, max_length=10)
    restricted: bool | None = None

    @model_validator(mode="after")
    def _required_fields_stay_filled(self) -> "ChildUpdate":
        refuse_emptied(self, _REQUIRED_ON_CREATE)
        return self


_REQUIRED_ON_CREATE = frozenset(
    name for name, field in ChildCreate.model_fields.items() if field.is_required()
) | {"restricted"}


class PersonRef(BaseModel):
    id: uuid.UUID
    display_name: str


class TeamRef(BaseModel):
    id: uuid.UUID
    name: str


class ChildListItem(BaseModel):
    """One row of a caseload."""

    id: uuid.UUID
    given_name: str
    family_name: str
    preferred_name: str | None
    date_of_birth: date
    age: int = Field(description="Age in whole years today.")
    local_child_id: str
    care_status: CareStatus
    placement_type: str | None
    team: TeamRef
    allocated_worker: PersonRef | None
    restricted: bool
    latest_score: Decimal | None = Field(description="Weighted needs score 0–100, latest approved.")
    trend: Trend | None = Field(description="Score since the approval before the latest.")
    latest_actionable: int | None = Field(description="Domains at level 2 or more.")
    last_assessed_on: date | None


class ChildRead(ChildListItem):
    sex: Sex
    home_postcode: str | None
    gender: str | None
    ethnicity: str | None
    upn: str | None
    legal_status: str | None
    previous_score: Decimal | None
    latest_assessment_id: uuid.UUID | None
    version: int
    created_at: datetime
    updated_at: datetime


ChildSort = Literal[
    "family_name",
    "-family_name",
    "date_of_birth",
    "-date_of_birth",
    "latest_score",
    "-latest_score",
    "last_assessed_on",
    "-last_assessed_on",
    "created_at",
    "-created_at",
]


class ChildFilters(BaseModel):
    """Caseload filters; all optional and combined with AND."""

    team_id: uuid.UUID | None = None
    worker_id: uuid.UUID | None = None
    care_status: CareStatus | None = None
    placement_type: str | None = None
    score_min: float | None = Field(default=None, ge=0, le=100)
    score_max: float | None = Field(default=None, ge=0, le=100)
    not_assessed_in_months: int | None = Field(
        default=None, ge=1, le=120, description="Only children not assessed for this many months."
    )
    q: str | None = Field(default=None, max_length=100)
    sort: ChildSort = "family_name"
