"""Households, and a child's placements, costs and assessments, as CSV and XLSX: the lists on
screen, audited against the child, and nobody else's."""

from datetime import date

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from export_helpers import csv_rows, xlsx_rows
from factories import (
    create_assessment,
    create_child,
    create_cost_record,
    create_household,
    create_organisation,
    create_placement,
    create_team,
    create_user,
)
from kindred.frameworks.loader import load_default_framework
from kindred.models.audit import AuditEvent
from kindred.models.child import Child
from kindred.models.organisation import Organisation
from kindred.models.user import Role, User


async def _worker_with_child(db: AsyncSession) -> tuple[Organisation, User, Child]:
    council = await create_organisation(db)
    team = await create_team(db, council)
    worker = await create_user(db, council, teams=[team])
    return council, worker, await create_child(db, council, team)


def _ids(response: httpx.Response) -> list[str]:
    return [row[0] for row in csv_rows(response)[1:]]


async def test_the_households_download_is_the_filtered_list(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    await create_household(db, council, name="Zed House", vacancies=0)
    await create_household(db, council, name="=Able House", capacity=[3] * 12)
    await create_household(db, council, name="Bee House")
    elsewhere = await create_organisation(db)
    await create_household(db, elsewhere, name="Away House")
    http = await sign_in_as(await create_user(db, council, role=Role.commissioner))
    filters = {"with_vacancy": "true"}

    listed = (await http.get("/api/v1/carers", params=filters)).json()["items"]
    response = await http.get("/api/v1/carers/export", params=filters)
    workbook = xlsx_rows(
        (await http.get("/api/v1/carers/export", params={**filters, "format": "xlsx"})).content
    )

    assert response.status_code == 200, response.text
    assert _ids(response) == [item["id"] for item in listed]
    header, *rows = csv_rows(response)
    able = dict(zip(header, rows[0], strict=True))
    assert able["name"] == "'=Able House"
    assert able["capacity_physical_health"] == "3"
    assert [row[2] for row in workbook[1:]] == ["'=Able House", "Bee House"]
    assert workbook[1][header.index("weekly_fee_pence")] == 55_000


async def test_a_childs_placements_costs_and_assessments_download_as_listed(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, worker, child = await _worker_with_child(db)
    await create_placement(
        db,
        council,
        child,
        start_date=date(2024, 1, 1),
        end_date=date(2025, 3, 1),
        placement_type="K2",
    )
    await create_placement(db, council, child)
    await create_cost_record(db, council, child, amount_pence=410_000)
    await create_cost_record(db, council, child, start_date=date(2025, 6, 1), description="=cmd")
    await create_assessment(db, council, child, created_by=worker, levels=3)
    await create_assessment(db, council, child, created_by=worker, levels={"physical_health": 1})
    base = f"/api/v1/children/{child.id}"
    http = await sign_in_as(worker)

    for listing, download in (
        ("placements", "placements/export"),
        ("costs/records", "costs/records/export"),
        ("assessments", "assessments/export"),
    ):
        listed = (await http.get(f"{base}/{listing}")).json()
        response = await http.get(f"{base}/{download}")
        workbook = await http.get(f"{base}/{download}", params={"format": "xlsx"})
        assert response.status_code == 200, response.text
        assert _ids(response) == [item["id"] for item in listed]
        assert [row[0] for row in xlsx_rows(workbook.content)[1:]] == _ids(response)

    costs = csv_rows(await http.get(f"{base}/costs/records/export"))
    assert [row[4] for row in costs[1:]] == ["'=cmd", ""]
    header, *assessments = xlsx_rows(
        (await http.get(f"{base}/assessments/export", params={"format": "xlsx"})).content
    )
    levels = [f"level_{key}" for key in load_default_framework().domain_keys]
    newest, oldest = (dict(zip(header, row, strict=True)) for row in assessments)
    assert [oldest[column] for column in levels] == [3] * 12
    assert newest["level_physical_health"] == 1
    assert newest["level_learning_and_education"] in ("", None)


async def test_a_childs_export_is_audited_against_the_child_and_refused_for_others(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, worker, child = await _worker_with_child(db)
    await create_placement(db, council, child)
    outsider = await create_user(db, council, teams=[await create_team(db, council)])
    _, their_worker, _ = await _worker_with_child(db)

    ok = await (await sign_in_as(worker)).get(f"/api/v1/children/{child.id}/placements/export")
    same_council = await (await sign_in_as(outsider)).get(
        f"/api/v1/children/{child.id}/placements/export"
    )
    other_council = await (await sign_in_as(their_worker)).get(
        f"/api/v1/children/{child.id}/costs/records/export"
    )

    assert ok.status_code == 200
    assert (same_council.status_code, other_council.status_code) == (404, 404)
    event = await db.scalar(
        select(AuditEvent).where(AuditEvent.action == "export", AuditEvent.child_id == child.id)
    )
    assert event is not None
    assert (event.actor_user_id, event.resource_type) == (worker.id, "placements")
    assert event.details == {"format": "csv", "count": 1}
