"""Demo placements and costs: every demo child in care gets a current episode and weekly fee.

Fees come from `placement_fees`, so need vs spend shows on first run what councils found:
spend follows the placement type more than the child's needs.
"""

import asyncio
import random
import uuid
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.domain.placements import Place, distance_between
from kindred.models.child import Child
from kindred.models.cost import CostRecord
from kindred.models.placement import Placement
from kindred.modules.placements.places import place_postcodes
from kindred.seed.demo_history import HistoryCouncil, load_demo_history
from kindred.seed.placement_fees import provider_for, weekly_fee_pence

SECTORS = ("LS1 4", "LS6 2", "LS9 8", "BD1 1", "BD3 9", "HX1 1", "WF1 2", "HD1 2", "YO1 7")


async def load_demo_placements(
    db: AsyncSession, councils: list[HistoryCouncil], *, today: date, seed: int = 903
) -> None:
    """A current placement episode and its weekly fee for every demo child in care; the
    episodes are imported, with the history before them, as the councils' SSDA903 returns."""
    rng = random.Random(seed)  # noqa: S311 - demo data, not security
    children = (
        await db.scalars(
            select(Child)
            .where(Child.placement_type.is_not(None))
            .order_by(Child.local_child_id, Child.id)
        )
    ).all()
    texts = [*SECTORS, *(child.home_postcode for child in children)]
    placed = await asyncio.to_thread(place_postcodes, texts)  # reads the areas' files once
    costs: list[CostRecord] = []
    current: list[tuple[Child, Placement]] = []
    for child in children:
        tenant_id = child.tenant_id
        placement_type = child.placement_type or "U4"
        provider = provider_for(rng, placement_type)
        home = placed.get(child.home_postcode or rng.choice(SECTORS))
        where = placed.get(rng.choice(SECTORS))
        start = max(child.date_of_birth, today - timedelta(days=rng.randint(60, 900)))
        distance = distance_between(home.place if home else None, where.place if where else None)
        placement = Placement(
            id=uuid.uuid4(),
            tenant_id=tenant_id,
            child_id=child.id,
            start_date=start,
            placement_type=placement_type,
            provider=provider,
            legal_status=child.legal_status or "C2",
            reason_new_episode="S",
            home_postcode=home.text if home else None,
            home_precision=home.precision.value if home else None,
            home_easting=_easting(home.place if home else None),
            home_northing=_northing(home.place if home else None),
            placement_postcode=where.text if where else None,
            placement_precision=where.precision.value if where else None,
            placement_easting=_easting(where.place if where else None),
            placement_northing=_northing(where.place if where else None),
            distance_m=distance.metres if distance else None,
        )
        current.append((child, placement))
        costs.append(
            CostRecord(
                tenant_id=tenant_id,
                child_id=child.id,
                placement_id=placement.id,
                kind="placement",
                frequency="weekly",
                amount_pence=weekly_fee_pence(rng, placement_type, provider),
                funder="social_care",
                start_date=start,
            )
        )
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
    by_id = {placement.id: placement for _, placement in current}
    for cost in costs:
        if cost.placement_id is not None:
            placement = by_id[cost.placement_id]
            cost.placement_id = imported[(placement.child_id, placement.start_date)]
    db.add_all(costs)
    await db.flush()


def _easting(place: Place | None) -> float | None:
    return place.easting if place else None


def _northing(place: Place | None) -> float | None:
    return place.northing if place else None
