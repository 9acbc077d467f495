"""Load placement cost records from a finance extract: check each row against the children
the council holds, merge by (child, provider, start date), and audit each record written."""

import asyncio
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.domain.bulk_costs import COST_COLUMNS, CostRow, check_cost
from kindred.domain.bulk_rows import CheckedFile, Column, Table, check_table
from kindred.modules.bulk_loads.placement_costs import repository
from kindred.modules.bulk_loads.staging import (
    Counts,
    Loader,
    audit_changes,
    children_by_local_id,
    counts_of,
)


def columns() -> tuple[Column, ...]:
    return COST_COLUMNS


async def check(db: AsyncSession, table: Table, today: date) -> CheckedFile[Any]:
    del today  # a cost may be recorded ahead of its start
    known = await children_by_local_id(db)
    return await asyncio.to_thread(
        check_table,
        table,
        COST_COLUMNS,
        lambda row: check_cost(row, known_children=known),
        _key,
        "child_id, provider and start_date",
    )


def _key(cost: CostRow) -> tuple[object, ...]:
    return (cost.child, cost.provider, cost.start_date)


async def write(db: AsyncSession, checked: CheckedFile[Any], loader: Loader) -> Counts:
    children = await children_by_local_id(db)
    rows: list[tuple[Any, ...]] = [
        (
            children[cost.child],
            cost.provider,
            cost.kind,
            cost.description,
            cost.weekly_pence,
            cost.funder,
            cost.start_date,
            cost.end_date,
        )
        for _, cost in checked.records
    ]
    await repository.stage(db, rows)
    changed = await repository.merge(db, loader.tenant_id)
    await audit_changes(db, loader, "cost_record", changed)
    return counts_of(changed, len(rows))
