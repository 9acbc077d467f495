"""Agency systems get short-lived bearer tokens with the client-credentials grant."""

from datetime import UTC, datetime, timedelta

import httpx
from fastapi import FastAPI
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import client_from
from factories import create_api_client, create_organisation
from kindred.models.api_client import AccessToken, ApiClient
from kindred.models.audit import AuditEvent
from kindred.models.organisation import OrganisationKind

TOKEN = "/api/v1/oauth/token"
SCOPES = ("offers:write", "referrals:read")


async def test_client_credentials_in_the_form_get_a_token(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    api_client, secret = await create_api_client(db, agency, scopes=SCOPES)

    response = await client.post(
        TOKEN,
        data={
            "grant_type": "client_credentials",
            "client_id": api_client.client_id,
            "client_secret": secret,
        },
    )

    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 15 * 60
    assert body["scope"] == "offers:write referrals:read"
    assert response.headers["cache-control"] == "no-store"
    stored = await db.scalar(select(AccessToken.token_hash))
    assert stored is not None
    assert body["access_token"].encode() not in stored  # only a hash is kept


async def test_basic_credentials_and_a_narrower_scope(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    api_client, secret = await create_api_client(db, agency, scopes=SCOPES)

    response = await client.post(
        TOKEN,
        data={"grant_type": "client_credentials", "scope": "referrals:read"},
        auth=(api_client.client_id, secret),
    )

    assert response.status_code == 200
    assert response.json()["scope"] == "referrals:read"


async def test_wrong_secret_is_refused_and_audited(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    api_client, _ = await create_api_client(db, agency, scopes=SCOPES)

    response = await client.post(
        TOKEN, data={"grant_type": "client_credentials"}, auth=(api_client.client_id, "wrong")
    )

    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"
    refusal = await db.scalar(select(AuditEvent).where(AuditEvent.action == "token_refused"))
    assert refusal is not None
    assert refusal.tenant_id == agency.id


async def test_wrong_secrets_are_throttled_per_client_and_address(
    app: FastAPI, client: httpx.AsyncClient, db: AsyncSession
) -> None:
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    api_client, secret = await create_api_client(db, agency, scopes=SCOPES)
    form = {"grant_type": "client_credentials"}

    async with client_from(app, "203.0.113.66") as attacker:
        guesses = [
            (await attacker.post(TOKEN, data=form, auth=(api_client.client_id, "wrong")))
            for _ in range(5)
        ]
        right_but_throttled = await attacker.post(
            TOKEN, data=form, auth=(api_client.client_id, secret)
        )
    from_the_agency = await client.post(TOKEN, data=form, auth=(api_client.client_id, secret))

    assert [guess.status_code for guess in guesses] == [401, 401, 401, 401, 429]
    assert right_but_throttled.status_code == 429
    assert right_but_throttled.headers["content-type"] == "application/problem+json"
    assert 840 <= int(right_but_throttled.headers["retry-after"]) <= 900
    assert right_but_throttled.json()["status"] == 429
    assert from_the_agency.status_code == 200


async def test_scope_beyond_the_clients_grant_is_refused(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    api_client, secret = await create_api_client(db, agency, scopes=("referrals:read",))

    response = await client.post(
        TOKEN,
        data={"grant_type": "client_credentials", "scope": "referrals:read webhooks:manage"},
        auth=(api_client.client_id, secret),
    )

    assert response.status_code == 422
    assert response.json()["error"] == "invalid_scope"


async def test_other_grant_types_are_refused(client: httpx.AsyncClient) -> None:
    response = await client.post(TOKEN, data={"grant_type": "password"})

    assert response.status_code == 422
    assert response.json()["error"] == "unsupported_grant_type"


async def test_revoked_client_cannot_get_or_use_tokens(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    api_client, secret = await create_api_client(db, agency, scopes=SCOPES)
    issued = await client.post(
        TOKEN, data={"grant_type": "client_credentials"}, auth=(api_client.client_id, secret)
    )
    bearer = {"Authorization": f"Bearer {issued.json()['access_token']}"}
    await db.execute(
        update(ApiClient).where(ApiClient.id == api_client.id).values(revoked_at=datetime.now(UTC))
    )
    await db.commit()

    again = await client.post(
        TOKEN, data={"grant_type": "client_credentials"}, auth=(api_client.client_id, secret)
    )
    used = await client.get("/api/v1/auth/me", headers=bearer)

    assert again.status_code == 401
    assert used.status_code == 401


async def test_expired_token_is_refused(client: httpx.AsyncClient, db: AsyncSession) -> None:
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    api_client, secret = await create_api_client(db, agency, scopes=SCOPES)
    issued = await client.post(
        TOKEN, data={"grant_type": "client_credentials"}, auth=(api_client.client_id, secret)
    )
    await db.execute(
        update(AccessToken).values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
    )
    await db.commit()

    response = await client.get(
        "/api/v1/auth/me", headers={"Authorization": f"Bearer {issued.json()['access_token']}"}
    )

    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")


async def test_a_valid_token_carries_no_person_rights(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    api_client, secret = await create_api_client(db, agency, scopes=SCOPES)
    issued = await client.post(
        TOKEN, data={"grant_type": "client_credentials"}, auth=(api_client.client_id, secret)
    )

    response = await client.get(
        "/api/v1/auth/me", headers={"Authorization": f"Bearer {issued.json()['access_token']}"}
    )

    assert response.status_code == 403
