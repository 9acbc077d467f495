"""The caseload as a spreadsheet: the list on screen, every row, with the same filters and order."""

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.auth.child_access import scope_of, visible_child
from kindred.core.errors import (
    Forbidden,
    InvalidInput,
    NotAuthenticated,
    NotFound,
    problem_responses,
)
from kindred.core.spreadsheets import DOWNLOAD_RESPONSE, SheetFormat
from kindred.core.table_query import AnyRow, TableQuery
from kindred.domain.people import months_before
from kindred.modules.children import repository
from kindred.modules.children.repository import ChildRow
from kindred.modules.children.schemas import ChildFilters
from kindred.modules.children.service import list_item

CASELOAD = "caseload"
CHILD_TABLE_DESCRIPTION = (
    "The child's list above as a spreadsheet, `format=csv` (UTF-8 with a BOM) or "
    "`format=xlsx`, newest first; streamed. 404 when you may not see the child. Audited as an "
    "export of the child's record. Formula-like cells are defused with a `'`."
)
CHILD_TABLE_RESPONSES = {
    200: DOWNLOAD_RESPONSE,
    **problem_responses(NotAuthenticated, Forbidden, NotFound, InvalidInput),
}
HEADER = (
    "child_id",
    "local_child_id",
    "given_name",
    "family_name",
    "preferred_name",
    "date_of_birth",
    "age",
    "care_status",
    "placement_type",
    "team",
    "allocated_worker",
    "restricted",
    "latest_score",
    "trend",
    "latest_actionable",
    "last_assessed_on",
)


def _cells(today: date) -> Callable[[AnyRow], Sequence[object]]:
    def cells(row: AnyRow) -> list[object]:
        item = list_item(ChildRow(row[0], row[1], row[2]), today)
        return [
            item.id,
            item.local_child_id,
            item.given_name,
            item.family_name,
            item.preferred_name,
            item.date_of_birth,
            item.age,
            item.care_status.value,
            item.placement_type,
            item.team.name,
            item.allocated_worker.display_name if item.allocated_worker else None,
            item.restricted,
            item.latest_score,
            item.trend.value if item.trend else None,
            item.latest_actionable,
            item.last_assessed_on,
        ]

    return cells


def council_caseload(today: date) -> TableQuery:
    """Every child of the council (restricted ones too), for the whole-council export."""
    return TableQuery(CASELOAD, HEADER, repository.every_child(), _cells(today))


async def export_caseload(
    db: AsyncSession, actor: Actor, filters: ChildFilters, sheet_format: SheetFormat, *, today: date
) -> TableQuery:
    """The actor's caseload as on screen, all pages; the export is audited with its filters."""
    since = (
        months_before(today, filters.not_assessed_in_months)
        if filters.not_assessed_in_months
        else None
    )
    query = repository.caseload(scope_of(actor), filters, not_assessed_since=since)
    table = TableQuery(CASELOAD, HEADER, query, _cells(today))
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.export,
        resource_type="children",
        details={
            "filters": filters.model_dump(mode="json", exclude_none=True),
            "format": sheet_format.value,
            "count": await table.count(db),
        },
    )
    return table


@dataclass(frozen=True, slots=True)
class ChildTableRequest:
    """A download of one of a child's lists: who asks, for which child, in which format."""

    actor: Actor
    child_id: uuid.UUID
    sheet_format: SheetFormat
    today: date


async def export_child_table(
    db: AsyncSession, request: ChildTableRequest, table: TableQuery
) -> TableQuery:
    """One child's table (placements, costs, assessments) if the actor may see the child
    (otherwise 404, audited); the export is audited against the child's record."""
    actor, child_id, sheet_format = request.actor, request.child_id, request.sheet_format
    await visible_child(db, actor, child_id)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.export,
        resource_type=table.name,
        child_id=child_id,
        details={"format": sheet_format.value, "count": await table.count(db)},
    )
    return table
