"""A practitioner drafts a referral from the approved assessment; a manager approves it."""

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import (
    create_child,
)
from kindred.frameworks.loader import load_default_framework
from kindred.models.assessment import AssessmentDomain
from referral_helpers import (
    API,
    LEVELS,
    council_with_child,
    draft_referral,
)


async def test_a_draft_copies_the_approved_needs_but_never_the_evidence(
    db: AsyncSession, sign_in_as: SignIn
) -> None:
    office = await council_with_child(db)
    await db.execute(update(AssessmentDomain).values(evidence="EVIDENCE-NOTE-ZQX"))
    await db.commit()
    worker = await sign_in_as(office.worker)

    draft = await draft_referral(worker, office.child)

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
    second = await draft_referral(worker, office.child)
    assert second["reference"] == "NS-R-0002"


async def test_no_approved_assessment_is_a_409(db: AsyncSession, sign_in_as: SignIn) -> None:
    office = await council_with_child(db)
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
    office = await council_with_child(db)
    worker = await sign_in_as(office.worker)
    draft = await draft_referral(worker, office.child)
    path = f"{API}/referrals/{draft['id']}"

    first = await worker.patch(
        path,
        json={
            "version": draft["version"],
            "siblings": 1,
            "needs": {"physical_health": {"needs_text": "Asthma, well managed."}},
        },
    )
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
    office = await council_with_child(db)
    manager = await sign_in_as(office.manager)
    draft = await draft_referral(manager, office.child)
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
    office = await council_with_child(db)
    worker = await sign_in_as(office.worker)
    manager = await sign_in_as(office.manager)
    draft = await draft_referral(worker, office.child, needed_by=None)
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
