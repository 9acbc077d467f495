"""Kindred partner API, end to end: get a token, list shared referrals, express interest.

    python examples/partner_client.py --base-url http://127.0.0.1:8000 \
        --client-id kc_demo_brightpath --client-secret brightpath-demo-secret-not-for-production

Needs only httpx (`pip install httpx`). It proposes one household for the newest open referral
shared with your agency, with a capacity that meets every need (edit `household_capacity` to
describe a real household). Every POST carries an Idempotency-Key, so a retry after a network
error never makes a second offer; a 429 is retried after its Retry-After.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import uuid
from datetime import date, timedelta
from typing import Any

import httpx

MAX_TRIES = 3


async def call(http: httpx.AsyncClient, method: str, path: str, **kwargs: Any) -> httpx.Response:
    """One API call, retried on 429 (after Retry-After) and on network errors."""
    for attempt in range(1, MAX_TRIES + 1):
        try:
            response = await http.request(method, path, **kwargs)
        except httpx.TransportError:
            if attempt == MAX_TRIES:
                raise
            await asyncio.sleep(attempt)
            continue
        if response.status_code == 429 and attempt < MAX_TRIES:
            await asyncio.sleep(int(response.headers.get("Retry-After", "1")))
            continue
        if response.is_error:
            problem = response.json()  # every error is application/problem+json
            raise RuntimeError(f"{method} {path}: {problem['status']} {problem['detail']}")
        return response
    raise AssertionError("unreachable")


async def get_token(http: httpx.AsyncClient, client_id: str, client_secret: str) -> str:
    """OAuth2 client credentials: a short-lived bearer token."""
    response = await call(
        http,
        "POST",
        "/api/v1/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=(client_id, client_secret),
    )
    return str(response.json()["access_token"])


async def open_referrals(http: httpx.AsyncClient) -> list[dict[str, Any]]:
    """Every open referral shared with the agency, newest first, following the cursor."""
    referrals: list[dict[str, Any]] = []
    params: dict[str, Any] = {"status": "open", "limit": 50}
    while True:
        page = (await call(http, "GET", "/api/v1/partner/referrals", params=params)).json()
        referrals.extend(page["items"])
        if page["next_cursor"] is None:
            return referrals
        params["cursor"] = page["next_cursor"]


def household_capacity(referral: dict[str, Any]) -> dict[str, int]:
    """The household's capacity per domain: here, exactly what the child needs."""
    return {need["domain_key"]: need["need_level"] for need in referral["needs"]}


async def express_interest(
    http: httpx.AsyncClient, referral: dict[str, Any], household_reference: str
) -> dict[str, Any]:
    body = {
        "household_reference": household_reference,
        "household_postcode_sector": "NE1 4",
        "capacity": household_capacity(referral),
        "weekly_fee_pence": 89_500,
        "available_from": (date.today() + timedelta(days=14)).isoformat(),
        "message": "Experienced carers with a spare room and time for school runs.",
    }
    # One key per intended offer: retrying with it returns the first answer, never a duplicate.
    headers = {"Idempotency-Key": str(uuid.uuid4())}
    path = f"/api/v1/partner/referrals/{referral['id']}/offers"
    offer = (await call(http, "POST", path, json=body, headers=headers)).json()
    retried = (await call(http, "POST", path, json=body, headers=headers)).json()
    assert retried["id"] == offer["id"], "an idempotent retry returns the same offer"
    return dict(offer)


async def main(
    base_url: str,
    client_id: str,
    client_secret: str,
    *,
    household_reference: str = "BP-H-0117",
    transport: httpx.AsyncBaseTransport | None = None,
) -> dict[str, Any]:
    """Token → list → offer; returns what happened. `transport` lets tests run it in-process."""
    async with httpx.AsyncClient(base_url=base_url, transport=transport, timeout=30) as http:
        token = await get_token(http, client_id, client_secret)
        http.headers["Authorization"] = f"Bearer {token}"
        referrals = await open_referrals(http)
        print(f"{len(referrals)} open referral(s) shared with your agency")
        for referral in referrals:
            print(
                f"  {referral['reference']}: {referral['purpose']}, age {referral['age_years']}, "
                f"needed by {referral['needed_by']}, "
                f"{referral['needs_summary']['actionable_count']} actionable needs"
            )
        if not referrals:
            return {"referrals": 0, "offer": None}
        offer = await express_interest(http, referrals[0], household_reference)
        print(f"Offered household {offer['household_reference']} for {offer['referral_reference']}"
              f": {offer['status']} (offer {offer['id']})")
        return {"referrals": len(referrals), "offer": offer}


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--client-id", required=True)
    parser.add_argument("--client-secret", required=True)
    parser.add_argument("--household-reference", default="BP-H-0117")
    return parser.parse_args()


if __name__ == "__main__":
    arguments = _arguments()
    result = asyncio.run(
        main(
            arguments.base_url,
            arguments.client_id,
            arguments.client_secret,
            household_reference=arguments.household_reference,
        )
    )
    print(json.dumps(result, indent=2, default=str))
