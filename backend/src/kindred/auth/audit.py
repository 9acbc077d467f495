"""The audit writer: every access to a child's record, every change, every sign-in."""

import uuid
from enum import StrEnum
from typing import Any

from sqlalchemy import insert
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
