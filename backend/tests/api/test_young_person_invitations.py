"""Young people's accounts: the worker's code, redeeming it with a PIN, throttling guesses,
and the worker pausing or ending the account."""

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn, client_from
from factories import create_child, create_organisation, create_team, create_user
from kindred.auth.dependencies import CSRF_HEADER
from kindred.auth.throttle import ThrottleKey, ThrottleKind
from kindred.models.audit import AuditEvent
from kindred.models.child import Child
from kindred.models.failure_throttle import FailureThrottle
from kindred.models.organisation import Organisation, Team
from kindred.models.sign_in import UserSession
from kindred.models.user import Role, User
from kindred.models.young_person import YoungPersonInvitation

API = "/api/v1"
REDEEM = f"{API}/young-people/redeem"
CODE = re.compile(r"^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$")
PIN = "583920"
GENERIC = "This code has expired or was already used — ask your worker for a new one."


@dataclass
class Office:
    council: Organisation
    team: Team
    worker: httpx.AsyncClient
    worker_user: User
    child: Child


@pytest.fixture
async def office(db: AsyncSession, sign_in_as: SignIn) -> Office:
    council = await create_organisation(db, name="Northshire County Council")
    team = await create_team(db, council, "North Team")
    worker = await create_user(db, council, teams=[team], display_name="Sam Okafor")
    child = await create_child(
        db,
        council,
        team,
        given_name="Amara",
        family_name="Kowalski",
        preferred_name=None,
        date_of_birth=date(2011, 3, 14),
    )
    return Office(council, team, await sign_in_as(worker), worker, child)


@pytest.fixture
async def tablet(client: httpx.AsyncClient) -> AsyncIterator[httpx.AsyncClient]:
    """A second browser with nobody signed in: the young person's tablet."""
    async with httpx.AsyncClient(transport=client._transport, base_url=client.base_url) as http:
        yield http


