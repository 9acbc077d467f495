"""Shared referrals for the partner API benchmark, made once through the real API.

Synthetic data has agencies but nothing shared with them. Here one agency gets a person who
signs in, and practitioners of a few councils draft, submit and (their managers) approve
referrals shared with it: the same steps a council takes, so the snapshots are the real ones.
"""

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

import httpx

from kindred.auth.dependencies import CSRF_HEADER
from kindred.models.organisation import OrganisationKind
from kindred.models.user import Role
from kindred.seed.accounts import AccountError, create_account
from kindred.seed.demo import DEMO_PASSWORD
from kindred.seed.owner_session import owner_session
from kindred.seed.synthetic_rows import bench_email

AGENCY = "agency-001"
AGENCY_EMAIL = bench_email("placements", 1, AGENCY)
COUNCILS = ("council-002", "council-003", "council-004", "council-005")
PER_COUNCIL = 25


def ensure_agency_user(url: str) -> None:
    """The agency's person the benchmark signs in as (made on the first run only)."""

    async def run() -> None:
        async with owner_session(url) as db:
            try:
                await create_account(
                    db,
                    email=AGENCY_EMAIL,
                    name="Bench Placements",
                    role=Role.agency_user,
                    organisation_slug=AGENCY,
                    organisation_name=None,
                    kind=OrganisationKind.agency,
                    password=DEMO_PASSWORD,
                )
            except AccountError:
                return  # made by an earlier run
            await db.commit()

    asyncio.run(run())


@contextmanager
def _signed_in(base_url: str, email: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=30) as client:
        response = client.post(
            "/api/v1/auth/sign-in", json={"email": email, "password": DEMO_PASSWORD}
        )
        response.raise_for_status()
        client.headers[CSRF_HEADER] = response.json()["csrf_token"]
        yield client


def _checked(response: httpx.Response) -> Any:
    response.raise_for_status()
    return response.json()


def ensure_shared_referrals(base_url: str) -> int:
    """Share PER_COUNCIL referrals from each of COUNCILS with the agency; return how many it has."""
    needed_by = (date.today() + timedelta(days=28)).isoformat()
    with _signed_in(base_url, AGENCY_EMAIL) as agency:
        shared = _checked(agency.get("/api/v1/partner/referrals", params={"limit": 100}))
        if shared["items"]:
            return len(shared["items"])
        for council in COUNCILS:
            with (
                _signed_in(base_url, bench_email("practitioner", 1, council)) as practitioner,
                _signed_in(base_url, bench_email("manager", 1, council)) as manager,
            ):
                agencies = _checked(manager.get("/api/v1/partner-agencies"))
                agency_id = next(a["id"] for a in agencies if a["name"] == "Agency 001")
                children = _checked(
                    practitioner.get(
                        "/api/v1/children",
                        params={"page_size": PER_COUNCIL, "care_status": "in_care"},
                    )
                )["items"]
                for child in children:
                    draft = _checked(
                        practitioner.post(
                            f"/api/v1/children/{child['id']}/referrals",
                            json={"purpose": "long_term", "needed_by": needed_by},
                        )
                    )
                    submitted = _checked(
                        practitioner.post(
                            f"/api/v1/referrals/{draft['id']}/submit",
                            json={"version": draft["version"]},
                        )
                    )
                    _checked(
                        manager.post(
                            f"/api/v1/referrals/{draft['id']}/approve",
                            json={"version": submitted["version"], "agency_ids": [agency_id]},
                        )
                    )
        shared = _checked(agency.get("/api/v1/partner/referrals", params={"limit": 100}))
        return len(shared["items"])
