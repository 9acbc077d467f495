"""Drafting a referral: built from the child's latest approved assessment, then changed field by
field by the practitioner until it is submitted (`lifecycle.py`)."""

import uuid
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.auth.child_access import visible_child
from kindred.core.errors import FieldError, InvalidInput
from kindred.domain.framework import Framework
from kindred.domain.referrals import reference_prefix, referral_reference
from kindred.models.referral import Referral, ReferralStatus
from kindred.modules.assessments import api as assessments
from kindred.modules.frameworks.api import framework_for
from kindred.modules.referrals import repository, young_voice
from kindred.modules.referrals.schemas import ReferralCreate, ReferralRead, ReferralUpdate
from kindred.modules.referrals.service import (
    RESOURCE,
    NoApprovedAssessment,
    check_status,
    check_version,
    reread,
    scope_of,
    versioned_change,
    visible_referral,
)


async def create_draft(
    db: AsyncSession, actor: Actor, child_id: uuid.UUID, body: ReferralCreate
) -> ReferralRead:
    """A draft built from the child's latest approved assessment (409 if there is none)."""
    child = await visible_child(db, actor, child_id)
    scope_of(actor)
    source = await assessments.latest_approved(db, child.id)
    if source is None:
        raise NoApprovedAssessment(
            "A referral describes the child's approved needs. Approve an assessment first."
        )
    framework = await framework_for(db, actor.tenant_id, source.framework_version)
    domains = (await assessments.domains_of(db, [source.id]))[source.id]
    needs = []
    for domain in framework.domains:
        row = domains[domain.key]
        level = row.need_level if row.need_level is not None else 0
        needs.append(
            {
                "domain_key": domain.key,
                "need_level": level,
                # The framework's words for the level, never the assessment's evidence.
                "needs_text": domain.level(level).descriptor,
                "strength_level": row.strength_level,
                "strength_notes": row.strength_notes,
            }
        )
    number = await repository.next_number(db, actor.tenant_id)
    council = await repository.organisation_name(db, actor.tenant_id)
    referral = await repository.add_referral(
        db,
        Referral(
            tenant_id=actor.tenant_id,
            number=number,
            reference=referral_reference(reference_prefix(council), number),
            child_id=child.id,
            assessment_id=source.id,
            framework_version=source.framework_version,
            status=ReferralStatus.draft,
            needs=needs,
            what_helps=source.what_helps,
            created_by=actor.id,
            **body.model_dump(),
        ),
    )
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.create,
        resource_type=RESOURCE,
        resource_id=referral.id,
        child_id=child.id,
        details={"assessment_id": str(source.id)},
    )
    return await reread(db, actor, referral.id)


async def _check_changes(
    db: AsyncSession, referral: Referral, body: ReferralUpdate, framework: Framework
) -> None:
    errors = [
        FieldError(field=f"body.needs.{key}", message="Not a domain of this referral.")
        for key in sorted(body.needs or {})
        if key not in framework.domain_keys
    ]
    if body.young_person_sections is not None:
        consented = {w.section for w in await young_voice.consented_words(db, referral.child_id)}
        errors += [
            FieldError(
                field=f"body.young_person_sections.{index}",
                message="Not a section the young person agreed to share.",
            )
            for index, section in enumerate(body.young_person_sections)
            if section not in consented
        ]
    if errors:
        raise InvalidInput("Check the domains and sections.", errors=errors)


async def update_draft(
    db: AsyncSession, actor: Actor, referral_id: uuid.UUID, body: ReferralUpdate, *, now: datetime
) -> ReferralRead:
    """Change a draft: only the fields sent, if nobody else changed it since `version`."""
    referral = (await visible_referral(db, actor, referral_id)).referral
    await check_status(db, actor, referral, {ReferralStatus.draft}, "changed")
    await check_version(db, actor, referral, body.version)
    framework = await framework_for(db, referral.tenant_id, referral.framework_version)
    await _check_changes(db, referral, body, framework)
    changes = body.model_dump(exclude_unset=True, exclude={"version", "needs"})
    async with versioned_change(db, actor, referral.id):
        for field, value in changes.items():
            setattr(referral, field, value)
        if body.needs:
            updated = []
            for entry in referral.needs:
                change = body.needs.get(entry["domain_key"])
                sent = change.model_dump(exclude_unset=True, exclude_none=True) if change else {}
                updated.append({**entry, **sent})
            referral.needs = updated
        referral.updated_at = now
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.update,
        resource_type=RESOURCE,
        resource_id=referral.id,
        child_id=referral.child_id,
        details={"fields": sorted(changes), "domains": sorted(body.needs or {})},
    )
    return await reread(db, actor, referral.id)
