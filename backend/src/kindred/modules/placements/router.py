"""A child's placement episodes: list, record, change."""

import uuid
from typing import Annotated

from fastapi import APIRouter, status
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
from kindred.modules.exports.api import AppDatabase, streamed_download
from kindred.modules.placements import service
from kindred.modules.placements.export import placements_table
from kindred.modules.placements.schemas import PlacementCreate, PlacementRead, PlacementUpdate

router = APIRouter(tags=["placements"])


@router.get(
    "/children/{child_id}/placements",
    summary="A child's placement episodes",
    description="Newest first, each with its SSDA903 codes, the household or provider, the home "
    "and placement postcodes as given (full or partial), the distance from home in km and "
    "miles when both are placed, and `over_20_miles` (a statutory indicator).",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound),
)
async def list_placements(
    child_id: uuid.UUID,
    actor: Annotated[Actor, require(Action.read_placements)],
    today: Today,
    db: DbSession,
) -> list[PlacementRead]:
    return await service.list_placements(db, actor, child_id, today=today)


@router.get(
    "/children/{child_id}/placements/export",
    summary="Download a child's placement episodes (CSV or XLSX)",
    description=CHILD_TABLE_DESCRIPTION,
    response_class=StreamingResponse,
    responses=CHILD_TABLE_RESPONSES,
)
async def export_placements(
    child_id: uuid.UUID,
    actor: Annotated[Actor, require(Action.read_placements)],
    today: Today,
    db: DbSession,
    database: AppDatabase,
    format: SheetFormat = SheetFormat.csv,
) -> StreamingResponse:
    asked = ChildTableRequest(actor, child_id, format, today)
    table = await export_child_table(db, asked, placements_table(asked.today, child_id))
    return streamed_download(database, actor.tenant_id, table, format, today=asked.today)


@router.post(
    "/children/{child_id}/placements",
    status_code=status.HTTP_201_CREATED,
    summary="Record a placement episode",
    description="An episode sharing a day with another of the child's is refused (422, naming "
    "the other episode's dates); the next episode may start on the day the previous ended. "
    "A partial postcode (`LS1 4`) is placed at its sector's centroid; an unknown one is kept "
    "with a warning and the distance left unknown. The child's current placement type follows "
    "the episode running today.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound, InvalidInput),
)
async def create_placement(
    child_id: uuid.UUID,
    body: PlacementCreate,
    actor: Annotated[Actor, require(Action.manage_placements)],
    today: Today,
    db: DbSession,
) -> PlacementRead:
    return await service.create_placement(db, actor, child_id, body, today=today)


@router.patch(
    "/placements/{placement_id}",
    summary="Change a placement episode",
    description="Send the fields to change with the `version` you read; a stale version is a "
    "409 with the current episode in `current`. Ending an episode with a move needs "
    "`reason_for_change`.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound, InvalidInput, Conflict),
)
async def update_placement(
    placement_id: uuid.UUID,
    body: PlacementUpdate,
    actor: Annotated[Actor, require(Action.manage_placements)],
    today: Today,
    db: DbSession,
) -> PlacementRead:
    return await service.update_placement(db, actor, placement_id, body, today=today)
