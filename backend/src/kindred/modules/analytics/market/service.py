"""Use cases of market analytics: what training, step-down and the market could do for children.

Every figure covers the council's in-care children with an approved assessment (their latest
approved levels) and its active households with a capacity profile, both in the current
framework's domain order. Named children appear only for callers who may see them
(`child_scope`); for everyone else, small counts are withheld (`domain.disclosure`).
"""

import asyncio
import uuid
from collections import Counter
from collections.abc import Sequence
from datetime import date

import numpy as np
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.auth.child_access import child_scope
from kindred.domain.disclosure import is_small, withheld_down_a_run, withheld_in_table
from kindred.domain.framework import MAX_LEVEL, Framework
from kindred.domain.market import sufficiency as market_sufficiency
from kindred.domain.market import training_gaps as market_training_gaps
from kindred.domain.matching import ChildNeeds, HouseholdMatrix
from kindred.domain.people import age_in_years
from kindred.domain.placement_costs import (
    INDICATIVE_WEEKLY_COST_PENCE,
    WeeklyCost,
    current_weekly_cost,
)
from kindred.domain.ssda903 import PLACEMENT_TYPE
from kindred.domain.step_down import StepDownProposal, find_step_downs
from kindred.modules.frameworks.service import current_framework
from kindred.modules.market_analytics import repository
from kindred.modules.market_analytics.repository import ChildNeedsRow, CohortFilter
from kindred.modules.market_analytics.schemas import (
    AnalyticsParams,
    StepDownByType,
    StepDownChild,
    StepDownHousehold,
    StepDownRead,
    SufficiencyDomainRead,
    SufficiencyLevelRead,
    SufficiencyRead,
    TrainingGapHousehold,
    TrainingGapRead,
    TrainingGapsRead,
)
from kindred.modules.matching import repository as matching_repository
from kindred.modules.matching.matrix_cache import household_matrices
from kindred.modules.matching.repository import HouseholdSummaryRow
from kindred.modules.matching.schemas import HouseholdSummary


def household_summary(row: HouseholdSummaryRow) -> HouseholdSummary:
    return HouseholdSummary(
        id=row.id,
        reference=row.reference,
        name=row.name,
        postcode=row.postcode,
        in_house=row.agency_id is None,
        agency_name=row.agency_name,
    )


class _Shown:
    """Shows counts as they are, or withholds small ones, for one caller."""

    def __init__(self, suppress: bool) -> None:
        self.suppress = suppress

    def small(self, count: int) -> bool:
        return self.suppress and is_small(count)

    def count(self, count: int) -> int | None:
        return None if self.small(count) else count


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


async def _cohort(
    db: AsyncSession,
    actor: Actor,
    cohort: CohortFilter,
    placement_type: str,
    today: date,
    *,
    named: bool,
) -> tuple[Framework, list[ChildNeedsRow], list[ChildNeeds], HouseholdMatrix]:
    """The cohort's needs as matching sees them (with names the actor may see when `named`)."""
    framework = await current_framework(db, actor.tenant_id)
    scope = child_scope(actor) if named else None
    rows = await repository.cohort_needs(db, cohort, framework.domain_keys, names_for=scope)
    exclusions = await repository.cohort_exclusions(db, cohort)
    children = needs_of(rows, exclusions, placement_type, today)
    matrix = await household_matrices.matrix(db, actor.tenant_id, len(framework.domain_keys))
    return framework, rows, children, matrix


async def _audit(db: AsyncSession, actor: Actor, report: str, **details: object) -> None:
    await audit.record(
        db, actor=actor, action=AuditAction.read, resource_type="market_analytics",
        resource_id=report, details=details,
    )  # fmt: skip


async def training_gaps(
    db: AsyncSession, actor: Actor, params: AnalyticsParams, *, today: date
) -> TrainingGapsRead:
    """Per domain: children a round of training would give a fully-meeting household."""
    shown = _Shown(child_scope(actor) is None)
    framework, _, children, matrix = await _cohort(
        db, actor, CohortFilter(), params.placement_type.value, today, named=False
    )
    gaps = await asyncio.to_thread(market_training_gaps, children, matrix)
    ids = {uuid.UUID(h) for gap in gaps for h in gap.household_ids}
    summaries = await matching_repository.household_summaries(db, ids)
    await _audit(db, actor, "training_gaps", placement_type=params.placement_type.value)
    domains = []
    for gap, domain in zip(gaps, framework.domains, strict=True):
        households = []
        for household_id in gap.household_ids:
            summary = summaries[uuid.UUID(household_id)]
            households.append(
                TrainingGapHousehold(
                    id=summary.id,
                    reference=summary.reference,
                    name=summary.name,
                    in_house=summary.agency_id is None,
                    agency_name=summary.agency_name,
                    capacity=int(matrix.capacity[matrix.index[household_id], gap.domain]),
                )
            )
        households.sort(key=lambda h: (h.name, h.reference))
        domains.append(
            TrainingGapRead(
                domain_key=domain.key,
                domain_name=domain.name,
                children_gaining=shown.count(gap.children_gaining),
                suppressed=shown.small(gap.children_gaining),
                households=households,
            )
        )
    return TrainingGapsRead(
        framework_version=framework.version,
        placement_type=params.placement_type,
        children_considered=shown.count(len(children)),
        suppressed=shown.small(len(children)),
        domains=domains,
    )


