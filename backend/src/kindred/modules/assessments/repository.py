"""Every query about assessments. Child visibility comes in as a `ChildScope`."""

import uuid
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from kindred.auth.child_access import ChildScope, visible_to
from kindred.core.pagination import PageParams
from kindred.models.assessment import Assessment, AssessmentDomain, AssessmentStatus
from kindred.models.child import Child
from kindred.models.organisation import Team
from kindred.models.user import User

OPEN_STATUSES = (
    AssessmentStatus.draft,
    AssessmentStatus.submitted,
    AssessmentStatus.returned,
)
_APPROVED = AssessmentStatus.approved


@dataclass(frozen=True, slots=True)
class QueueRow:
    assessment: Assessment
    given_name: str
    family_name: str
    preferred_name: str | None
    team_name: str
    latest_assessment_id: uuid.UUID | None
    latest_score: Decimal | None
    creator_name: str
    submitter_name: str | None


async def get_assessment(db: AsyncSession, assessment_id: uuid.UUID) -> Assessment | None:
    return await db.scalar(
        select(Assessment)
        .where(Assessment.id == assessment_id)
        .execution_options(populate_existing=True)
    )


async def domains_of(
    db: AsyncSession, assessment_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, dict[str, AssessmentDomain]]:
    """Assessment id → domain key → its row, for many assessments in one query."""
    found: dict[uuid.UUID, dict[str, AssessmentDomain]] = defaultdict(dict)
    if not assessment_ids:
        return found
    rows = await db.scalars(
        select(AssessmentDomain)
        .where(AssessmentDomain.assessment_id.in_(set(assessment_ids)))
        .execution_options(populate_existing=True)
    )
    for row in rows:
        found[row.assessment_id][row.domain_key] = row
    return found


async def display_names(db: AsyncSession, user_ids: Collection[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not user_ids:
        return {}
    rows = await db.execute(select(User.id, User.display_name).where(User.id.in_(set(user_ids))))
    return {row[0]: row[1] for row in rows}


async def lock_child(db: AsyncSession, child_id: uuid.UUID) -> None:
    """Serialise starting assessments for one child (FOR NO KEY UPDATE until commit)."""
    await db.execute(select(Child.id).where(Child.id == child_id).with_for_update(key_share=True))


async def open_assessment(db: AsyncSession, child_id: uuid.UUID) -> Assessment | None:
    return await db.scalar(
        select(Assessment)
        .where(Assessment.child_id == child_id, Assessment.status.in_(OPEN_STATUSES))
        .order_by(Assessment.created_at)
        .limit(1)
    )


async def latest_approved(
    db: AsyncSession, child_id: uuid.UUID, *, before: Assessment | None = None
) -> Assessment | None:
    """The child's latest approved assessment; with `before`, the one approved before it."""
    query = select(Assessment).where(
        Assessment.child_id == child_id, Assessment.status == _APPROVED
    )
    if before is not None:
        query = query.where(Assessment.id != before.id)
        if before.approved_at is not None:
            query = query.where(Assessment.approved_at < before.approved_at)
    return await db.scalar(
        query.order_by(Assessment.approved_at.desc(), Assessment.id.desc()).limit(1)
    )


async def list_for_child(db: AsyncSession, child_id: uuid.UUID) -> Sequence[Assessment]:
    """Newest first."""
    rows = await db.scalars(
        select(Assessment)
        .where(Assessment.child_id == child_id)
        .order_by(Assessment.created_at.desc(), Assessment.id.desc())
    )
    return rows.all()


def assessments_with_levels(
    child_id: uuid.UUID | None,
) -> Select[Assessment, str, dict[str, int | None] | None]:
    """Assessments with their author's name and need level per domain: one child's newest
    first, or the council's every child's in turn."""
    levels = (
        select(func.jsonb_object_agg(AssessmentDomain.domain_key, AssessmentDomain.need_level))
        .where(AssessmentDomain.assessment_id == Assessment.id)
        .correlate(Assessment)
        .scalar_subquery()
    )
    query = select(Assessment, User.display_name, levels).join(
        User, User.id == Assessment.created_by
    )
    if child_id is not None:
        query = query.where(Assessment.child_id == child_id)
    else:
        query = query.order_by(Assessment.child_id)
    return query.order_by(Assessment.created_at.desc(), Assessment.id.desc())


async def add_assessment(
    db: AsyncSession, assessment: Assessment, domains: Sequence[AssessmentDomain]
) -> Assessment:
    db.add(assessment)
    await db.flush()
    for domain in domains:
        domain.assessment_id = assessment.id
    db.add_all(domains)
    await db.flush()
    return assessment


async def record_latest_approval(
    db: AsyncSession,
    child_id: uuid.UUID,
    *,
    assessment_id: uuid.UUID,
    score: Decimal,
    actionable: int,
    assessed_on: date,
) -> None:
    """Mirror an approval on the child; the old latest score becomes the previous one.

    A plain UPDATE, not a versioned one: these fields are not user-editable, so someone
    editing the child's record at the same time need not start again.
    """
    await db.execute(
        update(Child)
        .where(Child.id == child_id)
        .values(
            previous_score=Child.latest_score,
            latest_score=score,
            latest_actionable=actionable,
            last_assessed_on=assessed_on,
            latest_assessment_id=assessment_id,
        )
        .execution_options(synchronize_session=False)
    )


_WAITING_SINCE = {
    AssessmentStatus.submitted: Assessment.submitted_at,
    AssessmentStatus.returned: Assessment.returned_at,
    AssessmentStatus.draft: Assessment.created_at,
}


async def queue(
    db: AsyncSession, scope: ChildScope, status: AssessmentStatus, page: PageParams
) -> tuple[list[QueueRow], int]:
    """Assessments in `status` of the children in scope, the longest waiting first."""
    creator, submitter = aliased(User), aliased(User)
    query = (
        select(
            Assessment,
            Child.given_name,
            Child.family_name,
            Child.preferred_name,
            Team.name,
            Child.latest_assessment_id,
            Child.latest_score,
            creator.display_name,
            submitter.display_name,
        )
        .join(Child, Child.id == Assessment.child_id)
        .join(Team, Team.id == Child.team_id)
        .join(creator, creator.id == Assessment.created_by)
        .outerjoin(submitter, submitter.id == Assessment.submitted_by)
        .where(Assessment.status == status, visible_to(scope))
    )
    total = await db.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = await db.execute(
        query.order_by(_WAITING_SINCE[status].asc(), Assessment.id)
        .offset(page.offset)
        .limit(page.page_size)
    )
    return [QueueRow(*row) for row in rows], int(total)
