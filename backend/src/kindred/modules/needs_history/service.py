"""A child's needs over time, from their approved assessments."""

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.auth.child_access import visible_child
from kindred.domain.scoring import highest_need, needs_change
from kindred.modules.frameworks.api import current_framework, framework_for
from kindred.modules.needs_history import repository
from kindred.modules.needs_history.schemas import DomainLabel, NeedsHistory, NeedsPoint


async def needs_history(db: AsyncSession, actor: Actor, child_id: uuid.UUID) -> NeedsHistory:
    """One point per approved assessment, oldest first, with the change in each domain."""
    await visible_child(db, actor, child_id)
    entries = await repository.approved_with_levels(db, child_id)
    points: list[NeedsPoint] = []
    previous: dict[str, int] | None = None
    for entry in entries:
        assessment = entry.assessment
        framework = await framework_for(db, actor.tenant_id, assessment.framework_version)
        order = [key for key in framework.domain_keys if entry.levels.get(key) is not None]
        levels = {key: level for key in order if (level := entry.levels[key]) is not None}
        if not levels or assessment.score is None or assessment.assessed_on is None:
            continue  # approval always sets these; never let one odd row break the chart
        try:
            change = needs_change(previous, levels) if previous is not None else None
        except ValueError:  # different domains: not comparable domain by domain
            change = None
        points.append(
            NeedsPoint(
                assessment_id=assessment.id,
                assessed_on=assessment.assessed_on,
                approved_at=assessment.approved_at or assessment.updated_at,
                framework_version=assessment.framework_version,
                levels=levels,
                score=assessment.score,
                actionable_count=assessment.actionable_count or 0,
                highest_level=assessment.highest_level or 0,
                highest_domains=list(highest_need(levels, order).domains),
                change=change,
            )
        )
        previous = levels
    current = await current_framework(db, actor.tenant_id)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.read,
        resource_type="needs_history",
        resource_id=child_id,
        child_id=child_id,
        details={"points": len(points)},
    )
    return NeedsHistory(
        child_id=child_id,
        domains=[DomainLabel(key=domain.key, name=domain.name) for domain in current.domains],
        points=points,
    )
