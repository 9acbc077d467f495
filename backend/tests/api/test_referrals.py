"""Referrals on the council's side, and the whole journey: practitioner drafts → manager approves
and shares → the agency (API) offers a household → the council compares and accepts."""

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import (
    create_assessment,
    create_child,
    create_organisation,
    create_team,
    create_user,
)
from kindred.domain.people import age_in_years
from kindred.frameworks.loader import load_default_framework
from kindred.geography.postcodes import postcode_directory
from kindred.models.about_me import AboutMeVersion
from kindred.models.assessment import AssessmentDomain, AssessmentStatus
from kindred.models.child import Child
from kindred.models.organisation import Organisation, OrganisationKind, Team
from kindred.models.referral import Referral, ReferralShare, ReferralStatus
from kindred.models.user import Role, User
from kindred.modules.jobs.worker import housekeeping
from partner_helpers import PARTNER, bearer_client, key, offer_body
from referral_factories import create_referral, share_referral

API = "/api/v1"
KEYS = load_default_framework().domain_keys
LEVELS = dict(zip(KEYS, [0, 1, 2, 3, 4, 1, 2, 0, 3, 1, 2, 1], strict=True))
LEEDS = postcode_directory().locate("LS1 4AB")


@dataclass
class Council:
    council: Organisation
    worker: User
    manager: User
    child: Child
    agency: Organisation
    team: Team


async def _council(db: AsyncSession, **child: Any) -> Council:
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
        db, council, kid, created_by=worker, status=AssessmentStatus.approved, levels=LEVELS,
        approved_at=datetime.now(UTC), what_helps="Music and a quiet room.",
    )  # fmt: skip
    agency = await create_organisation(db, kind=OrganisationKind.agency, name="Brightpath")
    return Council(council, worker, manager, kid, agency, team)


async def _draft(http: httpx.AsyncClient, child: Child, **fields: Any) -> dict[str, Any]:
    body = {"purpose": "long_term", "needed_by": "2027-01-31", "budget_weekly_pence": 95_000,
            "max_distance": "within_50_miles", **fields}  # fmt: skip
    response = await http.post(f"{API}/children/{child.id}/referrals", json=body)
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


async def _approved(
    db: AsyncSession, sign_in_as: SignIn, office: Council
) -> tuple[dict[str, Any], httpx.AsyncClient, httpx.AsyncClient]:
    worker = await sign_in_as(office.worker)
    manager = await sign_in_as(office.manager)
    draft = await _draft(worker, office.child)
    submitted = await worker.post(
        f"{API}/referrals/{draft['id']}/submit", json={"version": draft["version"]}
    )
    assert submitted.status_code == 200, submitted.text
    approved = await manager.post(
        f"{API}/referrals/{draft['id']}/approve",
        json={"version": submitted.json()["version"], "agency_ids": [str(office.agency.id)]},
    )
    assert approved.status_code == 200, approved.text
    return approved.json(), worker, manager


async def test_a_draft_copies_the_approved_needs_but_never_the_evidence(
    db: AsyncSession, sign_in_as: SignIn
) -> None:
    office = await _council(db)
    await db.execute(update(AssessmentDomain).values(evidence="EVIDENCE-NOTE-ZQX"))
    await db.commit()
    worker = await sign_in_as(office.worker)

    draft = await _draft(worker, office.child)

    assert draft["status"] == "draft"
    assert draft["reference"] == "NS-R-0001"
    assert {n["domain_key"]: n["need_level"] for n in draft["needs"]} == LEVELS
    assert "EVIDENCE-NOTE-ZQX" not in str(draft)
    framework = load_default_framework()
    first = draft["needs"][4]
    assert first["needs_text"] == framework.domain(first["domain_key"]).level(4).descriptor
    assert draft["what_helps"] == "Music and a quiet room."
    assert draft["permissions"]["can_edit"]
    assert not draft["permissions"]["can_approve"]
    second = await _draft(worker, office.child)
    assert second["reference"] == "NS-R-0002"


