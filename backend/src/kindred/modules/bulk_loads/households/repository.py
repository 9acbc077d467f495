"""The SQL of a households load: merge on (council, reference), then record capacity where it
changed. `INSERT … ON CONFLICT DO UPDATE … WHERE the row differs` leaves identical rows alone
(no version bump), so loading the same file again changes nothing.

No statement joins the staged rows to `households`: straight after a load its statistics are
stale, and a planner that believes the table empty picks a nested loop over every row."""

import uuid
from collections.abc import Collection
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth.audit import ChangedRecord
from kindred.modules.bulk_loads.staging import Loader, copy_rows

STAGED = "bulk_households"
CAPACITIES = "bulk_capacities"
_CAPACITY_DEFINITION = "household_id uuid, effective_from date, levels smallint[]"
COLUMNS = (
    "reference",
    "name",
    "status",
    "age_min",
    "age_max",
    "places",
    "vacancies",
    "approved_types",
    "postcode",
    "easting",
    "northing",
    "languages",
    "faith",
    "other_children",
    "weekly_fee_pence",
    "notes",
    "capacity",
    "capacity_from",
)
_DEFINITION = """
    reference text PRIMARY KEY, name text, status text, age_min smallint, age_max smallint,
    places smallint, vacancies smallint, approved_types varchar(20)[], postcode text,
    easting float8, northing float8, languages varchar(40)[], faith text,
    other_children smallint, weekly_fee_pence bigint, notes text, capacity smallint[],
    capacity_from date
"""
FILE_COLUMNS = {
    "name": ("name",),
    "status": ("status",),
    "age_min": ("age_min",),
    "age_max": ("age_max",),
    "places": ("places",),
    "vacancies": ("vacancies",),
    "approved_types": ("approved_types",),
    "postcode": ("postcode", "easting", "northing"),
    "languages": ("languages",),
    "faith": ("faith",),
    "other_children": ("other_children",),
    "weekly_fee": ("weekly_fee_pence",),
    "notes": ("notes",),
}
"""A file column → the household columns it sets; columns the file lacks keep what is held."""
_MERGED = tuple(column for columns in FILE_COLUMNS.values() for column in columns)


async def stage(db: AsyncSession, rows: list[tuple[Any, ...]]) -> None:
    await copy_rows(db, STAGED, _DEFINITION, COLUMNS, rows)


async def merge(
    db: AsyncSession, tenant_id: uuid.UUID, present: Collection[str]
) -> list[ChangedRecord]:
    """Create new households; update held ones where a column the file has differs."""
    updated = [
        column for name, columns in FILE_COLUMNS.items() if name in present for column in columns
    ]
    sets = ",\n".join(f"{column} = EXCLUDED.{column}" for column in updated)
    old = ", ".join(f"h.{column}" for column in updated) or "NULL"
    new = ", ".join(f"EXCLUDED.{column}" for column in updated) or "NULL"
    conflict = (
        f"DO UPDATE SET {sets}, version = h.version + 1, updated_at = now() "
        f"WHERE ROW({old}) IS DISTINCT FROM ROW({new})"
        if updated
        else "DO NOTHING"
    )
    rows = await db.execute(
        text(
            f"""
            INSERT INTO households AS h (tenant_id, reference, {", ".join(_MERGED)})
            SELECT :tenant, s.reference, {", ".join(f"s.{column}" for column in _MERGED)}
            FROM {STAGED} s
            ON CONFLICT (tenant_id, reference) {conflict}
            RETURNING h.id, (xmax = 0) AS created
            """  # noqa: S608 - column names are constants of this module
        ),
        {"tenant": tenant_id},
    )
    return [ChangedRecord(row.id, bool(row.created)) for row in rows]


async def ids_by_reference(db: AsyncSession, references: list[str]) -> dict[str, uuid.UUID]:
    """The households with these references (one indexed look-up per reference)."""
    rows = await db.execute(
        text("SELECT reference, id FROM households WHERE reference = ANY(:references)"),
        {"references": references},
    )
    return {row.reference: row.id for row in rows}


async def latest_capacities(
    db: AsyncSession, household_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[int]]:
    """Each household's newest capacity levels (by effective date, then recording time)."""
    rows = await db.execute(
        text(
            """
            SELECT DISTINCT ON (household_id) household_id, levels
            FROM capacity_profiles
            WHERE household_id = ANY(:ids)
            ORDER BY household_id, effective_from DESC, recorded_at DESC
            """
        ),
        {"ids": household_ids},
    )
    return {row.household_id: list(row.levels) for row in rows}


async def add_capacities(
    db: AsyncSession, loader: Loader, framework_version: str, profiles: list[tuple[Any, ...]]
) -> None:
    """New capacity profiles, (household id, effective from, levels) each, in one statement."""
    if not profiles:
        return
    await copy_rows(
        db, CAPACITIES, _CAPACITY_DEFINITION, ("household_id", "effective_from", "levels"), profiles
    )
    await db.execute(
        text(
            f"""
            INSERT INTO capacity_profiles (
                tenant_id, household_id, framework_version, effective_from, levels, evidence,
                recorded_by
            )
            SELECT :tenant, household_id, :framework_version, effective_from, levels, '{{}}', :user
            FROM {CAPACITIES}
            """  # noqa: S608 - the table name is a constant of this module
        ),
        {
            "tenant": loader.tenant_id,
            "framework_version": framework_version,
            "user": loader.user_id,
        },
    )
