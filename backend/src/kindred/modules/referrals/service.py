"""Use cases for referrals on the council's side: read, list, and preview exactly what agencies
will see.

Drafting is in `drafts.py`, the lifecycle (submit, approve and share, return, close, shares) in
`lifecycle.py` and the comparison of offers in `offers.py`; they share the loading and reading
helpers here.
"""

import uuid
from contextlib import AbstractAsyncContextManager
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit, child_access
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.auth.child_access import ChildScope
from kindred.auth.policy import Action, permits
from kindred.core import stale_version
from kindred.core.errors import Conflict, NotFound
from kindred.core.pagination import Page, PageParams
from kindred.domain.framework import Framework, StrengthLevel
from kindred.models.referral import Referral, ReferralOutcome, ReferralStatus
from kindred.modules.children.schemas import PersonRef
from kindred.modules.frameworks.api import framework_for
from kindred.modules.referrals import privacy_check, repository, young_voice
from kindred.modules.referrals.repository import ReferralRow, ShareRow
from kindred.modules.referrals.schemas import (
    AgencyRef,
    ChildSummary,
    PartnerAgency,
    ReferralFilters,
    ReferralListItem,
    ReferralNeedRead,
    ReferralPermissions,
    ReferralRead,
    ShareRead,
    WordsChoice,
)
from kindred.modules.referrals.snapshot import ReferralSnapshot, build_snapshot

RESOURCE = "referral"
NO_SUCH_REFERRAL = "There is no referral with this id, or you do not have access to it."
STALE = (
    "Someone else changed this referral since you opened it. Their version is in `current`; "
    "review it and apply your change again."
)


class NoApprovedAssessment(Conflict):
    slug = "no-approved-assessment"
    title = "This child has no approved needs assessment yet"


def scope_of(actor: Actor) -> ChildScope:
    """The children whose referrals the actor may see; 403 for a role that sees none."""
    return child_access.scope_of(actor, "children's referrals")


# --- loading and saving ----------------------------------------------------------------------


async def visible_referral(db: AsyncSession, actor: Actor, referral_id: uuid.UUID) -> ReferralRow:
    """A referral whose child the actor may see; otherwise 404 (audited), never a hint."""
    row = await repository.get_row(db, scope_of(actor), referral_id)
    if row is None:
        await audit.record_denied(
            db,
            actor=actor,
            resource_type=RESOURCE,
            resource_id=referral_id,
        )
        raise NotFound(NO_SUCH_REFERRAL, keep_changes=True)
    return row


async def stale(db: AsyncSession, actor: Actor, referral_id: uuid.UUID, detail: str) -> Conflict:
    """A 409 carrying the referral as it is now (an audited read), so the client can merge."""
    row = await repository.get_row(db, scope_of(actor), referral_id)
    assert row is not None
    current = await full_read(db, actor, row)
    await audit.record_conflict_read(
        db,
        actor=actor,
        resource_type=RESOURCE,
        resource_id=referral_id,
        child_id=row.referral.child_id,
    )
    return stale_version.conflict(detail, current)


async def check_version(db: AsyncSession, actor: Actor, referral: Referral, version: int) -> None:
    if version != referral.version:
        raise await stale(db, actor, referral.id, STALE)


async def check_status(
    db: AsyncSession, actor: Actor, referral: Referral, allowed: set[ReferralStatus], doing: str
) -> None:
    if referral.status not in allowed:
        raise await stale(
            db, actor, referral.id, f"A referral that is {referral.status} cannot be {doing}."
        )


def versioned_change(
    db: AsyncSession, actor: Actor, referral_id: uuid.UUID
) -> AbstractAsyncContextManager[None]:
    """Changes made in the block are flushed as one versioned UPDATE; a lost race is a 409."""
    return stale_version.versioned_change(db, lambda: stale(db, actor, referral_id, STALE))


# --- reading ---------------------------------------------------------------------------------


