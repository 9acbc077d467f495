"""Queries for cohort planning: which of the asked-for children the caller may see."""

import uuid
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth.child_access import ChildScope, visible_to
from kindred.domain.care_status import CareStatus
from kindred.models.child import Child


@dataclass(frozen=True, slots=True)
class ChildBrief:
    id: uuid.UUID
    name: str
    local_child_id: str
    care_status: CareStatus
    assessed: bool
    """Whether the child has an approved assessment."""


async def visible_children(
    db: AsyncSession, scope: ChildScope, child_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, ChildBrief]:
    """Those of `child_ids` the scope may see, by id."""
    name = func.coalesce(Child.preferred_name, Child.given_name) + " " + Child.family_name
    rows = await db.execute(
        select(
            Child.id,
            name,
            Child.local_child_id,
            Child.care_status,
            Child.latest_assessment_id.is_not(None),
        ).where(Child.id.in_(list(child_ids)), visible_to(scope))
    )
    return {row[0]: ChildBrief(*row) for row in rows}
