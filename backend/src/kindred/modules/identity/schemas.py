"""Sign-in and the signed-in person's own account."""

import uuid

from pydantic import BaseModel, Field, SecretStr
from pydantic.config import JsonDict

from kindred.auth.policy import Action, permitted_actions, role_fits_organisation
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


def _actions_by_role() -> JsonDict:
    """The policy's table, per kind of organisation and role, for the OpenAPI document."""
    return {
        kind.value: {
            role.value: [action.value for action in permitted_actions(role, kind)]
            for role in Role
            if role_fits_organisation(role, kind)
        }
        for kind in OrganisationKind
    }


class MeRead(BaseModel):
    """Who is signed in: what the UI needs to show the right things (never the control)."""

    id: uuid.UUID
    email: str
    display_name: str
    role: Role
    organisation: OrganisationSummary
    teams: list[TeamSummary]
    actions: list[Action] = Field(
        description="The actions this person's role allows in their organisation, from the "
        "one authorisation policy: the UI offers only these. The API still decides each "
        "request, record by record. `x-actions-by-role` lists them for every role.",
        json_schema_extra={"x-actions-by-role": _actions_by_role()},
    )
    csrf_token: str | None = Field(
        description="Send as the X-CSRF-Token header on every change (also in a cookie)."
    )
