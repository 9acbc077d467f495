"""Admins register partner systems: secrets shown once, rotation and revocation take effect."""

import uuid

import httpx
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import create_api_client, create_organisation, create_user
from kindred.auth.passwords import verify_password
from kindred.models.api_client import AccessToken, ApiClient
from kindred.models.audit import AuditEvent
from kindred.models.organisation import OrganisationKind
from kindred.models.user import Role

CLIENTS = "/api/v1/api-clients"
TOKEN = "/api/v1/oauth/token"


async def _token(client: httpx.AsyncClient, client_id: str, secret: str) -> httpx.Response:
    return await client.post(
        TOKEN,
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret},
    )


async def _bearer_status(client: httpx.AsyncClient, token: str) -> int:
    """401 when the token is dead; a live client token is refused the account route (403)."""
    response = await client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"})
    return response.status_code


async def test_a_new_clients_secret_is_shown_once_and_works_at_the_token_endpoint(
    sign_in_as: SignIn, client: httpx.AsyncClient, db: AsyncSession
) -> None:
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    admin = await create_user(db, agency, role=Role.admin)
    http = await sign_in_as(admin)

    created = await http.post(
        CLIENTS,
        json={
            "name": " Case system ",
            "scopes": ["referrals:read", "offers:write", "offers:write"],
        },
    )

    assert created.status_code == 201, created.text
    body = created.json()
    assert body["client_id"].startswith("kc_")
    assert body["name"] == "Case system"
    assert body["scopes"] == ["offers:write", "referrals:read"]
    assert body["revoked_at"] is None
    assert body["secret_rotated_at"] is None
    secret = body["client_secret"]
    stored = await db.scalar(select(ApiClient).where(ApiClient.id == uuid.UUID(body["id"])))
    assert stored is not None
    assert stored.tenant_id == agency.id
    assert stored.created_by == admin.id
    assert secret not in stored.secret_hash
    assert verify_password(stored.secret_hash, secret)
    token = await _token(client, body["client_id"], secret)
    assert token.status_code == 200, token.text
    assert token.json()["scope"] == "offers:write referrals:read"
    listed = await http.get(CLIENTS)
    assert listed.status_code == 200
    assert [item["id"] for item in listed.json()] == [body["id"]]
    assert "client_secret" not in listed.json()[0]
    assert secret not in listed.text
    assert stored.secret_hash not in listed.text


