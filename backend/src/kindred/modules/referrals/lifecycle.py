"""The referral lifecycle: draft → awaiting approval → open → closed (placed, withdrawn, expired).

A manager approves (never their own) and chooses the partner agencies in the same step; the
pseudonymous snapshot is frozen then, and each agency gets a share carrying a copy of it.
Agencies are told through their webhooks; nothing leaves the council before approval.
"""

import uuid
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.core.errors import FieldError, Forbidden, InvalidInput, NotFound
from kindred.models.referral import Referral, ReferralOutcome, ReferralShare, ReferralStatus
from kindred.modules.referrals import repository
from kindred.modules.referrals.privacy_check import check_what_agencies_read
from kindred.modules.referrals.schemas import (
    ApproveAndShare,
    CloseReferral,
    LifecycleStep,
    ReferralRead,
    ReturnForChanges,
    SharesCreate,
    ShareWithdraw,
)
from kindred.modules.referrals.service import (
    RESOURCE,
    check_status,
    check_version,
    may_decide,
    reread,
    snapshot_now,
    versioned_change,
    visible_referral,
)
from kindred.modules.referrals.snapshot import ReferralSnapshot, stored
from kindred.modules.webhooks.api import EventType, emit, referral_ref

OPEN_OR_WAITING = {ReferralStatus.draft, ReferralStatus.awaiting_approval, ReferralStatus.open}


async def submit(
    db: AsyncSession, actor: Actor, referral_id: uuid.UUID, body: LifecycleStep, *, now: datetime
) -> ReferralRead:
    """Send a complete draft to a manager: it needs a date it is needed by."""
    row = await visible_referral(db, actor, referral_id)
    referral = row.referral
    await check_status(db, actor, referral, {ReferralStatus.draft}, "submitted")
    await check_version(db, actor, referral, body.version)
    if referral.needed_by is None:
        raise InvalidInput(
            "Say when the placement is needed by before submitting.",
            errors=[FieldError(field="body.needed_by", message="Give the date it is needed by.")],
        )
    check_what_agencies_read(row, await snapshot_now(db, referral, now=now), "submitted")
    async with versioned_change(db, actor, referral.id):
        referral.status = ReferralStatus.awaiting_approval
        referral.submitted_by = actor.id
        referral.submitted_at = now
        referral.updated_at = now
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.submit,
        resource_type=RESOURCE,
        resource_id=referral.id,
        child_id=referral.child_id,
    )
    return await reread(db, actor, referral.id)


async def _agencies(db: AsyncSession, agency_ids: list[uuid.UUID]) -> list[uuid.UUID]:
    """The chosen agencies, in order and without repeats; 422 naming any that is not one."""
    names = await repository.agency_names(db, agency_ids)
    errors = [
        FieldError(field=f"body.agency_ids.{index}", message="Not a partner agency.")
        for index, agency_id in enumerate(agency_ids)
        if agency_id not in names
    ]
    if errors:
        raise InvalidInput("Choose partner agencies from the list.", errors=errors)
    return list(dict.fromkeys(agency_ids))


async def _share_with(
    db: AsyncSession,
    actor: Actor,
    referral: Referral,
    agency_ids: list[uuid.UUID],
    now: datetime,
) -> list[ReferralShare]:
    """A share carrying the frozen snapshot per agency not already holding a live one."""
    assert referral.snapshot is not None
    live = {
        row.share.agency_id
        for row in await repository.shares_of(db, referral.id)
        if row.share.withdrawn_at is None
    }
    shares = [
        ReferralShare(
            tenant_id=referral.tenant_id,
            referral_id=referral.id,
            agency_id=agency_id,
            snapshot=referral.snapshot,
            referral_status=ReferralStatus.open,
            shared_by=actor.id,
            shared_at=now,
            updated_at=now,
        )
        for agency_id in agency_ids
        if agency_id not in live
    ]
    await repository.add_shares(db, shares)
    for share in shares:
        await emit(
            db,
            agency_id=share.agency_id,
            event_type=EventType.referral_shared,
            data={"referral": referral_ref(share.id, referral.reference) | {"status": "open"}},
            now=now,
        )
    if shares:
        await audit.record(
            db,
            actor=actor,
            action=AuditAction.share,
            resource_type=RESOURCE,
            resource_id=referral.id,
            child_id=referral.child_id,
            details={"agency_ids": [str(share.agency_id) for share in shares]},
        )
    return shares


