"""Synthetic placement histories and their costs, as table rows for COPY.

Each child in care has a current episode of the type held on the child, and up to three earlier
episodes that ended with a move for an SSDA903 reason, so stability and distance analytics have
something to count; every episode has its weekly fee (`placement_fees`), and about a quarter of
children a support package funded by social care, health or education. Pure, like
`synthetic_rows`: the caller's random generator makes it reproducible.
"""

import math
import random
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from kindred.domain.ssda903 import REASON_PLACEMENT_CHANGE
from kindred.seed.placement_fees import provider_for, weekly_fee_pence
from kindred.seed.random_ids import random_uuid

PLACEMENT_COLUMNS = (
    "id",
    "tenant_id",
    "child_id",
    "start_date",
    "end_date",
    "placement_type",
    "provider",
    "legal_status",
    "reason_new_episode",
    "reason_for_change",
    "ended_with_move",
    "home_easting",
    "home_northing",
    "home_precision",
    "placement_easting",
    "placement_northing",
    "placement_precision",
    "distance_m",
    "source",
)
COST_COLUMNS = (
    "id",
    "tenant_id",
    "child_id",
    "placement_id",
    "kind",
    "description",
    "frequency",
    "amount_pence",
    "funder",
    "start_date",
    "end_date",
)
EARLIER_TYPES = ("U4", "U4", "U6", "U6", "U1", "K2", "H5", "Z1")
MOVE_REASONS = tuple(REASON_PLACEMENT_CHANGE)
SUPPORT_KINDS = ("therapy", "education_support", "transport")
FUNDERS = ("social_care", "health", "education")
PLACED_AWAY_SHARE = 0.15
"""Roughly the share placed far from home (more than 20 miles), as national figures suggest."""


@dataclass
class ChildPlacement:
    """What the generator needs to know of one child."""

    child_id: uuid.UUID
    placement_type: str
    in_care: bool
    born: date
    home: tuple[float, float]


@dataclass
class PlacementRows:
    placements: list[tuple[object, ...]] = field(default_factory=list)
    cost_records: list[tuple[object, ...]] = field(default_factory=list)


def _where(rng: random.Random, home: tuple[float, float]) -> tuple[float, float]:
    spread = 60_000 if rng.random() < PLACED_AWAY_SHARE else 9_000
    return home[0] + rng.gauss(0, spread), home[1] + rng.gauss(0, spread)


def placement_rows(
    rng: random.Random, tenant: uuid.UUID, child: ChildPlacement, today: date
) -> PlacementRows:
    """A child's episodes, newest last, with a weekly fee each and maybe a support package."""
    rows = PlacementRows()
    earlier = rng.choices((0, 1, 2, 3), (45, 30, 17, 8))[0]
    types = [rng.choice(EARLIER_TYPES) for _ in range(earlier)] + [child.placement_type]
    first = max(child.born, today - timedelta(days=rng.randint(120, 2_400)))
    # The last episode ends before today for a care leaver; otherwise it is still running.
    last_day = today if child.in_care else today - timedelta(days=rng.randint(30, 365))
    span = max((last_day - first).days, len(types))
    starts = sorted({first + timedelta(days=rng.randint(0, span - 1)) for _ in types[1:]})
    starts = [first, *(day for day in starts if day > first)]
    types = types[len(types) - len(starts) :]  # drawn days can coincide; the current type stays
    for index, start in enumerate(starts):
        placement_type = types[index]
        end = starts[index + 1] if index + 1 < len(starts) else None
        if end is None and not child.in_care:
            end = max(last_day, start)
        moved = index + 1 < len(starts)
        where = _where(rng, child.home)
        provider = provider_for(rng, placement_type)
        placement = random_uuid(rng)
        distance = round(math.hypot(child.home[0] - where[0], child.home[1] - where[1]))
        rows.placements.append(
            (
                placement,
                tenant,
                child.child_id,
                start,
                end,
                placement_type,
                provider,
                "C2",
                "S" if index == 0 else "P",
                rng.choice(MOVE_REASONS) if moved else None,
                moved,
                child.home[0],
                child.home[1],
                "postcode",
                where[0],
                where[1],
                "postcode",
                distance,
                "manual",
            )
        )
        rows.cost_records.append(
            (
                random_uuid(rng),
                tenant,
                child.child_id,
                placement,
                "placement",
                "",
                "weekly",
                weekly_fee_pence(rng, placement_type, provider),
                "social_care",
                start,
                None if end is None else max(start, end - timedelta(days=1)),
            )
        )
    if child.in_care and rng.random() < 0.25:
        rows.cost_records.append(
            (
                random_uuid(rng),
                tenant,
                child.child_id,
                None,
                rng.choice(SUPPORT_KINDS),
                "Support package agreed at the last review",
                "weekly",
                rng.randint(40, 400) * 100,
                rng.choice(FUNDERS),
                starts[-1],
                None,
            )
        )
    return rows
