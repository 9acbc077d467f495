"""A cohort of in-care children with their approved needs, as matching sees them.

Market analytics and the cohort plan both start here. A cohort is chosen by a `CohortFilter`,
always within "in care, with an approved assessment". Names come back only for children the
caller's `ChildScope` lets them see; the rest are ids the service keeps to itself.
"""

import uuid
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, any_, case, func, literal, select
from sqlalchemy.dialects.postgresql import ARRAY, aggregate_order_by
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.types import String

from kindred.auth.child_access import ChildScope, visible_to
from kindred.domain.care_status import CareStatus
from kindred.domain.framework import Framework
from kindred.domain.matching import ChildNeeds, HouseholdMatrix
from kindred.domain.people import age_in_years
from kindred.domain.ssda903 import RESIDENTIAL_PLACEMENT_TYPES
from kindred.models.assessment import AssessmentDomain
from kindred.models.child import Child
from kindred.models.household import HouseholdExclusion
from kindred.modules.frameworks.api import current_framework
from kindred.modules.matching.api import household_matrix


@dataclass(frozen=True, slots=True)
class CohortFilter:
    """Which in-care children with an approved assessment to take."""

    residential_only: bool = False
    awaiting_placement: bool = False
    """No placement type recorded: waiting for a placement."""
    child_ids: Collection[uuid.UUID] | None = None
    scope: ChildScope | None = None
    """When given, only children this scope may see."""

    def condition(self) -> ColumnElement[bool]:
        parts: list[ColumnElement[bool]] = [
            Child.care_status == CareStatus.in_care,
            Child.latest_assessment_id.is_not(None),
        ]
        if self.residential_only:
            parts.append(Child.placement_type.in_(sorted(RESIDENTIAL_PLACEMENT_TYPES)))
        if self.awaiting_placement:
            parts.append(Child.placement_type.is_(None))
        if self.child_ids is not None:
            parts.append(Child.id.in_(list(self.child_ids)))
        if self.scope is not None:
            parts.append(visible_to(self.scope))
        return and_(*parts)


@dataclass(frozen=True, slots=True)
class ChildNeedsRow:
    """A child's facts for matching. `name` and `local_child_id` are None unless visible."""

    id: uuid.UUID
    date_of_birth: date
    placement_type: str | None
    easting: float | None
    northing: float | None
    levels: tuple[int, ...]
    name: str | None
    local_child_id: str | None


async def cohort_needs(
    db: AsyncSession,
    cohort: CohortFilter,
    domain_keys: Sequence[str],
    *,
    names_for: ChildScope | None,
) -> list[ChildNeedsRow]:
    """The cohort's latest approved need levels in `domain_keys` order, one row per child.

    A child whose assessment does not give a level for every domain is left out (it was made
    with a framework that does not cover these domains, so it cannot be compared).
    """
    keys = literal(list(domain_keys), ARRAY(String))
    visible = visible_to(names_for) if names_for is not None else literal(False)
    name = func.coalesce(Child.preferred_name, Child.given_name) + " " + Child.family_name
    rows = await db.execute(
        select(
            Child.id,
            Child.date_of_birth,
            Child.placement_type,
            Child.home_easting,
            Child.home_northing,
            func.array_agg(
                aggregate_order_by(
                    AssessmentDomain.need_level,
                    func.array_position(keys, AssessmentDomain.domain_key),
                )
            ),
            case((visible, name), else_=None),
            case((visible, Child.local_child_id), else_=None),
        )
        .join(AssessmentDomain, AssessmentDomain.assessment_id == Child.latest_assessment_id)
        .where(cohort.condition(), AssessmentDomain.domain_key == any_(keys))
        .group_by(Child.id)
        .having(func.count(AssessmentDomain.need_level) == len(domain_keys))
        .order_by(Child.id)
    )
    return [
        ChildNeedsRow(
            id=row[0],
            date_of_birth=row[1],
            placement_type=row[2],
            easting=row[3],
            northing=row[4],
            levels=tuple(row[5]),
            name=row[6],
            local_child_id=row[7],
        )
        for row in rows
    ]


async def cohort_exclusions(
    db: AsyncSession, cohort: CohortFilter
) -> dict[uuid.UUID, frozenset[str]]:
    """Households never to propose, per child of the cohort (only children that have some)."""
    rows = await db.execute(
        select(HouseholdExclusion.child_id, HouseholdExclusion.household_id)
        .join(Child, Child.id == HouseholdExclusion.child_id)
        .where(cohort.condition())
    )
    found: dict[uuid.UUID, set[str]] = defaultdict(set)
    for child_id, household_id in rows:
        found[child_id].add(str(household_id))
    return {child_id: frozenset(ids) for child_id, ids in found.items()}


def needs_of(
    rows: Sequence[ChildNeedsRow],
    exclusions: dict[uuid.UUID, frozenset[str]],
    placement_type: str,
    today: date,
) -> list[ChildNeeds]:
    """Matching's view of each child: needs, age, the approval sought, exclusions, home."""
    return [
        ChildNeeds(
            child_id=str(row.id),
            age_years=age_in_years(row.date_of_birth, today),
            levels=row.levels,
            placement_type=placement_type,
            excluded_household_ids=exclusions.get(row.id, frozenset()),
            easting=row.easting,
            northing=row.northing,
        )
        for row in rows
    ]


@dataclass(frozen=True, slots=True)
class MatchingView:
    """A cohort and the council's households, both in the current framework's domain order."""

    framework: Framework
    rows: list[ChildNeedsRow]
    children: list[ChildNeeds]
    matrix: HouseholdMatrix


async def matching_view(
    db: AsyncSession,
    tenant_id: uuid.UUID,
    cohort: CohortFilter,
    placement_type: str,
    today: date,
    *,
    names_for: ChildScope | None,
) -> MatchingView:
    """The cohort's needs as matching sees them, with the names `names_for` may see."""
    framework = await current_framework(db, tenant_id)
    rows = await cohort_needs(db, cohort, framework.domain_keys, names_for=names_for)
    exclusions = await cohort_exclusions(db, cohort)
    children = needs_of(rows, exclusions, placement_type, today)
    matrix = await household_matrix(db, tenant_id, len(framework.domain_keys))
    return MatchingView(framework, rows, children, matrix)
