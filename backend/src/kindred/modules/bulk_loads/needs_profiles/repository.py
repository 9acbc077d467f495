"""The SQL of a needs profiles load: approved assessments matched by (child, assessment date),
written in a few statements however many rows, and the child's latest figures kept in step."""

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.models.assessment import Assessment, AssessmentDomain, AssessmentStatus
from kindred.models.user import User


@dataclass(frozen=True, slots=True)
class HeldProfile:
    """An approved assessment as a profile row compares with it."""

    id: uuid.UUID
    child_id: uuid.UUID
    assessed_on: Any
    decided_by: uuid.UUID | None
    summary: str
    domains: dict[str, tuple[int | None, str, str]]
    """Domain key → (level, strength, evidence)."""


async def users_by_email(db: AsyncSession) -> dict[str, uuid.UUID]:
    """Every user of the council by e-mail (row-level security scopes it)."""
    rows = await db.execute(select(User.email, User.id))
    return {row.email: row.id for row in rows}


async def held_profiles(db: AsyncSession, child_ids: Sequence[uuid.UUID]) -> list[HeldProfile]:
    """The approved assessments of these children, each with its domains."""
    assessments = (
        list(
            await db.scalars(
                select(Assessment).where(
                    Assessment.child_id.in_(set(child_ids)),
                    Assessment.status == AssessmentStatus.approved,
                )
            )
        )
        if child_ids
        else []
    )
    domains: dict[uuid.UUID, dict[str, tuple[int | None, str, str]]] = defaultdict(dict)
    if assessments:
        rows = await db.scalars(
            select(AssessmentDomain).where(
                AssessmentDomain.assessment_id.in_([a.id for a in assessments])
            )
        )
        for row in rows:
            domains[row.assessment_id][row.domain_key] = (
                row.need_level,
                row.strength_level,
                row.evidence,
            )
    return [
        HeldProfile(a.id, a.child_id, a.assessed_on, a.decided_by, a.summary, domains[a.id])
        for a in assessments
    ]


async def add_assessments(
    db: AsyncSession, assessments: list[dict[str, Any]], domains: list[dict[str, Any]]
) -> None:
    if assessments:
        await db.execute(insert(Assessment), assessments)
        await db.execute(insert(AssessmentDomain), domains)


async def replace_assessments(
    db: AsyncSession, changes: list[dict[str, Any]], domains: list[dict[str, Any]]
) -> None:
    """Rewrite changed assessments (a new version) and their domains."""
    if not changes:
        return
    ids = [change["id"] for change in changes]
    for change in changes:
        fields = {key: value for key, value in change.items() if key != "id"}
        await db.execute(
            update(Assessment)
            .where(Assessment.id == change["id"])
            .values(**fields, version=Assessment.version + 1)
            .execution_options(synchronize_session=False)
        )
    await db.execute(delete(AssessmentDomain).where(AssessmentDomain.assessment_id.in_(ids)))
    await db.execute(insert(AssessmentDomain), domains)


async def follow_latest_approvals(db: AsyncSession, child_ids: Sequence[uuid.UUID]) -> None:
    """Each child's latest and previous approved figures, as an approval in the app sets them."""
    await db.execute(
        text(
            """
            WITH ranked AS (
                SELECT a.child_id, a.id, a.score, a.actionable_count, a.assessed_on,
                       row_number() OVER (
                           PARTITION BY a.child_id ORDER BY a.approved_at DESC, a.id
                       ) AS n
                FROM assessments a
                WHERE a.status = 'approved' AND a.child_id = ANY(:children)
            )
            UPDATE children c SET
                latest_assessment_id = l.id,
                latest_score = l.score,
                latest_actionable = l.actionable_count,
                last_assessed_on = l.assessed_on,
                previous_score = p.score
            FROM ranked l LEFT JOIN ranked p ON p.child_id = l.child_id AND p.n = 2
            WHERE l.n = 1 AND c.id = l.child_id
              AND (c.latest_assessment_id, c.latest_score, c.latest_actionable,
                   c.last_assessed_on, c.previous_score)
                  IS DISTINCT FROM (l.id, l.score, l.actionable_count, l.assessed_on, p.score)
            """
        ),
        {"children": list(child_ids)},
    )
