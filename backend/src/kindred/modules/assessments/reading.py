"""Reading needs assessments: load one the caller may see, list a child's, show one in full.

Shared by the editing use cases (`service.py`), the lifecycle and the approval queues.
"""

import uuid
from collections.abc import Mapping
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.auth.child_access import visible_child, visible_record
from kindred.auth.policy import Action, permits
from kindred.domain.framework import Framework, StrengthLevel
from kindred.domain.scoring import highest_need, summarise_needs
from kindred.domain.submission import EVIDENCE_FROM_LEVEL, submit_checks
from kindred.models.assessment import Assessment, AssessmentDomain, AssessmentStatus
from kindred.modules.assessments import repository
from kindred.modules.assessments.schemas import (
    AssessmentDomainRead,
    AssessmentListItem,
    AssessmentPermissions,
    AssessmentRead,
    NeedsFigures,
    PreviousApproved,
    SubmitCheckRead,
)
from kindred.modules.children.schemas import PersonRef
from kindred.modules.frameworks.api import framework_for

RESOURCE = "assessment"
NO_SUCH_ASSESSMENT = "There is no assessment with this id, or you do not have access to it."

EDITABLE = frozenset({AssessmentStatus.draft, AssessmentStatus.returned})

DomainRows = Mapping[str, AssessmentDomain]


async def visible_assessment(
    db: AsyncSession, actor: Actor, assessment_id: uuid.UUID
) -> Assessment:
    """Load an assessment whose child the actor may see; otherwise 404 (audited)."""
    assessment = await repository.get_assessment(db, assessment_id)
    return await visible_record(
        db,
        actor,
        assessment,
        resource_type=RESOURCE,
        record_id=assessment_id,
        not_found=NO_SUCH_ASSESSMENT,
    )


def levels_of(domains: DomainRows, framework: Framework) -> dict[str, int | None]:
    """Domain key → level, in framework order (None where not yet chosen)."""
    return {
        key: (domains[key].need_level if key in domains else None) for key in framework.domain_keys
    }


def complete(levels: Mapping[str, int | None]) -> dict[str, int] | None:
    """The levels when every domain has one, else None."""
    if any(level is None for level in levels.values()):
        return None
    return {key: level for key, level in levels.items() if level is not None}


def figures(levels: Mapping[str, int], framework: Framework) -> NeedsFigures:
    summary = summarise_needs(levels, framework)
    return NeedsFigures(
        score=Decimal(str(summary.score)),
        actionable_count=summary.actionable,
        highest_level=summary.highest.level,
        highest_domains=list(summary.highest.domains),
        blocks_step_down=summary.blocks_step_down,
    )


def _person(user_id: uuid.UUID | None, names: Mapping[uuid.UUID, str]) -> PersonRef | None:
    if user_id is None:
        return None
    return PersonRef(id=user_id, display_name=names.get(user_id, "Unknown"))


def _people(assessment: Assessment) -> set[uuid.UUID]:
    ids = {assessment.created_by, assessment.submitted_by, assessment.decided_by}
    return {user_id for user_id in ids if user_id is not None}


def _list_item(assessment: Assessment, names: Mapping[uuid.UUID, str]) -> AssessmentListItem:
    created_by = _person(assessment.created_by, names)
    assert created_by is not None
    return AssessmentListItem(
        id=assessment.id,
        child_id=assessment.child_id,
        status=assessment.status,
        framework_version=assessment.framework_version,
        based_on_id=assessment.based_on_id,
        created_by=created_by,
        created_at=assessment.created_at,
        updated_at=assessment.updated_at,
        submitted_by=_person(assessment.submitted_by, names),
        submitted_at=assessment.submitted_at,
        decided_by=_person(assessment.decided_by, names),
        approved_at=assessment.approved_at,
        returned_at=assessment.returned_at,
        assessed_on=assessment.assessed_on,
        score=assessment.score,
        actionable_count=assessment.actionable_count,
        highest_level=assessment.highest_level,
        version=assessment.version,
    )


