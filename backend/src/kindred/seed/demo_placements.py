"""Demo placements and costs: every demo child in care gets a current episode and weekly fee.

The episodes are imported, with the history before them, as the councils' SSDA903 returns
(`demo_history`); the fees then name the imported episodes. Fees come from `placement_fees`, so
need vs spend shows on first run what councils found: spend follows the placement type more
than the child's needs.
"""

import random
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.models.child import Child
from kindred.models.cost import CostRecord
from kindred.seed.demo_history import CurrentPlacement, HistoryCouncil, load_demo_history
from kindred.seed.placement_fees import provider_for, weekly_fee_pence

SECTORS = ("LS1 4", "LS6 2", "LS9 8", "BD1 1", "BD3 9", "HX1 1", "WF1 2", "HD1 2", "YO1 7")


async def load_demo_placements(
    db: AsyncSession, councils: list[HistoryCouncil], *, today: date, seed: int = 903
) -> None:
    """A current placement episode and its weekly fee for every demo child in care."""
    rng = random.Random(seed)  # noqa: S311 - demo data, not security
    children = (
        await db.scalars(
            select(Child)
            .where(Child.placement_type.is_not(None))
            .order_by(Child.local_child_id, Child.id)
        )
    ).all()
    costs: list[CostRecord] = []
    fees: list[tuple[CostRecord, CurrentPlacement]] = []
    current: list[CurrentPlacement] = []
    for child in children:
        tenant_id = child.tenant_id
        placement_type = child.placement_type or "U4"
        provider = provider_for(rng, placement_type)
        home = child.home_postcode or rng.choice(SECTORS)
        where = rng.choice(SECTORS)
        start = max(child.date_of_birth, today - timedelta(days=rng.randint(60, 900)))
        placement = CurrentPlacement(
            child, start, placement_type, provider, child.legal_status or "C2", home, where
        )
        current.append(placement)
        fee = CostRecord(
            tenant_id=tenant_id,
            child_id=child.id,
            kind="placement",
            frequency="weekly",
            amount_pence=weekly_fee_pence(rng, placement_type, provider),
            funder="social_care",
            start_date=start,
        )
        costs.append(fee)
        fees.append((fee, placement))
        if rng.random() < 0.25:
            costs.append(
                CostRecord(
                    tenant_id=tenant_id,
                    child_id=child.id,
                    kind=rng.choice(("therapy", "education_support", "transport")),
                    description="Support package agreed at the last review",
                    frequency="weekly",
                    amount_pence=rng.randint(40, 400) * 100,
                    funder=rng.choice(("social_care", "health", "education")),
                    start_date=start + timedelta(days=rng.randint(0, 30)),
                )
            )
    imported = await load_demo_history(db, councils, current, today=today)
    for fee, placement in fees:
        fee.placement_id = imported[(placement.child.id, placement.start)]
    db.add_all(costs)
    await db.flush()
