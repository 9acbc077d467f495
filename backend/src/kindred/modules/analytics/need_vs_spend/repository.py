"""The query behind need vs spend: children in care, their latest score and weekly cost."""

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth.child_access import ChildScope, visible_to
from kindred.domain.care_status import CareStatus
from kindred.models.child import Child
from kindred.modules.costs.api import weekly_costs_running


@dataclass(frozen=True, slots=True)
class NeedSpendRow:
    child_id: uuid.UUID
    given_name: str
    family_name: str
    date_of_birth: date
    placement_type: str | None
    score: Decimal
    weekly_cost_pence: int


async def need_and_spend(
    db: AsyncSession,
    *,
    today: date,
    scope: ChildScope | None,
    placement_type: str | None,
    team_id: uuid.UUID | None,
    sex: str | None,
) -> list[NeedSpendRow]:
    """In-care children with an approved assessment and weekly costs running `today`.

    `scope` None: the whole council (row-level security bounds it); otherwise only the
    children that scope may see.
    """
    weekly = weekly_costs_running(today)
    query = (
        select(
            Child.id,
            Child.given_name,
            Child.family_name,
            Child.date_of_birth,
            Child.placement_type,
            Child.latest_score,
            weekly.c.weekly,
        )
        .join(weekly, weekly.c.child_id == Child.id)
        .where(
            Child.care_status == CareStatus.in_care,
            Child.latest_score.is_not(None),
            weekly.c.weekly > 0,
        )
    )
    if scope is not None:
        query = query.where(visible_to(scope))
    if placement_type:
        query = query.where(Child.placement_type == placement_type)
    if team_id:
        query = query.where(Child.team_id == team_id)
    if sex:
        query = query.where(Child.sex == sex)
    rows = await db.execute(query)
    return [
        NeedSpendRow(row[0], row[1], row[2], row[3], row[4], row[5], int(row[6])) for row in rows
    ]
