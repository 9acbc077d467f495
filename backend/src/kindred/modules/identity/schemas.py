"""Sign-in and the signed-in person's own account."""

import uuid

from pydantic import BaseModel, Field, SecretStr

from kindred.models.organisation import OrganisationKind
from kindred.models.user import Role


class SignInRequest(BaseModel):
    email: str = Field(min_length=3, max_length=254, description="The account's e-mail address.")
    password: SecretStr = Field(min_length=1, max_length=256, description="The password.")
    organisation_id: uuid.UUID | None = Field(
        default=None,
        description="Only when the answer was 409 `choose-organisation`: the organisation to "
        "sign in to, one of those it listed.",
    )


class OrganisationSummary(BaseModel):
    id: uuid.UUID
    name: str
    kind: OrganisationKind


class TeamSummary(BaseModel):
    id: uuid.UUID
    name: str


class MeRead(BaseModel):
    """Who is signed in: what the UI needs to show the right things (never the control)."""

    id: uuid.UUID
    email: str
    display_name: str
    role: Role
    organisation: OrganisationSummary
    teams: list[TeamSummary]
    csrf_token: str | None = Field(
        description="Send as the X-CSRF-Token header on every change (also in a cookie)."
    )
