"""Needs assessments: a child's list, start, read, autosave, the lifecycle and the queue."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status
from fastapi.responses import StreamingResponse

from kindred.auth.actor import Actor
from kindred.auth.dependencies import require
from kindred.auth.policy import Action
from kindred.core.clock import Now, Today
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
from kindred.core.spreadsheets import SheetFormat
from kindred.modules.assessments import approval_queue, lifecycle, reading, service
from kindred.modules.assessments.export import assessments_table
from kindred.modules.assessments.schemas import (
    AssessmentListItem,
    AssessmentRead,
    AssessmentReturn,
    AssessmentStart,
    AssessmentUpdate,
    LifecycleStep,
    QueueFilters,
    QueueItem,
)
from kindred.modules.children.api import (
    CHILD_TABLE_DESCRIPTION,
    CHILD_TABLE_RESPONSES,
    ChildTableRequest,
    export_child_table,
)
from kindred.modules.exports.api import AppDatabase, streamed_download

router = APIRouter(tags=["assessments"])

Reader = Annotated[Actor, require(Action.read_assessment)]
Decider = Annotated[Actor, require(Action.decide_assessment)]
STALE_NOTE = (
    " A stale `version` is a 409 whose `current` is the assessment as it is now, so nothing "
    "is lost: show both, merge, and send again with `current.version`."
)


@router.get(
    "/children/{child_id}/assessments",
    summary="List a child's assessments",
    description="Newest first, every status. Scores are set on approved assessments only.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound),
)
async def list_child_assessments(
    child_id: uuid.UUID, actor: Reader, db: DbSession
) -> list[AssessmentListItem]:
    return await reading.list_for_child(db, actor, child_id)


@router.get(
    "/children/{child_id}/assessments/export",
    summary="Download a child's assessments with their levels (CSV or XLSX)",
    description=CHILD_TABLE_DESCRIPTION + " One column per needs domain holds its level.",
    response_class=StreamingResponse,
    responses=CHILD_TABLE_RESPONSES,
)
async def export_child_assessments(
    child_id: uuid.UUID,
    actor: Reader,
    today: Today,
    db: DbSession,
    database: AppDatabase,
    format: SheetFormat = SheetFormat.csv,
) -> StreamingResponse:
    asked = ChildTableRequest(actor, child_id, format, today)
    table = await export_child_table(db, asked, assessments_table(child_id))
    return streamed_download(database, actor.tenant_id, table, format, today=asked.today)


@router.post(
    "/children/{child_id}/assessments",
    status_code=status.HTTP_201_CREATED,
    summary="Start an assessment",
    description="A draft pinned to your council's current framework version. With "
    "`from_latest_approved`, levels, evidence, strengths and texts are copied from the child's "
    "latest approved assessment (422 if there is none). A child has at most one assessment in "
    "progress (draft, submitted or returned): a second is a 409 whose "
    "`existing_assessment_id` names it.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound, InvalidInput, Conflict),
)
async def start_assessment(
    child_id: uuid.UUID,
    body: AssessmentStart,
    actor: Annotated[Actor, require(Action.edit_assessment)],
    db: DbSession,
) -> AssessmentRead:
    return await service.start(db, actor, child_id, body)


@router.get(
    "/assessments",
    summary="List assessments waiting in a queue",
    description="By default the approval queue: submitted assessments of the children you may "
    "see (a manager: their teams'), the longest waiting first, each with a preview of its "
    "figures and how many domains changed since the child's latest approved assessment.",
    responses=problem_responses(NotAuthenticated, Forbidden, InvalidInput),
)
async def assessment_queue(
    actor: Reader,
    db: DbSession,
    paging: Paging,
    filters: Annotated[QueueFilters, Query()],
) -> Page[QueueItem]:
    return await approval_queue.queue(db, actor, filters, paging)


@router.get(
    "/assessments/{assessment_id}",
    summary="Read an assessment",
    description="Every domain in framework order, the texts, the lifecycle, the figures "
    "(`score` etc. once approved; `preview` before), the previous approved levels for "
    "comparison, and what you may do now (`permissions`). Every read is audited.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound),
)
async def get_assessment(assessment_id: uuid.UUID, actor: Reader, db: DbSession) -> AssessmentRead:
    return await reading.get_assessment(db, actor, assessment_id)


@router.patch(
    "/assessments/{assessment_id}",
    summary="Save changes to an assessment",
    description="Autosave-friendly: send only what changed, with the `version` you read; in "
    "`domains`, only the domains and fields sent change. Drafts and returned assessments "
    "only (409 otherwise: approved assessments never change)." + STALE_NOTE,
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound, InvalidInput, Conflict),
)
async def update_assessment(
    assessment_id: uuid.UUID,
    body: AssessmentUpdate,
    actor: Annotated[Actor, require(Action.edit_assessment)],
    now: Now,
    db: DbSession,
) -> AssessmentRead:
    return await service.update(db, actor, assessment_id, body, now=now)


@router.post(
    "/assessments/{assessment_id}/submit",
    summary="Submit an assessment for approval",
    description="Every domain needs a level, and every level 3 or 4 needs evidence: otherwise "
    "a 422 naming each `body.domains.<key>.need_level` or `.evidence`. Every assessment read "
    "carries the same checks in the same words as `submit_checks`, so a client can show them "
    "before it submits." + STALE_NOTE,
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound, InvalidInput, Conflict),
)
async def submit_assessment(
    assessment_id: uuid.UUID,
    body: LifecycleStep,
    actor: Annotated[Actor, require(Action.submit_assessment)],
    now: Now,
    db: DbSession,
) -> AssessmentRead:
    return await lifecycle.submit(db, actor, assessment_id, body, now=now)


@router.post(
    "/assessments/{assessment_id}/approve",
    summary="Approve an assessment",
    description="Managers of the child's team, never on an assessment they wrote or "
    "submitted (403). Scores it with its own framework version, dates it today, and updates "
    "the child's latest score and trend." + STALE_NOTE,
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound, InvalidInput, Conflict),
)
async def approve_assessment(
    assessment_id: uuid.UUID, body: LifecycleStep, actor: Decider, now: Now, db: DbSession
) -> AssessmentRead:
    return await lifecycle.approve(db, actor, assessment_id, body, now=now)


@router.post(
    "/assessments/{assessment_id}/return",
    summary="Return an assessment for changes",
    description="Managers: send a submitted assessment back with a `comment` (1–5,000 "
    "characters) saying what to change; it can then be edited and submitted again." + STALE_NOTE,
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound, InvalidInput, Conflict),
)
async def return_assessment(
    assessment_id: uuid.UUID, body: AssessmentReturn, actor: Decider, now: Now, db: DbSession
) -> AssessmentRead:
    return await lifecycle.return_for_changes(db, actor, assessment_id, body, now=now)
