"""The caseload as CSV and XLSX: the list on screen, audited, one council's, and inert."""

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from export_helpers import csv_rows, xlsx_rows
from factories import create_child, create_organisation, create_team, create_user
from kindred.core.table_query import BATCH_ROWS
from kindred.models.audit import AuditEvent
from kindred.models.child import Child
from kindred.models.user import Role

CHILDREN = "/api/v1/children"
EXPORT = f"{CHILDREN}/export"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


async def test_the_csv_is_the_filtered_list_every_page_in_its_order(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    north, east = await create_team(db, council, "North"), await create_team(db, council, "East")
    worker = await create_user(db, council, role=Role.manager, teams=[north, east])
    for number in range(7):
        await create_child(
            db, council, north, family_name=f"North{number}", latest_score=10 * number
        )
    await create_child(db, council, east, family_name="Eastern")
    http = await sign_in_as(worker)
    filters: dict[str, str | int] = {
        "team_id": str(north.id),
        "score_min": 20,
        "sort": "-latest_score",
    }

    listed = [
        item
        for page in (1, 2)
        for item in (
            await http.get(CHILDREN, params={**filters, "page": page, "page_size": 3})
        ).json()["items"]
    ]
    response = await http.get(EXPORT, params=filters)

    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    assert 'filename="caseload-' in response.headers["content-disposition"]
    header, *rows = csv_rows(response)
    assert header[:4] == ["child_id", "local_child_id", "given_name", "family_name"]
    assert [row[0] for row in rows] == [item["id"] for item in listed]
    assert [row[3] for row in rows] == ["North6", "North5", "North4", "North3", "North2"]
    first = dict(zip(header, rows[0], strict=True))
    assert first["team"] == "North"
    assert Decimal(first["latest_score"]) == Decimal(listed[0]["latest_score"])
    assert first["date_of_birth"] == listed[0]["date_of_birth"]


async def test_the_xlsx_holds_the_same_rows_as_a_real_workbook(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    team = await create_team(db, council, "North")
    worker = await create_user(db, council, teams=[team], display_name="Sam Worker")
    await create_child(
        db,
        council,
        team,
        given_name="Ava",
        family_name="Able",
        latest_score=Decimal("42.5"),
        allocated_worker_id=worker.id,
        last_assessed_on=date(2026, 10, 1),
    )
    await create_child(db, council, team, given_name="Ben", family_name="Brook")
    http = await sign_in_as(worker)

    listed = (await http.get(CHILDREN)).json()["items"]
    response = await http.get(EXPORT, params={"format": "xlsx"})

    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == XLSX
    header, *rows = xlsx_rows(response.content)
    assert [row[0] for row in rows] == [item["id"] for item in listed]
    ava = dict(zip(header, rows[0], strict=True))
    assert (ava["given_name"], ava["family_name"], ava["team"]) == ("Ava", "Able", "North")
    assert ava["allocated_worker"] == "Sam Worker"
    assert ava["latest_score"] == 42.5
    assert ava["date_of_birth"] == date(2012, 5, 17)
    assert ava["last_assessed_on"] == date(2026, 10, 1)
    assert ava["age"] == listed[0]["age"]


async def test_a_formula_in_a_name_is_defused_in_csv_and_xlsx(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    team = await create_team(db, council)
    worker = await create_user(db, council, teams=[team])
    attacks = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx"]
    for number, attack in enumerate(attacks):
        await create_child(db, council, team, given_name=attack, family_name=f"F{number}")
    http = await sign_in_as(worker)

    as_csv = csv_rows(await http.get(EXPORT))
    as_xlsx = xlsx_rows((await http.get(EXPORT, params={"format": "xlsx"})).content)

    expected = ["'" + attack for attack in attacks]
    assert [row[2] for row in as_csv[1:]] == expected
    # XML reads a lone carriage return back as a line feed; the `'` in front is what matters.
    assert [row[2] for row in as_xlsx[1:]] == [text.replace("\r", "\n") for text in expected]


async def test_only_the_callers_own_council_and_visible_children_are_exported(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    ours, theirs = await create_organisation(db), await create_organisation(db)
    our_team, other_team = await create_team(db, ours), await create_team(db, ours)
    their_team = await create_team(db, theirs)
    worker = await create_user(db, ours, teams=[our_team])
    mine = await create_child(db, ours, our_team)
    await create_child(db, ours, other_team, given_name="NotMine")
    await create_child(db, ours, our_team, given_name="Hidden", restricted=True)
    await create_child(db, theirs, their_team, given_name="Elsewhere")
    http = await sign_in_as(worker)

    for sheet_format in ("csv", "xlsx"):
        response = await http.get(EXPORT, params={"format": sheet_format})
        rows = (csv_rows(response) if sheet_format == "csv" else xlsx_rows(response.content))[1:]
        assert [row[0] for row in rows] == [str(mine.id)]


async def test_every_export_is_audited_with_its_filters_and_roles_without_children_are_refused(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    team = await create_team(db, council)
    worker = await create_user(db, council, teams=[team])
    admin = await create_user(db, council, role=Role.admin)
    await create_child(db, council, team)
    http = await sign_in_as(worker)

    await http.get(EXPORT, params={"care_status": "in_care", "format": "xlsx"})
    refused = await (await sign_in_as(admin)).get(EXPORT)
    bad = await http.get(EXPORT, params={"format": "pdf"})

    event = await db.scalar(
        select(AuditEvent).where(
            AuditEvent.action == "export", AuditEvent.actor_user_id == worker.id
        )
    )
    assert event is not None
    assert event.resource_type == "children"
    assert event.details == {
        "filters": {"care_status": "in_care", "sort": "family_name"},
        "format": "xlsx",
        "count": 1,
    }
    assert refused.status_code == 403
    assert bad.status_code == 422
    assert bad.headers["content-type"] == "application/problem+json"


async def test_a_caseload_larger_than_a_batch_streams_whole_in_both_formats(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    team = await create_team(db, council)
    worker = await create_user(db, council, teams=[team])
    many = BATCH_ROWS * 2 + 7
    db.add_all(
        Child(
            tenant_id=council.id,
            given_name=f"G{number}",
            family_name=f"F{number:05d}",
            date_of_birth=date(2012, 1, 1),
            sex="1",
            local_child_id=f"BIG{number:05d}",
            care_status="in_care",
            team_id=team.id,
        )
        for number in range(many)
    )
    await db.commit()
    http = await sign_in_as(worker)

    as_csv = csv_rows(await http.get(EXPORT))
    as_xlsx = xlsx_rows((await http.get(EXPORT, params={"format": "xlsx"})).content)

    expected = [f"F{number:05d}" for number in range(many)]
    assert [row[3] for row in as_csv[1:]] == expected
    assert [row[3] for row in as_xlsx[1:]] == expected