def may_decide(actor: Actor, referral: Referral) -> bool:
    """Managers approve, but never a referral they wrote or submitted."""
    return permits(actor, Action.decide_referral) and actor.id not in {
        referral.created_by,
        referral.submitted_by,
    }


def _permissions(actor: Actor, referral: Referral) -> ReferralPermissions:
    status = referral.status
    edit = permits(actor, Action.edit_referral)
    decide = permits(actor, Action.decide_referral)
    is_open = status == ReferralStatus.open
    return ReferralPermissions(
        can_edit=status == ReferralStatus.draft and edit,
        can_submit=status == ReferralStatus.draft and edit,
        can_approve=status == ReferralStatus.awaiting_approval and may_decide(actor, referral),
        can_return=status == ReferralStatus.awaiting_approval and decide,
        can_share=is_open and decide,
        can_close=status != ReferralStatus.closed and edit,
        can_decide_offers=is_open and edit,
        can_accept_offers=is_open and decide,
        can_confirm_placement=referral.outcome == ReferralOutcome.placed and edit,
    )


def _person(user_id: uuid.UUID | None, names: dict[uuid.UUID, str]) -> PersonRef | None:
    if user_id is None:
        return None
    return PersonRef(id=user_id, display_name=names.get(user_id, "Unknown"))


def need_reads(referral: Referral, framework: Framework) -> list[ReferralNeedRead]:
    by_key = {entry["domain_key"]: entry for entry in referral.needs}
    return [
        ReferralNeedRead(
            domain_key=domain.key,
            domain_name=domain.name,
            need_level=int(by_key[domain.key]["need_level"]),
            needs_text=str(by_key[domain.key].get("needs_text", "")),
            strength_level=StrengthLevel(by_key[domain.key].get("strength_level", "none")),
            strength_notes=str(by_key[domain.key].get("strength_notes", "")),
        )
        for domain in framework.domains
    ]


def _share_read(row: ShareRow, names: dict[uuid.UUID, str]) -> ShareRead:
    share = row.share
    shared_by = _person(share.shared_by, names)
    assert shared_by is not None
    return ShareRead(
        id=share.id,
        agency=AgencyRef(id=share.agency_id, name=row.agency_name),
        shared_at=share.shared_at,
        shared_by=shared_by,
        withdrawn_at=share.withdrawn_at,
        withdrawn_by=_person(share.withdrawn_by, names),
        withdraw_reason=share.withdraw_reason,
        views=row.views,
        last_viewed_at=row.last_viewed_at,
    )


def list_item(row: ReferralRow, names: dict[uuid.UUID, str]) -> ReferralListItem:
    referral = row.referral
    created_by = _person(referral.created_by, names)
    assert created_by is not None
    return ReferralListItem(
        id=referral.id,
        reference=referral.reference,
        child=ChildSummary(
            id=referral.child_id,
            given_name=row.given_name,
            family_name=row.family_name,
            preferred_name=row.preferred_name,
        ),
        status=referral.status,
        outcome=referral.outcome,
        purpose=referral.purpose,
        needed_by=referral.needed_by,
        created_by=created_by,
        created_at=referral.created_at,
        updated_at=referral.updated_at,
        submitted_at=referral.submitted_at,
        approved_at=referral.approved_at,
        live_shares=row.live_shares,
        offers=row.offers,
        version=referral.version,
    )


def _people(referral: Referral) -> set[uuid.UUID]:
    ids = {referral.created_by, referral.submitted_by, referral.decided_by, referral.closed_by}
    return {user_id for user_id in ids if user_id is not None}


