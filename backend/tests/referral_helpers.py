"""A council with a child assessed and approved, and a partner agency: the set-up the referral
tests share, with the steps that draft, submit and approve a referral through the API."""

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import (
    create_assessment,
    create_child,
    create_organisation,
    create_team,
    create_user,
)
from kindred.frameworks.loader import load_default_framework
from kindred.geography.postcodes import postcode_directory
from kindred.models.assessment import AssessmentStatus
from kindred.models.child import Child
from kindred.models.organisation import Organisation, OrganisationKind, Team
from kindred.models.user import Role, User

API = "/api/v1"
KEYS = load_default_framework().domain_keys
LEVELS = dict(zip(KEYS, [0, 1, 2, 3, 4, 1, 2, 0, 3, 1, 2, 1], strict=True))
LEEDS = postcode_directory().locate("LS1 4AB")


@dataclass
class Council:
    """Northshire, its practitioner and manager in one team, their child, and Brightpath."""

    council: Organisation
    worker: User
    manager: User
    child: Child
    agency: Organisation
    team: Team


async def council_with_child(db: AsyncSession, **child: Any) -> Council:
    """The child lives in Leeds and has an approved assessment; `child` overrides its fields."""
    council = await create_organisation(db, name="Northshire County Council")
    team = await create_team(db, council, "North")
    worker = await create_user(db, council, teams=[team], display_name="Sam Worker")
    manager = await create_user(db, council, role=Role.manager, teams=[team])
    assert LEEDS is not None
    fields: dict[str, Any] = {
        "home_postcode": "LS1 4AB",
        "home_easting": LEEDS.easting,
        "home_northing": LEEDS.northing,
        **child,
    }
    kid = await create_child(db, council, team, **fields)
    await create_assessment(
        db,
        council,
        kid,
        created_by=worker,
        status=AssessmentStatus.approved,
        levels=LEVELS,
        approved_at=datetime.now(UTC),
        what_helps="Music and a quiet room.",
    )
    agency = await create_organisation(db, kind=OrganisationKind.agency, name="Brightpath")
    return Council(council, worker, manager, kid, agency, team)


async def draft_referral(http: httpx.AsyncClient, child: Child, **fields: Any) -> dict[str, Any]:
    """A long-term draft with a date, a budget and a distance; `fields` override them."""
    body = {
        "purpose": "long_term",
        "needed_by": "2027-01-31",
        "budget_weekly_pence": 95_000,
        "max_distance": "within_50_miles",
        **fields,
    }
    response = await http.post(f"{API}/children/{child.id}/referrals", json=body)
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


async def submitted_referral(
    sign_in_as: SignIn, office: Council
) -> tuple[dict[str, Any], httpx.AsyncClient, httpx.AsyncClient]:
    """Drafted and submitted by the practitioner: the referral, and the practitioner's and the
    manager's clients."""
    worker = await sign_in_as(office.worker)
    manager = await sign_in_as(office.manager)
    draft = await draft_referral(worker, office.child)
    submitted = await worker.post(
        f"{API}/referrals/{draft['id']}/submit", json={"version": draft["version"]}
    )
    assert submitted.status_code == 200, submitted.text
    return submitted.json(), worker, manager


async def approved_referral(
    db: AsyncSession, sign_in_as: SignIn, office: Council
) -> tuple[dict[str, Any], httpx.AsyncClient, httpx.AsyncClient]:
    """Drafted and submitted by the practitioner, approved and shared with the agency by the
    manager: the referral, and both people's clients."""
    submitted, worker, manager = await submitted_referral(sign_in_as, office)
    approved = await manager.post(
        f"{API}/referrals/{submitted['id']}/approve",
        json={"version": submitted["version"], "agency_ids": [str(office.agency.id)]},
    )
    assert approved.status_code == 200, approved.text
    return approved.json(), worker, manager
