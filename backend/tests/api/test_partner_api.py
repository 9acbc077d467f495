"""The partner API: what an agency may reach (and never), idempotent POSTs, rate limits, paging."""

import asyncio
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select, text, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from conftest import SignIn
from factories import create_organisation, create_user
from kindred.core.database import APP_ROLE
from kindred.main import create_app
from kindred.models.organisation import Organisation, OrganisationKind
from kindred.models.partner import ReferralOffer
from kindred.models.referral import ReferralShare, ReferralStatus
from kindred.models.user import Role
from kindred.seed.demo import load_demo
from kindred.settings import Settings
from partner_helpers import PARTNER, bearer_client, demo_agency_headers, key, offer_body
from referral_factories import create_offer, create_referral, share_referral


async def _agency(db: AsyncSession, name: str = "Brightpath") -> Organisation:
    return await create_organisation(db, kind=OrganisationKind.agency, name=name)


async def test_an_agency_never_sees_a_referral_not_shared_with_it(
    db: AsyncSession, client: httpx.AsyncClient
) -> None:
    council = await create_organisation(db)
    mine, theirs = await _agency(db), await _agency(db, "Other")
    shared = await create_referral(db, council, status=ReferralStatus.open)
    my_share = await share_referral(db, shared, mine)
    elsewhere = await create_referral(db, council, status=ReferralStatus.open)
    their_share = await share_referral(db, elsewhere, theirs)
    unshared = await create_referral(db, council, status=ReferralStatus.open)
    agency = await bearer_client(client, db, mine)

    listed = (await agency.get(f"{PARTNER}/referrals")).json()["items"]

    assert [item["id"] for item in listed] == [str(my_share.id)]
    for other in (their_share.id, unshared.id, elsewhere.id):
        response = await agency.get(f"{PARTNER}/referrals/{other}")
        assert response.status_code == 404
        offer = await agency.post(
            f"{PARTNER}/referrals/{other}/offers", json=offer_body(), headers=key()
        )
        assert offer.status_code == 404


async def test_an_agency_never_reaches_another_agencys_offer(
    db: AsyncSession, client: httpx.AsyncClient
) -> None:
    council = await create_organisation(db)
    mine, theirs = await _agency(db), await _agency(db, "Other")
    referral = await create_referral(db, council, status=ReferralStatus.open)
    await share_referral(db, referral, mine)
    their_share = await share_referral(db, referral, theirs)
    their_offer = await create_offer(db, their_share)
    agency = await bearer_client(client, db, mine)
    path = f"{PARTNER}/offers/{their_offer.id}"

    assert (await agency.get(path)).status_code == 404
    assert (await agency.patch(path, json={"version": 1, "message": "x"})).status_code == 404
    withdrawn = await agency.post(f"{path}/withdraw", json={"version": 1}, headers=key())
    assert withdrawn.status_code == 404
    assert (await agency.get(f"{PARTNER}/offers")).json()["items"] == []
    unchanged = await db.scalar(
        select(ReferralOffer.status).where(ReferralOffer.id == their_offer.id)
    )
    assert unchanged == "active"


async def test_a_repeated_post_with_the_same_key_returns_the_first_result(
    db: AsyncSession, client: httpx.AsyncClient
) -> None:
    council = await create_organisation(db)
    mine = await _agency(db)
    referral = await create_referral(db, council, status=ReferralStatus.open)
    share = await share_referral(db, referral, mine)
    agency = await bearer_client(client, db, mine)
    path, headers = f"{PARTNER}/referrals/{share.id}/offers", key()

    first = await agency.post(path, json=offer_body(), headers=headers)
    again = await agency.post(path, json=offer_body(), headers=headers)
    changed = await agency.post(path, json=offer_body(weekly_fee_pence=1), headers=headers)

    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["idempotent-replayed"] == "true"
    assert changed.status_code == 422
    assert changed.json()["type"].endswith("/idempotency-key-reused")
    count = await db.scalar(select(func.count()).select_from(ReferralOffer))
    assert count == 1


async def test_concurrent_retries_with_one_key_create_one_offer(
    db: AsyncSession, client: httpx.AsyncClient
) -> None:
    council = await create_organisation(db)
    mine = await _agency(db)
    referral = await create_referral(db, council, status=ReferralStatus.open)
    share = await share_referral(db, referral, mine)
    agency = await bearer_client(client, db, mine)
    headers = key()

    answers = await asyncio.gather(
        *(
            agency.post(
                f"{PARTNER}/referrals/{share.id}/offers", json=offer_body(), headers=headers
            )
            for _ in range(4)
        )
    )

    assert {answer.status_code for answer in answers} == {201}
    assert len({answer.json()["id"] for answer in answers}) == 1
    assert await db.scalar(select(func.count()).select_from(ReferralOffer)) == 1


