"""The whole journey: practitioner drafts → manager approves and shares → the agency (API)
offers a household → the council compares and accepts; and how referrals close."""

from datetime import UTC, date, datetime

import httpx
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import (
    create_organisation,
)
from kindred.models.organisation import OrganisationKind
from kindred.models.referral import Referral, ReferralShare, ReferralStatus
from kindred.modules.jobs.worker import housekeeping
from partner_helpers import PARTNER, bearer_client, key, offer_body
from referral_factories import create_referral, share_referral
from referral_helpers import (
    API,
    LEVELS,
    approved_referral,
    council_with_child,
    draft_referral,
)


async def test_practitioner_drafts_manager_shares_agency_offers_council_accepts(
    db: AsyncSession, sign_in_as: SignIn, client: httpx.AsyncClient
) -> None:
    office = await council_with_child(db)
    worker = await sign_in_as(office.worker)
    manager = await sign_in_as(office.manager)
    agency = await bearer_client(client, db, office.agency)

    # The practitioner drafts and submits; the manager approves and shares.
    draft = await draft_referral(worker, office.child, contact_arrangements="Weekly, supervised.")
    submitted = await worker.post(
        f"{API}/referrals/{draft['id']}/submit", json={"version": draft["version"]}
    )
    queue = (await manager.get(f"{API}/referrals", params={"status": "awaiting_approval"})).json()
    assert [item["id"] for item in queue["items"]] == [draft["id"]]
    approved = await manager.post(
        f"{API}/referrals/{draft['id']}/approve",
        json={"version": submitted.json()["version"], "agency_ids": [str(office.agency.id)]},
    )
    assert approved.json()["status"] == "open"

    # The agency lists, reads and offers a household through the API.
    listed = (await agency.get(f"{PARTNER}/referrals", params={"status": "open"})).json()
    share_id = listed["items"][0]["id"]
    capacity = dict(LEVELS) | {"safety_outside_home": 2, "family_and_contact": 1}
    offered = await agency.post(
        f"{PARTNER}/referrals/{share_id}/offers",
        json=offer_body(capacity=capacity, household_postcode_sector="LS6 2"),
        headers=key(),
    )
    assert offered.status_code == 201, offered.text
    offer = offered.json()
    assert offer["status"] == "submitted"

    # The council compares: per-domain verdicts as in matching, fee, distance, availability.
    compared = (await worker.get(f"{API}/referrals/{draft['id']}/offers")).json()
    assert len(compared["offers"]) == 1
    row = compared["offers"][0]
    verdicts = {d["domain_key"]: d["verdict"] for d in row["domains"]}
    assert verdicts["safety_outside_home"] == "support"  # need 3, capacity 2
    assert verdicts["family_and_contact"] == "support"  # need 2, capacity 1
    assert verdicts["emotional_wellbeing"] == "met"
    assert (row["met_count"], row["support_count"], row["unmet_count"]) == (10, 2, 0)
    assert row["within_budget"] is True
    assert row["available_in_time"] is True
    assert row["distance_band"] == "under_5_miles"
    assert row["agency"]["name"] == "Brightpath"

    # A manager accepts: the referral closes as placed and the agency sees it.
    shortlisted = await worker.post(f"{API}/referrals/{draft['id']}/offers/{offer['id']}/shortlist")
    assert shortlisted.json()["offers"][0]["status"] == "shortlisted"
    accepted = await manager.post(
        f"{API}/referrals/{draft['id']}/offers/{offer['id']}/accept",
        json={"version": approved.json()["version"], "offer_version": offer["version"]},
    )
    assert accepted.status_code == 200, accepted.text
    assert (accepted.json()["status"], accepted.json()["outcome"]) == ("closed", "placed")
    assert accepted.json()["accepted_offer_id"] == offer["id"]
    assert accepted.json()["permissions"]["can_confirm_placement"] is True
    assert approved.json()["permissions"]["can_confirm_placement"] is False
    confirmed = await worker.post(
        f"{API}/referrals/{draft['id']}/placement",
        json={"version": accepted.json()["version"], "placement_start_on": "2027-01-20"},
    )
    assert confirmed.json()["placement_start_on"] == "2027-01-20"
    mine = (await agency.get(f"{PARTNER}/offers/{offer['id']}")).json()
    assert mine["status"] == "accepted"
    closed = (await agency.get(f"{PARTNER}/referrals/{share_id}")).json()
    assert (closed["status"], closed["closed_reason"]) == ("closed", "placed")
    saved = await db.scalar(select(Referral).where(Referral.id == draft["id"]))
    assert saved is not None
    assert saved.outcome == "placed"


async def test_accepting_one_offer_declines_the_others(
    db: AsyncSession, sign_in_as: SignIn, client: httpx.AsyncClient
) -> None:
    office = await council_with_child(db)
    referral, worker, manager = await approved_referral(db, sign_in_as, office)
    agency = await bearer_client(client, db, office.agency)
    share_id = referral["shares"][0]["id"]
    first = (
        await agency.post(
            f"{PARTNER}/referrals/{share_id}/offers", json=offer_body(), headers=key()
        )
    ).json()
    second = (
        await agency.post(
            f"{PARTNER}/referrals/{share_id}/offers",
            json=offer_body(household_reference="BP-H-0200", weekly_fee_pence=120_000),
            headers=key(),
        )
    ).json()
    declined = await worker.post(
        f"{API}/referrals/{referral['id']}/offers/{second['id']}/decline", json={"reason": ""}
    )
    assert declined.status_code == 422  # a reason is needed

    accepted = await manager.post(
        f"{API}/referrals/{referral['id']}/offers/{first['id']}/accept",
        json={"version": referral["version"], "offer_version": first["version"]},
    )

    assert accepted.status_code == 200, accepted.text
    other = (await agency.get(f"{PARTNER}/offers/{second['id']}")).json()
    assert other["status"] == "declined"
    assert other["decision"]["reason"]
    again = await agency.patch(
        f"{PARTNER}/offers/{second['id']}", json={"version": second["version"], "message": "x"}
    )
    assert again.status_code == 409


async def test_open_referrals_long_past_their_date_expire_overnight(
    db: AsyncSession, app: FastAPI
) -> None:
    council = await create_organisation(db)
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    overdue = await create_referral(
        db, council, status=ReferralStatus.open, needed_by=date(2026, 9, 1)
    )
    recent = await create_referral(
        db, council, status=ReferralStatus.open, needed_by=date(2026, 11, 1)
    )
    share = await share_referral(db, overdue, agency)

    expired, _ = await housekeeping(
        app.state.database, now=datetime(2026, 11, 23, 3, 17, tzinfo=UTC)
    )

    assert expired == 1
    for referral, outcome in ((overdue, "expired"), (recent, None)):
        saved = await db.scalar(
            select(Referral)
            .where(Referral.id == referral.id)
            .execution_options(populate_existing=True)
        )
        assert saved is not None
        assert saved.outcome == outcome
    mirrored = await db.scalar(
        select(ReferralShare.outcome)
        .where(ReferralShare.id == share.id)
        .execution_options(populate_existing=True)
    )
    assert mirrored == "expired"
