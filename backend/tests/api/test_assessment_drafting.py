"""Needs assessment drafts: starting, copying the latest approved, autosave and no lost
work when two people save at once."""

import asyncio

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from assessment_helpers import (
    API,
    LEVELS,
    LOWER,
    approved_assessment,
    domains_at,
    office_with_child,
    patch_assessment,
    start_assessment,
)
from conftest import SignIn
from kindred.models.assessment import Assessment
from kindred.models.audit import AuditEvent


async def test_a_new_draft_copies_the_latest_approved(sign_in_as: SignIn, db: AsyncSession) -> None:
    office = await office_with_child(db)
    worker = await sign_in_as(office.worker)
    manager = await sign_in_as(office.manager)
    approved = await approved_assessment(worker, manager, office.child, LEVELS)

    copy = await start_assessment(worker, office.child, from_latest_approved=True)
    second = await worker.post(
        f"{API}/children/{office.child.id}/assessments", json={"from_latest_approved": False}
    )

    assert copy["based_on_id"] == approved["id"]
    assert copy["status"] == "draft"
    assert {domain["key"]: domain["need_level"] for domain in copy["domains"]} == LEVELS
    assert [domain["evidence"] for domain in copy["domains"]] == [
        domain["evidence"] for domain in approved["domains"]
    ]
    assert copy["summary"] == "Settled at school."
    assert copy["previous_approved"]["id"] == approved["id"]
    assert copy["previous_approved"]["levels"] == LEVELS
    assert second.status_code == 409
    assert second.json()["existing_assessment_id"] == copy["id"]


async def test_copying_needs_an_approved_assessment(sign_in_as: SignIn, db: AsyncSession) -> None:
    office = await office_with_child(db)
    worker = await sign_in_as(office.worker)

    response = await worker.post(
        f"{API}/children/{office.child.id}/assessments", json={"from_latest_approved": True}
    )

    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "body.from_latest_approved"


async def test_autosave_changes_only_what_is_sent(sign_in_as: SignIn, db: AsyncSession) -> None:
    office = await office_with_child(db)
    worker = await sign_in_as(office.worker)
    draft = await start_assessment(worker, office.child)
    first = (
        await patch_assessment(worker, draft, summary="Kept", domains=domains_at(LEVELS))
    ).json()

    second = await patch_assessment(
        worker,
        first,
        domains={"physical_health": {"strength_level": "useful", "strength_notes": "Swims"}},
    )

    assert second.status_code == 200, second.text
    body = second.json()
    assert body["summary"] == "Kept"
    health = body["domains"][0]
    assert health == {
        "key": "physical_health",
        "name": health["name"],
        "need_level": 0,
        "evidence": "",
        "strength_level": "useful",
        "strength_notes": "Swims",
    }
    cleared = await patch_assessment(
        worker, body, domains={"physical_health": {"need_level": None}}
    )
    assert cleared.json()["domains"][0]["need_level"] is None
    assert cleared.json()["domains"][0]["strength_level"] == "useful"


async def test_invalid_changes_name_the_field(sign_in_as: SignIn, db: AsyncSession) -> None:
    office = await office_with_child(db)
    worker = await sign_in_as(office.worker)
    draft = await start_assessment(worker, office.child)

    unknown = await patch_assessment(worker, draft, domains={"cooking": {"need_level": 1}})
    too_high = await patch_assessment(worker, draft, domains={"physical_health": {"need_level": 5}})
    too_long = await patch_assessment(worker, draft, summary="x" * 20_001)
    bad_strength = await patch_assessment(
        worker, draft, domains={"physical_health": {"strength_level": "huge"}}
    )
    no_version = await worker.patch(f"{API}/assessments/{draft['id']}", json={"summary": "x"})
    nul = await patch_assessment(worker, draft, domains={"physical_health": {"evidence": "a\x00b"}})

    assert unknown.status_code == 422
    assert unknown.json()["errors"][0]["field"] == "body.domains.cooking"
    for response in (too_high, too_long, bad_strength, no_version, nul):
        assert response.status_code == 422, response.text
    current = (await worker.get(f"{API}/assessments/{draft['id']}")).json()
    assert current["version"] == draft["version"]


async def test_a_stale_save_returns_the_current_assessment(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    office = await office_with_child(db)
    worker = await sign_in_as(office.worker)
    colleague = await sign_in_as(office.colleague)
    draft = await start_assessment(worker, office.child)

    mine = await patch_assessment(
        worker, draft, summary="Mine", domains={"physical_health": {"need_level": 2}}
    )
    theirs = await patch_assessment(colleague, draft, summary="Theirs")

    assert mine.status_code == 200
    assert theirs.status_code == 409
    current = theirs.json()["current"]
    assert current["summary"] == "Mine"
    assert current["domains"][0]["need_level"] == 2
    assert current["version"] == mine.json()["version"]
    shown = await db.scalar(
        select(AuditEvent).where(
            AuditEvent.action == "read",
            AuditEvent.actor_user_id == office.colleague.id,
            AuditEvent.child_id == office.child.id,
        )
    )
    assert shown is not None  # the 409 showed them the record: an audited read
    retried = await patch_assessment(colleague, current, what_helps="Theirs, merged")
    assert retried.status_code == 200
    assert retried.json()["summary"] == "Mine"
    assert retried.json()["what_helps"] == "Theirs, merged"


async def test_two_concurrent_saves_never_both_win(sign_in_as: SignIn, db: AsyncSession) -> None:
    office = await office_with_child(db)
    worker = await sign_in_as(office.worker)
    colleague = await sign_in_as(office.colleague)
    assessment = await start_assessment(worker, office.child)

    for round_ in range(5):
        answers = await asyncio.gather(
            patch_assessment(
                worker, assessment, summary=f"worker {round_}", domains=domains_at(LEVELS)
            ),
            patch_assessment(
                colleague, assessment, summary=f"colleague {round_}", domains=domains_at(LOWER)
            ),
        )

        statuses = sorted(response.status_code for response in answers)
        assert statuses == [200, 409], [response.text for response in answers]
        winner = next(response for response in answers if response.status_code == 200).json()
        loser = next(response for response in answers if response.status_code == 409).json()
        assert loser["current"]["version"] == winner["version"]
        assert loser["current"]["summary"] == winner["summary"]
        stored = (await worker.get(f"{API}/assessments/{assessment['id']}")).json()
        assert stored["summary"] == winner["summary"]
        # The winner's domains are all there: never a mix of the two writers.
        assert stored["domains"] == winner["domains"]
        assessment = stored


async def test_two_concurrent_starts_make_one_draft(sign_in_as: SignIn, db: AsyncSession) -> None:
    office = await office_with_child(db)
    worker = await sign_in_as(office.worker)
    colleague = await sign_in_as(office.colleague)
    path = f"{API}/children/{office.child.id}/assessments"

    answers = await asyncio.gather(worker.post(path, json={}), colleague.post(path, json={}))

    assert sorted(response.status_code for response in answers) == [201, 409]
    created = next(response for response in answers if response.status_code == 201).json()
    refused = next(response for response in answers if response.status_code == 409).json()
    assert refused["existing_assessment_id"] == created["id"]
    count = await db.scalar(
        select(func.count()).select_from(Assessment).where(Assessment.child_id == office.child.id)
    )
    assert count == 1
