"""Admins change, pause and end accounts: versioned changes, sessions ended with a pause or
a new password, and no admin locked out by their own hand."""

import asyncio

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import create_organisation, create_team, create_user
from kindred.models.sign_in import UserSession
from kindred.models.user import Role, TeamMembership, User
from user_admin_helpers import USERS, problem_fields


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
    assert list(problem_fields(weak)) == ["body.password"]
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
    assert "your own account" in problem_fields(pause)["body.status"]
    assert "your own admin role" in problem_fields(demote)["body.role"]
    assert rename.status_code == 200
    assert (await http.get("/api/v1/auth/me")).status_code == 200
    stored = (await db.execute(select(User.role, User.status).where(User.id == admin.id))).one()
    assert tuple(stored) == ("admin", "active")
