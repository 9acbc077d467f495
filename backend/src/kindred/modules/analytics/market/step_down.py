"""Use case: children in residential care a family household could fully meet, and the savings.

`step_down` lists the named children the caller may see and is audited; `step_down_totals` is
the same figures without names or audit, for the value summary to sum.
"""

import asyncio
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.auth.child_access import ChildScope
from kindred.domain.disclosure import withheld_in_table
from kindred.domain.people import age_in_years
from kindred.domain.placement_costs import (
    INDICATIVE_WEEKLY_COST_PENCE,
    WeeklyCost,
    current_weekly_cost,
)
from kindred.domain.ssda903 import PLACEMENT_TYPE
from kindred.domain.step_down import StepDownProposal, StepDownResult, find_step_downs
from kindred.modules.analytics.market.schemas import (
    AnalyticsParams,
    StepDownByType,
    StepDownChild,
    StepDownHousehold,
    StepDownRead,
)
from kindred.modules.analytics.shared.audience import Audience, audience_of
from kindred.modules.analytics.shared.matching_cohort import (
    ChildNeedsRow,
    CohortFilter,
    MatchingView,
    matching_view,
)
from kindred.modules.costs.api import placement_fees_running
from kindred.modules.matching.api import household_summaries


def _by_type(
    audience: Audience,
    counts: dict[str, tuple[int, int, int]],
    savings: Counter[str],
) -> tuple[tuple[bool, bool, bool], list[StepDownByType]]:
    """Per placement type, and in total, considered = blocked + proposed (+ the rest, taken as
    none to be safe): complementary suppression over that table, so no withheld count is a
    difference of shown ones. Returns the totals' flags and the rows.

    Children of types not listed form one more row, never shown but counted as if it were."""
    types = sorted(INDICATIVE_WEEKLY_COST_PENCE)
    rows = [counts.get(code, (0, 0, 0)) for code in types]
    totals = tuple(sum(row[i] for row in counts.values()) for i in range(3))
    unlisted = tuple(totals[i] - sum(row[i] for row in rows) for i in range(3))
    table = [*rows, unlisted, totals]
    flags = withheld_in_table(table) if audience.suppresses else tuple((False,) * 3 for _ in table)
    hidden_total = flags[-1]
    return (hidden_total[0], hidden_total[1], hidden_total[2]), [
        StepDownByType(
            placement_type=code,
            placement_label=PLACEMENT_TYPE[code],
            indicative_weekly_cost_pence=INDICATIVE_WEEKLY_COST_PENCE[code],
            children_considered=None if hidden[0] else row[0],
            children_blocked=None if hidden[1] else row[1],
            children_proposed=None if hidden[2] else row[2],
            annual_saving_pence=None if hidden[2] else savings[code],
            suppressed=any(hidden),
        )
        for code, row, hidden in zip(types, rows, flags[: len(types)], strict=True)
    ]


@dataclass(frozen=True, slots=True)
class _StepDowns:
    view: MatchingView
    costs: list[WeeklyCost | None]
    result: StepDownResult
    hidden: tuple[bool, bool, bool]
    """Whether the totals considered, blocked and proposed are withheld."""
    by_type: list[StepDownByType]
    total_saving_pence: int

    @property
    def suppressed(self) -> bool:
        return any(self.hidden) or any(t.suppressed for t in self.by_type)


async def _step_downs(
    db: AsyncSession,
    actor: Actor,
    audience: Audience,
    params: AnalyticsParams,
    today: date,
    *,
    names_for: ChildScope | None,
) -> _StepDowns:
    """The residential cohort's proposals, savings and what of them this audience is shown."""
    view = await matching_view(
        db,
        actor.tenant_id,
        CohortFilter(residential_only=True),
        params.placement_type.value,
        today,
        names_for=names_for,
    )
    rows = view.rows
    fees = await placement_fees_running(db, [row.id for row in rows], today)
    costs = [current_weekly_cost(row.placement_type, fees.get(row.id)) for row in rows]
    weekly = [cost.pence if cost is not None else 0 for cost in costs]
    result = await asyncio.to_thread(find_step_downs, view.children, weekly, view.matrix)

    type_of = {str(row.id): row.placement_type or "" for row in rows}
    proposed = Counter(type_of[p.child_id] for p in result.proposals)
    savings: Counter[str] = Counter()
    for proposal in result.proposals:
        savings[type_of[proposal.child_id]] += proposal.annual_saving_pence
    considered = Counter(type_of.values())
    blocked = Counter(type_of[c] for c in result.blocked_by_very_high_need)
    hidden, by_type = _by_type(
        audience, {t: (considered[t], blocked[t], proposed[t]) for t in considered}, savings
    )
    return _StepDowns(view, costs, result, hidden, by_type, sum(savings.values()))


