"""Identifying details typed into a referral never reach agencies: submit and approval refuse
them field by field, quoting the words, and nothing typed is lost."""

from datetime import UTC, datetime
from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import create_about_me
from kindred.domain.identifying_details import HeldPerson, find_identifying_details
from kindred.models.child import Child
from kindred.models.referral import Referral, ReferralStatus
from kindred.modules.referrals.privacy_check import snapshot_texts
from kindred.modules.referrals.snapshot import ReferralSnapshot
from kindred.seed.demo import load_demo
from partner_helpers import PARTNER, demo_agency_headers
from referral_factories import create_referral
from referral_helpers import API, Council, council_with_child, draft_referral, submitted_referral

RUBY = {"given_name": "Ruby", "family_name": "Murphy", "preferred_name": None}
IDENTIFYING = {
    "location_preferences": "Near Ruby Murphy's school, Oakfield Academy, 12 Elm Road NS1 4AB",
    "what_helps": "Ruby (born 3/4/2012) calms with music; mum on 07700 900123.",
    "contact_arrangements": "Weekly with mum at 4 Cedar Close; e-mail mum@example.com.",
    "needs": {"physical_health": {"needs_text": "NHS number 943 476 5919, asthma."}},
}
EXPECTED_QUOTES = {
    "body.location_preferences": ["Ruby Murphy's", "Oakfield Academy", "12 Elm Road", "NS1 4AB"],
    "body.what_helps": ["Ruby", "3/4/2012", "07700 900123"],
    "body.contact_arrangements": ["4 Cedar Close", "mum@example.com"],
    "body.needs.physical_health.needs_text": ["943 476 5919"],
}


async def _patched(worker: httpx.AsyncClient, draft: dict[str, Any], **fields: Any) -> Any:
    response = await worker.patch(
        f"{API}/referrals/{draft['id']}", json={"version": draft["version"], **fields}
    )
    assert response.status_code == 200, response.text
    return response.json()


def _quotes(problem: dict[str, Any]) -> dict[str, list[str]]:
    quotes: dict[str, list[str]] = {}
    for detail in problem["identifying_details"]:
        quotes.setdefault(f"body.{detail['field']}", []).append(detail["words"])
    return quotes


async def test_submit_is_refused_field_by_field_with_the_words_quoted_and_nothing_lost(
    db: AsyncSession, sign_in_as: SignIn
) -> None:
    office = await council_with_child(db, **RUBY)
    worker = await sign_in_as(office.worker)
    draft = await _patched(worker, await draft_referral(worker, office.child), **IDENTIFYING)
    assert {f"body.{d['field']}" for d in draft["identifying_details"]} == set(EXPECTED_QUOTES)

    refused = await worker.post(
        f"{API}/referrals/{draft['id']}/submit", json={"version": draft["version"]}
    )

    assert refused.status_code == 422
    problem = refused.json()
    assert problem["type"].endswith("/validation-error")
    assert _quotes(problem) == EXPECTED_QUOTES
    for error in problem["errors"]:
        assert any(f"“{words}”" in error["message"] for words in EXPECTED_QUOTES[error["field"]])
    assert {error["field"] for error in problem["errors"]} == set(EXPECTED_QUOTES)
    kept = (await worker.get(f"{API}/referrals/{draft['id']}")).json()
    assert kept["status"] == "draft"
    assert kept["location_preferences"] == IDENTIFYING["location_preferences"]
    assert kept["what_helps"] == IDENTIFYING["what_helps"]

    cleaned = await _patched(
        worker,
        kept,
        location_preferences="Within reach of the north of the county, for school.",
        what_helps="Music and a quiet room.",
        contact_arrangements="Weekly family time with their mother.",
        needs={"physical_health": {"needs_text": "Asthma, well managed."}},
    )
    assert cleaned["identifying_details"] == []
    submitted = await worker.post(
        f"{API}/referrals/{draft['id']}/submit", json={"version": cleaned["version"]}
    )
    assert submitted.status_code == 200, submitted.text


async def _words_with_a_name(db: AsyncSession, office: Council, number: int) -> None:
    await create_about_me(
        db,
        office.child,
        author=office.worker,
        number=number,
        sections={
            "good_at": "Drawing dragons.",
            "helps_when_hard": "Talking to my mum Ruby Murphy on Sundays.",
        },
    )