async def test_every_partner_post_needs_an_idempotency_key(
    db: AsyncSession, client: httpx.AsyncClient
) -> None:
    council = await create_organisation(db)
    mine = await _agency(db)
    referral = await create_referral(db, council, status=ReferralStatus.open)
    share = await share_referral(db, referral, mine)
    agency = await bearer_client(client, db, mine)

    response = await agency.post(f"{PARTNER}/referrals/{share.id}/offers", json=offer_body())

    assert response.status_code == 422
    assert any("idempotency-key" in e["field"].lower() for e in response.json()["errors"])


async def test_offers_give_every_domain_and_keep_only_a_postcode_sector(
    db: AsyncSession, client: httpx.AsyncClient
) -> None:
    council = await create_organisation(db)
    mine = await _agency(db)
    referral = await create_referral(db, council, status=ReferralStatus.open)
    share = await share_referral(db, referral, mine)
    agency = await bearer_client(client, db, mine)
    partial = offer_body()
    partial["capacity"] = {"physical_health": 2, "unknown_domain": 1}

    refused = await agency.post(
        f"{PARTNER}/referrals/{share.id}/offers", json=partial, headers=key()
    )
    made = await agency.post(
        f"{PARTNER}/referrals/{share.id}/offers",
        json=offer_body(household_postcode_sector="ls6 2ab"),
        headers=key(),
    )

    assert refused.status_code == 422
    fields = {error["field"] for error in refused.json()["errors"]}
    assert "body.capacity.unknown_domain" in fields
    assert "body.capacity.emotional_wellbeing" in fields
    assert made.json()["household_postcode_sector"] == "LS6 2"
    twice = await agency.post(
        f"{PARTNER}/referrals/{share.id}/offers", json=offer_body(), headers=key()
    )
    assert twice.status_code == 409  # one live offer per household


async def test_offers_change_with_their_version_and_can_be_withdrawn(
    db: AsyncSession, client: httpx.AsyncClient
) -> None:
    council = await create_organisation(db)
    mine = await _agency(db)
    referral = await create_referral(db, council, status=ReferralStatus.open)
    share = await share_referral(db, referral, mine)
    agency = await bearer_client(client, db, mine)
    offer = (
        await agency.post(
            f"{PARTNER}/referrals/{share.id}/offers", json=offer_body(), headers=key()
        )
    ).json()
    path = f"{PARTNER}/offers/{offer['id']}"

    changed = await agency.patch(
        path, json={"version": offer["version"], "weekly_fee_pence": 91_000}
    )
    stale = await agency.patch(path, json={"version": offer["version"], "message": "late"})
    withdrawn = await agency.post(
        f"{path}/withdraw", json={"version": changed.json()["version"]}, headers=key()
    )

    assert changed.status_code == 200
    assert changed.json()["weekly_fee_pence"] == 91_000
    assert stale.status_code == 409
    assert stale.json()["current"]["weekly_fee_pence"] == 91_000
    assert withdrawn.json()["status"] == "withdrawn"


async def test_cursor_pages_newest_first_with_filters(
    db: AsyncSession, client: httpx.AsyncClient
) -> None:
    council = await create_organisation(db)
    mine = await _agency(db)
    shares = []
    for days_ago in (3, 2, 1):
        referral = await create_referral(db, council, status=ReferralStatus.open)
        share = await share_referral(db, referral, mine)
        when = datetime.now(UTC) - timedelta(days=days_ago)
        await db.execute(
            update(ReferralShare)
            .where(ReferralShare.id == share.id)
            .values(shared_at=when, updated_at=when)
        )
        shares.append(share)
    await db.commit()
    agency = await bearer_client(client, db, mine)

    first = (await agency.get(f"{PARTNER}/referrals", params={"limit": 2})).json()
    second = (
        await agency.get(
            f"{PARTNER}/referrals", params={"limit": 2, "cursor": first["next_cursor"]}
        )
    ).json()
    recent = (
        await agency.get(
            f"{PARTNER}/referrals",
            params={"updated_since": (datetime.now(UTC) - timedelta(hours=36)).isoformat()},
        )
    ).json()
    closed = (await agency.get(f"{PARTNER}/referrals", params={"status": "closed"})).json()
    bad = await agency.get(f"{PARTNER}/referrals", params={"cursor": "not-a-cursor"})

    newest_first = [str(share.id) for share in reversed(shares)]
    assert [item["id"] for item in first["items"] + second["items"]] == newest_first
    assert second["next_cursor"] is None
    assert [item["id"] for item in recent["items"]] == newest_first[:1]
    assert closed["items"] == []
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["field"] == "query.cursor"


