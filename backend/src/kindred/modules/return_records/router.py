"""A child's records from the SSDA903 return's optional files."""

import uuid
from typing import Annotated

from fastapi import APIRouter

from kindred.auth.actor import Actor
from kindred.auth.dependencies import require
from kindred.auth.policy import Action
from kindred.core.database import DbSession
from kindred.core.errors import Forbidden, NotAuthenticated, NotFound, problem_responses
from kindred.modules.return_records import service
from kindred.modules.return_records.schemas import ReturnRecords

router = APIRouter(tags=["children"])


@router.get(
    "/children/{child_id}/ssda903-records",
    summary="Read what the SSDA903 return says of a child beyond their episodes",
    description="From the return's optional files, as imported: whether the child is UASC, "
    "their reviews (with how they took part), missing spells, the latest OC2 health and SDQ "
    "outcome, the latest OC3 care-leaver outcome and placed-for-adoption decisions. Empty "
    "lists and nulls when the return did not say. Audited as a read of the child's record.",
    responses=problem_responses(NotAuthenticated, Forbidden, NotFound),
)
async def get_return_records(
    child_id: uuid.UUID, actor: Annotated[Actor, require(Action.read_child)], db: DbSession
) -> ReturnRecords:
    return await service.return_records(db, actor, child_id)
