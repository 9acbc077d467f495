"""Load synthetic data at council, region or England scale with COPY, showing progress."""

import random
import time
from collections.abc import Callable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth.passwords import hash_password
from kindred.frameworks.loader import load_default_framework
from kindred.models.organisation import Organisation
from kindred.seed.demo import DEMO_PASSWORD
from kindred.seed.synthetic_rows import COLUMNS, SCALES, CouncilRows, agency_rows, councils

TABLE_ORDER = (
    "teams",
    "users",
    "team_memberships",
    "children",
    "assessments",
    "assessment_domains",
    "households",
    "capacity_profiles",
    "placements",
    "cost_records",
)
BATCH = 10
"""Councils per COPY round: large enough to be fast, small enough to show progress."""


class SyntheticDataExists(Exception):
    """The database already holds synthetic councils."""


async def has_synthetic_data(db: AsyncSession) -> bool:
    found = await db.scalar(
        select(func.count()).select_from(Organisation).where(Organisation.slug == "council-001")
    )
    return bool(found)


async def load_synthetic(
    db: AsyncSession,
    *,
    scale_name: str,
    seed: int,
    today: date,
    progress: Callable[[str], None],
) -> dict[str, int]:
    """Generate and COPY every table; return row counts. Everyone's password is the demo one."""
    if await has_synthetic_data(db):
        raise SyntheticDataExists("This database already has synthetic data.")
    scale = SCALES[scale_name]
    framework = load_default_framework()
    password_hash = hash_password(DEMO_PASSWORD)
    connection = (await (await db.connection()).get_raw_connection()).driver_connection
    assert connection is not None
    agencies = agency_rows(scale, random.Random(seed))  # noqa: S311 - synthetic data
    await connection.copy_records_to_table(
        "organisations", records=agencies, columns=COLUMNS["organisations"]
    )
    counts = {"organisations": len(agencies)} | dict.fromkeys(TABLE_ORDER, 0)
    started = time.perf_counter()
    batch: list[CouncilRows] = []
    agency_ids = [row[0] for row in agencies]
    generated = councils(scale, agency_ids, framework, password_hash, today, seed)
    for number, rows in enumerate(generated, start=1):
        batch.append(rows)
        if len(batch) == BATCH or number == scale.councils:
            await connection.copy_records_to_table(
                "organisations",
                records=[r.organisation for r in batch],
                columns=COLUMNS["organisations"],
            )
            counts["organisations"] += len(batch)
            for table in TABLE_ORDER:
                attribute = "memberships" if table == "team_memberships" else table
                records = [record for r in batch for record in getattr(r, attribute)]
                await connection.copy_records_to_table(
                    table, records=records, columns=COLUMNS[table]
                )
                counts[table] += len(records)
            batch = []
            progress(
                f"  councils {number}/{scale.councils}, children {counts['children']:,}, "
                f"households {counts['households']:,} ({time.perf_counter() - started:.0f} s)"
            )
    return counts
