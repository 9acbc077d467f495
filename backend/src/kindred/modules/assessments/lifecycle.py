"""The approval lifecycle: draft → submitted → approved, or → returned → submitted again.

Every step names the `version` it was based on. Approval scores the assessment with its own
pinned framework version and mirrors the result on the child, in the one transaction.
"""

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.core.errors import FieldError, Forbidden, InvalidInput
from kindred.domain.scoring import summarise_needs
from kindred.domain.submission import INCOMPLETE, submit_checks
from kindred.models.assessment import Assessment, AssessmentStatus
from kindred.modules.assessments import repository
from kindred.modules.assessments.reading import (
    RESOURCE,
    complete,
    domain_reads,
    full_read,
    levels_of,
    may_approve,
    visible_assessment,
)
from kindred.modules.assessments.schemas import AssessmentRead, AssessmentReturn, LifecycleStep
from kindred.modules.assessments.service import (
    check_editable,
    check_version,
    stale,
    versioned_change,
)
from kindred.modules.frameworks.api import framework_for

NOT_SUBMITTED = "Only a submitted assessment can be approved or returned; this one is {status}."


async def _reread(db: AsyncSession, actor: Actor, assessment_id: uuid.UUID) -> AssessmentRead:
    saved = await repository.get_assessment(db, assessment_id)
    assert saved is not None
    return await full_read(db, actor, saved)


async def submit(
    db: AsyncSession,
    actor: Actor,
    assessment_id: uuid.UUID,
    body: LifecycleStep,
    *,
    now: datetime,
) -> AssessmentRead:
    """Send a complete draft (or a returned assessment) to a manager for approval."""
    assessment = await visible_assessment(db, actor, assessment_id)
    await check_editable(db, actor, assessment)
    await check_version(db, actor, assessment, body.version)
    framework = await framework_for(db, actor.tenant_id, assessment.framework_version)
    domains = (await repository.domains_of(db, [assessment.id]))[assessment.id]
    checks = submit_checks(domain_reads(domains, framework))
    if checks:
        raise InvalidInput(
            INCOMPLETE,
            errors=[
                FieldError(
                    field=f"body.domains.{check.domain_key}.{check.field}", message=check.message
                )
                for check in checks
            ],
        )
    async with versioned_change(db, actor, assessment.id):
        assessment.status = AssessmentStatus.submitted
        assessment.submitted_by = actor.id
        assessment.submitted_at = now
        assessment.updated_at = now
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.submit,
        resource_type=RESOURCE,
        resource_id=assessment.id,
        child_id=assessment.child_id,
    )
    return await _reread(db, actor, assessment.id)


async def _check_submitted(db: AsyncSession, actor: Actor, assessment: Assessment) -> None:
    if assessment.status != AssessmentStatus.submitted:
        detail = NOT_SUBMITTED.format(status=assessment.status)
        raise await stale(db, actor, assessment.id, detail)


async def approve(
    db: AsyncSession,
    actor: Actor,
    assessment_id: uuid.UUID,
    body: LifecycleStep,
    *,
    now: datetime,
) -> AssessmentRead:
    """A manager approves: score with the pinned framework and update the child's figures."""
    assessment = await visible_assessment(db, actor, assessment_id)
    await _check_submitted(db, actor, assessment)
    if not may_approve(actor, assessment):
        await audit.record_denied(
            db,
            actor=actor,
            resource_type=RESOURCE,
            resource_id=assessment.id,
            child_id=assessment.child_id,
            details={"reason": "own assessment"},
        )
        raise Forbidden(
            "You cannot approve an assessment you wrote or submitted; another manager must.",
            keep_changes=True,
        )
    await check_version(db, actor, assessment, body.version)
    framework = await framework_for(db, actor.tenant_id, assessment.framework_version)
    domains = (await repository.domains_of(db, [assessment.id]))[assessment.id]
    levels = complete(levels_of(domains, framework))
    if levels is None:  # submission checks this; only a bypass of it could get here
        raise await stale(db, actor, assessment.id, "This assessment has domains without a level.")
    summary = summarise_needs(levels, framework)
    score = Decimal(str(summary.score))
    today = now.date()
    async with versioned_change(db, actor, assessment.id):
        assessment.status = AssessmentStatus.approved
        assessment.decided_by = actor.id
        assessment.approved_at = now
        assessment.assessed_on = today
        assessment.score = score
        assessment.actionable_count = summary.actionable
        assessment.highest_level = summary.highest.level
        assessment.updated_at = now
    await repository.record_latest_approval(
        db,
        assessment.child_id,
        assessment_id=assessment.id,
        score=score,
        actionable=summary.actionable,
        assessed_on=today,
    )
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.approve,
        resource_type=RESOURCE,
        resource_id=assessment.id,
        child_id=assessment.child_id,
        details={"score": str(score), "framework_version": framework.version},
    )
    return await _reread(db, actor, assessment.id)


async def return_for_changes(
    db: AsyncSession,
    actor: Actor,
    assessment_id: uuid.UUID,
    body: AssessmentReturn,
    *,
    now: datetime,
) -> AssessmentRead:
    """A manager sends a submitted assessment back to be changed, saying why."""
    assessment = await visible_assessment(db, actor, assessment_id)
    await _check_submitted(db, actor, assessment)
    await check_version(db, actor, assessment, body.version)
    async with versioned_change(db, actor, assessment.id):
        assessment.status = AssessmentStatus.returned
        assessment.decided_by = actor.id
        assessment.returned_at = now
        assessment.return_comment = body.comment
        assessment.updated_at = now
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.return_,
        resource_type=RESOURCE,
        resource_id=assessment.id,
        child_id=assessment.child_id,
    )
    return await _reread(db, actor, assessment.id)
