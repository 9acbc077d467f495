"""Council teams: staff list them with member counts; admins create and rename them."""

import uuid

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import create_organisation, create_team, create_user
from kindred.models.audit import AuditEvent
from kindred.models.organisation import OrganisationKind, Team
from kindred.models.user import Role, UserStatus

TEAMS = "/api/v1/teams"


def _fields(response: httpx.Response) -> list[str]:
    return [error["field"] for error in response.json()["errors"]]


async def test_staff_list_the_councils_teams_by_name_with_member_counts(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    south = await create_team(db, council, "south East")
    north = await create_team(db, council, "North")
    await create_team(db, await create_organisation(db), "Another Council's Team")
    await create_user(db, council, teams=[north, south])
    await create_user(db, council, teams=[north], status=UserStatus.paused)
    await create_user(db, council, teams=[north], status=UserStatus.ended)
    practitioner = await create_user(db, council, teams=[south])
    http = await sign_in_as(practitioner)

    response = await http.get(TEAMS)
    searched = await http.get(TEAMS, params={"q": "EAST"})

    assert response.status_code == 200
    assert [(team["name"], team["member_count"]) for team in response.json()] == [
        ("North", 2),  # the ended account does not count
        ("south East", 2),
    ]
    assert [team["id"] for team in searched.json()] == [str(south.id)]


async def test_an_admin_creates_a_team(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await create_organisation(db)
    admin = await create_user(db, council, role=Role.admin)
    http = await sign_in_as(admin)

    response = await http.post(TEAMS, json={"name": "  Fostering Recruitment  "})

    assert response.status_code == 201, response.text
    body = response.json()
    assert body["name"] == "Fostering Recruitment"
    assert body["member_count"] == 0
    stored = await db.scalar(select(Team).where(Team.id == uuid.UUID(body["id"])))
    assert stored is not None
    assert stored.tenant_id == council.id
    event = await db.scalar(select(AuditEvent).where(AuditEvent.resource_type == "team"))
    assert event is not None
    assert (event.action, event.actor_user_id, event.resource_id) == (
        "create",
        admin.id,
        body["id"],
    )


async def test_team_names_are_unique_in_a_council_ignoring_case(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    await create_team(db, council, "North")
    await create_team(db, await create_organisation(db), "South")
    http = await sign_in_as(await create_user(db, council, role=Role.admin))

    same = await http.post(TEAMS, json={"name": "North"})
    other_case = await http.post(TEAMS, json={"name": " north "})
    used_elsewhere = await http.post(TEAMS, json={"name": "South"})

    assert same.status_code == other_case.status_code == 409
    assert _fields(same) == ["body.name"]
    assert used_elsewhere.status_code == 201


async def test_team_names_are_bounded(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await create_organisation(db)
    http = await sign_in_as(await create_user(db, council, role=Role.admin))

    bodies: list[dict[str, object]] = [
        {"name": ""},
        {"name": "   "},
        {"name": "x" * 121},
        {},
        {"name": "A", "x": 1},
        {"name": "North\x00"},
        {"name": "North\nSouth"},
    ]
    for body in bodies:
        response = await http.post(TEAMS, json=body)
        assert response.status_code == 422, body
    assert (await http.get(TEAMS, params={"q": "\x00"})).status_code == 422
    assert (await http.post(TEAMS, json={"name": "x" * 120})).status_code == 201


async def test_an_admin_renames_a_team(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await create_organisation(db)
    north = await create_team(db, council, "North")
    await create_team(db, council, "South")
    await create_user(db, council, teams=[north])
    http = await sign_in_as(await create_user(db, council, role=Role.admin))

    renamed = await http.patch(f"{TEAMS}/{north.id}", json={"name": "North West"})
    case_only = await http.patch(f"{TEAMS}/{north.id}", json={"name": "north west"})
    clash = await http.patch(f"{TEAMS}/{north.id}", json={"name": "SOUTH"})

    assert renamed.status_code == 200
    assert renamed.json()["name"] == "North West"
    assert renamed.json()["member_count"] == 1
    assert case_only.status_code == 200
    assert clash.status_code == 409
    stored = await db.scalar(select(Team.name).where(Team.id == north.id))
    assert stored == "north west"
    event = await db.scalar(
        select(AuditEvent).where(AuditEvent.resource_type == "team", AuditEvent.action == "update")
    )
    assert event is not None
    assert event.details["name"] == {"from": "North", "to": "North West"}


async def test_only_council_admins_manage_teams(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await create_organisation(db)
    team = await create_team(db, council, "North")
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    manager = await sign_in_as(await create_user(db, council, role=Role.manager))
    agency_admin = await sign_in_as(await create_user(db, agency, role=Role.admin))

    assert (await manager.get(TEAMS)).status_code == 200
    assert (await manager.post(TEAMS, json={"name": "Mine"})).status_code == 403
    assert (await manager.patch(f"{TEAMS}/{team.id}", json={"name": "Mine"})).status_code == 403
    assert (await agency_admin.get(TEAMS)).status_code == 403  # agencies have no teams
    assert (await agency_admin.post(TEAMS, json={"name": "Mine"})).status_code == 403


async def test_another_councils_admin_gets_404_for_this_councils_team(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    team = await create_team(db, council, "North")
    other_admin = await sign_in_as(
        await create_user(db, await create_organisation(db), role=Role.admin)
    )

    renamed = await other_admin.patch(f"{TEAMS}/{team.id}", json={"name": "Taken Over"})
    listed = await other_admin.get(TEAMS)

    assert renamed.status_code == 404
    assert renamed.json()["detail"] == "No such team."
    assert listed.json() == []
    assert await db.scalar(select(Team.name).where(Team.id == team.id)) == "North"
