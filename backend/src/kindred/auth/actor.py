"""Who is calling: a signed-in person or an API client, resolved once per request."""

import uuid
from dataclasses import dataclass, field
from enum import StrEnum

from kindred.models.organisation import OrganisationKind
from kindred.models.user import Role


class ActorKind(StrEnum):
    user = "user"
    client = "client"


@dataclass(frozen=True, slots=True)
class Actor:
    """The caller, with everything the policy needs and nothing it does not."""

    kind: ActorKind
    id: uuid.UUID
    tenant_id: uuid.UUID
    organisation_kind: OrganisationKind
    label: str
    role: Role | None = None
    team_ids: frozenset[uuid.UUID] = field(default_factory=frozenset)
    scopes: frozenset[str] = field(default_factory=frozenset)
    session_id: uuid.UUID | None = None
    child_id: uuid.UUID | None = None
    """For a young person: the one child whose record is theirs."""

    @property
    def user_id(self) -> uuid.UUID | None:
        return self.id if self.kind is ActorKind.user else None

    @property
    def client_id(self) -> uuid.UUID | None:
        return self.id if self.kind is ActorKind.client else None
