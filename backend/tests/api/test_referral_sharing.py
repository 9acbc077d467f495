"""What an agency receives: a minimised, frozen snapshot, shared and withdrawn by the council."""

from datetime import UTC, date, datetime

import httpx
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from kindred.domain.people import age_in_years
from kindred.models.about_me import AboutMeVersion
from kindred.models.assessment import AssessmentDomain
from kindred.models.child import Child
from partner_helpers import PARTNER, bearer_client, key, offer_body
from referral_helpers import (
    API,
    Council,
    approved_referral,
    council_with_child,
    draft_referral,
)


async def test_the_snapshot_is_minimised_field_by_field_and_frozen(
    db: AsyncSession, sign_in_as: SignIn, client: httpx.AsyncClient
) -> None:
    office = await council_with_child(
        db,
        given_name="Zephyrine",
        family_name="Quillfeather",
        preferred_name="Zeph",
        date_of_birth=date(2012, 3, 9),
        local_child_id="LCX-778899",
        upn="A12345678901B",
        legal_status="C2",
        ethnicity="WBRI",
    )
    await db.execute(
        update(AssessmentDomain).values(evidence="EVIDENCE-NOTE-ZQX", strength_notes="Kind.")
    )
    await db.commit()
    referral, _, _ = await approved_referral(db, sign_in_as, office)
    agency = await bearer_client(client, db, office.agency)

    listed = (await agency.get(f"{PARTNER}/referrals")).json()["items"]
    assert len(listed) == 1
    shared = (await agency.get(f"{PARTNER}/referrals/{listed[0]['id']}")).json()

    assert set(shared) == {
        "id",
        "reference",
        "purpose",
        "needed_by",
        "age_years",
        "care_context",
        "siblings",
        "location",
        "framework_version",
        "needs_summary",
        "needs",
        "what_helps",
        "young_person_words",
        "budget_weekly_pence",
        "contact_arrangements",
        "taken_at",
        "status",
        "closed_reason",
        "shared_at",
        "updated_at",
    }
    assert set(shared["location"]) == {"local_authority", "max_distance", "preferences"}
    assert set(shared["needs"][0]) == {
        "domain_key",
        "domain_name",
        "need_level",
        "need_label",
        "needs_text",
        "strength_level",
        "strength_notes",
    }
    text = str(shared)
    for secret in (
        "Zephyrine",
        "Quillfeather",
        "Zeph",
        "2012-03-09",
        "2012",
        "LCX-778899",
        "A12345678901B",
        "LS1",
        "4AB",
        "EVIDENCE-NOTE-ZQX",
        "C2",
        "WBRI",
        str(office.child.id),
        str(referral["id"]),
    ):
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
    office = await council_with_child(db)
    referral, worker, _ = await approved_referral(db, sign_in_as, office)
    agency = await bearer_client(client, db, office.agency)

    preview = (await worker.get(f"{API}/referrals/{referral['id']}/preview")).json()
    shared = (await agency.get(f"{PARTNER}/referrals")).json()["items"][0]

    assert preview == {k: v for k, v in shared.items() if k in preview}


async def test_withdrawing_a_share_makes_it_disappear_for_the_agency(
    db: AsyncSession, sign_in_as: SignIn, client: httpx.AsyncClient
) -> None:
    office = await council_with_child(db)
    referral, _, manager = await approved_referral(db, sign_in_as, office)
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
    office = await council_with_child(db)
    await _about_me(db, office, 1, {"important_people": False})
    worker = await sign_in_as(office.worker)
    manager = await sign_in_as(office.manager)
    draft = await draft_referral(worker, office.child)
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
    office = await council_with_child(db)
    referral, worker, _ = await approved_referral(db, sign_in_as, office)
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
