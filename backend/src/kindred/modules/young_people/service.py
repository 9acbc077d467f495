"""Use cases for a worker: invite a young person, list invitations, pause or end their account.

Redeeming a code (the young person's side) is in `redeem.py`.
"""

import hashlib
import hmac
import secrets
import uuid
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.auth.child_access import visible_child
from kindred.core import stale_version
from kindred.core.errors import Conflict, NotFound
from kindred.domain.young_people import CODE_ALPHABET, CODE_LENGTH, format_code
from kindred.models.user import User, UserStatus
from kindred.models.young_person import YoungPersonInvitation
from kindred.modules.children.schemas import PersonRef
from kindred.modules.young_people import repository
from kindred.modules.young_people.schemas import (
    REDEEM_PATH,
    AccountStatusChange,
    InvitationCreated,
    InvitationRead,
    InvitationStatus,
    YoungPersonAccountRead,
)

INVITATION_LIFETIME = timedelta(days=7)
LISTED_INVITATIONS = 50
INVITATION = "young_person_invitation"
ACCOUNT = "young_person_account"
NO_ACCOUNT = "This young person has no account yet. Invite them to make one."
ALREADY_HAS_ACCOUNT = (
    "This young person already has an account ({status}). End it before inviting them again, "
    "or reopen it if it is paused."
)
ENDED_IS_FINAL = "An ended account cannot be reopened. Invite the young person again instead."
STALE_ACCOUNT = "Someone else changed this account at the same time. Reload and try again."


def code_hash(code: str, secret_key: str) -> bytes:
    """What is stored instead of a code: keyed, so a copy of the database cannot be used to
    try every code offline (there are only 31⁸ of them)."""
    return hmac.new(secret_key.encode(), code.encode(), hashlib.sha256).digest()


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def _status(invitation: YoungPersonInvitation, now: datetime) -> InvitationStatus:
    if invitation.redeemed_at is not None:
        return InvitationStatus.redeemed
    if invitation.revoked_at is not None:
        return InvitationStatus.revoked
    if invitation.expires_at <= now:
        return InvitationStatus.expired
    return InvitationStatus.active


async def invite(
    db: AsyncSession, actor: Actor, child_id: uuid.UUID, *, secret_key: str, now: datetime
) -> InvitationCreated:
    """A new single-use code for the child; any earlier unused code stops working."""
    await visible_child(db, actor, child_id)
    await repository.lock_child(db, child_id)
    if await repository.has_open_account(db, child_id):
        account = await repository.latest_account(db, child_id)
        assert account is not None
        raise Conflict(ALREADY_HAS_ACCOUNT.format(status=account.status))
    revoked = await repository.revoke_open_invitations(db, child_id, now)
    code = new_code()
    invitation = YoungPersonInvitation(
        tenant_id=actor.tenant_id,
        child_id=child_id,
        code_hash=code_hash(code, secret_key),
        created_by=actor.id,
        created_at=now,
        expires_at=now + INVITATION_LIFETIME,
    )
    await repository.add_invitation(db, invitation)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.create,
        resource_type=INVITATION,
        resource_id=invitation.id,
        child_id=child_id,
        details={"revoked_earlier": revoked},
    )
    return InvitationCreated(
        id=invitation.id,
        code=format_code(code),
        expires_at=invitation.expires_at,
        redeem_path=REDEEM_PATH,
    )


async def list_invitations(
    db: AsyncSession, actor: Actor, child_id: uuid.UUID, *, now: datetime
) -> list[InvitationRead]:
    await visible_child(db, actor, child_id)
    rows = await repository.list_invitations(db, child_id, LISTED_INVITATIONS)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.list,
        resource_type=INVITATION,
        child_id=child_id,
        details={"count": len(rows)},
    )
    return [
        InvitationRead(
            id=invitation.id,
            created_at=invitation.created_at,
            created_by=PersonRef(id=invitation.created_by, display_name=creator),
            expires_at=invitation.expires_at,
            status=_status(invitation, now),
            redeemed_at=invitation.redeemed_at,
            revoked_at=invitation.revoked_at,
        )
        for invitation, creator in rows
    ]


def _account_read(user: User) -> YoungPersonAccountRead:
    return YoungPersonAccountRead(
        id=user.id,
        username=user.email,
        display_name=user.display_name,
        status=user.status,
        created_at=user.created_at,
        last_signed_in_at=user.last_signed_in_at,
    )


async def _account(db: AsyncSession, actor: Actor, child_id: uuid.UUID) -> User:
    await visible_child(db, actor, child_id)
    account = await repository.latest_account(db, child_id)
    if account is None:
        raise NotFound(NO_ACCOUNT)
    return account


async def get_account(
    db: AsyncSession, actor: Actor, child_id: uuid.UUID
) -> YoungPersonAccountRead:
    """The child's latest young-person account (ended ones too); 404 when there never was one."""
    account = await _account(db, actor, child_id)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.read,
        resource_type=ACCOUNT,
        resource_id=account.id,
        child_id=child_id,
    )
    return _account_read(account)


async def _stale(db: AsyncSession, actor: Actor, child_id: uuid.UUID) -> Conflict:
    """A 409 with the account as it is now; showing it is an audited read."""
    account = await _account(db, actor, child_id)
    await audit.record_conflict_read(
        db, actor=actor, resource_type=ACCOUNT, resource_id=account.id, child_id=child_id
    )
    return stale_version.conflict(STALE_ACCOUNT, _account_read(account))


async def change_account(
    db: AsyncSession,
    actor: Actor,
    child_id: uuid.UUID,
    body: AccountStatusChange,
    *,
    now: datetime,
) -> YoungPersonAccountRead:
    """Pause, reopen or end the account; pausing or ending signs the young person out."""
    account = await _account(db, actor, child_id)
    before = account.status
    if before is UserStatus.ended and body.status is not UserStatus.ended:
        raise Conflict(ENDED_IS_FINAL)
    if body.status is not before:
        async with stale_version.versioned_change(db, lambda: _stale(db, actor, child_id)):
            account.status = body.status
    if body.status is not UserStatus.active:
        await repository.end_sessions(db, account.id, now)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.update,
        resource_type=ACCOUNT,
        resource_id=account.id,
        child_id=child_id,
        details={"status": body.status.value, "was": before.value},
    )
    return _account_read(account)