@dataclass(frozen=True, slots=True)
class StepDownTotals:
    """Step-down summed over the whole council, as the caller may be shown it."""

    children_proposed: int | None
    annual_saving_pence: int | None
    suppressed: bool


async def step_down_totals(
    db: AsyncSession, actor: Actor, params: AnalyticsParams, *, today: date
) -> StepDownTotals:
    """Children proposed and their savings summed; loads no names and records nothing."""
    found = await _step_downs(db, actor, audience_of(actor), params, today, names_for=None)
    withheld = found.hidden[2]
    return StepDownTotals(
        children_proposed=None if withheld else len(found.result.proposals),
        annual_saving_pence=None if withheld else found.total_saving_pence,
        suppressed=found.suppressed,
    )


async def step_down(
    db: AsyncSession, actor: Actor, params: AnalyticsParams, *, today: date
) -> StepDownRead:
    """Children in residential care a family household could fully meet, and the savings."""
    audience = audience_of(actor)
    found = await _step_downs(db, actor, audience, params, today, names_for=audience.scope)
    rows, result, hidden = found.view.rows, found.result, found.hidden
    position_of = {str(row.id): position for position, row in enumerate(rows)}
    listed = [
        (rows[position_of[p.child_id]], found.costs[position_of[p.child_id]], p)
        for p in result.proposals
        if rows[position_of[p.child_id]].name is not None
    ]
    named = await _step_down_children(db, listed, today)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.list,
        resource_type="market_analytics",
        resource_id="step_down",
        details={"placement_type": params.placement_type.value, "count": len(named)},
    )
    counts = (len(rows), len(result.blocked_by_very_high_need), len(result.proposals))
    not_listed = len(result.proposals) - len(named)
    return StepDownRead(
        framework_version=found.view.framework.version,
        placement_type=params.placement_type,
        children_considered=None if hidden[0] else counts[0],
        children_blocked=None if hidden[1] else counts[1],
        children_proposed=None if hidden[2] else counts[2],
        total_annual_saving_pence=None if hidden[2] else found.total_saving_pence,
        suppressed=found.suppressed,
        by_placement_type=found.by_type,
        children=named,
        # Those not listed are all the proposed when none are named: withheld alike.
        children_not_listed=None if hidden[2] or audience.small(not_listed) else not_listed,
    )


async def _step_down_children(
    db: AsyncSession,
    listed: Sequence[tuple[ChildNeedsRow, WeeklyCost | None, StepDownProposal]],
    today: date,
) -> list[StepDownChild]:
    ids = {uuid.UUID(o.household_id) for _, _, p in listed for o in p.options}
    summaries = await household_summaries(db, ids)
    named = []
    for row, cost, proposal in listed:
        assert cost is not None
        assert row.name is not None
        assert row.local_child_id is not None
        named.append(
            StepDownChild(
                child_id=row.id,
                name=row.name,
                local_child_id=row.local_child_id,
                age=age_in_years(row.date_of_birth, today),
                placement_type=row.placement_type or "",
                current_weekly_cost_pence=cost.pence,
                cost_basis=cost.basis,
                annual_saving_pence=proposal.annual_saving_pence,
                households_meeting_all=proposal.households_meeting_all,
                households=[
                    StepDownHousehold(
                        household=summaries[uuid.UUID(o.household_id)],
                        weekly_fee_pence=o.weekly_fee_pence,
                        distance_km=o.distance_km,
                        annual_saving_pence=o.annual_saving_pence,
                    )
                    for o in proposal.options
                ],
            )
        )
    named.sort(key=lambda c: (-c.annual_saving_pence, c.name, c.child_id))
    return named
