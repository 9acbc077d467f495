"""The SQL of a placement costs load: merge on (child, provider, start date), only where the
row differs, so loading the same extract again changes nothing. Children are named by id in
the staged rows rather than joined: a join planned on stale statistics can crawl."""

import uuid
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth.audit import ChangedRecord
from kindred.modules.bulk_loads.staging import copy_rows

STAGED = "bulk_costs"
COLUMNS = (
    "child_id",
    "provider",
    "kind",
    "description",
    "amount_pence",
    "funder",
    "start_date",
    "end_date",
)
_DEFINITION = """
    child_id uuid, provider text, kind text, description text, amount_pence bigint,
    funder text, start_date date, end_date date
"""


async def stage(db: AsyncSession, rows: list[tuple[Any, ...]]) -> None:
    await copy_rows(db, STAGED, _DEFINITION, COLUMNS, rows)


async def merge(db: AsyncSession, tenant_id: uuid.UUID) -> list[ChangedRecord]:
    """Create new cost records; update held ones (same child, provider and start) that differ."""
    rows = await db.execute(
        text(
            f"""
            INSERT INTO cost_records AS r (
                tenant_id, child_id, provider, kind, description, frequency, amount_pence,
                funder, start_date, end_date
            )
            SELECT :tenant, s.child_id, s.provider, s.kind, s.description, 'weekly',
                   s.amount_pence, s.funder, s.start_date, s.end_date
            FROM {STAGED} s
            ON CONFLICT (tenant_id, child_id, provider, start_date) WHERE provider IS NOT NULL
            DO UPDATE SET
                kind = EXCLUDED.kind,
                description = EXCLUDED.description,
                frequency = EXCLUDED.frequency,
                amount_pence = EXCLUDED.amount_pence,
                funder = EXCLUDED.funder,
                end_date = EXCLUDED.end_date,
                version = r.version + 1,
                updated_at = now()
            WHERE (r.kind, r.description, r.frequency, r.amount_pence, r.funder, r.end_date)
                IS DISTINCT FROM (EXCLUDED.kind, EXCLUDED.description, EXCLUDED.frequency,
                                  EXCLUDED.amount_pence, EXCLUDED.funder, EXCLUDED.end_date)
            RETURNING r.id, r.child_id, (xmax = 0) AS created
            """  # noqa: S608 - the table name is a constant of this module
        ),
        {"tenant": tenant_id},
    )
    return [ChangedRecord(row.id, bool(row.created), row.child_id) for row in rows]
