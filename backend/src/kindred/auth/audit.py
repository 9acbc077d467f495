"""The audit writer: every access to a child's record, every change, every sign-in."""

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import insert, text
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth.actor import Actor
from kindred.core.request_context import current_request_id
from kindred.models.audit import AuditEvent


class AuditAction(StrEnum):
    read = "read"
    list = "list"
    create = "create"
    update = "update"
    submit = "submit"
    approve = "approve"
    return_ = "return"
    share = "share"
    withdraw = "withdraw"
    export = "export"
    sign_in = "sign_in"
    sign_in_failure = "sign_in_failure"
    sign_in_locked = "sign_in_locked"
    sign_out = "sign_out"
    token_issued = "token_issued"  # noqa: S105 - an action name
    token_refused = "token_refused"  # noqa: S105 - an action name
    rotate_secret = "rotate_secret"  # noqa: S105 - an action name
    revoke = "revoke"
    denied = "denied"


class Outcome(StrEnum):
    success = "success"
    failure = "failure"
    denied = "denied"


async def record(
    session: AsyncSession,
    *,
    actor: Actor | None,
    action: AuditAction,
    resource_type: str,
    resource_id: uuid.UUID | str | None = None,
    child_id: uuid.UUID | None = None,
    outcome: Outcome = Outcome.success,
    tenant_id: uuid.UUID | None = None,
    user_id: uuid.UUID | None = None,
    label: str | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Write an audit event in the current transaction; it commits or rolls back with it.

    Refusals raise errors marked `keep_changes`, so their audit events are kept too.
    Without an actor (sign-in), `tenant_id`, `user_id` and `label` say who it concerned.
    """
    # inline(): let the database number the row, no separate round trip for the sequence.
    await session.execute(
        insert(AuditEvent)
        .inline()
        .values(
            tenant_id=actor.tenant_id if actor else tenant_id,
            actor_user_id=actor.user_id if actor else user_id,
            actor_client_id=actor.client_id if actor else None,
            actor_label=label or (actor.label if actor else "anonymous"),
            action=action.value,
            resource_type=resource_type,
            resource_id=str(resource_id) if resource_id is not None else None,
            child_id=child_id,
            outcome=outcome.value,
            request_id=current_request_id(),
            details=details or {},
        )
    )


async def record_denied(
    session: AsyncSession,
    *,
    actor: Actor | None,
    resource_type: str,
    resource_id: uuid.UUID | str | None = None,
    child_id: uuid.UUID | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """A refused request, recorded: who tried to reach what, and in `details` why."""
    await record(
        session,
        actor=actor,
        action=AuditAction.denied,
        resource_type=resource_type,
        resource_id=resource_id,
        child_id=child_id,
        outcome=Outcome.denied,
        details=details,
    )


async def record_conflict_read(
    session: AsyncSession,
    *,
    actor: Actor,
    resource_type: str,
    resource_id: uuid.UUID,
    child_id: uuid.UUID,
) -> None:
    """Showing a child's record as it is now in a stale-version 409 is a read: audit it as one."""
    await record(
        session,
        actor=actor,
        action=AuditAction.read,
        resource_type=resource_type,
        resource_id=resource_id,
        child_id=child_id,
        details={"conflict": True},
    )


@dataclass(frozen=True, slots=True)
class ChangedRecord:
    """A record a bulk write created (True) or changed (False), and the child it concerns."""

    resource_id: uuid.UUID
    created: bool
    child_id: uuid.UUID | None = None


async def record_changes(
    session: AsyncSession,
    *,
    tenant_id: uuid.UUID,
    user_id: uuid.UUID | None,
    label: str,
    request_id: str | None,
    resource_type: str,
    changed: Sequence[ChangedRecord],
    details: dict[str, str],
) -> None:
    """One create or update event per record a bulk write (an import, a load) touched, as the
    app writes when a person makes each change, in one statement however many there are."""
    if not changed:
        return
    await session.execute(
        text(
            """
            INSERT INTO audit_events (
                tenant_id, actor_user_id, actor_label, action, resource_type, resource_id,
                child_id, outcome, request_id, details
            )
            SELECT :tenant, :user_id, :label,
                   CASE WHEN x.created THEN 'create' ELSE 'update' END,
                   :resource_type, x.id::text, x.child_id, 'success', :request_id,
                   CAST(:details AS jsonb)
            FROM unnest(CAST(:ids AS uuid[]), CAST(:created AS boolean[]),
                        CAST(:children AS uuid[])) AS x(id, created, child_id)
            """
        ),
        {
            "tenant": tenant_id,
            "user_id": user_id,
            "label": label,
            "resource_type": resource_type,
            "request_id": request_id,
            "details": json.dumps(details),
            "ids": [change.resource_id for change in changed],
            "created": [change.created for change in changed],
            "children": [change.child_id for change in changed],
        },
    )
