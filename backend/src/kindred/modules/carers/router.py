"""Fostering households ("carers"): the council's in-house and partner agencies' households."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, status
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
from kindred.modules.carers import export, service
from kindred.modules.carers.repository import HouseholdFilters
from kindred.modules.carers.schemas import (
    ApprovalType,
    CapacityCreate,
    HouseholdCreate,
    HouseholdListItem,
    HouseholdRead,
    HouseholdStatus,
    HouseholdUpdate,
    TrainingCreate,
)
from kindred.modules.exports.api import AppDatabase, streamed_download

router = APIRouter(prefix="/carers", tags=["carers"])
READ_ERRORS = problem_responses(NotAuthenticated, Forbidden, NotFound)
WRITE_ERRORS = problem_responses(NotAuthenticated, Forbidden, NotFound, InvalidInput, Conflict)


def _filters(
    status_: Annotated[HouseholdStatus | None, Query(alias="status")] = None,
    in_house: bool | None = None,
    approved_type: ApprovalType | None = None,
    with_vacancy: bool | None = None,
    q: Annotated[str | None, Query(max_length=100)] = None,
) -> HouseholdFilters:
    return HouseholdFilters(status_, in_house, approved_type, with_vacancy, q)


Filters = Annotated[HouseholdFilters, Depends(_filters)]


@router.get(
    "",
    summary="List fostering households",
    description="In-house and partner agencies' households, with their approval terms, "
    "vacancies, fee (pence a week) and current capacity per needs domain.",
    responses=problem_responses(NotAuthenticated, Forbidden, InvalidInput),
)
async def list_households(
    _: Annotated[Actor, require(Action.read_carers)],
    db: DbSession,
    paging: Paging,
    filters: Filters,
) -> Page[HouseholdListItem]:
    return await service.list_households(db, filters, paging)


@router.get(
    "/export",
    summary="Download the households (CSV or XLSX)",
    description="The list above as a spreadsheet: every page, the same filters and order, one "
    "column per needs domain for the current capacity. `format=csv` (UTF-8 with a BOM) or "
    "`format=xlsx`; streamed; audited as an export. Formula-like cells are defused with a `'`.",
    response_class=StreamingResponse,
    responses={
        200: DOWNLOAD_RESPONSE,
        **problem_responses(NotAuthenticated, Forbidden, InvalidInput),
    },
)
async def export_households(
    actor: Annotated[Actor, require(Action.read_carers)],
    today: Today,
    db: DbSession,
    database: AppDatabase,
    filters: Filters,
    format: SheetFormat = SheetFormat.csv,
) -> StreamingResponse:
    table = await export.export_households(db, actor, filters, format)
    return streamed_download(database, actor.tenant_id, table, format, today=today)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Add a fostering household",
    description="The postcode is placed with the ONS Postcode Directory; an unknown postcode "
    "is a 422. `capacity` may give the first capacity profile (every domain, 0–4).",
    responses=WRITE_ERRORS,
)
async def create_household(
    body: HouseholdCreate,
    actor: Annotated[Actor, require(Action.manage_carers)],
    today: Today,
    db: DbSession,
) -> HouseholdRead:
    return await service.create_household(db, actor, body, today=today)


@router.get(
    "/{household_id}",
    summary="Read a fostering household",
    description="With its capacity history (newest first) and training records.",
    responses=READ_ERRORS,
)
async def get_household(
    household_id: uuid.UUID, _: Annotated[Actor, require(Action.read_carers)], db: DbSession
) -> HouseholdRead:
    return await service.get_household(db, household_id)


@router.patch(
    "/{household_id}",
    summary="Change a fostering household",
    description="Send the fields to change with the `version` you read; a stale version is a "
    "409 with the current household in `current`.",
    responses=WRITE_ERRORS,
)
async def update_household(
    household_id: uuid.UUID,
    body: HouseholdUpdate,
    actor: Annotated[Actor, require(Action.manage_carers)],
    db: DbSession,
) -> HouseholdRead:
    return await service.update_household(db, actor, household_id, body)


@router.post(
    "/{household_id}/capacity",
    status_code=status.HTTP_201_CREATED,
    summary="Record a capacity profile",
    description="The highest level of need 0–4 the household can meet in every domain, from a "
    "date. Earlier profiles are kept as history; matching uses the newest.",
    responses=WRITE_ERRORS,
)
async def add_capacity(
    household_id: uuid.UUID,
    body: CapacityCreate,
    actor: Annotated[Actor, require(Action.manage_carers)],
    db: DbSession,
) -> HouseholdRead:
    return await service.add_capacity(db, actor, household_id, body)


@router.post(
    "/{household_id}/training",
    status_code=status.HTTP_201_CREATED,
    summary="Record completed training",
    description="Dated training, optionally towards one needs domain.",
    responses=WRITE_ERRORS,
)
async def add_training(
    household_id: uuid.UUID,
    body: TrainingCreate,
    actor: Annotated[Actor, require(Action.manage_carers)],
    today: Today,
    db: DbSession,
) -> HouseholdRead:
    return await service.add_training(db, actor, household_id, body, today=today)
