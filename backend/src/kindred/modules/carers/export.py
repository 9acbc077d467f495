"""Fostering households as a spreadsheet: the list on screen, with its filters and order."""

from dataclasses import asdict

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.core.spreadsheets import SheetFormat
from kindred.core.table_query import AnyRow, TableQuery
from kindred.modules.carers import repository
from kindred.modules.carers.repository import HouseholdFilters, HouseholdRow
from kindred.modules.carers.service import domain_keys, list_item

HOUSEHOLDS = "households"
EVERY_HOUSEHOLD = HouseholdFilters(None, None, None, None, None)


def _header() -> tuple[str, ...]:
    return (
        "household_id",
        "reference",
        "name",
        "agency",
        "in_house",
        "status",
        "age_min",
        "age_max",
        "places",
        "approved_types",
        "vacancies",
        "postcode",
        "weekly_fee_pence",
        "capacity_from",
        *(f"capacity_{key}" for key in domain_keys()),
    )


def _cells(row: AnyRow) -> list[object]:
    item = list_item(HouseholdRow(row[0], row[1], row[2]))
    capacity = item.capacity or {}
    return [
        item.id,
        item.reference,
        item.name,
        item.agency.name if item.agency else None,
        item.in_house,
        item.status,
        item.terms.age_min,
        item.terms.age_max,
        item.terms.places,
        "; ".join(item.terms.approved_types),
        item.vacancies,
        item.postcode,
        item.weekly_fee_pence,
        item.capacity_from,
        *(capacity.get(key) for key in domain_keys()),
    ]


def households_table(filters: HouseholdFilters = EVERY_HOUSEHOLD) -> TableQuery:
    """The households with these filters (all of them by default) as a table."""
    return TableQuery(HOUSEHOLDS, _header(), repository.households(filters), _cells)


async def export_households(
    db: AsyncSession, actor: Actor, filters: HouseholdFilters, sheet_format: SheetFormat
) -> TableQuery:
    """The households list as on screen, all pages; audited with its filters."""
    table = households_table(filters)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.export,
        resource_type="households",
        details={
            "filters": {key: value for key, value in asdict(filters).items() if value is not None},
            "format": sheet_format.value,
            "count": await table.count(db),
        },
    )
    return table