async def sufficiency(db: AsyncSession, actor: Actor) -> SufficiencyRead:
    """Per domain and level: children needing at least it against households able to meet it."""
    shown = _Shown(child_scope(actor) is None)
    framework = await current_framework(db, actor.tenant_id)
    domain_count = len(framework.domain_keys)
    rows = await repository.cohort_needs(db, CohortFilter(), framework.domain_keys, names_for=None)
    supply = await repository.household_supply(db, domain_count)
    needs = np.array([row.levels for row in rows], dtype=np.int8).reshape(len(rows), domain_count)
    capacity = np.array(supply.capacity, dtype=np.int8).reshape(len(supply.places), domain_count)
    cells = market_sufficiency(
        needs,
        capacity,
        np.array(supply.places, dtype=np.int32),
        np.array(supply.vacancies, dtype=np.int32),
    )
    await _audit(db, actor, "sufficiency")
    domains = []
    for position, domain in enumerate(framework.domains):
        levels = []
        column = cells[position * MAX_LEVEL : (position + 1) * MAX_LEVEL]
        run = withheld_down_a_run([len(rows), *(cell.children for cell in column)])
        for cell, withheld_below in zip(column, run[1:], strict=True):
            withheld = shown.suppress and withheld_below
            levels.append(
                SufficiencyLevelRead(
                    level=cell.level,
                    children=None if withheld else cell.children,
                    suppressed=withheld,
                    households=cell.households,
                    places=cell.places,
                    vacancies=cell.vacancies,
                    places_gap=None if withheld else cell.children - cell.places,
                )
            )
        domains.append(
            SufficiencyDomainRead(domain_key=domain.key, domain_name=domain.name, levels=levels)
        )
    return SufficiencyRead(
        framework_version=framework.version,
        children_considered=shown.count(len(rows)),
        suppressed=shown.small(len(rows)),
        households=len(supply.places),
        places=sum(supply.places),
        vacancies=sum(supply.vacancies),
        domains=domains,
    )


def _by_type(
    shown: _Shown,
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
    flags = withheld_in_table(table) if shown.suppress else tuple((False,) * 3 for _ in table)
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


async def step_down(
    db: AsyncSession, actor: Actor, params: AnalyticsParams, *, today: date
) -> StepDownRead:
    """Children in residential care a family household could fully meet, and the savings."""
    shown = _Shown(child_scope(actor) is None)
    framework, rows, children, matrix = await _cohort(
        db,
        actor,
        CohortFilter(residential_only=True),
        params.placement_type.value,
        today,
        named=True,
    )
    fees = await repository.placement_fees_running(db, [row.id for row in rows], today)
    costs = [current_weekly_cost(row.placement_type, fees.get(row.id)) for row in rows]
    weekly = [cost.pence if cost is not None else 0 for cost in costs]
    result = await asyncio.to_thread(find_step_downs, children, weekly, matrix)

    position_of = {str(row.id): position for position, row in enumerate(rows)}
    type_of = {str(row.id): row.placement_type or "" for row in rows}
    proposed = Counter(type_of[p.child_id] for p in result.proposals)
    savings: Counter[str] = Counter()
    for proposal in result.proposals:
        savings[type_of[proposal.child_id]] += proposal.annual_saving_pence
    considered = Counter(type_of.values())
    blocked = Counter(type_of[c] for c in result.blocked_by_very_high_need)
    hidden, by_type = _by_type(
        shown, {t: (considered[t], blocked[t], proposed[t]) for t in considered}, savings
    )
    listed = [
        (rows[position_of[p.child_id]], costs[position_of[p.child_id]], p)
        for p in result.proposals
        if rows[position_of[p.child_id]].name is not None
    ]
    named = await _step_down_children(db, listed, today)
    await audit.record(
        db, actor=actor, action=AuditAction.list, resource_type="market_analytics",
        resource_id="step_down",
        details={"placement_type": params.placement_type.value, "count": len(named)},
    )  # fmt: skip
    counts = (len(rows), len(result.blocked_by_very_high_need), len(result.proposals))
    not_listed = len(result.proposals) - len(named)
    return StepDownRead(
        framework_version=framework.version,
        placement_type=params.placement_type,
        children_considered=None if hidden[0] else counts[0],
        children_blocked=None if hidden[1] else counts[1],
        children_proposed=None if hidden[2] else counts[2],
        total_annual_saving_pence=None if hidden[2] else sum(savings.values()),
        suppressed=any(hidden) or any(t.suppressed for t in by_type),
        by_placement_type=by_type,
        children=named,
        # Those not listed are all the proposed when none are named: withheld alike.
        children_not_listed=None if hidden[2] or shown.small(not_listed) else not_listed,
    )


async def _step_down_children(
    db: AsyncSession,
    listed: Sequence[tuple[ChildNeedsRow, WeeklyCost | None, StepDownProposal]],
    today: date,
) -> list[StepDownChild]:
    ids = {uuid.UUID(o.household_id) for _, _, p in listed for o in p.options}
    summaries = await matching_repository.household_summaries(db, ids)
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
                        household=household_summary(summaries[uuid.UUID(o.household_id)]),
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
