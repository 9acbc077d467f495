"""Needs assessments from submission to decision: who may approve or return, approved
records never change, and pinned framework versions keep their scores."""

import asyncio
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from assessment_helpers import (
    API,
    KEYS,
    LEVELS,
    LOWER,
    approved_assessment,
    domains_at,
    office_with_child,
    patch_assessment,
    start_assessment,
    submitted_assessment,
    take_step,
)
from conftest import SignIn
from factories import create_framework_version, create_user
from kindred.domain.scoring import weighted_needs_score
from kindred.frameworks.loader import load_default_framework
from kindred.models.assessment import Assessment
from kindred.models.audit import AuditEvent
from kindred.models.user import Role


async def test_draft_submitted_approved_updates_the_child(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    office = await office_with_child(db)
    worker = await sign_in_as(office.worker)
    manager = await sign_in_as(office.manager)

    draft = await start_assessment(worker, office.child)
    assert draft["status"] == "draft"
    assert draft["framework_version"] == "1.0.0"
    assert [domain["key"] for domain in draft["domains"]] == list(KEYS)
    assert {domain["need_level"] for domain in draft["domains"]} == {None}
    assert draft["preview"] is None
    assert draft["permissions"] == {
        "can_edit": True,
        "can_submit": True,
        "can_approve": False,
        "can_return": False,
    }
    filled = await patch_assessment(
        worker, draft, summary="Settled at school.", aspirations="Vet", domains=domains_at(LEVELS)
    )
    assert filled.status_code == 200, filled.text
    assert filled.json()["version"] == draft["version"] + 1
    expected = Decimal(
        str(weighted_needs_score(LEVELS, load_default_framework().weights_by_domain))
    )
    assert Decimal(filled.json()["preview"]["score"]) == expected
    submitted = await take_step(worker, filled.json(), "submit")
    assert submitted.status_code == 200, submitted.text
    assert submitted.json()["status"] == "submitted"
    assert submitted.json()["submitted_by"]["id"] == str(office.worker.id)
    manager_view = (await manager.get(f"{API}/assessments/{draft['id']}")).json()
    assert manager_view["permissions"]["can_approve"] is True

    approved = await take_step(manager, submitted.json(), "approve")

    assert approved.status_code == 200, approved.text
    body = approved.json()
    assert body["status"] == "approved"
    assert Decimal(body["score"]) == expected
    assert body["actionable_count"] == sum(1 for level in LEVELS.values() if level >= 2)
    assert body["highest_level"] == 4
    assert body["highest_domains"] == ["communication_and_disability"]
    assert body["assessed_on"] == datetime.now(UTC).date().isoformat()
    assert body["decided_by"]["id"] == str(office.manager.id)
    assert body["preview"] is None
    child = (await worker.get(f"{API}/children/{office.child.id}")).json()
    assert Decimal(child["latest_score"]) == expected
    assert child["previous_score"] is None
    assert child["latest_actionable"] == body["actionable_count"]
    assert child["latest_assessment_id"] == body["id"]
    assert child["last_assessed_on"] == body["assessed_on"]
    actions = set(
        await db.scalars(select(AuditEvent.action).where(AuditEvent.child_id == office.child.id))
    )
    assert {"create", "update", "submit", "approve", "read"} <= actions


async def test_returned_assessment_is_changed_and_resubmitted(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    office = await office_with_child(db)
    worker = await sign_in_as(office.worker)
    manager = await sign_in_as(office.manager)
    submitted = await submitted_assessment(worker, office.child)

    no_comment = await take_step(manager, submitted, "return")
    blank = await manager.post(
        f"{API}/assessments/{submitted['id']}/return",
        json={"version": submitted["version"], "comment": "   "},
    )
    returned = await manager.post(
        f"{API}/assessments/{submitted['id']}/return",
        json={"version": submitted["version"], "comment": "Add evidence from school."},
    )

    assert no_comment.status_code == 422
    assert blank.status_code == 422
    assert returned.status_code == 200, returned.text
    assert returned.json()["status"] == "returned"
    assert returned.json()["return_comment"] == "Add evidence from school."
    changed = await patch_assessment(worker, returned.json(), what_helps="A calm start to the day.")
    assert changed.status_code == 200, changed.text
    resubmitted = await take_step(worker, changed.json(), "submit")
    assert resubmitted.status_code == 200, resubmitted.text
    assert resubmitted.json()["status"] == "submitted"
    approved = await take_step(manager, resubmitted.json(), "approve")
    assert approved.status_code == 200
    assert approved.json()["what_helps"] == "A calm start to the day."


async def test_nobody_approves_what_they_wrote_or_submitted(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    office = await office_with_child(db)
    third = await create_user(db, office.council, role=Role.manager, teams=[office.team])
    manager = await sign_in_as(office.manager)
    deputy = await sign_in_as(office.deputy)
    worker = await sign_in_as(office.worker)
    # The manager writes it; the deputy submits it: neither may approve it.
    draft = await start_assessment(manager, office.child)
    filled = (await patch_assessment(manager, draft, domains=domains_at(LEVELS))).json()
    submitted = (await take_step(deputy, filled, "submit")).json()

    by_writer = await take_step(manager, submitted, "approve")
    by_submitter = await take_step(deputy, submitted, "approve")
    by_practitioner = await take_step(worker, submitted, "approve")
    practitioner_returns = await worker.post(
        f"{API}/assessments/{submitted['id']}/return",
        json={"version": submitted["version"], "comment": "No"},
    )

    assert by_writer.status_code == 403
    assert by_writer.json()["detail"].startswith(
        "You cannot approve an assessment you wrote or submitted"
    )
    assert by_submitter.status_code == 403
    assert by_practitioner.status_code == 403
    assert practitioner_returns.status_code == 403
    assert (await manager.get(f"{API}/assessments/{draft['id']}")).json()["permissions"][
        "can_approve"
    ] is False
    still = await db.scalar(select(Assessment.status).where(Assessment.id == draft["id"]))
    assert still == "submitted"
    approved = await take_step(await sign_in_as(third), submitted, "approve")
    assert approved.status_code == 200


async def test_approved_assessments_never_change(sign_in_as: SignIn, db: AsyncSession) -> None:
    office = await office_with_child(db)
    worker = await sign_in_as(office.worker)
    manager = await sign_in_as(office.manager)
    approved = await approved_assessment(worker, manager, office.child, LEVELS)

    changed = await patch_assessment(worker, approved, summary="Rewritten")
    resubmitted = await take_step(worker, approved, "submit")
    reapproved = await take_step(manager, approved, "approve")

    assert changed.status_code == 409
    assert changed.json()["detail"] == (
        "Approved assessments cannot be changed; start a new one from it."
    )
    assert changed.json()["current"]["summary"] == "Settled at school."
    assert resubmitted.status_code == 409
    assert reapproved.status_code == 409
    assert (await worker.get(f"{API}/assessments/{approved['id']}")).json() == approved | {
        "permissions": approved["permissions"] | {"can_approve": False}
    }


async def test_a_submitted_assessment_waits_for_the_decision(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    office = await office_with_child(db)
    worker = await sign_in_as(office.worker)
    submitted = await submitted_assessment(worker, office.child)

    changed = await patch_assessment(worker, submitted, summary="One more thing")

    assert changed.status_code == 409
    assert changed.json()["current"]["status"] == "submitted"


async def test_submitting_needs_every_level_and_evidence_for_high_needs(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    office = await office_with_child(db)
    worker = await sign_in_as(office.worker)
    draft = await start_assessment(worker, office.child)
    partial = {key: level for key, level in LEVELS.items() if key != "physical_health"}
    filled = (
        await patch_assessment(worker, draft, domains=domains_at(partial, evidence=False))
    ).json()

    response = await take_step(worker, filled, "submit")

    assert response.status_code == 422
    fields = {error["field"] for error in response.json()["errors"]}
    assert fields == {
        "body.domains.physical_health.need_level",
        "body.domains.learning_and_education.evidence",
        "body.domains.communication_and_disability.evidence",
        "body.domains.safety_outside_home.evidence",
    }
    blank = {"learning_and_education": {"evidence": "   "}}
    still = await patch_assessment(worker, filled, domains=blank)
    assert still.status_code == 200
    assert (await take_step(worker, still.json(), "submit")).status_code == 422


async def test_pinned_versions_keep_their_scores(sign_in_as: SignIn, db: AsyncSession) -> None:
    office = await office_with_child(db)
    worker = await sign_in_as(office.worker)
    manager = await sign_in_as(office.manager)
    first = await approved_assessment(worker, manager, office.child, LEVELS)
    heavier = {"safety_outside_home": 4.0, "learning_and_education": 3.0}
    await create_framework_version(db, office.council, version="2.0.0", weights=heavier)

    again = (await worker.get(f"{API}/assessments/{first['id']}")).json()
    second_draft = await start_assessment(worker, office.child)
    filled = (await patch_assessment(worker, second_draft, domains=domains_at(LOWER))).json()
    submitted = (await take_step(worker, filled, "submit")).json()
    second = (await take_step(manager, submitted, "approve")).json()

    assert again["score"] == first["score"]
    assert again["framework_version"] == "1.0.0"
    assert second_draft["framework_version"] == "2.0.0"
    new_weights = dict(load_default_framework().weights_by_domain) | heavier
    assert Decimal(second["score"]) == Decimal(str(weighted_needs_score(LOWER, new_weights)))
    assert second["score"] != str(
        weighted_needs_score(LOWER, load_default_framework().weights_by_domain)
    )
    child = (await worker.get(f"{API}/children/{office.child.id}")).json()
    assert child["latest_score"] == second["score"]
    assert child["previous_score"] == first["score"]
    assert child["trend"] == "down"
    assert child["latest_assessment_id"] == second["id"]
    assert second["previous_approved"]["id"] == first["id"]


async def test_two_managers_approving_at_once_approve_once(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    office = await office_with_child(db)
    worker = await sign_in_as(office.worker)
    manager, deputy = await sign_in_as(office.manager), await sign_in_as(office.deputy)
    submitted = await submitted_assessment(worker, office.child)

    answers = await asyncio.gather(
        take_step(manager, submitted, "approve"), take_step(deputy, submitted, "approve")
    )

    assert sorted(response.status_code for response in answers) == [200, 409]
    refused = next(response for response in answers if response.status_code == 409).json()
    assert refused["current"]["status"] == "approved"
    await db.refresh(office.child)
    assert office.child.latest_assessment_id is not None
    assert office.child.previous_score is None  # mirrored once, not twice
    approvals = await db.scalar(
        select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "approve")
    )
    assert approvals == 1
