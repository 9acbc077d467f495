"""The one query behind a child's needs history."""

import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.models.assessment import Assessment, AssessmentDomain, AssessmentStatus


@dataclass(slots=True)
class ApprovedAssessment:
    assessment: Assessment
    levels: dict[str, int | None] = field(default_factory=dict)


async def approved_with_levels(db: AsyncSession, child_id: uuid.UUID) -> list[ApprovedAssessment]:
    """The child's approved assessments, oldest first, each with its levels (one query)."""
    rows = await db.execute(
        select(Assessment, AssessmentDomain.domain_key, AssessmentDomain.need_level)
        .outerjoin(AssessmentDomain, AssessmentDomain.assessment_id == Assessment.id)
        .where(
            Assessment.child_id == child_id,
            Assessment.status == AssessmentStatus.approved,
        )
        .order_by(Assessment.approved_at, Assessment.id)
    )
    found: dict[uuid.UUID, ApprovedAssessment] = {}
    for assessment, key, level in rows:
        entry = found.setdefault(assessment.id, ApprovedAssessment(assessment))
        if key is not None:
            entry.levels[key] = level
    return list(found.values())
