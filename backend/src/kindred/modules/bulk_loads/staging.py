"""What every kind's write shares: who loads, the council's children by local id, rows COPYed
into a temporary table, the counts, and one audit event per record created or changed
(written in one statement).

Everything runs in the caller's transaction; the temporary tables go at its end.
"""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.audit import ChangedRecord
from kindred.models.child import Child


@dataclass(frozen=True, slots=True)
class Loader:
    """Who loads, for the records' authors and the audit log."""

    tenant_id: uuid.UUID
    user_id: uuid.UUID
    label: str
    load_id: uuid.UUID
    request_id: str | None


@dataclass(frozen=True, slots=True)
class Counts:
    created: int
    updated: int
    unchanged: int

    def as_dict(self) -> dict[str, int]:
        return {"created": self.created, "updated": self.updated, "unchanged": self.unchanged}


def counts_of(changed: Sequence[ChangedRecord], rows: int) -> Counts:
    created = sum(1 for change in changed if change.created)
    updated = len(changed) - created
    return Counts(created, updated, rows - created - updated)


async def children_by_local_id(db: AsyncSession) -> dict[str, uuid.UUID]:
    """Every child the council holds by local id (row-level security scopes it)."""
    rows = await db.execute(select(Child.local_child_id, Child.id))
    return {row.local_child_id: row.id for row in rows}


async def copy_rows(
    db: AsyncSession,
    table: str,
    definition: str,
    columns: Sequence[str],
    rows: list[tuple[Any, ...]],
) -> None:
    """A temporary table `table` (dropped at commit) holding `rows`, COPYed in one go."""
    await db.execute(text(f"DROP TABLE IF EXISTS {table}"))
    await db.execute(text(f"CREATE TEMP TABLE {table} ({definition}) ON COMMIT DROP"))
    connection = (await (await db.connection()).get_raw_connection()).driver_connection
    assert connection is not None
    await connection.copy_records_to_table(table, records=rows, columns=list(columns))
    await db.execute(text(f"ANALYZE {table}"))


async def audit_changes(
    db: AsyncSession, loader: Loader, resource_type: str, changed: Sequence[ChangedRecord]
) -> None:
    """One audit event per record created or changed, as the app writes when a person does it."""
    await audit.record_changes(
        db,
        tenant_id=loader.tenant_id,
        user_id=loader.user_id,
        label=loader.label,
        request_id=loader.request_id,
        resource_type=resource_type,
        changed=changed,
        details={"source": "bulk_load", "load_id": str(loader.load_id)},
    )