def may_approve(actor: Actor, assessment: Assessment) -> bool:
    """Managers decide, but never on an assessment they wrote or submitted."""
    return permits(actor, Action.decide_assessment) and actor.id not in {
        assessment.created_by,
        assessment.submitted_by,
    }


def _permissions(actor: Actor, assessment: Assessment) -> AssessmentPermissions:
    editable = assessment.status in EDITABLE
    submitted = assessment.status == AssessmentStatus.submitted
    return AssessmentPermissions(
        can_edit=editable and permits(actor, Action.edit_assessment),
        can_submit=editable and permits(actor, Action.submit_assessment),
        can_approve=submitted and may_approve(actor, assessment),
        can_return=submitted and permits(actor, Action.decide_assessment),
    )


def domain_reads(domains: DomainRows, framework: Framework) -> list[AssessmentDomainRead]:
    """The domains in framework order, with an empty answer where none is saved yet."""
    reads = []
    for domain in framework.domains:
        row = domains.get(domain.key)
        reads.append(
            AssessmentDomainRead(
                key=domain.key,
                name=domain.name,
                need_level=row.need_level if row else None,
                evidence=row.evidence if row else "",
                strength_level=row.strength_level if row else StrengthLevel.NONE,
                strength_notes=row.strength_notes if row else "",
            )
        )
    return reads


async def full_read(db: AsyncSession, actor: Actor, assessment: Assessment) -> AssessmentRead:
    """Everything the assessment page shows, including the previous approved levels."""
    framework = await framework_for(db, actor.tenant_id, assessment.framework_version)
    previous = await repository.latest_approved(db, assessment.child_id, before=assessment)
    ids = [assessment.id] + ([previous.id] if previous else [])
    domains = await repository.domains_of(db, ids)
    names = await repository.display_names(db, _people(assessment))
    levels = levels_of(domains[assessment.id], framework)
    approved = assessment.status == AssessmentStatus.approved
    full = complete(levels)
    reads = domain_reads(domains[assessment.id], framework)
    return AssessmentRead(
        **_list_item(assessment, names).model_dump(),
        summary=assessment.summary,
        aspirations=assessment.aspirations,
        what_helps=assessment.what_helps,
        return_comment=assessment.return_comment,
        domains=reads,
        highest_domains=(
            list(highest_need(full, framework.domain_keys).domains) if approved and full else None
        ),
        preview=figures(full, framework) if full and not approved else None,
        previous_approved=(
            PreviousApproved(
                id=previous.id,
                assessed_on=previous.assessed_on,
                framework_version=previous.framework_version,
                score=previous.score,
                levels={
                    key: row.need_level
                    for key, row in domains[previous.id].items()
                    if row.need_level is not None
                },
            )
            if previous
            else None
        ),
        permissions=_permissions(actor, assessment),
        submit_checks=[
            SubmitCheckRead(domain_key=check.domain_key, field=check.field, message=check.message)
            for check in submit_checks(reads)
        ],
        evidence_from_level=EVIDENCE_FROM_LEVEL,
    )


async def list_for_child(
    db: AsyncSession, actor: Actor, child_id: uuid.UUID
) -> list[AssessmentListItem]:
    """A child's assessments, newest first."""
    await visible_child(db, actor, child_id)
    assessments = await repository.list_for_child(db, child_id)
    people = set().union(*(_people(item) for item in assessments)) if assessments else set()
    names = await repository.display_names(db, people)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.list,
        resource_type=RESOURCE,
        child_id=child_id,
        details={"count": len(assessments)},
    )
    return [_list_item(item, names) for item in assessments]


async def get_assessment(
    db: AsyncSession, actor: Actor, assessment_id: uuid.UUID
) -> AssessmentRead:
    assessment = await visible_assessment(db, actor, assessment_id)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.read,
        resource_type=RESOURCE,
        resource_id=assessment.id,
        child_id=assessment.child_id,
    )
    return await full_read(db, actor, assessment)
