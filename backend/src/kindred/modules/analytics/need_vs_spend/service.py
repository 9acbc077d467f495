"""Need vs spend: is what the council spends on a child correlated with what they need?

Managers see the children they may see, named; commissioners the whole council with no names
or ids, and a cohort of 1–4 children withheld entirely (re-identification risk).
"""

from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.auth.child_access import child_scope
from kindred.core.spreadsheets import Sheet
from kindred.domain.analytics import SUPPRESSION_THRESHOLD, age_band, need_vs_spend, suppressed
from kindred.modules.analytics.need_vs_spend import repository
from kindred.modules.analytics.need_vs_spend.schemas import NeedVsSpendPoint, NeedVsSpendRead
from kindred.modules.analytics.shared.schemas import CohortFilters


async def need_vs_spend_for(
    db: AsyncSession, actor: Actor, filters: CohortFilters, *, today: date, export: bool
) -> NeedVsSpendRead:
    """Points (score, weekly cost) and their correlation, cost per need point; audited."""
    scope = child_scope(actor)
    named = scope is not None
    rows = await repository.need_and_spend(
        db,
        today=today,
        scope=scope,
        placement_type=filters.placement_type,
        team_id=filters.team_id,
        sex=filters.sex.value if filters.sex else None,
    )
    if filters.age_band is not None:
        rows = [row for row in rows if age_band(row.date_of_birth, today) is filters.age_band]
    rows.sort(key=lambda row: (row.score, row.weekly_cost_pence, str(row.child_id)))
    hidden = not named and suppressed(len(rows))
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.export if export else AuditAction.read,
        resource_type="need_vs_spend",
        details={
            "filters": filters.model_dump(mode="json", exclude_none=True),
            "count": len(rows),
            "suppressed": hidden,
        },
    )
    if hidden:
        return _withheld(today)
    scores = [float(row.score) for row in rows]
    costs = [row.weekly_cost_pence for row in rows]
    summary = need_vs_spend(scores, costs)
    return NeedVsSpendRead(
        as_of=today,
        named=named,
        suppressed=False,
        count=summary.count,
        points=[
            NeedVsSpendPoint(
                child_id=row.child_id if named else None,
                child_name=f"{row.given_name} {row.family_name}" if named else None,
                score=float(row.score),
                weekly_cost_pence=row.weekly_cost_pence,
                placement_type=row.placement_type,
            )
            for row in rows
        ],
        pearson=_rounded(summary.pearson),
        spearman=_rounded(summary.spearman),
        mean_score=summary.mean_score,
        mean_weekly_cost_pence=summary.mean_weekly_cost_pence,
        cost_per_need_point_pence=summary.cost_per_need_point_pence,
        suppression_threshold=SUPPRESSION_THRESHOLD,
    )


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _withheld(today: date) -> NeedVsSpendRead:
    return NeedVsSpendRead(
        as_of=today,
        named=False,
        suppressed=True,
        count=None,
        points=[],
        pearson=None,
        spearman=None,
        mean_score=None,
        mean_weekly_cost_pence=None,
        cost_per_need_point_pence=None,
        suppression_threshold=SUPPRESSION_THRESHOLD,
    )


def as_csv_table(result: NeedVsSpendRead) -> Sheet:
    """The same data as the JSON, one row per child (no id or name when not named)."""
    header = ["score", "weekly_cost_pence", "weekly_cost_gbp", "placement_type"]
    if result.named:
        header = ["child_id", "child_name", *header]
    rows = []
    for point in result.points:
        cells: list[object] = [
            point.score,
            point.weekly_cost_pence,
            f"{point.weekly_cost_pence // 100}.{point.weekly_cost_pence % 100:02d}",
            point.placement_type,
        ]
        if result.named:
            cells = [point.child_id, point.child_name, *cells]
        rows.append(cells)
    return Sheet(header, rows)
