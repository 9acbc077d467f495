"""Children's records: the caseload, one child, create and change."""

import uuid
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
from kindred.core.pagination import Page, Paging
from kindred.core.spreadsheets import DOWNLOAD_RESPONSE, SheetFormat
from kindred.modules.children import export, service
from kindred.modules.children.schemas import (
    ChildCreate,
    ChildFilters,
    ChildListItem,
    ChildRead,
    ChildUpdate,
)
from kindred.modules.exports.api import AppDatabase, streamed_download

router = APIRouter(prefix="/children", tags=["children"])


@router.get(
    "",
    summary="List children (a caseload)",
    description="The children you may see: your teams' and those allocated to you (managers: "
    "their teams'); restricted children only when you are named on them. Filter by team, "
    "worker, care status, placement type, score range and time since the last approved "
    "assessment; search by name, local id or UPN; sort by `sort` (prefix `-` for descending).",
    responses=problem_responses(NotAuthenticated, Forbidden, InvalidInput),
)
async def list_children(
    actor: Annotated[Actor, require(Action.read_child)],
    today: Today,
    db: DbSession,
    paging: Paging,
    filters: Annotated[ChildFilters, Query()],
) -> Page[ChildListItem]:
    return await service.list_children(db, actor, filters, paging, today=today)


@router.get(
    "/export",
    summary="Download the caseload (CSV or XLSX)",
    description="The list above as a spreadsheet: every page of it, with the same filters and "
    "sort, `format=csv` (UTF-8 with a BOM, for Excel) or `format=xlsx`. Streamed as it is "
    "read. Audited as an export naming the filters. A cell starting with `=`, `+`, `-`, `@`, a "
    "tab or a carriage return gets a `'` in front, so no spreadsheet runs it as a formula.",
    response_class=StreamingResponse,
    responses={
        200: DOWNLOAD_RESPONSE,
        **problem_responses(NotAuthenticated, Forbidden, InvalidInput),
    },
)
async def export_children(
    actor: Annotated[Actor, require(Action.read_child)],
    today: Today,
    db: DbSession,
    database: AppDatabase,
    filters: Annotated[ChildFilters, Query()],
    format: SheetFormat = SheetFormat.csv,
) -> StreamingResponse:
    table = await export.export_caseload(db, actor, filters, format, today=today)
    return streamed_download(database, actor.tenant_id, table, format, today=today)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Add a child",
    description="Adds a child to one of your teams. A restricted child is visible only to the "
    "people named on it: you and the allocated worker, to start with.",
    responses=problem_responses(NotAuthenticated, Forbidden, InvalidInput, Conflict),
)
async def create_child(
    body: ChildCreate,
    actor: Annotated[Actor, require(Action.create_child)],
    today: Today,
    db: DbSession,
) -> ChildRead:
    return await service.create_child(db, actor, body, today=today)


@router.get(
    "/{child_id}",
    summary="Read a child's record",
    description="404 when there is no such child or you may not see them (the answer is the "
    "same, so it never reveals that a record exists). Every read is audited.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound),
)
async def get_child(
    child_id: uuid.UUID,
    actor: Annotated[Actor, require(Action.read_child)],
    today: Today,
    db: DbSession,
) -> ChildRead:
    return await service.get_child(db, actor, child_id, today=today)


@router.patch(
    "/{child_id}",
    summary="Change a child's record",
    description="Send only the fields to change, with the `version` you read. If someone else "
    "changed the record since, the answer is 409 with their version in `current`.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound, InvalidInput, Conflict),
)
async def update_child(
    child_id: uuid.UUID,
    body: ChildUpdate,
    actor: Annotated[Actor, require(Action.update_child)],
    today: Today,
    db: DbSession,
) -> ChildRead:
    return await service.update_child(db, actor, child_id, body, today=today)
