"""Use cases: the weekly cost of each placement type the council's estimates assume.

An indicative default per type (`domain.edge_of_care`), replaced by the council's own average
where an admin has set one. Edge of care costs a month's delay of entry to care with them.
"""

import uuid
from collections.abc import Mapping

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction, record
from kindred.domain.edge_of_care import DEFAULT_WEEKLY_COST_PENCE
from kindred.domain.ssda903 import PLACEMENT_TYPE
from kindred.modules.costs import repository
from kindred.modules.costs.schemas import WeeklyCostRead, WeeklyCostsRead, WeeklyCostsUpdate


async def weekly_costs_assumed(
    db: AsyncSession, tenant_id: uuid.UUID
) -> tuple[dict[str, int], set[str]]:
    """Weekly cost per placement type, the council's where set; and the types it has set."""
    own = await repository.weekly_cost_assumptions(db, tenant_id)
    return {**DEFAULT_WEEKLY_COST_PENCE, **own}, set(own)


def _weekly_costs_read(costs: Mapping[str, int], own: set[str]) -> WeeklyCostsRead:
    return WeeklyCostsRead(
        costs=[
            WeeklyCostRead(
                placement_type=code,
                placement_label=PLACEMENT_TYPE[code],
                weekly_cost_pence=pence,
                basis="council" if code in own else "default",
            )
            for code, pence in sorted(costs.items())
        ]
    )


async def weekly_costs(db: AsyncSession, actor: Actor) -> WeeklyCostsRead:
    """The weekly cost of each placement type the estimates assume, and where it comes from."""
    return _weekly_costs_read(*await weekly_costs_assumed(db, actor.tenant_id))


async def set_weekly_costs(
    db: AsyncSession, actor: Actor, body: WeeklyCostsUpdate
) -> WeeklyCostsRead:
    """Replace the council's weekly cost assumptions (audited)."""
    costs = [(cost.placement_type, cost.weekly_cost_pence) for cost in body.costs]
    await repository.replace_weekly_cost_assumptions(db, actor.tenant_id, costs, actor.id)
    await record(
        db,
        actor=actor,
        action=AuditAction.update,
        resource_type="placement_cost_assumptions",
        details={"costs": dict(costs)},
    )
    return _weekly_costs_read(*await weekly_costs_assumed(db, actor.tenant_id))
