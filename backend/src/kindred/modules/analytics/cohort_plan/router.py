"""A suggested placement plan for a cohort of children."""

from typing import Annotated

from fastapi import APIRouter

from kindred.auth.actor import Actor
from kindred.auth.dependencies import require
from kindred.auth.policy import Action
from kindred.core.clock import Today
from kindred.core.database import DbSession
from kindred.core.errors import Forbidden, InvalidInput, NotAuthenticated, problem_responses
from kindred.modules.analytics.cohort_plan import service
from kindred.modules.analytics.cohort_plan.schemas import PlanCreate, PlanRead

router = APIRouter(prefix="/matching", tags=["matching"])


@router.post(
    "/plan",
    summary="Suggest households for a cohort of children",
    description="A suggestion for people to decide on: nothing is placed, reserved or changed. "
    "Children: `child_ids` (at most 1,000, each one you may see), or `awaiting_placement: "
    "true` for every in-care child you may see with an approved assessment and no placement "
    "type recorded. Each child is matched on their latest approved needs. A household is "
    "eligible for a child when it passes the hard filters of matching (approved ages, "
    "approval for `placement_type`, a vacancy, not excluded for the child, within "
    "`max_distance_km` when given) and leaves no domain unmet (gap of 2 or more); domains one "
    "level short are allowed and listed as `support_domains` (a training or support need). "
    "Among all assignments that never give a household more children than its vacancies, the "
    "plan first places as many children as possible, then maximises the total fit (the sum "
    "of each placement's fit, 0–100, as in matching); it is exact (optimal), not greedy. "
    "Children left out are listed with the reason: no household fits the terms, every "
    "household that does leaves a need unmet, eligible places went to others, no approved "
    "assessment, or not in care. Each child is planned alone (sibling groups are not recorded "
    "yet).",
    responses=problem_responses(NotAuthenticated, Forbidden, InvalidInput),
)
async def plan_placements(
    body: PlanCreate,
    actor: Annotated[Actor, require(Action.plan_placements)],
    today: Today,
    db: DbSession,
) -> PlanRead:
    return await service.plan_placements(db, actor, body, today=today)