async def _invite(office: Office) -> dict[str, Any]:
    response = await office.worker.post(
        f"{API}/children/{office.child.id}/young-person-invitations"
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


async def _redeem(
    http: httpx.AsyncClient, code: str, pin: str = PIN, **body: Any
) -> httpx.Response:
    response = await http.post(REDEEM, json={"code": code, "pin": pin, **body})
    if response.status_code == 201:
        http.headers[CSRF_HEADER] = response.json()["csrf_token"]
    return response


def _answer(response: httpx.Response) -> tuple[object, ...]:
    """What a caller learns from a refusal (the request id and path differ per call)."""
    body = response.json()
    errors = tuple((error["field"], error["message"]) for error in body["errors"])
    return response.status_code, body["type"], body["title"], body["detail"], errors


async def test_invite_then_redeem_with_a_pin_signs_the_young_person_in(
    office: Office, client: httpx.AsyncClient, db: AsyncSession
) -> None:
    before = datetime.now(UTC)
    invitation = await _invite(office)

    assert CODE.match(invitation["code"])
    assert invitation["redeem_path"] == "/young-people/join"
    expires = datetime.fromisoformat(invitation["expires_at"])
    assert before + timedelta(days=7) <= expires <= datetime.now(UTC) + timedelta(days=7)
    stored = await db.scalar(select(YoungPersonInvitation))
    assert stored is not None
    assert invitation["code"].replace("-", "").encode() not in stored.code_hash

    # Typed in lower case with a space, as a child might.
    redeemed = await _redeem(client, invitation["code"].lower().replace("-", " "))

    assert redeemed.status_code == 201, redeemed.text
    account = redeemed.json()
    assert re.fullmatch(r"amara-[2-9a-hjkmnp-z]{4}", account["username"])
    assert account["email"] == account["username"]
    assert (account["role"], account["display_name"]) == ("young_person", "Amara")
    assert account["organisation"]["name"] == "Northshire County Council"
    assert "kindred_session=" in redeemed.headers["set-cookie"]
    me = await client.get(f"{API}/auth/me")
    assert me.json()["role"] == "young_person"
    assert account["actions"] == me.json()["actions"]
    assert (await client.get(f"{API}/me/about-me")).status_code == 200
    user = await db.scalar(select(User).where(User.email == account["username"]))
    assert user is not None
    assert (user.child_id, user.tenant_id) == (office.child.id, office.child.tenant_id)
    assert user.password_hash is not None
    assert user.password_hash.startswith("$argon2id$")
    # They can sign in again the ordinary way, with the name and PIN.
    assert (await client.post(f"{API}/auth/sign-out")).status_code == 204
    again = await client.post(
        f"{API}/auth/sign-in", json={"email": account["username"], "password": PIN}
    )
    assert again.status_code == 200
    assert again.json()["role"] == "young_person"


async def test_redeeming_is_audited_in_the_childs_council(
    office: Office, client: httpx.AsyncClient, db: AsyncSession
) -> None:
    invitation = await _invite(office)

    account = (await _redeem(client, invitation["code"])).json()

    events = (
        await db.scalars(select(AuditEvent).where(AuditEvent.child_id == office.child.id))
    ).all()
    actions = {(event.action, event.resource_type) for event in events}
    assert ("create", "young_person_invitation") in actions
    assert ("create", "young_person_account") in actions
    assert ("sign_in", "account") in actions
    assert {event.tenant_id for event in events} == {office.child.tenant_id}
    made = next(event for event in events if event.resource_type == "young_person_account")
    assert str(made.actor_user_id) == account["id"]


async def test_a_code_works_once(
    office: Office, client: httpx.AsyncClient, tablet: httpx.AsyncClient
) -> None:
    invitation = await _invite(office)
    assert (await _redeem(client, invitation["code"])).status_code == 201

    second = await _redeem(tablet, invitation["code"], pin="472916")

    assert second.status_code == 422
    assert second.json()["detail"] == GENERIC
    assert "kindred_session" not in second.headers.get("set-cookie", "")


async def test_expired_revoked_used_and_unknown_codes_get_the_same_answer(
    office: Office, client: httpx.AsyncClient, tablet: httpx.AsyncClient, db: AsyncSession
) -> None:
    revoked = await _invite(office)
    expired = await _invite(office)  # revokes the first
    await db.execute(
        update(YoungPersonInvitation)
        .where(YoungPersonInvitation.revoked_at.is_(None))
        .values(expires_at=datetime.now(UTC) - timedelta(minutes=1))
    )
    await db.commit()
    used = await _invite(office)  # revokes nothing usable: the second had expired
    assert (await _redeem(client, used["code"])).status_code == 201

    answers = [
        await _redeem(tablet, code)
        for code in (revoked["code"], expired["code"], used["code"], "ABCD-EFGH", "not a code")
    ]

    assert {_answer(response) for response in answers} == {
        (
            422,
            "https://kindred.example/problems/invitation-code-not-valid",
            "This code cannot be used",
            GENERIC,
            (("body.code", GENERIC),),
        )
    }


@pytest.mark.parametrize(
    "pin",
    [
        "12345",  # too short
        "111111",  # one digit
        "123456",  # a run up
        "987654",  # a run down
        "121212",  # a repeated pattern
        "140311",  # the child's birthday
        "short pass",  # neither a PIN nor a long password
        "amara kowalski 2011",  # a password made of their name
    ],
)
async def test_weak_pins_are_refused_and_the_code_still_works(
    pin: str, office: Office, client: httpx.AsyncClient
) -> None:
    invitation = await _invite(office)

    weak = await _redeem(client, invitation["code"], pin=pin)

    assert weak.status_code == 422, weak.text
    assert [error["field"] for error in weak.json()["errors"]] == ["body.pin"]
    assert (await _redeem(client, invitation["code"])).status_code == 201


async def test_a_long_password_is_accepted_instead_of_a_pin(
    office: Office, client: httpx.AsyncClient
) -> None:
    invitation = await _invite(office)

    response = await _redeem(client, invitation["code"], pin="purple otters juggle teacups")

    assert response.status_code == 201


async def test_ten_bad_codes_in_a_row_pause_redeeming_from_that_address(
    app: FastAPI, office: Office, client: httpx.AsyncClient, db: AsyncSession
) -> None:
    invitation = await _invite(office)

    answers = [(await _redeem(client, f"ZZZZ-ZZ{n:02d}")).status_code for n in range(22, 32)]
    locked = await _redeem(client, invitation["code"])

    assert answers == [422] * 9 + [429]
    assert locked.status_code == 429
    assert 840 <= int(locked.headers["retry-after"]) <= 900
    assert (
        await db.scalar(select(func.count()).select_from(User).where(User.role == "young_person"))
    ) == 0
    async with client_from(app, "198.51.100.7") as elsewhere:  # another address is not paused
        assert (await _redeem(elsewhere, "ZZZZ-ZZ99")).status_code == 422
    # Once the pause is over, the real code still works, and success clears the count.
    await db.execute(
        update(FailureThrottle).values(locked_until=datetime.now(UTC) - timedelta(seconds=1))
    )
    await db.commit()
    assert (await _redeem(client, invitation["code"])).status_code == 201
    here = ThrottleKey.of(ThrottleKind.young_person_code, source="127.0.0.1")
    assert here.digest not in (await db.scalars(select(FailureThrottle.key_hash))).all()


async def test_a_chosen_username_is_used_and_a_taken_one_refused(
    office: Office, client: httpx.AsyncClient, db: AsyncSession
) -> None:
    staff_like = await create_user(db, await create_organisation(db), email="taken.name")
    invitation = await _invite(office)

    taken = await _redeem(client, invitation["code"], username=staff_like.email)
    bad = await _redeem(client, invitation["code"], username="amara@school.example")
    chosen = await _redeem(client, invitation["code"], username="Star.Gazer-7")

    assert taken.status_code == 409
    assert taken.json()["errors"][0]["field"] == "body.username"
    assert bad.status_code == 422
    assert chosen.status_code == 201
    assert chosen.json()["username"] == "star.gazer-7"


async def test_pausing_signs_the_young_person_out_until_reopened(
    office: Office, client: httpx.AsyncClient, db: AsyncSession
) -> None:
    account = (await _redeem(client, (await _invite(office))["code"])).json()
    path = f"{API}/children/{office.child.id}/young-person-account"

    shown = await office.worker.get(path)
    paused = await office.worker.patch(path, json={"status": "paused"})

    assert shown.status_code == 200
    assert shown.json()["username"] == account["username"]
    assert shown.json()["status"] == "active"
    assert shown.json()["last_signed_in_at"] is not None
    assert paused.status_code == 200
    assert paused.json()["status"] == "paused"
    open_sessions = await db.scalar(
        select(func.count())
        .select_from(UserSession)
        .where(UserSession.user_id == account["id"], UserSession.ended_at.is_(None))
    )
    assert open_sessions == 0
    assert (await client.get(f"{API}/me/about-me")).status_code == 401
    sign_in = {"email": account["username"], "password": PIN}
    assert (await client.post(f"{API}/auth/sign-in", json=sign_in)).status_code == 401
    assert (await office.worker.patch(path, json={"status": "active"})).status_code == 200
    assert (await client.post(f"{API}/auth/sign-in", json=sign_in)).status_code == 200


async def test_an_ended_account_stays_ended_and_a_new_invitation_makes_a_new_one(
    office: Office, client: httpx.AsyncClient, tablet: httpx.AsyncClient
) -> None:
    first = (await _redeem(client, (await _invite(office))["code"])).json()
    path = f"{API}/children/{office.child.id}/young-person-account"

    while_open = await office.worker.post(
        f"{API}/children/{office.child.id}/young-person-invitations"
    )
    ended = await office.worker.patch(path, json={"status": "ended"})
    reopen = await office.worker.patch(path, json={"status": "active"})
    sign_in = await tablet.post(
        f"{API}/auth/sign-in", json={"email": first["username"], "password": PIN}
    )
    second = await _redeem(tablet, (await _invite(office))["code"], pin="204817")

    assert while_open.status_code == 409
    assert ended.json()["status"] == "ended"
    assert (await client.get(f"{API}/me/about-me")).status_code == 401
    assert reopen.status_code == 409
    assert sign_in.status_code == 401
    assert second.status_code == 201
    assert second.json()["username"] != first["username"]
    assert (await office.worker.get(path)).json()["username"] == second.json()["username"]


async def test_a_child_with_an_open_account_gets_no_second_one(
    office: Office, client: httpx.AsyncClient, db: AsyncSession
) -> None:
    invitation = await _invite(office)
    await create_user(db, office.council, role=Role.young_person, child=office.child)

    redeem = await _redeem(client, invitation["code"])
    invite = await office.worker.post(f"{API}/children/{office.child.id}/young-person-invitations")

    assert redeem.status_code == 409
    assert invite.status_code == 409
    assert "already has an account (active)" in invite.json()["detail"]


async def test_invitations_are_listed_without_their_codes(
    office: Office, client: httpx.AsyncClient
) -> None:
    first = await _invite(office)
    second = await _invite(office)
    await _redeem(client, second["code"])

    response = await office.worker.get(f"{API}/children/{office.child.id}/young-person-invitations")

    assert response.status_code == 200
    listed = response.json()
    assert [item["id"] for item in listed] == [second["id"], first["id"]]
    assert [item["status"] for item in listed] == ["redeemed", "revoked"]
    assert listed[0]["created_by"]["display_name"] == "Sam Okafor"
    assert all("code" not in item for item in listed)
    assert first["code"] not in response.text
    assert second["code"] not in response.text


async def test_only_workers_who_see_the_child_can_invite_or_manage(
    office: Office, db: AsyncSession, sign_in_as: SignIn
) -> None:
    other_team = await create_team(db, office.council)
    stranger = await sign_in_as(await create_user(db, office.council, teams=[other_team]))
    elsewhere = await create_organisation(db)
    outsider = await sign_in_as(
        await create_user(
            db, elsewhere, role=Role.manager, teams=[await create_team(db, elsewhere)]
        )
    )
    child_id = office.child.id

    invite = await stranger.post(f"{API}/children/{child_id}/young-person-invitations")
    listing = await stranger.get(f"{API}/children/{child_id}/young-person-invitations")
    account = await stranger.get(f"{API}/children/{child_id}/young-person-account")

    pause = await outsider.patch(
        f"{API}/children/{child_id}/young-person-account", json={"status": "paused"}
    )

    assert (invite.status_code, listing.status_code, account.status_code) == (404, 404, 404)
    assert pause.status_code == 404


async def test_no_account_yet_is_404(office: Office) -> None:
    response = await office.worker.get(f"{API}/children/{office.child.id}/young-person-account")

    assert response.status_code == 404