async def test_no_approved_assessment_is_a_409(db: AsyncSession, sign_in_as: SignIn) -> None:
    office = await _council(db)
    other = await create_child(db, office.council, office.team)
    worker = await sign_in_as(office.worker)

    response = await worker.post(
        f"{API}/children/{other.id}/referrals", json={"purpose": "emergency"}
    )

    assert response.status_code == 409
    assert response.json()["type"].endswith("/no-approved-assessment")


async def test_edits_are_versioned_and_a_stale_one_is_a_409_with_current(
    db: AsyncSession, sign_in_as: SignIn
) -> None:
    office = await _council(db)
    worker = await sign_in_as(office.worker)
    draft = await _draft(worker, office.child)
    path = f"{API}/referrals/{draft['id']}"

    first = await worker.patch(
        path,
        json={"version": draft["version"], "siblings": 1,
              "needs": {"physical_health": {"needs_text": "Asthma, well managed."}}},
    )  # fmt: skip
    stale = await worker.patch(path, json={"version": draft["version"], "siblings": 2})

    assert first.status_code == 200, first.text
    assert first.json()["siblings"] == 1
    assert first.json()["needs"][0]["needs_text"] == "Asthma, well managed."
    assert stale.status_code == 409
    assert stale.json()["current"]["siblings"] == 1
    unknown = await worker.patch(
        path, json={"version": first.json()["version"], "needs": {"nope": {"needs_text": "x"}}}
    )
    assert unknown.status_code == 422
    assert unknown.json()["errors"][0]["field"] == "body.needs.nope"


async def test_a_manager_never_approves_their_own_referral(
    db: AsyncSession, sign_in_as: SignIn
) -> None:
    office = await _council(db)
    manager = await sign_in_as(office.manager)
    draft = await _draft(manager, office.child)
    submitted = await manager.post(
        f"{API}/referrals/{draft['id']}/submit", json={"version": draft["version"]}
    )

    refused = await manager.post(
        f"{API}/referrals/{draft['id']}/approve",
        json={"version": submitted.json()["version"], "agency_ids": [str(office.agency.id)]},
    )

    assert refused.status_code == 403
    assert submitted.json()["permissions"]["can_approve"] is False


async def test_approval_needs_real_agencies_and_a_needed_by_date(
    db: AsyncSession, sign_in_as: SignIn
) -> None:
    office = await _council(db)
    worker = await sign_in_as(office.worker)
    manager = await sign_in_as(office.manager)
    draft = await _draft(worker, office.child, needed_by=None)
    no_date = await worker.post(
        f"{API}/referrals/{draft['id']}/submit", json={"version": draft["version"]}
    )
    assert no_date.status_code == 422
    dated = await worker.patch(
        f"{API}/referrals/{draft['id']}",
        json={"version": draft["version"], "needed_by": "2027-02-01"},
    )
    submitted = await worker.post(
        f"{API}/referrals/{draft['id']}/submit", json={"version": dated.json()["version"]}
    )

    not_an_agency = await manager.post(
        f"{API}/referrals/{draft['id']}/approve",
        json={"version": submitted.json()["version"], "agency_ids": [str(office.council.id)]},
    )

    assert not_an_agency.status_code == 422
    assert not_an_agency.json()["errors"][0]["field"] == "body.agency_ids.0"


