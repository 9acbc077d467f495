"""Cost records and the cost of a period, computed day by day."""

from datetime import date

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import (
    create_child,
    create_cost_record,
    create_organisation,
    create_placement,
    create_team,
    create_user,
)
from kindred.models.child import Child
from kindred.models.organisation import Organisation
from kindred.models.user import Role, User


async def _setup(db: AsyncSession) -> tuple[Organisation, User, Child]:
    council = await create_organisation(db)
    team = await create_team(db, council)
    worker = await create_user(db, council, role=Role.practitioner, teams=[team])
    return council, worker, await create_child(db, council, team)


async def _cost(http: httpx.AsyncClient, child: Child, start: str, end: str) -> httpx.Response:
    return await http.get(f"/api/v1/children/{child.id}/costs", params={"from": start, "to": end})


async def test_records_are_added_and_the_period_costed_day_by_day(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, worker, child = await _setup(db)
    placement = await create_placement(db, council, child, start_date=date(2026, 1, 1))
    http = await sign_in_as(worker)

    fee = await http.post(
        f"/api/v1/children/{child.id}/costs/records",
        json={
            "kind": "placement",
            "amount_pence": 70_000,
            "start_date": "2026-01-01",
            "placement_id": str(placement.id),
        },
    )
    therapy = await http.post(
        f"/api/v1/children/{child.id}/costs/records",
        json={
            "kind": "therapy",
            "description": "Weekly play therapy",
            "amount_pence": 8_400,
            "funder": "health",
            "start_date": "2026-01-08",
            "end_date": "2026-01-21",
        },
    )
    assessment = await http.post(
        f"/api/v1/children/{child.id}/costs/records",
        json={
            "kind": "education_support",
            "frequency": "one_off",
            "amount_pence": 45_000,
            "funder": "education",
            "start_date": "2026-01-10",
        },
    )

    assert fee.status_code == 201, fee.text
    assert therapy.status_code == 201, therapy.text
    assert assessment.status_code == 201, assessment.text
    four_weeks = await _cost(http, child, "2026-01-01", "2026-01-28")
    body = four_weeks.json()
    assert four_weeks.status_code == 200, four_weeks.text
    assert body["from"] == "2026-01-01"
    assert body["to"] == "2026-01-28"
    assert body["days"] == 28
    assert body["total_pence"] == 4 * 70_000 + 2 * 8_400 + 45_000
    assert body["by_funder"] == {
        "social_care": 280_000,
        "health": 16_800,
        "education": 45_000,
    }
    assert body["by_kind"]["therapy"] == 16_800
    assert body["by_kind"]["education_support"] == 45_000
    assert body["records"] == 3
    one_day = (await _cost(http, child, "2026-01-02", "2026-01-02")).json()
    assert one_day["total_pence"] == 10_000  # £700 / 7
    listed = await http.get(f"/api/v1/children/{child.id}/costs/records")
    assert [r["kind"] for r in listed.json()] == ["education_support", "therapy", "placement"]


async def test_a_fee_change_ends_the_old_record(sign_in_as: SignIn, db: AsyncSession) -> None:
    council, worker, child = await _setup(db)
    old = await create_cost_record(db, council, child, start_date=date(2026, 1, 1))
    http = await sign_in_as(worker)

    ended = await http.patch(
        f"/api/v1/costs/records/{old.id}", json={"version": 1, "end_date": "2026-01-14"}
    )
    stale = await http.patch(
        f"/api/v1/costs/records/{old.id}", json={"version": 1, "amount_pence": 1}
    )
    await http.post(
        f"/api/v1/children/{child.id}/costs/records",
        json={"kind": "placement", "amount_pence": 63_000, "start_date": "2026-01-15"},
    )

    assert ended.status_code == 200, ended.text
    assert ended.json()["version"] == 2
    assert stale.status_code == 409
    assert stale.json()["current"]["end_date"] == "2026-01-14"
    body = (await _cost(http, child, "2026-01-01", "2026-01-28")).json()
    assert body["total_pence"] == 2 * 55_000 + 2 * 63_000


async def test_bad_records_and_periods_are_refused(sign_in_as: SignIn, db: AsyncSession) -> None:
    council, worker, child = await _setup(db)
    other_child = await create_child(db, council, await create_team(db, council))
    elsewhere = await create_placement(db, council, other_child)
    http = await sign_in_as(worker)
    url = f"/api/v1/children/{child.id}/costs/records"

    one_off_with_end = await http.post(
        url,
        json={
            "kind": "other",
            "frequency": "one_off",
            "amount_pence": 1,
            "start_date": "2026-01-01",
            "end_date": "2026-01-02",
        },
    )
    negative = await http.post(
        url, json={"kind": "other", "amount_pence": -5, "start_date": "2026-01-01"}
    )
    fractional = await http.post(
        url, json={"kind": "other", "amount_pence": 10.5, "start_date": "2026-01-01"}
    )
    not_theirs = await http.post(
        url,
        json={
            "kind": "placement",
            "amount_pence": 5,
            "start_date": "2026-01-01",
            "placement_id": str(elsewhere.id),
        },
    )
    backwards = await _cost(http, child, "2026-02-01", "2026-01-01")

    assert one_off_with_end.status_code == 422
    assert negative.status_code == 422
    assert fractional.status_code == 422
    assert not_theirs.status_code == 422
    assert backwards.status_code == 422
    assert backwards.json()["errors"][0]["field"] == "query.from"


async def test_costs_are_only_for_those_who_may_see_the_child(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, _, child = await _setup(db)
    await create_cost_record(db, council, child)
    outsider = await create_user(
        db, council, role=Role.practitioner, teams=[await create_team(db, council)]
    )
    commissioner = await create_user(db, council, role=Role.commissioner)

    as_outsider = await (await sign_in_as(outsider)).get(f"/api/v1/children/{child.id}/costs")
    as_commissioner = await (await sign_in_as(commissioner)).get(
        f"/api/v1/children/{child.id}/costs"
    )

    assert as_outsider.status_code == 404
    assert as_commissioner.status_code == 403