async def test_the_young_persons_words_are_never_edited_but_can_be_left_out(
    db: AsyncSession, sign_in_as: SignIn
) -> None:
    office = await council_with_child(db, **RUBY)
    await _words_with_a_name(db, office, 1)
    worker = await sign_in_as(office.worker)
    draft = await draft_referral(worker, office.child)

    refused = await worker.post(
        f"{API}/referrals/{draft['id']}/submit", json={"version": draft["version"]}
    )

    assert refused.status_code == 422
    [error] = refused.json()["errors"]
    assert error["field"] == "body.young_person_words.helps_when_hard"
    assert "“Ruby Murphy”" in error["message"]
    assert "go back to the young person" in error["message"]
    assert "leave this section out" in error["message"]
    [detail] = refused.json()["identifying_details"]
    assert detail["young_persons_words"] is True
    left_out = await _patched(worker, draft, young_person_sections=["good_at"])
    submitted = await worker.post(
        f"{API}/referrals/{draft['id']}/submit", json={"version": left_out["version"]}
    )
    assert submitted.status_code == 200, submitted.text


async def test_approval_scans_again_what_agencies_would_receive(
    db: AsyncSession, sign_in_as: SignIn
) -> None:
    office = await council_with_child(db, **RUBY)
    submitted, _, manager = await submitted_referral(sign_in_as, office)
    # The young person adds words after submission; the words are read afresh at approval.
    await _words_with_a_name(db, office, 1)
    awaiting = (await manager.get(f"{API}/referrals/{submitted['id']}")).json()
    assert [d["words"] for d in awaiting["identifying_details"]] == ["Ruby Murphy"]

    refused = await manager.post(
        f"{API}/referrals/{submitted['id']}/approve",
        json={"version": submitted["version"], "agency_ids": [str(office.agency.id)]},
    )

    assert refused.status_code == 422
    assert "“Ruby Murphy”" in refused.json()["detail"]
    after = (await manager.get(f"{API}/referrals/{submitted['id']}")).json()
    assert after["status"] == "awaiting_approval"
    assert after["shares"] == []


async def test_a_snapshot_frozen_before_the_check_is_checked_before_any_further_share(
    db: AsyncSession, sign_in_as: SignIn
) -> None:
    office = await council_with_child(db, **RUBY)
    referral = await create_referral(
        db,
        office.council,
        office.child,
        created_by=office.worker,
        status=ReferralStatus.open,
        what_helps="Ruby likes music.",
    )
    manager = await sign_in_as(office.manager)
    read = (await manager.get(f"{API}/referrals/{referral.id}")).json()
    assert [(d["field"], d["words"]) for d in read["identifying_details"]] == [
        ("what_helps", "Ruby")
    ]

    refused = await manager.post(
        f"{API}/referrals/{referral.id}/shares", json={"agency_ids": [str(office.agency.id)]}
    )

    assert refused.status_code == 422
    assert refused.json()["errors"][0]["field"] == "body.what_helps"
    assert (await manager.get(f"{API}/referrals/{referral.id}")).json()["shares"] == []


async def test_no_shared_demo_referral_shows_agencies_anything_identifying(
    db: AsyncSession, client: httpx.AsyncClient
) -> None:
    await load_demo(db, today=datetime.now(UTC).date())
    await db.commit()
    headers = await demo_agency_headers(client)
    rows = await db.execute(
        select(Referral.reference, Child).join(Child, Child.id == Referral.child_id)
    )
    children: dict[str, Child] = dict(rows.all())

    shared = (await client.get(f"{PARTNER}/referrals", headers=headers)).json()["items"]

    assert shared
    for item in shared:
        child = children[item["reference"]]
        person = HeldPerson(child.given_name, child.family_name, child.preferred_name)
        texts = snapshot_texts(ReferralSnapshot.model_validate(item))
        assert find_identifying_details(texts, [person]) == ()
        seen = str(item).lower()
        born = child.date_of_birth
        for detail in (
            child.given_name,
            child.family_name,
            child.home_postcode,
            born.isoformat(),
            born.strftime("%d/%m/%Y"),
            child.upn,
        ):
            assert not detail or detail.lower() not in seen