async def test_rotation_retires_the_old_secret_and_its_tokens(
    sign_in_as: SignIn, client: httpx.AsyncClient, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    http = await sign_in_as(await create_user(db, council, role=Role.admin))
    created = (
        await http.post(CLIENTS, json={"name": "Ours", "scopes": ["webhooks:manage"]})
    ).json()
    old_token = (await _token(client, created["client_id"], created["client_secret"])).json()
    assert await _bearer_status(client, old_token["access_token"]) == 403

    rotated = await http.post(f"{CLIENTS}/{created['id']}/rotate-secret")

    assert rotated.status_code == 200, rotated.text
    new_secret = rotated.json()["client_secret"]
    assert new_secret != created["client_secret"]
    assert rotated.json()["client_id"] == created["client_id"]
    assert rotated.json()["secret_rotated_at"] is not None
    assert (await _token(client, created["client_id"], created["client_secret"])).status_code == 401
    assert await _bearer_status(client, old_token["access_token"]) == 401
    assert (await _token(client, created["client_id"], new_secret)).status_code == 200


async def test_revocation_stops_the_client_and_is_idempotent(
    sign_in_as: SignIn, client: httpx.AsyncClient, db: AsyncSession
) -> None:
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    http = await sign_in_as(await create_user(db, agency, role=Role.admin))
    api_client, secret = await create_api_client(db, agency, scopes=["referrals:read"])
    token = (await _token(client, api_client.client_id, secret)).json()["access_token"]

    revoked = await http.post(f"{CLIENTS}/{api_client.id}/revoke")
    again = await http.post(f"{CLIENTS}/{api_client.id}/revoke")
    rotate = await http.post(f"{CLIENTS}/{api_client.id}/rotate-secret")

    assert revoked.status_code == 200
    assert revoked.json()["revoked_at"] is not None
    assert again.status_code == 200
    assert again.json()["revoked_at"] == revoked.json()["revoked_at"]
    assert rotate.status_code == 409
    assert (await _token(client, api_client.client_id, secret)).status_code == 401
    assert await _bearer_status(client, token) == 401
    left = await db.scalar(
        select(func.count())
        .select_from(AccessToken)
        .where(AccessToken.api_client_id == api_client.id)
    )
    assert left == 0


async def test_changes_to_clients_are_audited(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await create_organisation(db)
    admin = await create_user(db, council, role=Role.admin)
    http = await sign_in_as(admin)

    created = (await http.post(CLIENTS, json={"name": "Ours", "scopes": ["offers:write"]})).json()
    await http.post(f"{CLIENTS}/{created['id']}/rotate-secret")
    await http.post(f"{CLIENTS}/{created['id']}/revoke")

    events = (
        await db.scalars(
            select(AuditEvent)
            .where(AuditEvent.resource_type == "api_client")
            .order_by(AuditEvent.id)
        )
    ).all()
    assert [event.action for event in events] == ["create", "rotate_secret", "revoke"]
    assert {event.resource_id for event in events} == {created["id"]}
    assert {event.actor_user_id for event in events} == {admin.id}
    assert all(created["client_secret"] not in str(event.details) for event in events)


async def test_scopes_and_names_are_checked(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await create_organisation(db)
    http = await sign_in_as(await create_user(db, council, role=Role.admin))

    for body in (
        {"name": "Ours", "scopes": ["children:delete"]},
        {"name": "Ours", "scopes": []},
        {"name": "Ours", "scopes": ["x" * 65]},
        {"name": "", "scopes": ["offers:write"]},
        {"name": "x" * 121, "scopes": ["offers:write"]},
        {"name": "Ours\x00", "scopes": ["offers:write"]},
        {"name": "Ours", "scopes": ["offers:write\x00"]},
        {"name": "Ours", "scopes": ["offers:write"], "client_id": "kc_mine"},
    ):
        response = await http.post(CLIENTS, json=body)
        assert response.status_code == 422, body
    unknown = await http.post(CLIENTS, json={"name": "Ours", "scopes": ["children:delete"]})
    assert unknown.json()["errors"][0]["field"] == "body.scopes"
    assert await db.scalar(select(func.count()).select_from(ApiClient)) == 0


async def test_only_admins_manage_clients(sign_in_as: SignIn, db: AsyncSession) -> None:
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    api_client, _ = await create_api_client(db, agency, scopes=["referrals:read"])
    http = await sign_in_as(await create_user(db, agency, role=Role.agency_user))

    assert (await http.get(CLIENTS)).status_code == 403
    assert (
        await http.post(CLIENTS, json={"name": "x", "scopes": ["offers:write"]})
    ).status_code == 403
    assert (await http.post(f"{CLIENTS}/{api_client.id}/revoke")).status_code == 403
    assert (
        await db.scalar(select(ApiClient.revoked_at).where(ApiClient.id == api_client.id)) is None
    )


async def test_another_organisations_admin_gets_404(
    sign_in_as: SignIn, client: httpx.AsyncClient, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    api_client, secret = await create_api_client(db, council, scopes=["referrals:read"])
    other_admin = await sign_in_as(
        await create_user(db, await create_organisation(db), role=Role.admin)
    )

    rotated = await other_admin.post(f"{CLIENTS}/{api_client.id}/rotate-secret")
    revoked = await other_admin.post(f"{CLIENTS}/{api_client.id}/revoke")
    listed = await other_admin.get(CLIENTS)

    assert rotated.status_code == revoked.status_code == 404
    assert rotated.json()["detail"] == "No such API client."
    assert listed.json() == []
    assert (await _token(client, api_client.client_id, secret)).status_code == 200
