"""Queries for young people's invitations and accounts."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import exists, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.models.child import Child
from kindred.models.sign_in import UserSession
from kindred.models.user import Role, User, UserStatus
from kindred.models.young_person import YoungPersonInvitation


@dataclass(frozen=True, slots=True)
class FoundInvitation:
    invitation_id: uuid.UUID
    tenant_id: uuid.UUID
    child_id: uuid.UUID
    expires_at: datetime
    redeemed_at: datetime | None
    revoked_at: datetime | None


# Like auth/repository.py: the definer function finds the row across councils, and the same
# statement binds the transaction to the council it belongs to.
_FIND_INVITATION = text(
    "SELECT found.*, set_config('kindred.tenant_id', found.tenant_id::text, true) "
    "FROM kindred_young_person_invitation(:key) AS found"
)
# Sign-in names are unique across councils; only the definer function can see them all.
_NAME_TAKEN = text("SELECT EXISTS (SELECT 1 FROM kindred_account_for_sign_in(:name))")


async def find_invitation(db: AsyncSession, code_hash: bytes) -> FoundInvitation | None:
    row = (await db.execute(_FIND_INVITATION, {"key": code_hash})).one_or_none()
    if row is None:
        return None
    values = row._mapping
    return FoundInvitation(
        invitation_id=values["invitation_id"],
        tenant_id=values["tenant_id"],
        child_id=values["child_id"],
        expires_at=values["expires_at"],
        redeemed_at=values["redeemed_at"],
        revoked_at=values["revoked_at"],
    )


async def claim_invitation(db: AsyncSession, invitation_id: uuid.UUID, now: datetime) -> bool:
    """Mark the invitation used, if it still can be: two redemptions of one code, one wins."""
    claimed = await db.scalar(
        update(YoungPersonInvitation)
        .where(
            YoungPersonInvitation.id == invitation_id,
            YoungPersonInvitation.redeemed_at.is_(None),
            YoungPersonInvitation.revoked_at.is_(None),
            YoungPersonInvitation.expires_at > now,
        )
        .values(redeemed_at=now)
        .returning(YoungPersonInvitation.id)
    )
    return claimed is not None


async def record_redeemer(db: AsyncSession, invitation_id: uuid.UUID, user_id: uuid.UUID) -> None:
    await db.execute(
        update(YoungPersonInvitation)
        .where(YoungPersonInvitation.id == invitation_id)
        .values(redeemed_user_id=user_id)
    )


async def lock_child(db: AsyncSession, child_id: uuid.UUID) -> Child | None:
    """The child, locked until commit: one invitation or new account for a child at a time."""
    return await db.scalar(
        select(Child).where(Child.id == child_id).with_for_update(key_share=True)
    )


async def revoke_open_invitations(db: AsyncSession, child_id: uuid.UUID, now: datetime) -> int:
    result = await db.execute(
        update(YoungPersonInvitation)
        .where(
            YoungPersonInvitation.child_id == child_id,
            YoungPersonInvitation.redeemed_at.is_(None),
            YoungPersonInvitation.revoked_at.is_(None),
        )
        .values(revoked_at=now)
        .returning(YoungPersonInvitation.id)
    )
    return len(result.all())


async def add_invitation(db: AsyncSession, invitation: YoungPersonInvitation) -> None:
    db.add(invitation)
    await db.flush()


async def list_invitations(
    db: AsyncSession, child_id: uuid.UUID, limit: int
) -> Sequence[tuple[YoungPersonInvitation, str]]:
    """Newest first, with the name of who made each."""
    rows = await db.execute(
        select(YoungPersonInvitation, User.display_name)
        .join(User, User.id == YoungPersonInvitation.created_by)
        .where(YoungPersonInvitation.child_id == child_id)
        .order_by(YoungPersonInvitation.created_at.desc(), YoungPersonInvitation.id.desc())
        .limit(limit)
    )
    return [(row[0], row[1]) for row in rows]


async def latest_account(db: AsyncSession, child_id: uuid.UUID) -> User | None:
    """The child's most recent young-person account, ended or not."""
    return await db.scalar(
        select(User)
        .where(User.child_id == child_id, User.role == Role.young_person)
        .order_by(User.created_at.desc(), User.id.desc())
        .limit(1)
        .execution_options(populate_existing=True)
    )


async def has_open_account(db: AsyncSession, child_id: uuid.UUID) -> bool:
    """Whether the child has an account that is not ended (active or paused)."""
    return bool(
        await db.scalar(
            select(
                exists().where(
                    User.child_id == child_id,
                    User.role == Role.young_person,
                    User.status != UserStatus.ended,
                )
            )
        )
    )


async def name_taken(db: AsyncSession, name: str) -> bool:
    return bool(await db.scalar(_NAME_TAKEN, {"name": name}))


async def add_user(db: AsyncSession, user: User) -> User:
    db.add(user)
    await db.flush()
    return user


async def end_sessions(db: AsyncSession, user_id: uuid.UUID, now: datetime) -> None:
    await db.execute(
        update(UserSession)
        .where(UserSession.user_id == user_id, UserSession.ended_at.is_(None))
        .values(ended_at=now)
    )
