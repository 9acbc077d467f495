"""Every query about children. Visibility comes in as a `ChildScope`, never as ad hoc WHEREs."""

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute, aliased

from kindred.auth.child_access import ChildScope, granted_user_ids, visible_to
from kindred.core.pagination import PageParams
from kindred.models.child import Child, ChildAccessGrant
from kindred.models.organisation import Team
from kindred.models.user import User, UserStatus
from kindred.modules.children.schemas import ChildFilters

Worker = aliased(User)


@dataclass(frozen=True, slots=True)
class ChildRow:
    child: Child
    team_name: str
    worker_name: str | None


def _with_team_and_worker() -> Select[Child, str, str]:
    return (
        select(Child, Team.name, Worker.display_name)
        .join(Team, Team.id == Child.team_id)
        .outerjoin(Worker, Worker.id == Child.allocated_worker_id)
    )


def _filtered(
    scope: ChildScope, filters: ChildFilters, not_assessed_since: date | None
) -> Select[Child, str, str]:
    query = _with_team_and_worker().where(visible_to(scope))
    if filters.team_id:
        query = query.where(Child.team_id == filters.team_id)
    if filters.worker_id:
        query = query.where(Child.allocated_worker_id == filters.worker_id)
    if filters.care_status:
        query = query.where(Child.care_status == filters.care_status)
    if filters.placement_type:
        query = query.where(Child.placement_type == filters.placement_type)
    if filters.score_min is not None:
        query = query.where(Child.latest_score >= filters.score_min)
    if filters.score_max is not None:
        query = query.where(Child.latest_score <= filters.score_max)
    if not_assessed_since:
        query = query.where(
            or_(Child.last_assessed_on.is_(None), Child.last_assessed_on < not_assessed_since)
        )
    if filters.q:
        pattern = f"%{filters.q.strip().replace('%', '').replace('_', '')}%"
        full_name = func.concat(Child.given_name, " ", Child.family_name)
        query = query.where(
            or_(
                full_name.ilike(pattern),
                Child.preferred_name.ilike(pattern),
                Child.local_child_id.ilike(pattern),
                Child.upn.ilike(pattern),
            )
        )
    return query


_SORT_COLUMNS = {
    "family_name": (Child.family_name, Child.given_name),
    "date_of_birth": (Child.date_of_birth,),
    "latest_score": (Child.latest_score,),
    "last_assessed_on": (Child.last_assessed_on,),
    "created_at": (Child.created_at,),
}


def _ordering(sort: str) -> list[ColumnElement[Any] | InstrumentedAttribute[Any]]:
    descending = sort.startswith("-")
    columns = _SORT_COLUMNS[sort.removeprefix("-")]
    ordering = [
        column.desc().nulls_last() if descending else column.asc().nulls_last()
        for column in columns
    ]
    return [*ordering, Child.id]


def caseload(
    scope: ChildScope, filters: ChildFilters, *, not_assessed_since: date | None
) -> Select[Child, str, str]:
    """Every row of the list with these filters, in its order (for a download)."""
    return _filtered(scope, filters, not_assessed_since).order_by(*_ordering(filters.sort))


def every_child() -> Select[Child, str, str]:
    """The council's every child, restricted ones too (the whole-council export)."""
    return _with_team_and_worker().order_by(*_ordering("family_name"))


async def list_children(
    db: AsyncSession,
    scope: ChildScope,
    filters: ChildFilters,
    page: PageParams,
    *,
    not_assessed_since: date | None,
) -> tuple[list[ChildRow], int]:
    query = _filtered(scope, filters, not_assessed_since)
    # The total rides along on every row (one round trip instead of two).
    rows = (
        await db.execute(
            query.add_columns(func.count().over().label("total"))
            .order_by(*_ordering(filters.sort))
            .offset(page.offset)
            .limit(page.page_size)
        )
    ).all()
    if rows:
        total = int(rows[0].total)
    else:  # a page past the end still reports how many there are
        total = int(await db.scalar(select(func.count()).select_from(query.subquery())) or 0)
    return [ChildRow(row[0], row[1], row[2]) for row in rows], total


async def get_child(db: AsyncSession, child_id: uuid.UUID) -> ChildRow | None:
    row = (await db.execute(_with_team_and_worker().where(Child.id == child_id))).one_or_none()
    return ChildRow(row[0], row[1], row[2]) if row else None


async def grant_access(db: AsyncSession, child: Child, user_ids: set[uuid.UUID]) -> None:
    existing = await granted_user_ids(db, child.id)
    db.add_all(
        ChildAccessGrant(child_id=child.id, user_id=user_id, tenant_id=child.tenant_id)
        for user_id in user_ids - existing
    )
    await db.flush()


async def local_id_taken(
    db: AsyncSession, local_child_id: str, *, other_than: uuid.UUID | None = None
) -> bool:
    query = select(Child.id).where(Child.local_child_id == local_child_id)
    if other_than is not None:
        query = query.where(Child.id != other_than)
    return (await db.scalar(query.limit(1))) is not None


async def team_exists(db: AsyncSession, team_id: uuid.UUID) -> bool:
    return (await db.scalar(select(Team.id).where(Team.id == team_id))) is not None


async def caseworker_role(db: AsyncSession, user_id: uuid.UUID) -> str | None:
    """The role of an active user in this council, to check a worker allocation."""
    return await db.scalar(
        select(User.role).where(User.id == user_id, User.status == UserStatus.active)
    )


async def add_child(db: AsyncSession, child: Child) -> Child:
    db.add(child)
    await db.flush()
    await db.refresh(child)
    return child
