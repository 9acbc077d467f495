"""Use cases of market analytics: what training and the market could do for children.

Every figure covers the council's in-care children with an approved assessment (their latest
approved levels) and its active households with a capacity profile, both in the current
framework's domain order. For callers without a child scope, small counts are withheld
(`domain.disclosure`). Step-down has its own module.
"""

import asyncio
import uuid
from datetime import date

import numpy as np
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.domain.disclosure import withheld_down_a_run
from kindred.domain.framework import MAX_LEVEL
from kindred.domain.market import sufficiency as market_sufficiency
from kindred.domain.market import training_gaps as market_training_gaps
from kindred.modules.analytics.market import repository
from kindred.modules.analytics.market.schemas import (
    AnalyticsParams,
    SufficiencyDomainRead,
    SufficiencyLevelRead,
    SufficiencyRead,
    TrainingGapHousehold,
    TrainingGapRead,
    TrainingGapsRead,
)
from kindred.modules.analytics.shared.audience import audience_of
from kindred.modules.analytics.shared.matching_cohort import (
    CohortFilter,
    cohort_needs,
    matching_view,
)
from kindred.modules.frameworks.api import current_framework
from kindred.modules.matching.api import household_summaries


async def record_read(db: AsyncSession, actor: Actor, report: str, **details: object) -> None:
    """Audit a read of a market analytic."""
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.read,
        resource_type="market_analytics",
        resource_id=report,
        details=details,
    )


async def training_gaps(
    db: AsyncSession, actor: Actor, params: AnalyticsParams, *, today: date
) -> TrainingGapsRead:
    """Per domain: children a round of training would give a fully-meeting household."""
    audience = audience_of(actor)
    view = await matching_view(
        db, actor.tenant_id, CohortFilter(), params.placement_type.value, today, names_for=None
    )
    framework, children, matrix = view.framework, view.children, view.matrix
    gaps = await asyncio.to_thread(market_training_gaps, children, matrix)
    ids = {uuid.UUID(h) for gap in gaps for h in gap.household_ids}
    summaries = await household_summaries(db, ids)
    await record_read(db, actor, "training_gaps", placement_type=params.placement_type.value)
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
                    in_house=summary.in_house,
                    agency_name=summary.agency_name,
                    capacity=int(matrix.capacity[matrix.index[household_id], gap.domain]),
                )
            )
        households.sort(key=lambda h: (h.name, h.reference))
        domains.append(
            TrainingGapRead(
                domain_key=domain.key,
                domain_name=domain.name,
                children_gaining=audience.count(gap.children_gaining),
                suppressed=audience.small(gap.children_gaining),
                households=households,
            )
        )
    return TrainingGapsRead(
        framework_version=framework.version,
        placement_type=params.placement_type,
        children_considered=audience.count(len(children)),
        suppressed=audience.small(len(children)),
        domains=domains,
    )


async def sufficiency(db: AsyncSession, actor: Actor) -> SufficiencyRead:
    """Per domain and level: children needing at least it against households able to meet it."""
    audience = audience_of(actor)
    framework = await current_framework(db, actor.tenant_id)
    domain_count = len(framework.domain_keys)
    rows = await cohort_needs(db, CohortFilter(), framework.domain_keys, names_for=None)
    supply = await repository.household_supply(db, domain_count)
    needs = np.array([row.levels for row in rows], dtype=np.int8).reshape(len(rows), domain_count)
    capacity = np.array(supply.capacity, dtype=np.int8).reshape(len(supply.places), domain_count)
    cells = market_sufficiency(
        needs,
        capacity,
        np.array(supply.places, dtype=np.int32),
        np.array(supply.vacancies, dtype=np.int32),
    )
    await record_read(db, actor, "sufficiency")
    domains = []
    for position, domain in enumerate(framework.domains):
        levels = []
        column = cells[position * MAX_LEVEL : (position + 1) * MAX_LEVEL]
        run = withheld_down_a_run([len(rows), *(cell.children for cell in column)])
        for cell, withheld_below in zip(column, run[1:], strict=True):
            withheld = audience.suppresses and withheld_below
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
        children_considered=audience.count(len(rows)),
        suppressed=audience.small(len(rows)),
        households=len(supply.places),
        places=sum(supply.places),
        vacancies=sum(supply.vacancies),
        domains=domains,
    )
