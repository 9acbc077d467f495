"""Editing needs assessments: start one, autosave it, and the stale-version 409 they share.

Reading is in `reading.py`, the approval lifecycle (submit, approve, return) in `lifecycle.py`
and the queues in `approval_queue.py`.
"""

import uuid
from contextlib import AbstractAsyncContextManager
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.auth.child_access import visible_child
from kindred.core import stale_version
from kindred.core.errors import Conflict, FieldError, InvalidInput
from kindred.domain.framework import StrengthLevel
from kindred.models.assessment import Assessment, AssessmentDomain, AssessmentStatus
from kindred.modules.assessments import repository
from kindred.modules.assessments.reading import (
    EDITABLE,
    RESOURCE,
    full_read,
    visible_assessment,
)
from kindred.modules.assessments.schemas import (
    AssessmentRead,
    AssessmentStart,
    AssessmentUpdate,
)
from kindred.modules.frameworks.api import current_framework, framework_for

STALE = (
    "Someone else changed this assessment since you opened it. Their version is in "
    "`current`; review it and apply your change again."
)
APPROVED_IS_FINAL = "Approved assessments cannot be changed; start a new one from it."


async def stale(db: AsyncSession, actor: Actor, assessment_id: uuid.UUID, detail: str) -> Conflict:
    """A 409 carrying the assessment as it is now (an audited read), so the client can merge."""
    current = await repository.get_assessment(db, assessment_id)
    assert current is not None
    read = await full_read(db, actor, current)
    await audit.record_conflict_read(
        db,
        actor=actor,
        resource_type=RESOURCE,
        resource_id=assessment_id,
        child_id=current.child_id,
    )
    return stale_version.conflict(detail, read)


def versioned_change(
    db: AsyncSession, actor: Actor, assessment_id: uuid.UUID
) -> AbstractAsyncContextManager[None]:
    """Make changes to the assessment in the block; if another writer committed first, 409
    with their state."""
    return stale_version.versioned_change(db, lambda: stale(db, actor, assessment_id, STALE))


async def check_version(
    db: AsyncSession, actor: Actor, assessment: Assessment, version: int
) -> None:
    if version != assessment.version:
        raise await stale(db, actor, assessment.id, STALE)


async def start(
    db: AsyncSession, actor: Actor, child_id: uuid.UUID, body: AssessmentStart
) -> AssessmentRead:
    """A new draft pinned to the current framework, blank or copied from the latest approved."""
    await visible_child(db, actor, child_id)
    await repository.lock_child(db, child_id)
    existing = await repository.open_assessment(db, child_id)
    if existing is not None:
        raise Conflict(
            f"This child already has an assessment in progress ({existing.status}); carry on "
            "with that one.",
            extra={"existing_assessment_id": str(existing.id), "existing_status": existing.status},
        )
    framework = await current_framework(db, actor.tenant_id)
    source = await repository.latest_approved(db, child_id) if body.from_latest_approved else None
    if body.from_latest_approved and source is None:
        raise InvalidInput(
            "This child has no approved assessment to start from.",
            errors=[FieldError(field="body.from_latest_approved", message="Nothing to copy.")],
        )
    copied = (await repository.domains_of(db, [source.id]))[source.id] if source else {}
    assessment = Assessment(
        tenant_id=actor.tenant_id,
        child_id=child_id,
        status=AssessmentStatus.draft,
        framework_version=framework.version,
        based_on_id=source.id if source else None,
        summary=source.summary if source else "",
        aspirations=source.aspirations if source else "",
        what_helps=source.what_helps if source else "",
        created_by=actor.id,
    )
    domains = [
        AssessmentDomain(
            tenant_id=actor.tenant_id,
            domain_key=key,
            need_level=copied[key].need_level if key in copied else None,
            evidence=copied[key].evidence if key in copied else "",
            strength_level=(copied[key].strength_level if key in copied else StrengthLevel.NONE),
            strength_notes=copied[key].strength_notes if key in copied else "",
        )
        for key in framework.domain_keys
    ]
    await repository.add_assessment(db, assessment, domains)
    based_on = str(source.id) if source else None
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.create,
        resource_type=RESOURCE,
        resource_id=assessment.id,
        child_id=child_id,
        details={"framework_version": framework.version, "based_on": based_on},
    )
    created = await repository.get_assessment(db, assessment.id)
    assert created is not None
    return await full_read(db, actor, created)


async def check_editable(db: AsyncSession, actor: Actor, assessment: Assessment) -> None:
    if assessment.status == AssessmentStatus.approved:
        raise await stale(db, actor, assessment.id, APPROVED_IS_FINAL)
    if assessment.status not in EDITABLE:
        raise await stale(
            db,
            actor,
            assessment.id,
            "This assessment is waiting for a manager's decision; it can be changed again "
            "only if it is returned.",
        )


async def update(
    db: AsyncSession,
    actor: Actor,
    assessment_id: uuid.UUID,
    body: AssessmentUpdate,
    *,
    now: datetime,
) -> AssessmentRead:
    """Autosave: change only what was sent, if nobody else saved since `version` was read."""
    assessment = await visible_assessment(db, actor, assessment_id)
    await check_editable(db, actor, assessment)
    await check_version(db, actor, assessment, body.version)
    framework = await framework_for(db, actor.tenant_id, assessment.framework_version)
    domain_changes = body.domains or {}
    unknown = sorted(key for key in domain_changes if key not in framework.domain_keys)
    if unknown:
        raise InvalidInput(
            f"Framework {framework.version} has no domain {unknown[0]!r}.",
            errors=[
                FieldError(field=f"body.domains.{key}", message="Not a domain of this framework.")
                for key in unknown
            ],
        )
    changes = body.model_dump(exclude_unset=True, exclude={"version", "domains"})
    async with versioned_change(db, actor, assessment.id):
        for field, value in changes.items():
            setattr(assessment, field, value)
        # Always touch the row: its versioned UPDATE is what makes two writers unable to both
        # win, also when only domains change.
        assessment.updated_at = now
    rows = (await repository.domains_of(db, [assessment.id]))[assessment.id]
    for key, change in domain_changes.items():
        row = rows.get(key) or AssessmentDomain(
            tenant_id=actor.tenant_id, assessment_id=assessment.id, domain_key=key
        )
        for field in change.model_fields_set:
            setattr(row, field, getattr(change, field))
        db.add(row)
    await db.flush()
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.update,
        resource_type=RESOURCE,
        resource_id=assessment.id,
        child_id=assessment.child_id,
        details={"fields": sorted(changes), "domains": sorted(domain_changes)},
    )
    saved = await repository.get_assessment(db, assessment.id)
    assert saved is not None
    return await full_read(db, actor, saved)