async def test_the_snapshot_is_minimised_field_by_field_and_frozen(
    db: AsyncSession, sign_in_as: SignIn, client: httpx.AsyncClient
) -> None:
    office = await _council(
        db, given_name="Zephyrine", family_name="Quillfeather", preferred_name="Zeph",
        date_of_birth=date(2012, 3, 9), local_child_id="LCX-778899", upn="A12345678901B",
        legal_status="C2", ethnicity="WBRI",
    )  # fmt: skip
    await db.execute(
        update(AssessmentDomain).values(evidence="EVIDENCE-NOTE-ZQX", strength_notes="Kind.")
    )
    await db.commit()
    referral, _, _ = await _approved(db, sign_in_as, office)
    agency = await bearer_client(client, db, office.agency)

    listed = (await agency.get(f"{PARTNER}/referrals")).json()["items"]
    assert len(listed) == 1
    shared = (await agency.get(f"{PARTNER}/referrals/{listed[0]['id']}")).json()

    assert set(shared) == {
        "id", "reference", "purpose", "needed_by", "age_years", "care_context", "siblings",
        "location", "framework_version", "needs_summary", "needs", "what_helps",
        "young_person_words", "budget_weekly_pence", "contact_arrangements", "taken_at",
        "status", "closed_reason", "shared_at", "updated_at",
    }  # fmt: skip
    assert set(shared["location"]) == {"local_authority", "max_distance", "preferences"}
    assert set(shared["needs"][0]) == {
        "domain_key", "domain_name", "need_level", "need_label", "needs_text",
        "strength_level", "strength_notes",
    }  # fmt: skip
    text = str(shared)
    for secret in ("Zephyrine", "Quillfeather", "Zeph", "2012-03-09", "2012", "LCX-778899",
                   "A12345678901B", "LS1", "4AB", "EVIDENCE-NOTE-ZQX", "C2", "WBRI",
                   str(office.child.id), str(referral["id"])):  # fmt: skip
        assert secret not in text, secret
    assert shared["reference"] == referral["reference"]
    assert shared["age_years"] == age_in_years(date(2012, 3, 9), datetime.now(UTC).date())
    assert shared["care_context"] == "in care"
    assert shared["location"]["local_authority"] == "Northshire County Council"
    assert shared["budget_weekly_pence"] == 95_000

    # Later edits to the child never reach the snapshot.
    await db.execute(
        update(Child).values(date_of_birth=date(2015, 1, 1), care_status="care_leaver")
    )
    await db.commit()
    again = (await agency.get(f"{PARTNER}/referrals/{listed[0]['id']}")).json()
    assert again["age_years"] == shared["age_years"]
    assert again["care_context"] == "in care"


async def test_the_preview_is_exactly_what_agencies_see(
    db: AsyncSession, sign_in_as: SignIn, client: httpx.AsyncClient
) -> None:
    office = await _council(db)
    referral, worker, _ = await _approved(db, sign_in_as, office)
    agency = await bearer_client(client, db, office.agency)

    preview = (await worker.get(f"{API}/referrals/{referral['id']}/preview")).json()
    shared = (await agency.get(f"{PARTNER}/referrals")).json()["items"][0]

    assert preview == {k: v for k, v in shared.items() if k in preview}


async def test_withdrawing_a_share_makes_it_disappear_for_the_agency(
    db: AsyncSession, sign_in_as: SignIn, client: httpx.AsyncClient
) -> None:
    office = await _council(db)
    referral, _, manager = await _approved(db, sign_in_as, office)
    agency = await bearer_client(client, db, office.agency)
    share_id = referral["shares"][0]["id"]
    assert (await agency.get(f"{PARTNER}/referrals/{share_id}")).status_code == 200

    withdrawn = await manager.post(
        f"{API}/referrals/{referral['id']}/shares/{share_id}/withdraw",
        json={"reason": "Placed in-house."},
    )

    assert withdrawn.status_code == 200, withdrawn.text
    assert withdrawn.json()["shares"][0]["withdrawn_at"] is not None
    assert (await agency.get(f"{PARTNER}/referrals/{share_id}")).status_code == 404
    assert (await agency.get(f"{PARTNER}/referrals")).json()["items"] == []
    offer = await agency.post(
        f"{PARTNER}/referrals/{share_id}/offers", json=offer_body(), headers=key()
    )
    assert offer.status_code == 404


async def test_practitioner_drafts_manager_shares_agency_offers_council_accepts(
    db: AsyncSession, sign_in_as: SignIn, client: httpx.AsyncClient
) -> None:
    office = await _council(db)
    worker = await sign_in_as(office.worker)
    manager = await sign_in_as(office.manager)
    agency = await bearer_client(client, db, office.agency)

    # The practitioner drafts and submits; the manager approves and shares.
    draft = await _draft(worker, office.child, contact_arrangements="Weekly, supervised.")
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
    office = await _council(db)
    referral, worker, manager = await _approved(db, sign_in_as, office)
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


