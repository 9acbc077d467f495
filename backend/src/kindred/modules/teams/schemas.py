"""Council teams: create, rename, and the list with member counts."""

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from kindred.core.text import refuse_control_characters

TeamName = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=120),
    AfterValidator(refuse_control_characters),
]


class TeamFilters(BaseModel):
    """Query parameters of the team list."""

    q: Annotated[str, AfterValidator(refuse_control_characters)] | None = Field(
        default=None, max_length=100, description="Part of the name, any case."
    )


class TeamCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: TeamName = Field(description="1–120 characters, unique in your council (any case).")


class TeamUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: TeamName | None = Field(default=None, description="A new name, unique in the council.")


class TeamRead(BaseModel):
    id: uuid.UUID
    name: str
    member_count: int = Field(description="Accounts in the team that are not ended.")
    created_at: datetime
    updated_at: datetime
