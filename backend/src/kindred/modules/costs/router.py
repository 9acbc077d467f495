"""A child's cost records (placement fees, support packages) and the cost over a period."""

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, status
from fastapi.responses import StreamingResponse

from kindred.auth.actor import Actor
from kindred.auth.dependencies import require
from kindred.auth.policy import Action
from kindred.core.clock import Today
from kindred.core.database import DbSession
from kindred.core.errors import (
    Conflict,
    Forbidden,
    InvalidInput,
    NotAuthenticated,
    NotFound,
    problem_responses,
)
from kindred.core.spreadsheets import SheetFormat
from kindred.modules.children.api import (
    CHILD_TABLE_DESCRIPTION,
    CHILD_TABLE_RESPONSES,
    ChildTableRequest,
    export_child_table,
)
from kindred.modules.costs import assumptions, service
from kindred.modules.costs.export import cost_records_table
from kindred.modules.costs.schemas import (
    CostRecordCreate,
    CostRecordRead,
    CostRecordUpdate,
    PeriodCostRead,
    WeeklyCostsRead,
    WeeklyCostsUpdate,
)
from kindred.modules.exports.api import AppDatabase, streamed_download

router = APIRouter(tags=["costs"])
EARLIEST = date(1950, 1, 1)
LATEST = date(2200, 12, 31)


@router.get(
    "/children/{child_id}/costs/records",
    summary="A child's cost records",
    description="Placement fees and support packages, newest first; amounts in pence.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound),
)
async def list_records(
    child_id: uuid.UUID, actor: Annotated[Actor, require(Action.read_costs)], db: DbSession
) -> list[CostRecordRead]:
    return await service.list_records(db, actor, child_id)


@router.get(
    "/children/{child_id}/costs/records/export",
    summary="Download a child's cost records (CSV or XLSX)",
    description=CHILD_TABLE_DESCRIPTION,
    response_class=StreamingResponse,
    responses=CHILD_TABLE_RESPONSES,
)
async def export_cost_records(
    child_id: uuid.UUID,
    actor: Annotated[Actor, require(Action.read_costs)],
    today: Today,
    db: DbSession,
    database: AppDatabase,
    format: SheetFormat = SheetFormat.csv,
) -> StreamingResponse:
    asked = ChildTableRequest(actor, child_id, format, today)
    table = await export_child_table(db, asked, cost_records_table(child_id))
    return streamed_download(database, actor.tenant_id, table, format, today=asked.today)


@router.post(
    "/children/{child_id}/costs/records",
    status_code=status.HTTP_201_CREATED,
    summary="Record a placement fee or a support package",
    description="A weekly amount runs from `start_date` to `end_date` inclusive (open-ended "
    "when empty); a one-off amount falls on `start_date`. A fee change is a new record (end "
    "the old one with PATCH).",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound, InvalidInput),
)
async def create_record(
    child_id: uuid.UUID,
    body: CostRecordCreate,
    actor: Annotated[Actor, require(Action.manage_costs)],
    db: DbSession,
) -> CostRecordRead:
    return await service.create_record(db, actor, child_id, body)


@router.patch(
    "/costs/records/{cost_record_id}",
    summary="Change a cost record",
    description="Send the fields to change with the `version` you read (409 with `current` "
    "when stale).",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound, InvalidInput, Conflict),
)
async def update_record(
    cost_record_id: uuid.UUID,
    body: CostRecordUpdate,
    actor: Annotated[Actor, require(Action.manage_costs)],
    db: DbSession,
) -> CostRecordRead:
    return await service.update_record(db, actor, cost_record_id, body)


@router.get(
    "/children/{child_id}/costs",
    summary="What a child's care cost over a period",
    description="Computed day by day from the cost records: a weekly amount costs exactly "
    "1/7 of it a day, accumulated exactly and rounded once, half up, to whole pence. `from` "
    "and `to` are inclusive (default: the twelve months to today). Broken down by funder and "
    "by kind, each rounded from its own exact sum.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound, InvalidInput),
)
async def period_cost(
    child_id: uuid.UUID,
    actor: Annotated[Actor, require(Action.read_costs)],
    today: Today,
    db: DbSession,
    from_: Annotated[date | None, Query(alias="from", ge=EARLIEST, le=LATEST)] = None,
    to: Annotated[date | None, Query(ge=EARLIEST, le=LATEST)] = None,
) -> PeriodCostRead:
    return await service.period_cost(db, actor, child_id, from_, to, today=today)


weekly_costs_router = APIRouter(prefix="/analytics", tags=["analytics"])
"""The weekly costs edge of care assumes, mounted beside the value analytics that use them."""


@weekly_costs_router.get(
    "/edge-of-care/weekly-costs",
    summary="The weekly cost of each placement type the estimates assume",
    description="Per SSDA903 placement type with a cost: the council's own average weekly cost "
    "where an admin has set one (`basis: council`), else the indicative default (`default`: "
    "fostering £500, secure children's home £6,250, children's home £4,500, residential care "
    "home £4,200, semi-independent living £1,200). Integer pence.",
    responses=problem_responses(NotAuthenticated, Forbidden),
)
async def weekly_costs(
    actor: Annotated[Actor, require(Action.read_cost_assumptions)], db: DbSession
) -> WeeklyCostsRead:
    return await assumptions.weekly_costs(db, actor)


@weekly_costs_router.put(
    "/edge-of-care/weekly-costs",
    summary="Set the council's weekly cost of each placement type",
    description="Council admins: replaces the council's own weekly costs with `costs` (each "
    "SSDA903 placement type at most once, 0 to £1,000,000 a week in pence); a type left out "
    "goes back to its default. Audited. Returns the costs now assumed.",
    responses=problem_responses(NotAuthenticated, Forbidden, InvalidInput),
)
async def set_weekly_costs(
    body: WeeklyCostsUpdate,
    actor: Annotated[Actor, require(Action.manage_cost_assumptions)],
    db: DbSession,
) -> WeeklyCostsRead:
    return await assumptions.set_weekly_costs(db, actor, body)
