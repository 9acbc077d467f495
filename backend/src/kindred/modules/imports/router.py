"""Uploads of the SSDA903 return (admins): queue the import, then follow the job to its report."""

import uuid
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, Response, UploadFile, status
from fastapi.responses import StreamingResponse

from kindred.auth.actor import Actor
from kindred.auth.dependencies import require
from kindred.auth.policy import Action
from kindred.core.clock import Today
from kindred.core.database import DbSession
from kindred.core.errors import (
    Forbidden,
    InvalidInput,
    KindredError,
    NotAuthenticated,
    NotFound,
    problem_responses,
)
from kindred.core.spreadsheets import SheetFormat, download
from kindred.domain.ssda903_child_files import ChildFile
from kindred.modules.imports import queue, reports
from kindred.modules.imports.schemas import ImportJobRead, ImportJobSummary
from kindred.modules.imports.service import ReturnFiles

router = APIRouter(prefix="/imports", tags=["imports"])

MAX_FILE_BYTES = 32 * 1024 * 1024
"""Per file: ten years of a large council's episodes are about 5 MB."""


class FileTooLarge(KindredError):
    status = 413
    slug = "request-too-large"
    title = "Request too large"


async def _read_bounded(upload: UploadFile, field: str) -> bytes:
    content = await upload.read(MAX_FILE_BYTES + 1)
    if len(content) > MAX_FILE_BYTES:
        raise FileTooLarge(
            f"The {field} file is over {MAX_FILE_BYTES // (1024 * 1024)} MB; split the return.",
        )
    return content


OptionalFile = Annotated[UploadFile | None, File(description="Optional; see the description.")]


async def _child_files(
    uploads: dict[ChildFile, UploadFile | None],
) -> dict[ChildFile, tuple[str, bytes]]:
    return {
        kind: (upload.filename or f"{kind.value}.csv", await _read_bounded(upload, kind.value))
        for kind, upload in uploads.items()
        if upload is not None
    }


@router.post(
    "/ssda903",
    status_code=status.HTTP_202_ACCEPTED,
    summary="Import an SSDA903 return (Header and Episodes files)",
    description="Multipart form: `header` and `episodes` CSV files (32 MB each at most), "
    "`valid_rows_only` (default false: any bad row and nothing is written) and `team_id` (the "
    "team for children new to Kindred; default the council's first team) and `dry_run` (a "
    "preview: the import runs to its end and its counts say what would be created, updated and "
    "left unchanged, but nothing except the job is written). Columns are matched by name; a "
    "BOM, CRLF, blank lines and extra columns are fine. Children are matched by CHILD (the "
    "local id), episodes by child and DECOM; importing the same files again changes nothing. "
    "A row breaking a DfE validation rule is imported with a warning naming the rule; only a "
    "row Kindred cannot understand (no child id, no usable DECOM, LS or PLACE, an unknown "
    "child, an overlap with a certain episode) is rejected.\n\nOptional files, read when "
    "present: `uasc`, `reviews`, `missing`, `oc2`, `oc3` and `placed_adoption` (the DfE "
    "layouts); their rows are kept against the child, matched by child, date (OC2 and OC3: the "
    "collection year's 31 March) and, for Missing, the MISSING code.\n\nThe import runs in the "
    "background: the answer is **202 Accepted** "
    "with the job, `status` queued, and a `Location` header naming it. Poll "
    "`GET /api/v1/imports/{id}`: while `running`, `stage` says what it is doing and "
    "`rows_processed` of `rows_total` how far it has got; it ends succeeded, rejected (with "
    "every rejected row: file, line, reason; nothing written) or failed (with a `message`). "
    "A `team_id` that is not the council's is refused at once (422).",
    responses=problem_responses(NotAuthenticated, Forbidden, InvalidInput, FileTooLarge),
)
async def upload_ssda903(
    actor: Annotated[Actor, require(Action.import_returns)],
    db: DbSession,
    request: Request,
    response: Response,
    header: Annotated[UploadFile, File(description="The Header file (CHILD, SEX, DOB, …).")],
    episodes: Annotated[UploadFile, File(description="The Episodes file (CHILD, DECOM, …).")],
    valid_rows_only: Annotated[bool, Form()] = False,
    team_id: Annotated[uuid.UUID | None, Form()] = None,
    dry_run: Annotated[bool, Form()] = False,
    uasc: OptionalFile = None,
    reviews: OptionalFile = None,
    missing: OptionalFile = None,
    oc2: OptionalFile = None,
    oc3: OptionalFile = None,
    placed_adoption: OptionalFile = None,
) -> ImportJobRead:
    optional = {
        ChildFile.uasc: uasc,
        ChildFile.reviews: reviews,
        ChildFile.missing: missing,
        ChildFile.oc2: oc2,
        ChildFile.oc3: oc3,
        ChildFile.placed_adoption: placed_adoption,
    }
    files = ReturnFiles(
        header=await _read_bounded(header, "Header"),
        episodes=await _read_bounded(episodes, "Episodes"),
        header_name=header.filename or "header.csv",
        episodes_name=episodes.filename or "episodes.csv",
        child_files=await _child_files(optional),
    )
    job = await queue.upload_ssda903(
        db, actor, files, valid_rows_only=valid_rows_only, team_id=team_id, dry_run=dry_run
    )
    response.headers["Location"] = request.app.url_path_for("get_import", import_id=str(job.id))
    return job


@router.get(
    "",
    summary="Recent imports",
    description="The council's 50 most recent imports, newest first.",
    responses=problem_responses(NotAuthenticated, Forbidden),
)
async def list_imports(
    actor: Annotated[Actor, require(Action.import_returns)], db: DbSession
) -> list[ImportJobSummary]:
    return await reports.list_imports(db, actor)


@router.get(
    "/{import_id}/report.csv",
    summary="An import's report as CSV",
    description="Every rejection and warning, one per line: outcome (rejected or warning), "
    "file, line, column, DfE rule (number and text, when a rule is broken), child and message. "
    "A cell starting with =, +, - or @ is prefixed with ' so spreadsheets do not run it.",
    response_class=StreamingResponse,
    responses={
        200: {"content": {"text/csv": {}}, "description": "The report."},
        **problem_responses(NotAuthenticated, Forbidden, NotFound),
    },
)
async def import_report(
    import_id: uuid.UUID,
    actor: Annotated[Actor, require(Action.import_returns)],
    today: Today,
    db: DbSession,
) -> StreamingResponse:
    table = await reports.import_report(db, actor, import_id)
    return download(table, SheetFormat.csv, f"ssda903-import-{import_id}", today)


@router.get(
    "/{import_id}",
    summary="An import's status, counts and report",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound),
)
async def get_import(
    import_id: uuid.UUID, actor: Annotated[Actor, require(Action.import_returns)], db: DbSession
) -> ImportJobRead:
    return await reports.get_import(db, actor, import_id)
