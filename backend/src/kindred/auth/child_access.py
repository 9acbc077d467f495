"""Record-level rules for children: which children an actor may see.

Practitioners see the children of their teams and those allocated to them; managers see their
teams' children; a restricted child only by the people named on it. Nobody else in a council
(admins, commissioners) sees a named child. The same rule is given as data (`ChildScope`) for
list queries and as a predicate (`can_see_child`) for one record, so the two cannot disagree.
"""

import uuid
from collections.abc import Collection
from dataclasses import dataclass

from kindred.auth.actor import Actor, ActorKind
from kindred.models.organisation import OrganisationKind
from kindred.models.user import Role

CASEWORK_ROLES = frozenset({Role.practitioner, Role.manager})


@dataclass(frozen=True, slots=True)
class ChildScope:
    """The children visible to one actor: in these teams, or allocated to this worker."""

    user_id: uuid.UUID
    team_ids: frozenset[uuid.UUID]
    include_allocated: bool


@dataclass(frozen=True, slots=True)
class ChildFacts:
    """What the rule needs to know about one child."""

    team_id: uuid.UUID
    allocated_worker_id: uuid.UUID | None
    restricted: bool
    granted_user_ids: Collection[uuid.UUID]


def child_scope(actor: Actor) -> ChildScope | None:
    """The actor's visible children as a filter; None when they may see no named child."""
    if (
        actor.kind is not ActorKind.user
        or actor.organisation_kind is not OrganisationKind.council
        or actor.role not in CASEWORK_ROLES
    ):
        return None
    return ChildScope(
        user_id=actor.id,
        team_ids=actor.team_ids,
        include_allocated=actor.role is Role.practitioner,
    )


def can_see_child(actor: Actor, child: ChildFacts) -> bool:
    scope = child_scope(actor)
    if scope is None:
        return False
    if child.restricted:
        return scope.user_id in child.granted_user_ids
    in_team = child.team_id in scope.team_ids
    allocated = scope.include_allocated and child.allocated_worker_id == scope.user_id
    return in_team or allocated
