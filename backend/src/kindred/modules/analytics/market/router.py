"""Market analytics for managers and commissioners: training gaps, step-down, sufficiency."""

from typing import Annotated

from fastapi import APIRouter, Query

from kindred.auth.actor import Actor
from kindred.auth.dependencies import require
from kindred.auth.policy import Action
from kindred.core.clock import Today
from kindred.core.database import DbSession
from kindred.core.errors import Forbidden, InvalidInput, NotAuthenticated, problem_responses
from kindred.modules.analytics.market import service
from kindred.modules.analytics.market import step_down as step_downs
from kindred.modules.analytics.market.schemas import (
    SUPPRESSION_RULE,
    AnalyticsParams,
    StepDownRead,
    SufficiencyRead,
    TrainingGapsRead,
)

router = APIRouter(prefix="/analytics", tags=["market analytics"])

COHORT = (
    "Children: the council's in-care children with an approved needs assessment, at their "
    "latest approved levels. Households: the council's active households (in-house and partner "
    "agencies') with a capacity profile, at their newest capacity. "
)
HARD_FILTERS = (
    "A household counts for a child only when it passes matching's hard filters: approved age "
    "range, approval for `placement_type`, a vacancy, and not excluded for the child. "
)


@router.get(
    "/training-gaps",
    summary="Training that would open fully-meeting households to children",
    description=COHORT
    + HARD_FILTERS
    + "A household fully meets a child when its capacity is at least the child's need in every "
    "domain. Per domain, `children_gaining` counts the children who have no fully-meeting "
    "household now but would have one if the households exactly one level short in that domain "
    "(and meeting every other domain) were trained by one level; `households` lists those "
    "households, by name. A child can count in several domains. " + SUPPRESSION_RULE,
    responses=problem_responses(NotAuthenticated, Forbidden, InvalidInput),
)
async def training_gaps(
    params: Annotated[AnalyticsParams, Query()],
    actor: Annotated[Actor, require(Action.read_market_analytics)],
    today: Today,
    db: DbSession,
) -> TrainingGapsRead:
    return await service.training_gaps(db, actor, params, today=today)


@router.get(
    "/step-down",
    summary="Children in residential care whose needs a family could meet",
    description="Children: the council's in-care children in a residential placement (SSDA903 "
    "K1, K2, R1, H5) with an approved needs assessment. A child is proposed when at least one "
    "household with a vacancy meets every domain of the child's latest approved needs "
    "(capacity ≥ need everywhere: nothing unmet, nothing needing training or support) and "
    "passes the hard filters (approved ages, approval for `placement_type`, a vacancy, not "
    "excluded for the child). A child with any domain at level 4 is never proposed "
    "(`children_blocked`). Per child, the best up to 3 such households in matching's order "
    "(all meet every need, so: nearest, unknown distance last, then lowest weekly fee, then "
    "id), each with the annual saving = (current weekly cost − household weekly fee) × 52, "
    "in pence; the child's saving is the first household's. Current weekly cost: the child's "
    "placement fees running today from their cost records (`cost_basis: actual`); for a child "
    "with none recorded, the indicative cost of the placement type (`cost_basis: "
    "indicative`; K1 £6,250, K2 £4,500, R1 £4,200, H5 £1,200 a week). "
    "Totals: children proposed, and the sum of their savings. Several "
    "children may be proposed the same household: this is what the market could do, not a "
    "plan (use the cohort plan for that). Named children are listed only for callers who may "
    "see them; everyone else gets totals per placement type. " + SUPPRESSION_RULE,
    responses=problem_responses(NotAuthenticated, Forbidden, InvalidInput),
)
async def step_down(
    params: Annotated[AnalyticsParams, Query()],
    actor: Annotated[Actor, require(Action.read_market_analytics)],
    today: Today,
    db: DbSession,
) -> StepDownRead:
    return await step_downs.step_down(db, actor, params, today=today)


@router.get(
    "/sufficiency",
    summary="Children's needs per domain and level against the households able to meet them",
    description=COHORT
    + "For each domain and each level 1 to 4: `children` needing at least that level; "
    "`households` whose capacity in the domain is at least that level, their approved "
    "`places` and current `vacancies` (no hard filters: the whole market); and "
    "`places_gap` = children − places, positive where fewer places can meet that level than "
    "children need it. " + SUPPRESSION_RULE,
    responses=problem_responses(NotAuthenticated, Forbidden),
)
async def sufficiency(
    actor: Annotated[Actor, require(Action.read_market_analytics)], db: DbSession
) -> SufficiencyRead:
    return await service.sufficiency(db, actor)
