"""Use cases: the commissioner's value overview, and edge of care.

Edge of care profiles children not (yet) in care the way the rest profile children in care,
and estimates what one month's delay of their entry to care is worth, at the council's own
weekly cost of the placement type each would likely need (`domain.edge_of_care`), as the
`costs` module assumes it.
"""

from datetime import date

from sqlalchemy import ColumnElement
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth.actor import Actor
from kindred.core.spreadsheets import Sheet
from kindred.domain.analytics import SUPPRESSION_THRESHOLD, cost_per_need_point
from kindred.domain.care_status import CareStatus
from kindred.domain.disclosure import Relation
from kindred.domain.edge_of_care import delay_costs, likely_placement_type
from kindred.domain.placement_costs import WEEKS_PER_YEAR
from kindred.domain.ssda903 import PLACEMENT_TYPE
from kindred.modules.analytics.market.api import step_down_totals
from kindred.modules.analytics.market.schemas import AnalyticsParams
from kindred.modules.analytics.shared.audience import audience_of, record_view
from kindred.modules.analytics.shared.cohort_filter import cohort_condition
from kindred.modules.analytics.shared.distribution import distribution_read
from kindred.modules.analytics.shared.schemas import CohortFilters
from kindred.modules.analytics.value import repository
from kindred.modules.analytics.value.schemas import DelayCostRead, EdgeOfCareRead, ValueSummaryRead
from kindred.modules.costs.api import weekly_costs_assumed

_ALL_CHILDREN = CohortFilters()


async def value_summary(
    db: AsyncSession, actor: Actor, *, today: date, export: bool
) -> ValueSummaryRead:
    """Spend, need and the step-down savings in one call, for the overview page."""
    audience = audience_of(actor)

    def cohort(status: CareStatus) -> ColumnElement[bool]:
        return cohort_condition(
            _ALL_CHILDREN, care_status=status, scope=audience.scope, today=today
        )

    totals = await repository.in_care_totals(db, cohort(CareStatus.in_care), today)
    edge = await repository.count_children(db, cohort(CareStatus.edge_of_care))
    step_down = await step_down_totals(db, actor, AnalyticsParams(), today=today)
    await record_view(db, actor, "value_summary", CohortFilters(format="csv" if export else "json"))
    counts = (totals.children, totals.assessed, totals.with_cost, edge)
    hide_in_care = audience.small(totals.children)
    hide_assessed = audience.withheld_below(totals.children, totals.assessed)
    hide_cost = audience.withheld_below(totals.children, totals.with_cost)
    per_point = cost_per_need_point(
        [float(totals.scored_and_costed_score)], [totals.scored_and_costed_weekly_pence]
    )
    return ValueSummaryRead(
        as_of=today,
        children_in_care=None if hide_in_care else totals.children,
        children_assessed=None if hide_assessed else totals.assessed,
        children_with_weekly_cost=None if hide_cost else totals.with_cost,
        children_edge_of_care=audience.count(edge),
        total_weekly_spend_pence=None if hide_cost else totals.weekly_pence,
        total_annual_spend_pence=None if hide_cost else totals.weekly_pence * WEEKS_PER_YEAR,
        mean_score=(
            round(float(totals.score_total) / totals.assessed, 1)
            if totals.assessed and not hide_assessed
            else None
        ),
        cost_per_need_point_pence=None if hide_assessed or hide_cost else per_point,
        step_down_children_proposed=step_down.children_proposed,
        step_down_annual_saving_pence=step_down.annual_saving_pence,
        suppressed=any(audience.small(n) for n in counts)
        or hide_assessed
        or hide_cost
        or step_down.suppressed,
        suppression_threshold=SUPPRESSION_THRESHOLD,
    )


def value_summary_csv(result: ValueSummaryRead) -> Sheet:
    """One row per figure."""
    return Sheet(["figure", "value"], [[name, value] for name, value in result])


async def edge_of_care(
    db: AsyncSession, actor: Actor, filters: CohortFilters, *, today: date
) -> EdgeOfCareRead:
    """Edge-of-care children's scores, and one month's delay of entry to care, costed."""
    audience = audience_of(actor)
    cohort = cohort_condition(
        filters, care_status=CareStatus.edge_of_care, scope=audience.scope, today=today
    )
    rows = await repository.scores_and_highest_levels(db, cohort)
    assessed = [(float(s), level) for s, level in rows if s is not None and level is not None]
    costs, own = await weekly_costs_assumed(db, actor.tenant_id)
    delays = delay_costs([likely_placement_type(level) for _, level in assessed], costs)
    not_assessed = len(rows) - len(assessed)
    types = [delay.children for delay in delays]
    # The cohort is those not assessed plus those assessed, who are each likely type's children.
    relations = [Relation(0, (1, 2)), Relation(2, tuple(range(3, 3 + len(types))))]
    hidden_cohort, hide_not_assessed, hide_assessed, *hidden = audience.withheld_related(
        [len(rows), not_assessed, len(assessed), *types], relations
    )
    await record_view(db, actor, "edge_of_care", filters)
    return EdgeOfCareRead(
        as_of=today,
        children=None if hidden_cohort else len(rows),
        children_not_assessed=None if hide_not_assessed else not_assessed,
        suppressed=hidden_cohort or hide_assessed or any(hidden),
        scores=distribution_read([score for score, _ in assessed], withheld=hide_assessed),
        likely_placements=[
            DelayCostRead(
                placement_type=delay.placement_type,
                placement_label=PLACEMENT_TYPE[delay.placement_type],
                children=None if withheld else delay.children,
                weekly_cost_pence=delay.weekly_cost_pence,
                basis="council" if delay.placement_type in own else "default",
                one_month_pence=None if withheld else delay.one_month_pence,
                suppressed=withheld,
            )
            for delay, withheld in zip(delays, hidden, strict=True)
        ],
        # With a type withheld, the total and the shown types' costs would give its cost back.
        one_month_delay_pence=(
            None if hide_assessed or any(hidden) else sum(d.one_month_pence for d in delays)
        ),
        suppression_threshold=SUPPRESSION_THRESHOLD,
    )


def edge_of_care_csv(result: EdgeOfCareRead) -> Sheet:
    """One row per likely placement type, then the cohort's total."""
    header = list(DelayCostRead.model_fields)
    rows: list[list[object]] = [
        [getattr(d, name) for name in header] for d in result.likely_placements
    ]
    rows.append(
        [
            "",
            "All edge-of-care children assessed",
            None,
            None,
            None,
            result.one_month_delay_pence,
            result.suppressed,
        ]
    )
    return Sheet(header, rows)
