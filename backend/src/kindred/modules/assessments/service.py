"""Use cases for needs assessments: list a child's, start, read and autosave one.

The approval lifecycle (submit, approve, return) is in `lifecycle.py` and the queues in
`approval_queue.py`; they share the loading, reading and saving helpers here.
"""

import uuid
from collections.abc import Mapping
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction, Outcome
from kindred.auth.child_access import visible_child
from kindred.auth.policy import Action, permits
from kindred.core import stale_version
from kindred.core.errors import Conflict, FieldError, InvalidInput, NotFound
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
    AssessmentStart,
    AssessmentUpdate,
    NeedsFigures,
    PreviousApproved,
    SubmitCheckRead,
)
from kindred.modules.children.schemas import PersonRef
from kindred.modules.frameworks.api import current_framework, framework_for

RESOURCE = "assessment"
NO_SUCH_ASSESSMENT = "There is no assessment with this id, or you do not have access to it."
STALE = (
    "Someone else changed this assessment since you opened it. Their version is in "
    "`current`; review it and apply your change again."
)
APPROVED_IS_FINAL = "Approved assessments cannot be changed; start a new one from it."
EDITABLE = frozenset({AssessmentStatus.draft, AssessmentStatus.returned})

DomainRows = Mapping[str, AssessmentDomain]


# --- loading and saving ----------------------------------------------------------------------


async def visible_assessment(
    db: AsyncSession, actor: Actor, assessment_id: uuid.UUID
) -> Assessment:
    """Load an assessment whose child the actor may see; otherwise 404 (audited)."""
    assessment = await repository.get_assessment(db, assessment_id)
    if assessment is None:
        await audit.record(
            db, actor=actor, action=AuditAction.denied, resource_type=RESOURCE,
            resource_id=assessment_id, outcome=Outcome.denied,
        )  # fmt: skip
        raise NotFound(NO_SUCH_ASSESSMENT, keep_changes=True)
    try:
        await visible_child(db, actor, assessment.child_id)
    except NotFound:
        raise NotFound(NO_SUCH_ASSESSMENT, keep_changes=True) from None
    return assessment


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


# --- reading ---------------------------------------------------------------------------------


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


# --- use cases -------------------------------------------------------------------------------


async def list_for_child(
    db: AsyncSession, actor: Actor, child_id: uuid.UUID
) -> list[AssessmentListItem]:
    """A child's assessments, newest first."""
    await visible_child(db, actor, child_id)
    assessments = await repository.list_for_child(db, child_id)
    people = set().union(*(_people(item) for item in assessments)) if assessments else set()
    names = await repository.display_names(db, people)
    await audit.record(
        db, actor=actor, action=AuditAction.list, resource_type=RESOURCE, child_id=child_id,
        details={"count": len(assessments)},
    )  # fmt: skip
    return [_list_item(item, names) for item in assessments]


async def get_assessment(
    db: AsyncSession, actor: Actor, assessment_id: uuid.UUID
) -> AssessmentRead:
    assessment = await visible_assessment(db, actor, assessment_id)
    await audit.record(
        db, actor=actor, action=AuditAction.read, resource_type=RESOURCE,
        resource_id=assessment.id, child_id=assessment.child_id,
    )  # fmt: skip
    return await full_read(db, actor, assessment)


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
        db, actor=actor, action=AuditAction.create, resource_type=RESOURCE,
        resource_id=assessment.id, child_id=child_id,
        details={"framework_version": framework.version, "based_on": based_on},
    )  # fmt: skip
    created = await repository.get_assessment(db, assessment.id)
    assert created is not None
    return await full_read(db, actor, created)


async def check_editable(db: AsyncSession, actor: Actor, assessment: Assessment) -> None:
    if assessment.status == AssessmentStatus.approved:
        raise await stale(db, actor, assessment.id, APPROVED_IS_FINAL)
    if assessment.status not in EDITABLE:
        raise await stale(
            db, actor, assessment.id,
            "This assessment is waiting for a manager's decision; it can be changed again "
            "only if it is returned.",
        )  # fmt: skip


async def update(
    db: AsyncSession, actor: Actor, assessment_id: uuid.UUID, body: AssessmentUpdate,
    *, now: datetime,
) -> AssessmentRead:  # fmt: skip
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
        db, actor=actor, action=AuditAction.update, resource_type=RESOURCE,
        resource_id=assessment.id, child_id=assessment.child_id,
        details={"fields": sorted(changes), "domains": sorted(domain_changes)},
    )  # fmt: skip
    saved = await repository.get_assessment(db, assessment.id)
    assert saved is not None
    return await full_read(db, actor, saved)
