"""Admins create accounts in their own organisation: one that can sign in, with the
address, password, role and teams checked."""

import uuid

import httpx
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import create_organisation, create_team, create_user
from kindred.models.audit import AuditEvent
from kindred.models.organisation import OrganisationKind
from kindred.models.user import Role, User
from user_admin_helpers import GOOD_PASSWORD, USERS, new_user_body, problem_fields


async def test_admin_creates_an_account_that_can_sign_in(
    sign_in_as: SignIn, client: httpx.AsyncClient, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    north = await create_team(db, council, "North")
    south = await create_team(db, council, "South")
    admin = await create_user(db, council, role=Role.admin)
    http = await sign_in_as(admin)

    response = await http.post(
        USERS,
        json=new_user_body(
            email="  Robin.Ashdown@Example.ORG ",
            display_name="  Robin Ashdown ",
            role="manager",
            team_ids=[str(south.id), str(north.id), str(south.id)],
        ),
    )

    assert response.status_code == 201, response.text
    body = response.json()
    assert body["email"] == "robin.ashdown@example.org"
    assert body["display_name"] == "Robin Ashdown"
    assert body["role"] == "manager"
    assert body["status"] == "active"
    assert body["version"] == 1
    assert body["last_signed_in_at"] is None
    assert [team["name"] for team in body["teams"]] == ["North", "South"]
    assert set(body["team_ids"]) == {str(north.id), str(south.id)}
    assert "password" not in response.text
    assert "hash" not in response.text
    stored = await db.scalar(select(User).where(User.id == uuid.UUID(body["id"])))
    assert stored is not None
    assert stored.tenant_id == council.id
    assert stored.password_hash is not None
    assert GOOD_PASSWORD not in stored.password_hash
    signed_in = await client.post(
        "/api/v1/auth/sign-in", json={"email": body["email"], "password": GOOD_PASSWORD}
    )
    assert signed_in.status_code == 200
    event = await db.scalar(
        select(AuditEvent).where(AuditEvent.action == "create", AuditEvent.resource_type == "user")
    )
    assert event is not None
    assert event.actor_user_id == admin.id
    assert event.resource_id == body["id"]


async def test_an_email_in_use_in_another_council_is_answered_as_a_free_one(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    """Regression (issue 14): a 409 told a council admin the address had an account elsewhere."""
    council = await create_organisation(db)
    elsewhere = await create_organisation(db)
    await create_user(db, elsewhere, email="taken@example.org")
    admin = await create_user(db, council, role=Role.admin)
    http = await sign_in_as(admin)

    used_elsewhere = await http.post(USERS, json=new_user_body(email="Taken@Example.org"))
    free = await http.post(USERS, json=new_user_body(email="free@example.org"))

    assert used_elsewhere.status_code == free.status_code == 201, used_elsewhere.text
    assert used_elsewhere.json().keys() == free.json().keys()
    assert used_elsewhere.json()["email"] == "taken@example.org"


async def test_an_email_in_use_in_the_same_council_is_a_conflict(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    admin = await create_user(db, council, role=Role.admin)
    await create_user(db, council, email="taken@example.org")
    http = await sign_in_as(admin)

    response = await http.post(USERS, json=new_user_body(email="Taken@Example.org"))

    assert response.status_code == 409
    assert response.json()["detail"] == "An account with this e-mail address already exists."
    assert problem_fields(response) == {"body.email": "This address is already in use."}
    # The failed insert did not spoil the request: nothing was half-made, and the next works.
    assert await db.scalar(select(func.count()).select_from(User)) == 2
    assert (await http.post(USERS, json=new_user_body())).status_code == 201


async def test_weak_passwords_are_refused_naming_the_field(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    http = await sign_in_as(await create_user(db, council, role=Role.admin))

    for password in ("short", "password1234", "robin.ashdown rocks 2024"):
        response = await http.post(
            USERS,
            json=new_user_body(email="robin.ashdown@example.org", password=password),
        )
        assert response.status_code == 422, password
        assert list(problem_fields(response)) == ["body.password"]
    assert await db.scalar(select(User).where(User.email == "robin.ashdown@example.org")) is None


async def test_roles_and_teams_must_fit_the_organisation(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    elsewhere_team = await create_team(db, await create_organisation(db), "Theirs")
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    council_admin = await sign_in_as(await create_user(db, council, role=Role.admin))
    agency_admin = await sign_in_as(await create_user(db, agency, role=Role.admin))

    agency_user_in_council = await council_admin.post(USERS, json=new_user_body(role="agency_user"))
    young_person = await council_admin.post(USERS, json=new_user_body(role="young_person"))
    foreign_team = await council_admin.post(
        USERS, json=new_user_body(team_ids=[str(elsewhere_team.id)])
    )
    practitioner_in_agency = await agency_admin.post(USERS, json=new_user_body(role="practitioner"))
    agency_teams = await agency_admin.post(
        USERS, json=new_user_body(role="agency_user", team_ids=[str(uuid.uuid4())])
    )
    agency_user = await agency_admin.post(USERS, json=new_user_body(role="agency_user"))

    assert agency_user_in_council.status_code == 422
    assert "agency" in problem_fields(agency_user_in_council)["body.role"]
    assert young_person.status_code == 422
    assert "child's record" in problem_fields(young_person)["body.role"]
    assert foreign_team.status_code == 422
    assert "No such team" in problem_fields(foreign_team)["body.team_ids"]
    assert practitioner_in_agency.status_code == 422
    assert list(problem_fields(practitioner_in_agency)) == ["body.role"]
    assert agency_teams.status_code == 422
    assert "no teams" in problem_fields(agency_teams)["body.team_ids"]
    assert agency_user.status_code == 201
    assert agency_user.json()["role"] == "agency_user"


async def test_oversized_and_unknown_fields_are_422(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await create_organisation(db)
    http = await sign_in_as(await create_user(db, council, role=Role.admin))

    too_long = await http.post(USERS, json=new_user_body(display_name="x" * 121))
    blank = await http.post(USERS, json=new_user_body(display_name="   "))
    bad_email = await http.post(USERS, json=new_user_body(email="not-an-address"))
    huge_password = await http.post(USERS, json=new_user_body(password="p" * 5000))
    smuggled = await http.post(USERS, json=new_user_body(tenant_id=str(uuid.uuid4())))
    nul_name = await http.post(USERS, json=new_user_body(display_name="Robin\x00"))
    nul_email = await http.post(USERS, json=new_user_body(email="robin\x00@example.org"))

    assert [r.status_code for r in (too_long, blank, bad_email, huge_password, smuggled)] == [
        422
    ] * 5
    assert "body.display_name" in problem_fields(too_long)
    assert "body.email" in problem_fields(bad_email)
    assert "body.password" in problem_fields(huge_password)
    assert "body.tenant_id" in problem_fields(smuggled)
    assert (nul_name.status_code, nul_email.status_code) == (422, 422)
    assert "control characters" in problem_fields(nul_name)["body.display_name"]
