"""Plan a cohort: the assignment of children to households that places most, then fits best.

A suggestion for people to decide on: nothing is recorded or changed, apart from the audit event.
"""

import asyncio
import math
import uuid
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.auth.child_access import ChildScope, child_scope
from kindred.core.errors import FieldError, Forbidden, InvalidInput
from kindred.domain.care_status import CareStatus
from kindred.domain.cohort_plan import CohortPlan, plan_cohort
from kindred.domain.framework import Framework
from kindred.domain.matching import ChildNeeds, HouseholdMatrix
from kindred.modules.analytics.cohort_plan import repository
from kindred.modules.analytics.cohort_plan.repository import ChildBrief
from kindred.modules.analytics.cohort_plan.schemas import (
    MAX_PLAN_CHILDREN,
    PlanChild,
    PlanCreate,
    PlannedPlacement,
    PlanRead,
    PlanUnmatchedReason,
    UnplannedChild,
)
from kindred.modules.analytics.shared.matching_cohort import (
    ChildNeedsRow,
    CohortFilter,
    cohort_exclusions,
    cohort_needs,
    needs_of,
)
from kindred.modules.frameworks.api import current_framework
from kindred.modules.matching.api import household_matrix, household_summaries


def _choose_one(body: PlanCreate) -> None:
    if (body.child_ids is None) == (not body.awaiting_placement):
        raise InvalidInput(
            "Give either child_ids or awaiting_placement: true.",
            errors=[
                FieldError(
                    field="body.child_ids",
                    message="Give child_ids, or ask for every child awaiting a placement, not both",
                )
            ],
        )


async def _asked_for(
    db: AsyncSession, actor: Actor, scope: ChildScope, child_ids: list[uuid.UUID]
) -> dict[uuid.UUID, ChildBrief]:
    """The children asked for, each one the caller may see, or a 422 naming the others."""
    ids = list(dict.fromkeys(child_ids))
    briefs = await repository.visible_children(db, scope, ids)
    unknown = [index for index, child_id in enumerate(child_ids) if child_id not in briefs]
    if unknown:
        await audit.record_denied(
            db,
            actor=actor,
            resource_type="cohort_plan",
            details={"unknown_children": len(unknown)},
        )
        raise InvalidInput(
            "Some children are not ones you can plan for.",
            errors=[
                FieldError(
                    field=f"body.child_ids.{index}",
                    message="There is no child with this id, or you do not have access to "
                    "their record",
                )
                for index in unknown[:20]
            ],
            keep_changes=True,
        )
    return {child_id: briefs[child_id] for child_id in ids}


def _distance_km(child: ChildNeeds, matrix: HouseholdMatrix, row: int) -> float | None:
    """Straight-line distance, rounded to the metre as matching does; None when unknown."""
    if child.easting is None or child.northing is None:
        return None
    east = float(matrix.easting[row]) - child.easting
    north = float(matrix.northing[row]) - child.northing
    metres = math.sqrt(east * east + north * north)
    return None if math.isnan(metres) else round(metres) / 1000


async def _read(
    db: AsyncSession,
    body: PlanCreate,
    framework: Framework,
    children: list[ChildNeeds],
    people: dict[str, PlanChild],
    not_planned: list[UnplannedChild],
    plan: CohortPlan,
    matrix: HouseholdMatrix,
) -> PlanRead:
    summaries = await household_summaries(db, {uuid.UUID(a.household_id) for a in plan.assignments})
    by_id = {child.child_id: child for child in children}
    assignments = []
    for assignment in plan.assignments:
        child, row = by_id[assignment.child_id], matrix.index[assignment.household_id]
        capacity = matrix.capacity[row].tolist()
        assignments.append(
            PlannedPlacement(
                child=people[assignment.child_id],
                household=summaries[uuid.UUID(assignment.household_id)],
                fit=assignment.fit,
                support_domains=[
                    key
                    for key, need, level in zip(
                        framework.domain_keys, child.levels, capacity, strict=True
                    )
                    if need - level == 1
                ],
                weekly_fee_pence=int(matrix.weekly_fee_pence[row]),
                distance_km=_distance_km(child, matrix, row),
            )
        )
    unmatched = [
        UnplannedChild(
            child=people[entry.child_id],
            reason=PlanUnmatchedReason(entry.reason.value),
            eligible_households=entry.eligible_households,
        )
        for entry in plan.unmatched
    ] + not_planned
    return PlanRead(
        placement_type=body.placement_type,
        children_requested=len(children) + len(not_planned),
        children_placed=plan.children_placed,
        children_unmatched=len(unmatched),
        total_fit=plan.total_fit,
        total_weekly_fee_pence=sum(a.weekly_fee_pence for a in assignments),
        assignments=assignments,
        unmatched=unmatched,
    )


def _person(row: ChildNeedsRow) -> PlanChild:
    assert row.name is not None
    assert row.local_child_id is not None
    return PlanChild(id=row.id, name=row.name, local_child_id=row.local_child_id)


async def plan_placements(
    db: AsyncSession, actor: Actor, body: PlanCreate, *, today: date
) -> PlanRead:
    """Suggest households for a cohort of children the caller may see; changes nothing."""
    scope = child_scope(actor)
    if scope is None:
        raise Forbidden("Your role does not give access to children's records.")
    _choose_one(body)
    briefs: dict[uuid.UUID, ChildBrief] = {}
    if body.child_ids is not None:
        briefs = await _asked_for(db, actor, scope, body.child_ids)
        cohort = CohortFilter(child_ids=list(briefs), scope=scope)
    else:
        cohort = CohortFilter(awaiting_placement=True, scope=scope)
    framework = await current_framework(db, actor.tenant_id)
    rows = await cohort_needs(db, cohort, framework.domain_keys, names_for=scope)
    if body.child_ids is None:
        if len(rows) > MAX_PLAN_CHILDREN:
            raise InvalidInput(
                f"{len(rows)} children are awaiting a placement; plan at most "
                f"{MAX_PLAN_CHILDREN} at once by giving child_ids."
            )
        rows.sort(key=lambda row: (row.name or "", row.id))
    else:
        order = {child_id: position for position, child_id in enumerate(briefs)}
        rows.sort(key=lambda row: order[row.id])
    exclusions = await cohort_exclusions(db, cohort)
    children = needs_of(rows, exclusions, body.placement_type.value, today)
    matrix = await household_matrix(db, actor.tenant_id, len(framework.domain_keys))
    # Exact planning can take seconds for a large cohort: keep the event loop serving others.
    plan = await asyncio.to_thread(
        plan_cohort, children, matrix, framework.weights, max_distance_km=body.max_distance_km
    )

    people = {str(row.id): _person(row) for row in rows}
    planned = {row.id for row in rows}
    not_planned = [
        UnplannedChild(
            child=PlanChild(id=brief.id, name=brief.name, local_child_id=brief.local_child_id),
            reason=PlanUnmatchedReason.NO_APPROVED_ASSESSMENT
            if brief.care_status == CareStatus.in_care
            else PlanUnmatchedReason.NOT_IN_CARE,
            eligible_households=0,
        )
        for brief in briefs.values()
        if brief.id not in planned
    ]
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.list,
        resource_type="cohort_plan",
        details={
            "count": len(rows) + len(not_planned),
            "awaiting": body.awaiting_placement,
            "placed": plan.children_placed,
        },
    )
    return await _read(db, body, framework, children, people, not_planned, plan, matrix)