async def approve(
    db: AsyncSession, actor: Actor, referral_id: uuid.UUID, body: ApproveAndShare, *, now: datetime
) -> ReferralRead:
    """A manager approves, freezes the snapshot and shares it with the chosen agencies."""
    row = await visible_referral(db, actor, referral_id)
    referral = row.referral
    await check_status(db, actor, referral, {ReferralStatus.awaiting_approval}, "approved")
    if not may_decide(actor, referral):
        await audit.record_denied(
            db,
            actor=actor,
            resource_type=RESOURCE,
            resource_id=referral.id,
            child_id=referral.child_id,
            details={"reason": "own referral"},
        )
        raise Forbidden(
            "You cannot approve a referral you wrote or submitted; another manager must.",
            keep_changes=True,
        )
    await check_version(db, actor, referral, body.version)
    agency_ids = await _agencies(db, body.agency_ids)
    snapshot = await snapshot_now(db, referral, now=now)
    check_what_agencies_read(row, snapshot, "approved and shared")
    async with versioned_change(db, actor, referral.id):
        referral.status = ReferralStatus.open
        referral.decided_by = actor.id
        referral.approved_at = now
        referral.snapshot = stored(snapshot)
        referral.updated_at = now
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.approve,
        resource_type=RESOURCE,
        resource_id=referral.id,
        child_id=referral.child_id,
    )
    await _share_with(db, actor, referral, agency_ids, now)
    return await reread(db, actor, referral.id)


async def return_for_changes(
    db: AsyncSession,
    actor: Actor,
    referral_id: uuid.UUID,
    body: ReturnForChanges,
    *,
    now: datetime,
) -> ReferralRead:
    """A manager sends a submitted referral back to draft, saying what to change."""
    referral = (await visible_referral(db, actor, referral_id)).referral
    await check_status(db, actor, referral, {ReferralStatus.awaiting_approval}, "returned")
    await check_version(db, actor, referral, body.version)
    async with versioned_change(db, actor, referral.id):
        referral.status = ReferralStatus.draft
        referral.decided_by = actor.id
        referral.returned_at = now
        referral.return_comment = body.comment
        referral.updated_at = now
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.return_,
        resource_type=RESOURCE,
        resource_id=referral.id,
        child_id=referral.child_id,
    )
    return await reread(db, actor, referral.id)


async def add_shares(
    db: AsyncSession, actor: Actor, referral_id: uuid.UUID, body: SharesCreate, *, now: datetime
) -> ReferralRead:
    """Share an open referral with more agencies: the snapshot approved, never a newer one."""
    row = await visible_referral(db, actor, referral_id)
    referral = row.referral
    await check_status(db, actor, referral, {ReferralStatus.open}, "shared")
    assert referral.snapshot is not None
    check_what_agencies_read(row, ReferralSnapshot.model_validate(referral.snapshot), "shared")
    await _share_with(db, actor, referral, await _agencies(db, body.agency_ids), now)
    return await reread(db, actor, referral.id)


async def withdraw_share(
    db: AsyncSession,
    actor: Actor,
    referral_id: uuid.UUID,
    share_id: uuid.UUID,
    body: ShareWithdraw,
    *,
    now: datetime,
) -> ReferralRead:
    """Stop sharing with one agency: from now on it gets 404 for this referral."""
    referral = (await visible_referral(db, actor, referral_id)).referral
    share = next(
        (
            row.share
            for row in await repository.shares_of(db, referral.id)
            if row.share.id == share_id and row.share.withdrawn_at is None
        ),
        None,
    )
    if share is None:
        raise NotFound("This referral has no live share with this id.")
    share.withdrawn_at = now
    share.withdrawn_by = actor.id
    share.withdraw_reason = body.reason
    share.updated_at = now
    await db.flush()
    await emit(
        db,
        agency_id=share.agency_id,
        event_type=EventType.referral_withdrawn,
        data={
            "referral": referral_ref(share.id, referral.reference) | {"reason": "share_withdrawn"}
        },
        now=now,
    )
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.withdraw,
        resource_type="referral_share",
        resource_id=share.id,
        child_id=referral.child_id,
        details={"agency_id": str(share.agency_id)},
    )
    return await reread(db, actor, referral.id)


async def close(
    db: AsyncSession, actor: Actor, referral_id: uuid.UUID, body: CloseReferral, *, now: datetime
) -> ReferralRead:
    """Withdraw a referral: agencies holding it see it closed and are told."""
    referral = (await visible_referral(db, actor, referral_id)).referral
    await check_status(db, actor, referral, OPEN_OR_WAITING, "closed")
    await check_version(db, actor, referral, body.version)
    was_open = referral.status == ReferralStatus.open
    async with versioned_change(db, actor, referral.id):
        referral.status = ReferralStatus.closed
        referral.outcome = ReferralOutcome.withdrawn
        referral.closed_at = now
        referral.closed_by = actor.id
        referral.close_reason = body.reason
        referral.updated_at = now
    await repository.mirror_status(
        db, referral.id, ReferralStatus.closed, ReferralOutcome.withdrawn, now
    )
    if was_open:
        for row in await repository.shares_of(db, referral.id):
            if row.share.withdrawn_at is None:
                await emit(
                    db,
                    agency_id=row.share.agency_id,
                    event_type=EventType.referral_withdrawn,
                    data={
                        "referral": referral_ref(row.share.id, referral.reference)
                        | {"reason": "referral_withdrawn"}
                    },
                    now=now,
                )
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.withdraw,
        resource_type=RESOURCE,
        resource_id=referral.id,
        child_id=referral.child_id,
    )
    return await reread(db, actor, referral.id)
