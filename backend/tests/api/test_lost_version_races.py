"""A writer that loses the race at save time gets the same 409 as a stale `version`.

Each test makes the race certain: another transaction bumps the row's version and holds it
uncommitted, the request reads the old version and then waits on its `UPDATE ... WHERE version`,
and the other transaction commits, so that UPDATE matches nothing.
"""

import asyncio
import uuid
from collections.abc import Awaitable

import httpx
from sqlalchemy import column, select, table, text, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from conftest import SignIn
from factories import (
    create_child,
    create_cost_record,
    create_household,
    create_organisation,
    create_placement,
    create_team,
    create_user,
)
from kindred.models.audit import AuditEvent
from kindred.models.child import Child
from kindred.models.organisation import Organisation, OrganisationKind
from kindred.models.referral import ReferralStatus
from kindred.models.user import Role, User
from partner_helpers import PARTNER, bearer_client, key, offer_body
from referral_factories import create_referral, share_referral

API = "/api/v1"
WAITING_ON_A_ROW = (
    "SELECT count(*) FROM pg_stat_activity "
    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
)


async def _lose_race(
    engine: AsyncEngine,
    name: str,
    row_id: uuid.UUID,
    request: Awaitable[httpx.Response],
    **winners_change: str,
) -> httpx.Response:
    """Send `request` while another transaction bumps the row's version (and makes
    `winners_change`), committing once the request waits on the row."""
    async with engine.connect() as winner, engine.connect() as watcher:
        versioned = table(name, column("id"), column("version"), *map(column, winners_change))
        await winner.execute(
            update(versioned)
            .where(versioned.c.id == row_id)
            .values(version=versioned.c.version + 1, **winners_change)
        )
        answer = asyncio.ensure_future(request)
        for _ in range(200):
            if answer.done() or await watcher.scalar(text(WAITING_ON_A_ROW)):
                break
            await asyncio.sleep(0.05)
            await watcher.rollback()
        assert not answer.done(), "the request did not wait on the row"
        await winner.commit()
        return await answer


async def _worker_and_child(db: AsyncSession) -> tuple[Organisation, User, Child]:
    council = await create_organisation(db)
    team = await create_team(db, council)
    worker = await create_user(db, council, teams=[team])
    return council, worker, await create_child(db, council, team)


async def _conflict_reads(db: AsyncSession, resource_type: str, resource_id: uuid.UUID) -> int:
    rows = await db.scalars(
        select(AuditEvent.id).where(
            AuditEvent.action == "read",
            AuditEvent.resource_type == resource_type,
            AuditEvent.resource_id == str(resource_id),
        )
    )
    return len(rows.all())


async def test_a_child_changed_meanwhile(
    sign_in_as: SignIn, db: AsyncSession, owner_engine: AsyncEngine
) -> None:
    _, worker, child = await _worker_and_child(db)
    http = await sign_in_as(worker)

    lost = await _lose_race(
        owner_engine,
        "children",
        child.id,
        http.patch(f"{API}/children/{child.id}", json={"version": 1, "preferred_name": "Mo"}),
    )

    assert lost.status_code == 409, lost.text
    assert lost.json()["detail"].startswith("Someone else changed this child's record")
    assert lost.json()["current"]["version"] == 2
    assert lost.json()["current"]["preferred_name"] != "Mo"
    assert await _conflict_reads(db, "child", child.id) == 1


async def test_a_cost_record_changed_meanwhile(
    sign_in_as: SignIn, db: AsyncSession, owner_engine: AsyncEngine
) -> None:
    council, worker, child = await _worker_and_child(db)
    record = await create_cost_record(db, council, child)
    http = await sign_in_as(worker)

    lost = await _lose_race(
        owner_engine,
        "cost_records",
        record.id,
        http.patch(f"{API}/costs/records/{record.id}", json={"version": 1, "amount_pence": 1}),
    )

    assert lost.status_code == 409, lost.text
    assert lost.json()["current"]["version"] == 2
    assert lost.json()["current"]["amount_pence"] == 55_000
    assert await _conflict_reads(db, "cost_record", record.id) == 1


async def test_a_household_changed_meanwhile(
    sign_in_as: SignIn, db: AsyncSession, owner_engine: AsyncEngine
) -> None:
    council = await create_organisation(db)
    worker = await create_user(db, council, teams=[await create_team(db, council)])
    household = await create_household(db, council)
    http = await sign_in_as(worker)

    lost = await _lose_race(
        owner_engine,
        "households",
        household.id,
        http.patch(f"{API}/carers/{household.id}", json={"version": 1, "vacancies": 0}),
    )

    assert lost.status_code == 409, lost.text
    assert lost.json()["current"]["version"] == 2
    assert lost.json()["current"]["vacancies"] == household.vacancies


async def test_a_placement_changed_meanwhile(
    sign_in_as: SignIn, db: AsyncSession, owner_engine: AsyncEngine
) -> None:
    council, worker, child = await _worker_and_child(db)
    placement = await create_placement(db, council, child)
    http = await sign_in_as(worker)

    lost = await _lose_race(
        owner_engine,
        "placements",
        placement.id,
        http.patch(f"{API}/placements/{placement.id}", json={"version": 1, "provider": "PR4"}),
    )

    assert lost.status_code == 409, lost.text
    assert lost.json()["current"]["version"] == 2
    assert lost.json()["current"]["provider"] == "PR1"
    assert await _conflict_reads(db, "placement", placement.id) == 1


async def test_a_young_persons_account_changed_meanwhile(
    sign_in_as: SignIn, db: AsyncSession, owner_engine: AsyncEngine
) -> None:
    council, worker, child = await _worker_and_child(db)
    account = await create_user(db, council, role=Role.young_person, child=child)
    http = await sign_in_as(worker)

    lost = await _lose_race(
        owner_engine,
        "users",
        account.id,
        http.patch(f"{API}/children/{child.id}/young-person-account", json={"status": "paused"}),
    )

    assert lost.status_code == 409, lost.text
    assert lost.json()["current"]["status"] == "active"
    assert await _conflict_reads(db, "young_person_account", account.id) == 1


async def test_an_offer_withdrawn_meanwhile(
    db: AsyncSession, client: httpx.AsyncClient, owner_engine: AsyncEngine
) -> None:
    council = await create_organisation(db)
    mine = await create_organisation(db, kind=OrganisationKind.agency)
    share = await share_referral(
        db, await create_referral(db, council, status=ReferralStatus.open), mine
    )
    agency = await bearer_client(client, db, mine)
    posted = await agency.post(
        f"{PARTNER}/referrals/{share.id}/offers", json=offer_body(), headers=key()
    )
    offer = posted.json()

    lost = await _lose_race(
        owner_engine,
        "referral_offers",
        uuid.UUID(offer["id"]),
        agency.patch(f"{PARTNER}/offers/{offer['id']}", json={"version": 1, "message": "late"}),
        status="withdrawn",
    )

    assert lost.status_code == 409, lost.text
    assert lost.json()["detail"] == "This offer was withdrawn."
    assert lost.json()["current"]["version"] == 2
    assert lost.json()["current"]["status"] == "withdrawn"
