"""Goals in a child's plan as the API reads and writes them."""

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, Field, StringConstraints, field_validator

from kindred.core.text import Line200, refuse_nul
from kindred.models.goal import GoalStatus
from kindred.modules.children.schemas import PersonRef

Title = Line200
Note = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=5000),
    AfterValidator(refuse_nul),
]


class GoalCreate(BaseModel):
    domain_key: Annotated[str, StringConstraints(min_length=1, max_length=48)] = Field(
        description="A domain of the current needs framework, e.g. `learning_and_education`."
    )
    title: Title
    target_date: date | None = None
    status: GoalStatus = GoalStatus.not_started


class GoalUpdate(BaseModel):
    """Only the fields sent change; send `target_date: null` to clear it."""

    version: int = Field(ge=1, description="The version you read.")
    title: Title | None = None
    target_date: date | None = None
    status: GoalStatus | None = None

    @field_validator("title", "status", mode="before")
    @classmethod
    def _not_emptied(cls, value: object) -> object:
        if value is None:
            raise ValueError("cannot be emptied; leave it out to keep it")
        return value


class ProgressCreate(BaseModel):
    noted_on: date = Field(description="When the progress happened; not in the future.")
    note: Note


class ProgressRead(BaseModel):
    id: uuid.UUID
    noted_on: date
    note: str
    author: PersonRef
    created_at: datetime


class GoalRead(BaseModel):
    id: uuid.UUID
    child_id: uuid.UUID
    domain_key: str
    domain_name: str = Field(description="The domain's name in the current framework.")
    title: str
    target_date: date | None
    status: GoalStatus
    created_by: PersonRef
    created_at: datetime
    updated_at: datetime
    version: int
    progress: list[ProgressRead] = Field(description="Newest first.")
