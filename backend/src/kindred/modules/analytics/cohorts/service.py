"""Use cases: how need is distributed across cohorts, and how it changes quarter by quarter.

A team that scores need differently from the others shows here, as does a cohort whose needs
are rising. Both cover in-care children, at their latest approved assessment (comparisons) or
at each quarter's last approved assessment (needs over time).
"""

import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth.actor import Actor
from kindred.core.spreadsheets import Sheet
from kindred.domain.analytics import SUPPRESSION_THRESHOLD
from kindred.domain.care_status import CareStatus
from kindred.domain.cohorts import mean_level, quarter_label
from kindred.domain.ssda903 import ETHNICITY, PLACEMENT_TYPE, SEX
from kindred.modules.analytics.cohorts import repository
from kindred.modules.analytics.cohorts.schemas import (
    CohortComparisonParams,
    CohortComparisonRead,
    CohortGrouping,
    CohortGroupRead,
    DomainLevelRead,
    NeedsOverTimeRead,
    QuarterNeedsRead,
)
from kindred.modules.analytics.shared.audience import Audience, audience_of, record_view
from kindred.modules.analytics.shared.cohort_filter import cohort_condition
from kindred.modules.analytics.shared.distribution import distribution_read
from kindred.modules.analytics.shared.schemas import CohortFilters, ScoreDistributionRead
from kindred.modules.frameworks.api import current_framework

NOT_RECORDED = "Not recorded"
_CODE_LABELS = {
    CohortGrouping.sex: SEX,
    CohortGrouping.ethnicity: ETHNICITY,
    CohortGrouping.placement_type: PLACEMENT_TYPE,
}


async def _labeller(
    db: AsyncSession, group_by: CohortGrouping, keys: Sequence[str | None]
) -> Callable[[str | None], str]:
    if group_by is CohortGrouping.team:
        ids = [uuid.UUID(key) for key in keys if key is not None]
        by_id = {
            str(team_id): name for team_id, name in (await repository.team_names(db, ids)).items()
        }
        return lambda key: by_id.get(key or "", NOT_RECORDED)
    codes: Mapping[str, str] = _CODE_LABELS.get(group_by, {})
    return lambda key: NOT_RECORDED if key is None else codes.get(key, key)


async def cohort_comparison(
    db: AsyncSession, actor: Actor, params: CohortComparisonParams, *, today: date
) -> CohortComparisonRead:
    """The distribution of weighted needs scores in each group, beside the whole cohort's."""
    audience = audience_of(actor)
    cohort = cohort_condition(
        params, care_status=CareStatus.in_care, scope=audience.scope, today=today
    )
    groups = await repository.scores_by(db, cohort, params.group_by, today)
    label = await _labeller(db, params.group_by, list(groups))
    all_scores = [score for scores in groups.values() for score in scores]
    overall_withheld = audience.small(len(all_scores))
    keys = sorted(groups, key=lambda key: (label(key), key or ""))
    withheld = audience.withheld([len(groups[k]) for k in keys], total_shown=not overall_withheld)
    await record_view(db, actor, "cohort_comparison", params, count=len(all_scores))
    return CohortComparisonRead(
        as_of=today,
        group_by=params.group_by,
        overall=distribution_read(all_scores, withheld=overall_withheld),
        groups=[
            CohortGroupRead(
                key=key,
                label=label(key),
                distribution=distribution_read(groups[key], withheld=hidden),
            )
            for key, hidden in zip(keys, withheld, strict=True)
        ],
        suppression_threshold=SUPPRESSION_THRESHOLD,
    )


_DISTRIBUTION_COLUMNS = [
    "count",
    "mean",
    "median",
    "lower_quartile",
    "upper_quartile",
    "minimum",
    "maximum",
    "suppressed",
]


def _distribution_cells(figures: ScoreDistributionRead) -> list[object]:
    return [getattr(figures, column) for column in _DISTRIBUTION_COLUMNS]


def cohort_comparison_csv(result: CohortComparisonRead) -> Sheet:
    """One row per group, then the whole cohort."""
    rows = [[g.key, g.label, *_distribution_cells(g.distribution)] for g in result.groups]
    rows.append(["", "All children", *_distribution_cells(result.overall)])
    return Sheet([result.group_by.value, "label", *_DISTRIBUTION_COLUMNS], rows)


def _domain_read(
    audience: Audience, key: str, name: str, levels: repository.QuarterLevels | None
) -> DomainLevelRead:
    children = levels.children if levels else 0
    hidden = audience.small(children)
    return DomainLevelRead(
        domain_key=key,
        domain_name=name,
        children=None if hidden else children,
        mean_level=None if hidden or levels is None else mean_level(levels.level_total, children),
        suppressed=hidden,
    )


async def needs_over_time(
    db: AsyncSession, actor: Actor, filters: CohortFilters, *, today: date
) -> NeedsOverTimeRead:
    """Per calendar quarter and domain, the cohort's average need level."""
    audience = audience_of(actor)
    framework = await current_framework(db, actor.tenant_id)
    cohort = cohort_condition(
        filters, care_status=CareStatus.in_care, scope=audience.scope, today=today
    )
    children, levels = await repository.levels_by_quarter(db, cohort, framework.domain_keys)
    by_cell = {(cell.starts_on, cell.domain_key): cell for cell in levels}
    await record_view(db, actor, "needs_over_time", filters)
    quarters = []
    for starts_on in sorted(children):
        hidden = audience.small(children[starts_on])
        quarters.append(
            QuarterNeedsRead(
                quarter=quarter_label(starts_on),
                starts_on=starts_on,
                children=None if hidden else children[starts_on],
                suppressed=hidden,
                domains=[
                    _domain_read(
                        audience, domain.key, domain.name, by_cell.get((starts_on, domain.key))
                    )
                    for domain in framework.domains
                ],
            )
        )
    return NeedsOverTimeRead(
        as_of=today,
        framework_version=framework.version,
        quarters=quarters,
        suppression_threshold=SUPPRESSION_THRESHOLD,
    )


def needs_over_time_csv(result: NeedsOverTimeRead) -> Sheet:
    """One row per quarter and domain."""
    rows = (
        [
            q.quarter,
            q.starts_on,
            d.domain_key,
            d.domain_name,
            d.children,
            d.mean_level,
            d.suppressed,
        ]
        for q in result.quarters
        for d in q.domains
    )
    header = [
        "quarter",
        "starts_on",
        "domain_key",
        "domain_name",
        "children",
        "mean_level",
        "suppressed",
    ]
    return Sheet(header, rows)