async def full_read(db: AsyncSession, actor: Actor, row: ReferralRow) -> ReferralRead:
    """Everything the referral page shows, with what the actor may do now."""
    referral = row.referral
    framework = await framework_for(db, referral.tenant_id, referral.framework_version)
    shares = await repository.shares_of(db, referral.id)
    people = (
        _people(referral)
        | {s.share.shared_by for s in shares}
        | {s.share.withdrawn_by for s in shares if s.share.withdrawn_by}
    )
    names = await repository.display_names(db, people)
    words = await young_voice.consented_words(db, referral.child_id)
    chosen = young_voice.selected(words, referral.young_person_sections)
    kept = {entry.section for entry in chosen}
    return ReferralRead(
        **list_item(row, names).model_dump(),
        assessment_id=referral.assessment_id,
        framework_version=referral.framework_version,
        siblings=referral.siblings,
        location_preferences=referral.location_preferences,
        max_distance=referral.max_distance,
        needs=need_reads(referral, framework),
        what_helps=referral.what_helps,
        young_person_words=[
            WordsChoice(**entry.model_dump(), included=entry.section in kept) for entry in words
        ],
        budget_weekly_pence=referral.budget_weekly_pence,
        contact_arrangements=referral.contact_arrangements,
        submitted_by=_person(referral.submitted_by, names),
        decided_by=_person(referral.decided_by, names),
        returned_at=referral.returned_at,
        return_comment=referral.return_comment,
        closed_at=referral.closed_at,
        closed_by=_person(referral.closed_by, names),
        close_reason=referral.close_reason,
        accepted_offer_id=referral.accepted_offer_id,
        placement_start_on=referral.placement_start_on,
        shares=[_share_read(share, names) for share in shares],
        permissions=_permissions(actor, referral),
        identifying_details=privacy_check.details_of(row, chosen),
    )


async def reread(db: AsyncSession, actor: Actor, referral_id: uuid.UUID) -> ReferralRead:
    row = await repository.get_row(db, scope_of(actor), referral_id)
    assert row is not None
    return await full_read(db, actor, row)


async def snapshot_now(db: AsyncSession, referral: Referral, *, now: datetime) -> ReferralSnapshot:
    """What agencies would see if the referral were approved now."""
    child = await repository.child_of(db, referral.child_id)
    assert child is not None
    framework = await framework_for(db, referral.tenant_id, referral.framework_version)
    words = await young_voice.consented_words(db, referral.child_id)
    return build_snapshot(
        referral,
        child,
        council_name=await repository.organisation_name(db, referral.tenant_id),
        framework=framework,
        words=young_voice.selected(words, referral.young_person_sections),
        now=now,
    )


# --- use cases -------------------------------------------------------------------------------


async def list_referrals(
    db: AsyncSession, actor: Actor, filters: ReferralFilters, page: PageParams
) -> Page[ReferralListItem]:
    """Referrals of the children the actor may see, most recently changed first."""
    rows, total = await repository.list_referrals(db, scope_of(actor), filters, page)
    names = await repository.display_names(db, {row.referral.created_by for row in rows})
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.list,
        resource_type=RESOURCE,
        details={
            "filters": filters.model_dump(mode="json", exclude_none=True),
            "child_ids": sorted({str(row.referral.child_id) for row in rows}),
        },
    )
    return Page.of([list_item(row, names) for row in rows], total, page)


async def get_referral(db: AsyncSession, actor: Actor, referral_id: uuid.UUID) -> ReferralRead:
    row = await visible_referral(db, actor, referral_id)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.read,
        resource_type=RESOURCE,
        resource_id=referral_id,
        child_id=row.referral.child_id,
    )
    return await full_read(db, actor, row)


async def preview(
    db: AsyncSession, actor: Actor, referral_id: uuid.UUID, *, now: datetime
) -> ReferralSnapshot:
    """Exactly what agencies see: the frozen snapshot once approved, else as it would be now."""
    referral = (await visible_referral(db, actor, referral_id)).referral
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.read,
        resource_type=RESOURCE,
        resource_id=referral_id,
        child_id=referral.child_id,
        details={"preview": True},
    )
    if referral.snapshot is not None:
        return ReferralSnapshot.model_validate(referral.snapshot)
    return await snapshot_now(db, referral, now=now)


async def list_partner_agencies(db: AsyncSession) -> list[PartnerAgency]:
    """Agencies a referral can be shared with: every partner agency registered on Kindred."""
    return [
        PartnerAgency(id=row.id, name=row.name) for row in await repository.partner_agencies(db)
    ]
