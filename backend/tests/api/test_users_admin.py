"""Admins manage their own organisation's accounts: list, create, change, pause, end."""

import asyncio
import uuid

import httpx
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import create_organisation, create_team, create_user
from kindred.models.audit import AuditEvent
from kindred.models.organisation import OrganisationKind
from kindred.models.sign_in import UserSession
from kindred.models.user import Role, TeamMembership, User, UserStatus

USERS = "/api/v1/users"
GOOD_PASSWORD = "lantern orchard quietly ninety"


def _new_user(**overrides: object) -> dict[str, object]:
    body: dict[str, object] = {
        "email": f"new.person.{uuid.uuid4().hex[:6]}@example.org",
        "display_name": "Robin Ashdown",
        "role": "practitioner",
        "password": GOOD_PASSWORD,
    }
    body.update(overrides)
    return body


def _fields(response: httpx.Response) -> dict[str, str]:
    return {error["field"]: error["message"] for error in response.json()["errors"]}


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
        json=_new_user(
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


async def test_list_filters_sorts_and_paginates(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await create_organisation(db)
    other = await create_organisation(db)
    north = await create_team(db, council, "North")
    admin = await create_user(db, council, role=Role.admin, display_name="Zed Admin")
    alice = await create_user(
        db, council, display_name="alice Brown", teams=[north], email="alice@example.org"
    )
    bob = await create_user(
        db, council, role=Role.manager, display_name="Bob Carter", teams=[north]
    )
    cara = await create_user(
        db, council, display_name="Cara Dunn", status=UserStatus.paused, email="cd@brown.example"
    )
    await create_user(db, other, display_name="Aaron Other Council")
    http = await sign_in_as(admin)

    async def names(**params: str) -> list[str]:
        response = await http.get(USERS, params=params)
        assert response.status_code == 200, response.text
        return [item["display_name"] for item in response.json()["items"]]

    assert await names() == ["alice Brown", "Bob Carter", "Cara Dunn", "Zed Admin"]
    assert await names(sort="-display_name") == [
        "Zed Admin",
        "Cara Dunn",
        "Bob Carter",
        "alice Brown",
    ]
    assert await names(sort="email") == sorted(
        ["alice Brown", "Bob Carter", "Cara Dunn", "Zed Admin"],
        key=lambda name: {
            "alice Brown": alice.email,
            "Bob Carter": bob.email,
            "Cara Dunn": cara.email,
            "Zed Admin": admin.email,
        }[name],
    )
    assert await names(sort="-created_at") == [
        "Cara Dunn",
        "Bob Carter",
        "alice Brown",
        "Zed Admin",
    ]
    assert await names(role="manager") == ["Bob Carter"]
    assert await names(team_id=str(north.id)) == ["alice Brown", "Bob Carter"]
    assert await names(status="paused") == ["Cara Dunn"]
    assert await names(q="BROWN") == ["alice Brown", "Cara Dunn"]  # name, and e-mail
    assert await names(q="%") == []  # wildcards are matched literally
    assert await names(q="brown", status="active") == ["alice Brown"]

    page = await http.get(USERS, params={"page": 2, "page_size": 3})
    assert page.json()["total"] == 4
    assert page.json()["page"] == 2
    assert [item["display_name"] for item in page.json()["items"]] == ["Zed Admin"]
    first = (await http.get(USERS, params={"q": "alice"})).json()["items"][0]
    assert first["teams"] == [{"id": str(north.id), "name": "North"}]


async def test_bad_list_parameters_are_422(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await create_organisation(db)
    http = await sign_in_as(await create_user(db, council, role=Role.admin))

    for params in ({"sort": "password_hash"}, {"q": "x" * 101}, {"role": "owner"}, {"q": "a\x00"}):
        response = await http.get(USERS, params=params)
        assert response.status_code == 422, params
        assert response.headers["content-type"] == "application/problem+json"


async def test_an_email_in_use_in_another_council_is_answered_as_a_free_one(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    """Regression (issue 14): a 409 told a council admin the address had an account elsewhere."""
    council = await create_organisation(db)
    elsewhere = await create_organisation(db)
    await create_user(db, elsewhere, email="taken@example.org")
    admin = await create_user(db, council, role=Role.admin)
    http = await sign_in_as(admin)

    used_elsewhere = await http.post(USERS, json=_new_user(email="Taken@Example.org"))
    free = await http.post(USERS, json=_new_user(email="free@example.org"))

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

    response = await http.post(USERS, json=_new_user(email="Taken@Example.org"))

    assert response.status_code == 409
    assert response.json()["detail"] == "An account with this e-mail address already exists."
    assert _fields(response) == {"body.email": "This address is already in use."}
    # The failed insert did not spoil the request: nothing was half-made, and the next works.
    assert await db.scalar(select(func.count()).select_from(User)) == 2
    assert (await http.post(USERS, json=_new_user())).status_code == 201


async def test_weak_passwords_are_refused_naming_the_field(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    http = await sign_in_as(await create_user(db, council, role=Role.admin))

    for password in ("short", "password1234", "robin.ashdown rocks 2024"):
        response = await http.post(
            USERS,
            json=_new_user(email="robin.ashdown@example.org", password=password),
        )
        assert response.status_code == 422, password
        assert list(_fields(response)) == ["body.password"]
    assert await db.scalar(select(User).where(User.email == "robin.ashdown@example.org")) is None


async def test_roles_and_teams_must_fit_the_organisation(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    elsewhere_team = await create_team(db, await create_organisation(db), "Theirs")
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    council_admin = await sign_in_as(await create_user(db, council, role=Role.admin))
    agency_admin = await sign_in_as(await create_user(db, agency, role=Role.admin))

    agency_user_in_council = await council_admin.post(USERS, json=_new_user(role="agency_user"))
    young_person = await council_admin.post(USERS, json=_new_user(role="young_person"))
    foreign_team = await council_admin.post(
        USERS, json=_new_user(team_ids=[str(elsewhere_team.id)])
    )
    practitioner_in_agency = await agency_admin.post(USERS, json=_new_user(role="practitioner"))
    agency_teams = await agency_admin.post(
        USERS, json=_new_user(role="agency_user", team_ids=[str(uuid.uuid4())])
    )
    agency_user = await agency_admin.post(USERS, json=_new_user(role="agency_user"))

    assert agency_user_in_council.status_code == 422
    assert "agency" in _fields(agency_user_in_council)["body.role"]
    assert young_person.status_code == 422
    assert "child's record" in _fields(young_person)["body.role"]
    assert foreign_team.status_code == 422
    assert "No such team" in _fields(foreign_team)["body.team_ids"]
    assert practitioner_in_agency.status_code == 422
    assert list(_fields(practitioner_in_agency)) == ["body.role"]
    assert agency_teams.status_code == 422
    assert "no teams" in _fields(agency_teams)["body.team_ids"]
    assert agency_user.status_code == 201
    assert agency_user.json()["role"] == "agency_user"


async def test_oversized_and_unknown_fields_are_422(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await create_organisation(db)
    http = await sign_in_as(await create_user(db, council, role=Role.admin))

    too_long = await http.post(USERS, json=_new_user(display_name="x" * 121))
    blank = await http.post(USERS, json=_new_user(display_name="   "))
    bad_email = await http.post(USERS, json=_new_user(email="not-an-address"))
    huge_password = await http.post(USERS, json=_new_user(password="p" * 5000))
    smuggled = await http.post(USERS, json=_new_user(tenant_id=str(uuid.uuid4())))
    nul_name = await http.post(USERS, json=_new_user(display_name="Robin\x00"))
    nul_email = await http.post(USERS, json=_new_user(email="robin\x00@example.org"))

    assert [r.status_code for r in (too_long, blank, bad_email, huge_password, smuggled)] == [
        422
    ] * 5
    assert "body.display_name" in _fields(too_long)
    assert "body.email" in _fields(bad_email)
    assert "body.password" in _fields(huge_password)
    assert "body.tenant_id" in _fields(smuggled)
    assert (nul_name.status_code, nul_email.status_code) == (422, 422)
    assert "control characters" in _fields(nul_name)["body.display_name"]


async def test_update_changes_fields_and_bumps_the_version(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    north = await create_team(db, council, "North")
    south = await create_team(db, council, "South")
    user = await create_user(db, council, teams=[north])
    http = await sign_in_as(await create_user(db, council, role=Role.admin))

    renamed = await http.patch(
        f"{USERS}/{user.id}", json={"version": 1, "display_name": "Sam Rivers", "role": "manager"}
    )
    moved = await http.patch(f"{USERS}/{user.id}", json={"version": 2, "team_ids": [str(south.id)]})

    assert renamed.status_code == 200, renamed.text
    assert renamed.json()["display_name"] == "Sam Rivers"
    assert renamed.json()["role"] == "manager"
    assert renamed.json()["version"] == 2
    assert moved.status_code == 200, moved.text
    assert moved.json()["version"] == 3  # a team change is a change too
    assert moved.json()["team_ids"] == [str(south.id)]
    teams = await db.scalars(
        select(TeamMembership.team_id).where(TeamMembership.user_id == user.id)
    )
    assert list(teams) == [south.id]
    fetched = await http.get(f"{USERS}/{user.id}")
    assert fetched.json() == moved.json()


async def test_a_stale_version_is_a_conflict_carrying_the_current_account(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    user = await create_user(db, council, display_name="Original Name")
    first = await sign_in_as(await create_user(db, council, role=Role.admin))
    second = await sign_in_as(await create_user(db, council, role=Role.admin))

    winner = await first.patch(f"{USERS}/{user.id}", json={"version": 1, "display_name": "First"})
    loser = await second.patch(f"{USERS}/{user.id}", json={"version": 1, "display_name": "Second"})
    unversioned = await second.patch(f"{USERS}/{user.id}", json={"display_name": "Third"})

    assert winner.status_code == 200
    assert loser.status_code == 409
    assert loser.json()["title"] == "Someone else changed this first"
    assert loser.json()["current"]["display_name"] == "First"
    assert loser.json()["current"]["version"] == 2
    assert loser.json()["current"] == winner.json()
    assert unversioned.status_code == 428
    stored = await db.scalar(select(User.display_name).where(User.id == user.id))
    assert stored == "First"


async def test_two_simultaneous_writers_one_wins_the_other_gets_409(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    user = await create_user(db, council)
    first = await sign_in_as(await create_user(db, council, role=Role.admin))
    second = await sign_in_as(await create_user(db, council, role=Role.admin))

    responses = await asyncio.gather(
        first.patch(f"{USERS}/{user.id}", json={"version": 1, "display_name": "From First"}),
        second.patch(f"{USERS}/{user.id}", json={"version": 1, "display_name": "From Second"}),
    )

    assert sorted(response.status_code for response in responses) == [200, 409]
    winner = next(response for response in responses if response.status_code == 200)
    loser = next(response for response in responses if response.status_code == 409)
    assert loser.json()["current"] == winner.json()
    stored = (
        await db.execute(select(User.display_name, User.version).where(User.id == user.id))
    ).one()
    assert tuple(stored) == (winner.json()["display_name"], 2)


async def test_pausing_an_account_ends_its_sessions(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await create_organisation(db)
    user = await create_user(db, council)
    their_browser = await sign_in_as(user)
    assert (await their_browser.get("/api/v1/auth/me")).status_code == 200
    admin = await sign_in_as(await create_user(db, council, role=Role.admin))

    paused = await admin.patch(f"{USERS}/{user.id}", json={"version": 1, "status": "paused"})

    assert paused.status_code == 200
    assert paused.json()["status"] == "paused"
    assert (await their_browser.get("/api/v1/auth/me")).status_code == 401
    ended_at = await db.scalar(select(UserSession.ended_at).where(UserSession.user_id == user.id))
    assert ended_at is not None
    reopened = await admin.patch(f"{USERS}/{user.id}", json={"version": 2, "status": "active"})
    assert reopened.json()["status"] == "active"


async def test_a_new_password_ends_the_persons_sessions(
    sign_in_as: SignIn, client: httpx.AsyncClient, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    user = await create_user(db, council)
    their_browser = await sign_in_as(user)
    admin = await sign_in_as(await create_user(db, council, role=Role.admin))

    weak = await admin.patch(f"{USERS}/{user.id}", json={"version": 1, "password": "letmein"})
    changed = await admin.patch(
        f"{USERS}/{user.id}", json={"version": 1, "password": "meadow copper violin harbour"}
    )

    assert weak.status_code == 422
    assert list(_fields(weak)) == ["body.password"]
    assert changed.status_code == 200
    assert (await their_browser.get("/api/v1/auth/me")).status_code == 401
    again = await client.post(
        "/api/v1/auth/sign-in",
        json={"email": user.email, "password": "meadow copper violin harbour"},
    )
    assert again.status_code == 200


async def test_an_admin_cannot_lock_themselves_out(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await create_organisation(db)
    admin = await create_user(db, council, role=Role.admin)
    http = await sign_in_as(admin)

    pause = await http.patch(f"{USERS}/{admin.id}", json={"version": 1, "status": "paused"})
    end = await http.patch(f"{USERS}/{admin.id}", json={"version": 1, "status": "ended"})
    demote = await http.patch(f"{USERS}/{admin.id}", json={"version": 1, "role": "practitioner"})
    rename = await http.patch(f"{USERS}/{admin.id}", json={"version": 1, "display_name": "Me"})

    assert pause.status_code == end.status_code == demote.status_code == 422
    assert "your own account" in _fields(pause)["body.status"]
    assert "your own admin role" in _fields(demote)["body.role"]
    assert rename.status_code == 200
    assert (await http.get("/api/v1/auth/me")).status_code == 200
    stored = (await db.execute(select(User.role, User.status).where(User.id == admin.id))).one()
    assert tuple(stored) == ("admin", "active")


async def test_people_who_are_not_admins_are_refused(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await create_organisation(db)
    colleague = await create_user(db, council)
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    callers = [
        await sign_in_as(await create_user(db, council, role=Role.manager)),
        await sign_in_as(await create_user(db, agency, role=Role.agency_user)),
    ]

    for http in callers:
        assert (await http.get(USERS)).status_code == 403
        assert (await http.get(f"{USERS}/{colleague.id}")).status_code == 403
        assert (await http.post(USERS, json=_new_user())).status_code == 403
        patch = await http.patch(f"{USERS}/{colleague.id}", json={"version": 1, "role": "admin"})
        assert patch.status_code == 403
    stored = await db.scalar(select(User.role).where(User.id == colleague.id))
    assert stored == "practitioner"


async def test_another_councils_admin_cannot_see_or_change_this_councils_accounts(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    user = await create_user(db, council)
    other_admin = await sign_in_as(
        await create_user(db, await create_organisation(db), role=Role.admin)
    )

    fetched = await other_admin.get(f"{USERS}/{user.id}")
    changed = await other_admin.patch(f"{USERS}/{user.id}", json={"version": 1, "status": "ended"})
    listed = await other_admin.get(USERS, params={"q": user.email})

    assert fetched.status_code == 404
    assert fetched.json()["detail"] == "No such user."
    assert changed.status_code == 404
    assert listed.json()["total"] == 0
    stored = await db.scalar(select(User.status).where(User.id == user.id))
    assert stored == "active"


async def test_an_agency_admin_manages_only_the_agencys_accounts(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    council = await create_organisation(db)
    await create_user(db, council, display_name="Council Person")
    admin = await create_user(db, agency, role=Role.admin, display_name="Agency Admin")
    await create_user(db, agency, role=Role.agency_user, display_name="Agency Worker")
    http = await sign_in_as(admin)

    listed = await http.get(USERS)

    assert listed.status_code == 200
    assert [item["display_name"] for item in listed.json()["items"]] == [
        "Agency Admin",
        "Agency Worker",
    ]
