"""The queues of assessments: waiting for a manager (submitted), returned, or in draft."""

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.auth.child_access import child_scope
from kindred.core.errors import Forbidden
from kindred.core.pagination import Page, PageParams
from kindred.models.assessment import AssessmentStatus
from kindred.modules.assessments import repository
from kindred.modules.assessments.reading import RESOURCE, complete, figures, levels_of
from kindred.modules.assessments.schemas import ChildRef, QueueFilters, QueueItem
from kindred.modules.children.schemas import PersonRef
from kindred.modules.frameworks.api import framework_for


async def queue(
    db: AsyncSession, actor: Actor, filters: QueueFilters, page: PageParams
) -> Page[QueueItem]:
    """Assessments waiting in a status, for the children the actor may see, oldest first."""
    scope = child_scope(actor)
    if scope is None:
        raise Forbidden("Your role does not give access to children's records.")
    rows, total = await repository.queue(db, scope, AssessmentStatus(filters.status), page)
    ids = {row.assessment.id for row in rows} | {
        row.latest_assessment_id for row in rows if row.latest_assessment_id
    }
    domains = await repository.domains_of(db, ids)
    items = []
    for row in rows:
        assessment = row.assessment
        framework = await framework_for(db, actor.tenant_id, assessment.framework_version)
        levels = levels_of(domains[assessment.id], framework)
        full = complete(levels)
        previous = domains.get(row.latest_assessment_id) if row.latest_assessment_id else None
        items.append(
            QueueItem(
                id=assessment.id,
                child=ChildRef(
                    id=assessment.child_id,
                    given_name=row.given_name,
                    family_name=row.family_name,
                    preferred_name=row.preferred_name,
                    team_name=row.team_name,
                ),
                status=assessment.status,
                framework_version=assessment.framework_version,
                created_by=PersonRef(id=assessment.created_by, display_name=row.creator_name),
                created_at=assessment.created_at,
                submitted_by=(
                    PersonRef(id=assessment.submitted_by, display_name=row.submitter_name)
                    if assessment.submitted_by and row.submitter_name
                    else None
                ),
                submitted_at=assessment.submitted_at,
                returned_at=assessment.returned_at,
                preview=figures(full, framework) if full else None,
                previous_score=row.latest_score,
                changed_domains=(
                    sum(
                        1
                        for key, level in levels.items()
                        if key not in previous or previous[key].need_level != level
                    )
                    if previous is not None
                    else None
                ),
                version=assessment.version,
            )
        )
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.list,
        resource_type=RESOURCE,
        details={
            "status": filters.status,
            "count": len(items),
            "child_ids": sorted({str(row.assessment.child_id) for row in rows}),
        },
    )
    return Page.of(items, total, page)
