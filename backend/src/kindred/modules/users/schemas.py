"""Accounts as an admin sees them: list filters, create, update and the account view."""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, SecretStr, StringConstraints

from kindred.core.text import refuse_control_characters
from kindred.models.user import Role, UserStatus

EmailAddress = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True,
        to_lower=True,
        min_length=3,
        max_length=254,
        pattern=r"^[^@\s\x00-\x1f\x7f]+@[^@\s\x00-\x1f\x7f]+\.[^@\s\x00-\x1f\x7f]+$",
    ),
]
DisplayName = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=120),
    AfterValidator(refuse_control_characters),
]
# Long enough for any passphrase; the password rules give the friendly limit (128).
NewPassword = Annotated[SecretStr, Field(min_length=1, max_length=1024)]
MAX_TEAMS = 50


class UserSort(StrEnum):
    """A column to sort by; a leading `-` sorts descending."""

    display_name = "display_name"
    display_name_desc = "-display_name"
    email = "email"
    email_desc = "-email"
    role = "role"
    role_desc = "-role"
    created_at = "created_at"
    created_at_desc = "-created_at"


class UserFilters(BaseModel):
    """Query parameters of the account list."""

    role: Role | None = Field(default=None, description="Only accounts with this role.")
    team_id: uuid.UUID | None = Field(default=None, description="Only members of this team.")
    status: UserStatus | None = Field(default=None, description="Only accounts in this status.")
    q: Annotated[str, AfterValidator(refuse_control_characters)] | None = Field(
        default=None,
        max_length=100,
        description="Search: part of the name or e-mail address, any case.",
    )
    sort: UserSort = Field(
        default=UserSort.display_name,
        description="Sort by `display_name`, `email`, `role` or `created_at`; prefix `-` for "
        "descending.",
    )


class UserCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: EmailAddress = Field(
        description="Sign-in address; stored lower-case, unique across the whole service."
    )
    display_name: DisplayName = Field(description="The person's name as others see it.")
    role: Role = Field(
        description="In a council any role but `agency_user`; in an agency `agency_user` or "
        "`admin`. Young people's accounts are made from the child's record, not here."
    )
    team_ids: list[uuid.UUID] = Field(
        default_factory=list,
        max_length=MAX_TEAMS,
        description="Teams of your council the person joins. Agencies have no teams.",
    )
    password: NewPassword = Field(
        description="Initial password: at least 12 characters, not common, not their name."
    )


class UserUpdate(BaseModel):
    """Only the fields sent change; `version` must be the one last read."""

    model_config = ConfigDict(extra="forbid")

    version: int | None = Field(
        default=None,
        ge=1,
        le=2_147_483_647,
        description="Required: the `version` you last read. A stale one gets 409 with the "
        "current account; leaving it out gets 428.",
    )
    display_name: DisplayName | None = Field(default=None, description="A new name.")
    role: Role | None = Field(default=None, description="A new role (same rules as creating).")
    status: UserStatus | None = Field(
        default=None,
        description="`paused` or `ended` stops sign-in and ends open sessions; `active` reopens.",
    )
    team_ids: list[uuid.UUID] | None = Field(
        default=None,
        max_length=MAX_TEAMS,
        description="The complete new set of teams (replaces the old set).",
    )
    password: NewPassword | None = Field(
        default=None,
        description="A new password; the person's other sessions end.",
    )


class TeamRef(BaseModel):
    id: uuid.UUID
    name: str


class UserRead(BaseModel):
    """An account, as admins manage it (never its password hash)."""

    id: uuid.UUID
    email: str
    display_name: str
    role: Role
    status: UserStatus
    team_ids: list[uuid.UUID] = Field(description="Ids of the teams the person belongs to.")
    teams: list[TeamRef] = Field(description="The same teams with their names, by name.")
    last_signed_in_at: datetime | None = Field(description="Last successful sign-in, if any.")
    created_at: datetime
    version: int = Field(description="Send back when changing the account.")
