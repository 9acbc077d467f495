"""Bulk loads (council admins): upload a file, follow its preview, load it, get templates."""

import uuid
from typing import Annotated

from fastapi import APIRouter, File, Form, Query, Request, Response, UploadFile, status

from kindred.auth.actor import Actor
from kindred.auth.dependencies import require
from kindred.auth.policy import Action
from kindred.core.database import DbSession
from kindred.core.errors import (
    Forbidden,
    InvalidInput,
    KindredError,
    NotAuthenticated,
    NotFound,
    problem_responses,
)
from kindred.core.pagination import Page, Paging
from kindred.modules.bulk_loads import service
from kindred.modules.bulk_loads.kinds import KINDS, KindName
from kindred.modules.bulk_loads.schemas import (
    BulkLoadKindRead,
    BulkLoadRead,
    BulkLoadSummary,
    LoadRequest,
    RowErrorRead,
    TemplateFormat,
)
from kindred.modules.bulk_loads.service import NotReadyToLoad, RowsHaveErrors
from kindred.modules.bulk_loads.templates import CSV_TYPE, XLSX_TYPE, csv_template, xlsx_template

router = APIRouter(prefix="/bulk-loads", tags=["bulk loads"])

MAX_FILE_BYTES = 32 * 1024 * 1024
"""50,000 households with every column are about 10 MB as CSV."""

BulkAdmin = Annotated[Actor, require(Action.bulk_load)]


class FileTooLarge(KindredError):
    status = 413
    slug = "request-too-large"
    title = "Request too large"


@router.get(
    "/kinds",
    summary="What can be loaded, with every column explained",
    responses=problem_responses(NotAuthenticated, Forbidden),
)
async def list_kinds(_: BulkAdmin) -> list[BulkLoadKindRead]:
    return service.kinds()


@router.get(
    "/template",
    summary="A template to fill in",
    description="CSV: the header row (UTF-8 with a byte-order mark). XLSX: the header row on "
    "the first sheet and every column explained on the second.",
    response_class=Response,
    responses={
        200: {"content": {CSV_TYPE: {}, XLSX_TYPE: {}}, "description": "The template file."},
        **problem_responses(NotAuthenticated, Forbidden, InvalidInput),
    },
)
async def template(
    _: BulkAdmin, kind: Annotated[KindName, Query()], format: TemplateFormat = "csv"
) -> Response:
    columns = KINDS[kind].columns()
    if format == "csv":
        body, media_type = csv_template(columns), CSV_TYPE
    else:
        body, media_type = xlsx_template(kind, columns), XLSX_TYPE
    disposition = f'attachment; filename="kindred-{kind}-template.{format}"'
    return Response(body, media_type=media_type, headers={"Content-Disposition": disposition})


@router.post(
    "",
    status_code=status.HTTP_202_ACCEPTED,
    summary="Upload a file to preview",
    description="Multipart form: `kind` and `file` (CSV or XLSX, 32 MB at most). Nothing is "
    "written yet: the answer is **202 Accepted** with the load, `status` previewing, and a "
    "`Location` header naming it. The worker reads and checks every row, and works out what "
    "loading would create, update and leave unchanged; poll the load until it is previewed "
    "(or failed, when the file cannot be read), page through its errors at `/errors`, then "
    "`POST /load`. See docs/imports.md for each kind's columns.",
    responses=problem_responses(NotAuthenticated, Forbidden, InvalidInput, FileTooLarge),
)
async def upload(
    actor: BulkAdmin,
    db: DbSession,
    request: Request,
    response: Response,
    kind: Annotated[KindName, Form()],
    file: Annotated[UploadFile, File(description="The CSV or XLSX file.")],
) -> BulkLoadRead:
    content = await file.read(MAX_FILE_BYTES + 1)
    if len(content) > MAX_FILE_BYTES:
        raise FileTooLarge(f"The file is over {MAX_FILE_BYTES // (1024 * 1024)} MB; split it.")
    load = await service.upload(db, actor, kind, file.filename or "upload", content)
    response.headers["Location"] = request.app.url_path_for("get_bulk_load", load_id=str(load.id))
    return load


@router.get(
    "",
    summary="Recent bulk loads",
    description="The council's 50 most recent bulk loads, newest first.",
    responses=problem_responses(NotAuthenticated, Forbidden),
)
async def recent(_: BulkAdmin, db: DbSession) -> list[BulkLoadSummary]:
    return await service.recent_loads(db)


@router.get(
    "/{load_id}",
    summary="A bulk load's status, preview counts and result",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound),
)
async def get_bulk_load(load_id: uuid.UUID, _: BulkAdmin, db: DbSession) -> BulkLoadRead:
    return await service.get_load(db, load_id)


@router.get(
    "/{load_id}/errors",
    summary="A bulk load's problems, by line",
    description="Every problem found: line in the file (1 is the header), column, reason.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound),
)
async def errors(
    load_id: uuid.UUID, _: BulkAdmin, db: DbSession, page: Paging
) -> Page[RowErrorRead]:
    return await service.errors_page(db, load_id, page)


@router.post(
    "/{load_id}/load",
    status_code=status.HTTP_202_ACCEPTED,
    summary="Load a previewed file",
    description="`valid_rows_only` false (all or nothing) is refused (422) while any row has "
    "an error; true loads the valid rows and keeps the rest in the report. A load that is not "
    "previewed, or already asked for, is refused (409). The load runs in the background: "
    "poll the load until it is loaded (see `result`) or failed. Loading the same file again "
    "changes nothing.",
    responses=problem_responses(
        NotAuthenticated, Forbidden, NotFound, NotReadyToLoad, RowsHaveErrors
    ),
)
async def load(
    load_id: uuid.UUID, body: LoadRequest, actor: BulkAdmin, db: DbSession
) -> BulkLoadRead:
    return await service.start_load(db, actor, load_id, valid_rows_only=body.valid_rows_only)
