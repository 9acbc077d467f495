"""Admins search the audit log: /audit-events."""

from typing import Annotated

from fastapi import APIRouter, Query

from kindred.auth.actor import Actor
from kindred.auth.dependencies import require
from kindred.auth.policy import Action
from kindred.core.database import DbSession
from kindred.core.errors import Forbidden, InvalidInput, NotAuthenticated, problem_responses
from kindred.core.pagination import Page, Paging
from kindred.modules.audit import service
from kindred.modules.audit.schemas import AuditEventRead, AuditFilters

router = APIRouter(prefix="/audit-events", tags=["audit"])


@router.get(
    "",
    summary="Search the audit log",
    description="Your council's audit events, newest first, a page at a time: filter by "
    "child, acting person, action, outcome and a `from`/`to` range (dates or date-times, "
    "both inclusive). Each search is itself recorded in the log. Council admins only.",
    responses=problem_responses(NotAuthenticated, Forbidden, InvalidInput),
)
async def search_audit_events(
    actor: Annotated[Actor, require(Action.read_audit)],
    db: DbSession,
    filters: Annotated[AuditFilters, Query()],
    paging: Paging,
) -> Page[AuditEventRead]:
    return await service.search(db, actor, filters, paging)
