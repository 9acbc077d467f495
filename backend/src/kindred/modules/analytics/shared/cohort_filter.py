"""The children a value analytic covers, as SQL: care status, the viewer's scope, the filters."""

from datetime import date

from sqlalchemy import ColumnElement, and_, true

from kindred.auth.child_access import ChildScope, visible_to
from kindred.domain.care_status import CareStatus
from kindred.domain.cohorts import birth_dates_in
from kindred.models.child import Child
from kindred.modules.analytics.shared.schemas import CohortFilters


def cohort_condition(
    filters: CohortFilters,
    *,
    care_status: CareStatus | None,
    scope: ChildScope | None,
    today: date,
) -> ColumnElement[bool]:
    """The children a value analytic covers. `scope` None: the whole council (RLS bounds it)."""
    parts: list[ColumnElement[bool]] = []
    if care_status is not None:
        parts.append(Child.care_status == care_status)
    if scope is not None:
        parts.append(visible_to(scope))
    if filters.placement_type:
        parts.append(Child.placement_type == filters.placement_type)
    if filters.team_id:
        parts.append(Child.team_id == filters.team_id)
    if filters.sex:
        parts.append(Child.sex == filters.sex.value)
    if filters.age_band:
        born_after, born_by = birth_dates_in(filters.age_band, today)
        parts.append(Child.date_of_birth <= born_by)
        if born_after is not None:
            parts.append(Child.date_of_birth > born_after)
    return and_(true(), *parts)  # every child the caller may see when nothing narrows it
