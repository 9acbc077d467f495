"""The demo councils' placement histories arrive as imported SSDA903 returns, so a newcomer's
first look at imports, stability and value analytics rests on real-shaped data."""

from datetime import date

import httpx
from sqlalchemy import ColumnElement, Integer, case, cast, extract, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.models.child import Child
from kindred.models.cost import CostRecord
from kindred.models.placement import Placement
from kindred.seed.demo import DEMO_PASSWORD, load_demo
from kindred.seed.demo_history import YEARS


def _first_return_ends() -> ColumnElement[date]:
    """31 March after an episode began: the end of the collection year whose return first
    sends it."""
    day = Placement.start_date
    year = extract("year", day) + case((extract("month", day) >= 4, 1), else_=0)
    return func.make_date(cast(year, Integer), 3, 31)


async def _signed_in(client: httpx.AsyncClient, email: str) -> httpx.AsyncClient:
    signed_in = await client.post(
        "/api/v1/auth/sign-in", json={"email": email, "password": DEMO_PASSWORD}
    )
    assert signed_in.status_code == 200, signed_in.text
    return client


async def test_the_demo_imports_yearly_returns_with_their_reports(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    await load_demo(db, today=date.today())
    await db.commit()
    admin = await _signed_in(client, "admin@northshire.example")

    listed = (await admin.get("/api/v1/imports")).json()

    assert len(listed) == YEARS
    assert all(job["status"] == "succeeded" for job in listed)
    names = sorted(job["episodes_filename"] for job in listed)
    assert all(name.startswith("northshire-903-") for name in names)
    years = sorted(int(name.split("-")[2]) for name in names)
    assert years == list(range(years[0], years[0] + YEARS))
    jobs = [(await admin.get(f"/api/v1/imports/{job['id']}")).json() for job in listed]
    assert all(job["errors"] == [] for job in jobs)
    rules = {line["rule"].split(":")[0] for job in jobs for line in job["warnings"]}
    assert {"146", "148"} <= rules  # a historic T1 placement; REC on open episodes
    assert sum(job["counts"]["episodes_updated"] for job in jobs) > 0  # open ones, ended later
    report = await admin.get(f"/api/v1/imports/{listed[0]['id']}/report.csv")
    assert report.status_code == 200


async def test_the_demo_history_spans_several_years_and_counts_moves_across_files(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    today = date.today()
    await load_demo(db, today=today)
    await db.commit()

    imported = (
        await db.execute(
            select(
                func.count(),
                func.min(Placement.start_date),
                func.count().filter(Placement.ended_with_move),
                func.count().filter(Placement.reason_new_episode == "T"),
            ).where(Placement.source == "ssda903")
        )
    ).one()
    episodes, earliest, moves, legal_only = imported
    assert episodes > 200
    assert (today - earliest).days > 3 * 365
    assert moves > 50
    assert legal_only > 0
    # Moves whose episode one year's return sent open and a later return ended with a move.
    across_files = await db.scalar(
        select(func.count()).where(
            Placement.ended_with_move,
            Placement.end_date > _first_return_ends(),
        )
    )
    assert across_files
    assert across_files > 10
    assert await db.scalar(select(func.count()).where(Placement.source != "ssda903")) == 0
    # Every weekly fee of a placement names the child's current, imported episode.
    fees = (
        await db.execute(
            select(CostRecord.child_id, Placement.child_id, Placement.end_date).join(
                Placement, Placement.id == CostRecord.placement_id
            )
        )
    ).all()
    assert fees
    assert all(fee == child for fee, child, _ in fees)
    assert all(end is None for _, _, end in fees)
    awaiting = await db.scalar(
        select(func.count()).where(Child.care_status == "in_care", Child.placement_type.is_(None))
    )
    assert awaiting  # the children awaiting a placement still await one

    commissioner = await _signed_in(client, "commissioner@northshire.example")
    stability = (await commissioner.get("/api/v1/analytics/stability")).json()
    by_year = [year for year in stability["by_year"] if year["moves"]]
    assert len(by_year) >= 3
    assert stability["by_reason"]
