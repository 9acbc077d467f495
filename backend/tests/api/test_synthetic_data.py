"""Synthetic scale data loads through COPY and serves the same API as real data."""

from datetime import date

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.seed.demo import DEMO_PASSWORD
from kindred.seed.synthetic import load_synthetic
from kindred.seed.synthetic_rows import SCALES, bench_email


async def _signed_in(client: httpx.AsyncClient, email: str) -> None:
    response = await client.post(
        "/api/v1/auth/sign-in", json={"email": email, "password": DEMO_PASSWORD}
    )
    assert response.status_code == 200, response.text


async def test_a_council_of_synthetic_data_has_placements_costs_and_need_vs_spend(
    db: AsyncSession, client: httpx.AsyncClient
) -> None:
    counts = await load_synthetic(
        db, scale_name="council", seed=3, today=date.today(), progress=lambda _: None
    )
    await db.commit()

    assert counts["children"] == SCALES["council"].children_per_council
    assert counts["placements"] >= counts["children"]
    assert counts["cost_records"] >= counts["placements"]

    await _signed_in(client, bench_email("practitioner", 1, "council-001"))
    caseload = (await client.get("/api/v1/children", params={"page_size": 5})).json()
    child = caseload["items"][0]["id"]
    placements = (await client.get(f"/api/v1/children/{child}/placements")).json()
    assert placements
    costs = await client.get(f"/api/v1/children/{child}/costs")
    assert costs.status_code == 200, costs.text

    await _signed_in(client, bench_email("commissioner", 1, "council-001"))
    spend = (await client.get("/api/v1/analytics/need-vs-spend")).json()
    assert spend["count"] > 500
    assert spend["pearson"] is not None
