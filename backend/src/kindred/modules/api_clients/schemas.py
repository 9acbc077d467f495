"""API clients (partner systems) as an admin manages them; secrets are shown once."""

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
)

from kindred.auth.policy import API_SCOPES
from kindred.core.text import refuse_control_characters

ClientName = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=120),
    AfterValidator(refuse_control_characters),
]

_SCOPE_LIST = " ".join(f"`{scope}`: {purpose}" for scope, purpose in API_SCOPES.items())


class ApiClientCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: ClientName = Field(description="What the client is, e.g. the agency's case system.")
    scopes: list[Annotated[str, StringConstraints(max_length=64)]] = Field(
        min_length=1,
        max_length=len(API_SCOPES),
        description=f"What the client may do. {_SCOPE_LIST}",
        json_schema_extra={"items": {"type": "string", "enum": list(API_SCOPES)}},
    )

    @field_validator("scopes")
    @classmethod
    def _known_scopes(cls, scopes: list[str]) -> list[str]:
        unknown = sorted(set(scopes) - API_SCOPES.keys())
        if unknown:
            raise ValueError(
                f"Unknown scope {', '.join(unknown)}; choose from {', '.join(API_SCOPES)}."
            )
        return sorted(set(scopes))


class ApiClientRead(BaseModel):
    """A client as listed; never its secret or the secret's hash."""

    id: uuid.UUID = Field(description="Kindred's id for the client (used in these URLs).")
    client_id: str = Field(description="The `client_id` the client sends to the token endpoint.")
    name: str
    scopes: list[str] = Field(description="The scopes the client may request.")
    created_at: datetime
    secret_rotated_at: datetime | None = Field(description="When the secret was last replaced.")
    revoked_at: datetime | None = Field(description="When the client was revoked, if it was.")


class ApiClientWithSecret(ApiClientRead):
    """A client with its new secret: shown this once, never again."""

    client_secret: str = Field(
        description="The secret for the token endpoint. Store it now: Kindred keeps only a hash "
        "and cannot show it again."
    )
