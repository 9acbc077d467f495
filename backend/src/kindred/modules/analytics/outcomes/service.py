"""Use cases: how stable children's placements are, and how far from home they live.

Stability covers every child with an episode in the window, whatever their care status now,
banded by their latest approved score ("against needs"); distance from home covers the
current episodes of children in care.
"""

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth.actor import Actor
from kindred.core.spreadsheets import Sheet
from kindred.domain.analytics import SUPPRESSION_THRESHOLD
from kindred.domain.care_status import CareStatus
from kindred.domain.cohorts import SCORE_BANDS
from kindred.domain.distance_from_home import far_from_home_share
from kindred.domain.ssda903 import PLACEMENT_TYPE, REASON_PLACEMENT_CHANGE
from kindred.domain.stability import MoveRate, summarise_stability
from kindred.modules.analytics.outcomes import repository
from kindred.modules.analytics.outcomes.schemas import (
    DistanceFromHomeRead,
    DistanceFromHomeRowRead,
    MoveRateRead,
    MoveReasonRead,
    ScoreBandStabilityRead,
    StabilityParams,
    StabilityRead,
    YearStabilityRead,
)
from kindred.modules.analytics.shared.audience import Audience, audience_of, record_view
from kindred.modules.analytics.shared.cohort_filter import cohort_condition
from kindred.modules.analytics.shared.schemas import CohortFilters


def _hidden_rates(audience: Audience, rates: Sequence[MoveRate]) -> list[bool]:
    """Rows withheld: few children or few moves, or needed to protect another row."""
    by_children = audience.withheld([r.child_years for r in rates], total_shown=True)
    by_moves = audience.withheld([r.moves for r in rates], total_shown=True)
    return [a or b for a, b in zip(by_children, by_moves, strict=True)]


def _rate(rate: MoveRate, hidden: bool) -> dict[str, Any]:
    shown = MoveRateRead(
        child_years=None if hidden else rate.child_years,
        moves=None if hidden else rate.moves,
        moves_per_child=None if hidden else rate.moves_per_child,
        suppressed=hidden,
    )
    return shown.model_dump()


async def stability(
    db: AsyncSession, actor: Actor, params: StabilityParams, *, today: date
) -> StabilityRead:
    """Moves per child per year, by year and by score band, and the moves' reasons."""
    audience = audience_of(actor)
    first_year, last_year = today.year - params.years + 1, today.year
    cohort = cohort_condition(params, care_status=None, scope=audience.scope, today=today)
    summary = summarise_stability(
        await repository.child_years(db, cohort, first_year, last_year),
        await repository.moves(db, cohort, first_year, last_year),
    )
    years = list(summary.by_year.items())
    bands = list(summary.by_band.items())
    reasons = list(summary.by_reason.items())
    hidden_years = _hidden_rates(audience, [rate for _, rate in years])
    hidden_bands = _hidden_rates(audience, [rate for _, rate in bands])
    hidden_reasons = audience.withheld([count for _, count in reasons], total_shown=True)
    await record_view(db, actor, "stability", params)
    return StabilityRead(
        as_of=today,
        first_year=first_year,
        last_year=last_year,
        by_year=[
            YearStabilityRead(year=year, **_rate(rate, hidden))
            for (year, rate), hidden in zip(years, hidden_years, strict=True)
        ],
        by_score_band=[
            ScoreBandStabilityRead(
                score_band=None if band is None else SCORE_BANDS[band],
                **_rate(rate, hidden),
            )
            for (band, rate), hidden in zip(bands, hidden_bands, strict=True)
        ],
        by_reason=[
            MoveReasonRead(
                reason=code,
                label=REASON_PLACEMENT_CHANGE.get(code, code),
                moves=None if hidden else count,
                suppressed=hidden,
            )
            for (code, count), hidden in zip(reasons, hidden_reasons, strict=True)
        ],
        suppression_threshold=SUPPRESSION_THRESHOLD,
    )


def _rate_cells(rate: MoveRateRead) -> list[object]:
    return [rate.child_years, rate.moves, rate.moves_per_child, rate.suppressed]


def stability_csv(result: StabilityRead) -> Sheet:
    """One row per year, per score band, then per reason, each saying which it is."""
    rows: list[list[object]] = [["year", r.year, "", *_rate_cells(r)] for r in result.by_year]
    rows += [
        ["score_band", r.score_band or "Not assessed", "", *_rate_cells(r)]
        for r in result.by_score_band
    ]
    rows += [["reason", r.reason, r.label, "", r.moves, "", r.suppressed] for r in result.by_reason]
    header = [
        "breakdown",
        "value",
        "label",
        "child_years",
        "moves",
        "moves_per_child",
        "suppressed",
    ]
    return Sheet(header, rows)


def _distance_row(
    code: str | None, counts: tuple[int, int, int], *, hidden: bool
) -> DistanceFromHomeRowRead:
    far, near, unknown = counts
    return DistanceFromHomeRowRead(
        placement_type=code,
        placement_label="All placement types" if code is None else PLACEMENT_TYPE.get(code, code),
        children=None if hidden else far + near + unknown,
        over_20_miles=None if hidden else far,
        within_20_miles=None if hidden else near,
        distance_unknown=None if hidden else unknown,
        share_over_20_miles=None if hidden else far_from_home_share(far, near),
        suppressed=hidden,
    )


def _any_withheld(audience: Audience, counts: tuple[int, int, int], total_shown: bool) -> bool:
    return any(audience.withheld(list(counts), total_shown=total_shown))


async def distance_from_home(
    db: AsyncSession, actor: Actor, filters: CohortFilters, *, today: date
) -> DistanceFromHomeRead:
    """Children in care placed more than 20 miles from home, by placement type."""
    audience = audience_of(actor)
    cohort = cohort_condition(
        filters, care_status=CareStatus.in_care, scope=audience.scope, today=today
    )
    rows = await repository.current_distances(db, cohort, today)
    by_type = [(row.placement_type, (row.far, row.near, row.unknown)) for row in rows]
    total = (sum(r.far for r in rows), sum(r.near for r in rows), sum(r.unknown for r in rows))
    overall_hidden = _any_withheld(audience, total, total_shown=False)
    # A type is withheld when any of its counts is small, or to protect another type's.
    type_sizes = audience.withheld([sum(c) for _, c in by_type], total_shown=not overall_hidden)
    await record_view(db, actor, "distance_from_home", filters)
    return DistanceFromHomeRead(
        as_of=today,
        overall=_distance_row(None, total, hidden=overall_hidden),
        by_placement_type=[
            _distance_row(
                code, counts, hidden=sized or _any_withheld(audience, counts, total_shown=True)
            )
            for (code, counts), sized in zip(by_type, type_sizes, strict=True)
        ],
        suppression_threshold=SUPPRESSION_THRESHOLD,
    )


def distance_from_home_csv(result: DistanceFromHomeRead) -> Sheet:
    """One row per placement type, then all types together."""
    header = list(DistanceFromHomeRowRead.model_fields)
    rows = [*result.by_placement_type, result.overall]
    return Sheet(header, ([getattr(row, name) for name in header] for row in rows))