async def test_agency_people_in_the_browser_have_the_same_rights(
    db: AsyncSession, client: httpx.AsyncClient, sign_in_as: SignIn
) -> None:
    council = await create_organisation(db)
    mine = await _agency(db)
    referral = await create_referral(db, council, status=ReferralStatus.open)
    share = await share_referral(db, referral, mine)
    person = await sign_in_as(await create_user(db, mine, role=Role.agency_user))
    admin = await sign_in_as(await create_user(db, mine, role=Role.admin))

    listed = await person.get(f"{PARTNER}/referrals")
    offered = await person.post(
        f"{PARTNER}/referrals/{share.id}/offers", json=offer_body(), headers=key()
    )

    assert [item["id"] for item in listed.json()["items"]] == [str(share.id)]
    assert offered.status_code == 201
    assert (await admin.get(f"{PARTNER}/referrals")).status_code == 403


async def test_scopes_limit_what_a_client_may_do(
    db: AsyncSession, client: httpx.AsyncClient
) -> None:
    council = await create_organisation(db)
    mine = await _agency(db)
    referral = await create_referral(db, council, status=ReferralStatus.open)
    share = await share_referral(db, referral, mine)
    reader = await bearer_client(client, db, mine, scopes=["referrals:read"])

    assert (await reader.get(f"{PARTNER}/referrals/{share.id}")).status_code == 200
    refused = await reader.post(
        f"{PARTNER}/referrals/{share.id}/offers", json=offer_body(), headers=key()
    )
    assert refused.status_code == 403
    assert (await reader.get(f"{PARTNER}/webhooks")).status_code == 403


@pytest.fixture
async def limited_app(settings: Settings) -> FastAPI:
    return create_app(
        settings.model_copy(update={"partner_rate_burst": 3, "partner_rate_per_second": 0.1})
    )


async def test_over_the_rate_limit_is_a_429_with_retry_after(
    db: AsyncSession, client: httpx.AsyncClient, limited_app: FastAPI
) -> None:
    mine = await _agency(db)
    agency = await bearer_client(client, db, mine)
    other = await bearer_client(client, db, mine)
    limited = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=limited_app),
        base_url="http://testserver",
        headers=dict(agency.headers),
    )
    separate = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=limited_app),
        base_url="http://testserver",
        headers=dict(other.headers),
    )

    answers = [await limited.get(f"{PARTNER}/referrals") for _ in range(4)]

    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert answers[-1].headers["retry-after"] == "10"
    assert answers[-1].json()["type"].endswith("/rate-limited")
    assert (await separate.get(f"{PARTNER}/referrals")).status_code == 200  # per client
    await limited_app.state.database.dispose()


async def test_row_level_security_shows_an_agency_only_its_live_shares(
    db: AsyncSession, owner_engine: AsyncEngine
) -> None:
    council = await create_organisation(db)
    mine, theirs = await _agency(db), await _agency(db, "Other")
    referral = await create_referral(db, council, status=ReferralStatus.open)
    await share_referral(db, referral, theirs)
    withdrawn = await share_referral(db, referral, mine)
    await create_offer(db, withdrawn)
    await db.execute(
        update(ReferralShare)
        .where(ReferralShare.id == withdrawn.id)
        .values(withdrawn_at=func.now())
    )
    await db.commit()

    async with owner_engine.connect() as connection:
        await connection.execute(text(f"SET ROLE {APP_ROLE}"))
        await connection.execute(
            text("SELECT set_config('kindred.tenant_id', :t, true)"), {"t": str(mine.id)}
        )
        # No WHERE at all: the policies alone decide what the agency sees.
        shares = (await connection.execute(text("SELECT id FROM referral_shares"))).all()
        referrals = (await connection.execute(text("SELECT id FROM referrals"))).all()
        offers = (await connection.execute(text("SELECT id FROM referral_offers"))).all()
        await connection.rollback()

    assert shares == []  # theirs is another agency's, mine is withdrawn
    assert referrals == []
    assert len(offers) == 1  # its own offer row stays its own


async def test_the_demo_agency_sees_two_shared_referrals_on_first_run(
    db: AsyncSession, client: httpx.AsyncClient
) -> None:
    await load_demo(db, today=datetime.now(UTC).date())
    await db.commit()
    headers = await demo_agency_headers(client)

    listed = (await client.get(f"{PARTNER}/referrals", headers=headers)).json()["items"]

    assert [item["reference"] for item in listed] == ["NS-R-0002", "NS-R-0001"]
    assert {item["status"] for item in listed} == {"open"}
    assert all(len(item["needs"]) == 12 for item in listed)
