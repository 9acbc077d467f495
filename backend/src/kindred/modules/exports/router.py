"""Whole-council exports (admins): start one, follow its progress, download the ZIP."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Request, Response, status
from fastapi.responses import FileResponse

from kindred.auth.actor import Actor
from kindred.auth.dependencies import require
from kindred.auth.policy import Action
from kindred.core.clock import Now
from kindred.core.database import DbSession
from kindred.core.errors import Conflict, Forbidden, NotAuthenticated, NotFound, problem_responses
from kindred.modules.exports import service
from kindred.modules.exports.schemas import CouncilExportRead
from kindred.modules.exports.service import ExportGone

router = APIRouter(prefix="/exports/council", tags=["exports"])
Admin = Annotated[Actor, require(Action.export_council)]


@router.post(
    "",
    status_code=status.HTTP_202_ACCEPTED,
    summary="Start a whole-council export",
    description="Admins: every child (restricted ones too), household, placement, cost record "
    "and assessment of the council, for moving to another system, as one ZIP holding each "
    "table as CSV and XLSX. It is written in the background: the answer is **202 Accepted** "
    "with the job (`queued`) and a `Location` header; poll it for `stage` and `tables_done` of "
    "`tables_total`, then download it from `download_url` within 24 hours. Audited.",
    responses=problem_responses(NotAuthenticated, Forbidden),
)
async def start_export(
    actor: Admin, now: Now, db: DbSession, request: Request, response: Response
) -> CouncilExportRead:
    export = await service.start(db, actor, now=now)
    response.headers["Location"] = request.app.url_path_for("get_export", export_id=str(export.id))
    return export


@router.get(
    "",
    summary="Recent whole-council exports",
    description="The council's 20 most recent exports, newest first.",
    responses=problem_responses(NotAuthenticated, Forbidden),
)
async def list_exports(now: Now, _: Admin, db: DbSession) -> list[CouncilExportRead]:
    return await service.recent_exports(db, now=now)


@router.get(
    "/{export_id}",
    summary="A whole-council export's status and progress",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound),
)
async def get_export(now: Now, export_id: uuid.UUID, _: Admin, db: DbSession) -> CouncilExportRead:
    return await service.get_export(db, export_id, now=now)


@router.get(
    "/{export_id}/download",
    summary="Download a finished whole-council export (ZIP)",
    description="409 while it is still being written or when it failed; 410 once it has "
    "expired (its file is deleted). Every download is audited.",
    response_class=FileResponse,
    responses={
        200: {"content": {"application/zip": {}}, "description": "The ZIP."},
        **problem_responses(NotAuthenticated, Forbidden, NotFound, Conflict, ExportGone),
    },
)
async def download_export(
    export_id: uuid.UUID, actor: Admin, now: Now, db: DbSession, request: Request
) -> FileResponse:
    path = await service.ready_file(
        db, actor, export_id, var_dir=request.app.state.settings.var_dir, now=now
    )
    return FileResponse(
        path, media_type="application/zip", filename=f"council-export-{now.date()}.zip"
    )