async def _about_me(db: AsyncSession, office: Council, number: int, share: dict[str, bool]) -> None:
    db.add(
        AboutMeVersion(
            tenant_id=office.council.id,
            child_id=office.child.id,
            number=number,
            author_user_id=office.worker.id,
            framework_version="1.0.0",
            sections={
                "good_at": "Drawing dragons and fixing bikes.",
                "helps_when_hard": "Music in my headphones.",
                "important_people": "My nan Margaret.",
            },
            self_ratings={},
            share=share,
        )
    )
    await db.commit()


async def test_only_the_young_persons_consented_words_are_shared_as_written(
    db: AsyncSession, sign_in_as: SignIn, client: httpx.AsyncClient
) -> None:
    office = await _council(db)
    await _about_me(db, office, 1, {"important_people": False})
    worker = await sign_in_as(office.worker)
    manager = await sign_in_as(office.manager)
    draft = await _draft(worker, office.child)
    offered = {entry["section"]: entry["included"] for entry in draft["young_person_words"]}
    assert offered == {"good_at": True, "helps_when_hard": True}

    # The practitioner leaves one out; the young person then says no to another.
    kept = await worker.patch(
        f"{API}/referrals/{draft['id']}",
        json={"version": draft["version"], "young_person_sections": ["good_at", "helps_when_hard"]},
    )
    refused = await worker.patch(
        f"{API}/referrals/{draft['id']}",
        json={"version": kept.json()["version"], "young_person_sections": ["important_people"]},
    )
    assert refused.status_code == 422
    await _about_me(db, office, 2, {"important_people": False, "good_at": False})
    submitted = await worker.post(
        f"{API}/referrals/{draft['id']}/submit", json={"version": kept.json()["version"]}
    )
    await manager.post(
        f"{API}/referrals/{draft['id']}/approve",
        json={"version": submitted.json()["version"], "agency_ids": [str(office.agency.id)]},
    )
    agency = await bearer_client(client, db, office.agency)

    shared = (await agency.get(f"{PARTNER}/referrals")).json()["items"][0]

    assert shared["young_person_words"] == [
        {
            "section": "helps_when_hard",
            "heading": "What helps when things are hard",
            "text": "Music in my headphones.",
        }
    ]
    assert "Margaret" not in str(shared)
    assert "dragons" not in str(shared)


async def test_withdrawing_a_referral_closes_it_for_agencies_and_they_are_seen_reading(
    db: AsyncSession, sign_in_as: SignIn, client: httpx.AsyncClient
) -> None:
    office = await _council(db)
    referral, worker, _ = await _approved(db, sign_in_as, office)
    agency = await bearer_client(client, db, office.agency)
    share_id = referral["shares"][0]["id"]
    await agency.get(f"{PARTNER}/referrals/{share_id}")
    seen = (await worker.get(f"{API}/referrals/{referral['id']}")).json()
    assert seen["shares"][0]["views"] == 1
    assert seen["shares"][0]["last_viewed_at"] is not None

    closed = await worker.post(
        f"{API}/referrals/{referral['id']}/close",
        json={"version": seen["version"], "reason": "Family arrangement found."},
    )

    assert closed.status_code == 200, closed.text
    assert (closed.json()["status"], closed.json()["outcome"]) == ("closed", "withdrawn")
    shared = (await agency.get(f"{PARTNER}/referrals/{share_id}")).json()
    assert (shared["status"], shared["closed_reason"]) == ("closed", "withdrawn")
    late = await agency.post(
        f"{PARTNER}/referrals/{share_id}/offers", json=offer_body(), headers=key()
    )
    assert late.status_code == 409
    assert late.json()["type"].endswith("/referral-closed")


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
