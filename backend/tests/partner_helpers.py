"""Callers of the partner API in tests: an agency's API client with a bearer token."""

import uuid
from collections.abc import Iterable

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from factories import create_api_client
from kindred.frameworks.loader import load_default_framework
from kindred.models.organisation import Organisation
from kindred.seed.demo import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET

ALL_SCOPES = ("offers:write", "referrals:read", "webhooks:manage")
PARTNER = "/api/v1/partner"
KEYS = load_default_framework().domain_keys


async def bearer_client(
    client: httpx.AsyncClient,
    db: AsyncSession,
    agency: Organisation,
    *,
    scopes: Iterable[str] = ALL_SCOPES,
) -> httpx.AsyncClient:
    """A client of the app holding a fresh bearer token of a new API client of `agency`."""
    api_client, secret = await create_api_client(db, agency, scopes=scopes)
    token = await client.post(
        "/api/v1/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=(api_client.client_id, secret),
    )
    assert token.status_code == 200, token.text
    return httpx.AsyncClient(
        transport=client._transport,
        base_url=client.base_url,
        headers={"Authorization": f"Bearer {token.json()['access_token']}"},
    )


def key() -> dict[str, str]:
    """A fresh Idempotency-Key header."""
    return {"Idempotency-Key": str(uuid.uuid4())}


def offer_body(capacity: int | dict[str, int] = 3, **overrides: object) -> dict[str, object]:
    levels = capacity if isinstance(capacity, dict) else dict.fromkeys(KEYS, capacity)
    body: dict[str, object] = {
        "household_reference": "BP-H-0117",
        "household_postcode_sector": "LS6 2",
        "capacity": levels,
        "weekly_fee_pence": 89_500,
        "available_from": "2026-12-01",
        "message": "Experienced carers with a spare room.",
    }
    body.update(overrides)
    return body


async def demo_agency_headers(client: httpx.AsyncClient) -> dict[str, str]:
    """A bearer token of the demo agency's published API client (demo data loaded)."""
    token = await client.post(
        "/api/v1/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET),
    )
    assert token.status_code == 200, token.text
    return {"Authorization": f"Bearer {token.json()['access_token']}"}
