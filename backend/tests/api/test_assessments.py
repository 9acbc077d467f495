"""Needs assessments: the lifecycle, who may decide, immutability, pinning and no lost work."""

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import httpx
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import (
    create_child,
    create_framework_version,
    create_organisation,
    create_team,
    create_user,
)
from kindred.domain.scoring import weighted_needs_score
from kindred.frameworks.loader import load_default_framework
from kindred.models.assessment import Assessment
from kindred.models.audit import AuditEvent
from kindred.models.child import Child
from kindred.models.organisation import Organisation, Team
from kindred.models.user import Role, User

API = "/api/v1"
KEYS = load_default_framework().domain_keys
LEVELS = dict(zip(KEYS, [0, 1, 2, 3, 4, 1, 2, 0, 3, 1, 2, 1], strict=True))
LOWER = {key: max(level - 1, 0) for key, level in LEVELS.items()}


@dataclass
class Office:
    council: Organisation
    team: Team
    worker: User
    colleague: User
    manager: User
    deputy: User
    child: Child


async def _office(db: AsyncSession) -> Office:
    council = await create_organisation(db)
    team = await create_team(db, council, "Central")
    worker = await create_user(db, council, teams=[team], display_name="Wren Worker")
    colleague = await create_user(db, council, teams=[team], display_name="Cole Colleague")
    manager = await create_user(db, council, role=Role.manager, teams=[team])
    deputy = await create_user(db, council, role=Role.manager, teams=[team])
    child = await create_child(db, council, team, given_name="Nia", family_name="Lane")
    return Office(council, team, worker, colleague, manager, deputy, child)


def _domains(levels: dict[str, int], evidence: bool = True) -> dict[str, dict[str, object]]:
    return {
        key: {"need_level": level, "evidence": f"Seen: {key}" if evidence and level >= 3 else ""}
        for key, level in levels.items()
    }


async def _start(http: httpx.AsyncClient, child: Child, **body: object) -> dict[str, Any]:
    response = await http.post(f"{API}/children/{child.id}/assessments", json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def _patch(
    http: httpx.AsyncClient, assessment: dict[str, Any], **body: object
) -> httpx.Response:
    return await http.patch(
        f"{API}/assessments/{assessment['id']}", json={"version": assessment["version"], **body}
    )


async def _step(http: httpx.AsyncClient, assessment: dict[str, Any], step: str) -> httpx.Response:
    return await http.post(
        f"{API}/assessments/{assessment['id']}/{step}", json={"version": assessment["version"]}
    )


async def _submitted(
    http: httpx.AsyncClient, child: Child, levels: dict[str, int] = LEVELS, **start: object
) -> dict[str, Any]:
    draft = await _start(http, child, **start)
    filled = await _patch(http, draft, summary="Settled at school.", domains=_domains(levels))
    assert filled.status_code == 200, filled.text
    submitted = await _step(http, filled.json(), "submit")
    assert submitted.status_code == 200, submitted.text
    return dict(submitted.json())


async def _approved(
    worker: httpx.AsyncClient, manager: httpx.AsyncClient, child: Child, levels: dict[str, int]
) -> dict[str, Any]:
    submitted = await _submitted(worker, child, levels)
    approved = await _step(manager, submitted, "approve")
    assert approved.status_code == 200, approved.text
    return dict(approved.json())


async def test_draft_submitted_approved_updates_the_child(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    office = await _office(db)
    worker = await sign_in_as(office.worker)
    manager = await sign_in_as(office.manager)

    draft = await _start(worker, office.child)
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
    filled = await _patch(
        worker, draft, summary="Settled at school.", aspirations="Vet", domains=_domains(LEVELS)
    )
    assert filled.status_code == 200, filled.text
    assert filled.json()["version"] == draft["version"] + 1
    expected = Decimal(
        str(weighted_needs_score(LEVELS, load_default_framework().weights_by_domain))
    )
    assert Decimal(filled.json()["preview"]["score"]) == expected
    submitted = await _step(worker, filled.json(), "submit")
    assert submitted.status_code == 200, submitted.text
    assert submitted.json()["status"] == "submitted"
    assert submitted.json()["submitted_by"]["id"] == str(office.worker.id)
    manager_view = (await manager.get(f"{API}/assessments/{draft['id']}")).json()
    assert manager_view["permissions"]["can_approve"] is True

    approved = await _step(manager, submitted.json(), "approve")

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
    office = await _office(db)
    worker = await sign_in_as(office.worker)
    manager = await sign_in_as(office.manager)
    submitted = await _submitted(worker, office.child)

    no_comment = await _step(manager, submitted, "return")
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
    changed = await _patch(worker, returned.json(), what_helps="A calm start to the day.")
    assert changed.status_code == 200, changed.text
    resubmitted = await _step(worker, changed.json(), "submit")
    assert resubmitted.status_code == 200, resubmitted.text
    assert resubmitted.json()["status"] == "submitted"
    approved = await _step(manager, resubmitted.json(), "approve")
    assert approved.status_code == 200
    assert approved.json()["what_helps"] == "A calm start to the day."


async def test_nobody_approves_what_they_wrote_or_submitted(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    office = await _office(db)
    third = await create_user(db, office.council, role=Role.manager, teams=[office.team])
    manager = await sign_in_as(office.manager)
    deputy = await sign_in_as(office.deputy)
    worker = await sign_in_as(office.worker)
    # The manager writes it; the deputy submits it: neither may approve it.
    draft = await _start(manager, office.child)
    filled = (await _patch(manager, draft, domains=_domains(LEVELS))).json()
    submitted = (await _step(deputy, filled, "submit")).json()

    by_writer = await _step(manager, submitted, "approve")
    by_submitter = await _step(deputy, submitted, "approve")
    by_practitioner = await _step(worker, submitted, "approve")
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
    approved = await _step(await sign_in_as(third), submitted, "approve")
    assert approved.status_code == 200


async def test_approved_assessments_never_change(sign_in_as: SignIn, db: AsyncSession) -> None:
    office = await _office(db)
    worker = await sign_in_as(office.worker)
    manager = await sign_in_as(office.manager)
    approved = await _approved(worker, manager, office.child, LEVELS)

    changed = await _patch(worker, approved, summary="Rewritten")
    resubmitted = await _step(worker, approved, "submit")
    reapproved = await _step(manager, approved, "approve")

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
    office = await _office(db)
    worker = await sign_in_as(office.worker)
    submitted = await _submitted(worker, office.child)

    changed = await _patch(worker, submitted, summary="One more thing")

    assert changed.status_code == 409
    assert changed.json()["current"]["status"] == "submitted"


async def test_a_new_draft_copies_the_latest_approved(sign_in_as: SignIn, db: AsyncSession) -> None:
    office = await _office(db)
    worker = await sign_in_as(office.worker)
    manager = await sign_in_as(office.manager)
    approved = await _approved(worker, manager, office.child, LEVELS)

    copy = await _start(worker, office.child, from_latest_approved=True)
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
    office = await _office(db)
    worker = await sign_in_as(office.worker)

    response = await worker.post(
        f"{API}/children/{office.child.id}/assessments", json={"from_latest_approved": True}
    )

    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "body.from_latest_approved"


async def test_submitting_needs_every_level_and_evidence_for_high_needs(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    office = await _office(db)
    worker = await sign_in_as(office.worker)
    draft = await _start(worker, office.child)
    partial = {key: level for key, level in LEVELS.items() if key != "physical_health"}
    filled = (await _patch(worker, draft, domains=_domains(partial, evidence=False))).json()

    response = await _step(worker, filled, "submit")

    assert response.status_code == 422
    fields = {error["field"] for error in response.json()["errors"]}
    assert fields == {
        "body.domains.physical_health.need_level",
        "body.domains.learning_and_education.evidence",
        "body.domains.communication_and_disability.evidence",
        "body.domains.safety_outside_home.evidence",
    }
    blank = {"learning_and_education": {"evidence": "   "}}
    still = await _patch(worker, filled, domains=blank)
    assert still.status_code == 200
    assert (await _step(worker, still.json(), "submit")).status_code == 422


async def test_autosave_changes_only_what_is_sent(sign_in_as: SignIn, db: AsyncSession) -> None:
    office = await _office(db)
    worker = await sign_in_as(office.worker)
    draft = await _start(worker, office.child)
    first = (await _patch(worker, draft, summary="Kept", domains=_domains(LEVELS))).json()

    second = await _patch(
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
    cleared = await _patch(worker, body, domains={"physical_health": {"need_level": None}})
    assert cleared.json()["domains"][0]["need_level"] is None
    assert cleared.json()["domains"][0]["strength_level"] == "useful"


async def test_invalid_changes_name_the_field(sign_in_as: SignIn, db: AsyncSession) -> None:
    office = await _office(db)
    worker = await sign_in_as(office.worker)
    draft = await _start(worker, office.child)

    unknown = await _patch(worker, draft, domains={"cooking": {"need_level": 1}})
    too_high = await _patch(worker, draft, domains={"physical_health": {"need_level": 5}})
    too_long = await _patch(worker, draft, summary="x" * 20_001)
    bad_strength = await _patch(
        worker, draft, domains={"physical_health": {"strength_level": "huge"}}
    )
    no_version = await worker.patch(f"{API}/assessments/{draft['id']}", json={"summary": "x"})
    nul = await _patch(worker, draft, domains={"physical_health": {"evidence": "a\x00b"}})

    assert unknown.status_code == 422
    assert unknown.json()["errors"][0]["field"] == "body.domains.cooking"
    for response in (too_high, too_long, bad_strength, no_version, nul):
        assert response.status_code == 422, response.text
    current = (await worker.get(f"{API}/assessments/{draft['id']}")).json()
    assert current["version"] == draft["version"]


async def test_a_stale_save_returns_the_current_assessment(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    office = await _office(db)
    worker = await sign_in_as(office.worker)
    colleague = await sign_in_as(office.colleague)
    draft = await _start(worker, office.child)

    mine = await _patch(
        worker, draft, summary="Mine", domains={"physical_health": {"need_level": 2}}
    )
    theirs = await _patch(colleague, draft, summary="Theirs")

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
    retried = await _patch(colleague, current, what_helps="Theirs, merged")
    assert retried.status_code == 200
    assert retried.json()["summary"] == "Mine"
    assert retried.json()["what_helps"] == "Theirs, merged"


async def test_two_concurrent_saves_never_both_win(sign_in_as: SignIn, db: AsyncSession) -> None:
    office = await _office(db)
    worker = await sign_in_as(office.worker)
    colleague = await sign_in_as(office.colleague)
    assessment = await _start(worker, office.child)

    for round_ in range(5):
        answers = await asyncio.gather(
            _patch(worker, assessment, summary=f"worker {round_}", domains=_domains(LEVELS)),
            _patch(colleague, assessment, summary=f"colleague {round_}", domains=_domains(LOWER)),
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


async def test_pinned_versions_keep_their_scores(sign_in_as: SignIn, db: AsyncSession) -> None:
    office = await _office(db)
    worker = await sign_in_as(office.worker)
    manager = await sign_in_as(office.manager)
    first = await _approved(worker, manager, office.child, LEVELS)
    heavier = {"safety_outside_home": 4.0, "learning_and_education": 3.0}
    await create_framework_version(db, office.council, version="2.0.0", weights=heavier)

    again = (await worker.get(f"{API}/assessments/{first['id']}")).json()
    second_draft = await _start(worker, office.child)
    filled = (await _patch(worker, second_draft, domains=_domains(LOWER))).json()
    submitted = (await _step(worker, filled, "submit")).json()
    second = (await _step(manager, submitted, "approve")).json()

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


async def test_another_teams_staff_get_404(sign_in_as: SignIn, db: AsyncSession) -> None:
    office = await _office(db)
    elsewhere = await create_team(db, office.council, "Elsewhere")
    outsider = await sign_in_as(await create_user(db, office.council, teams=[elsewhere]))
    outside_manager = await sign_in_as(
        await create_user(db, office.council, role=Role.manager, teams=[elsewhere])
    )
    submitted = await _submitted(await sign_in_as(office.worker), office.child)
    path = f"{API}/assessments/{submitted['id']}"

    answers = [
        await outsider.get(path),
        await _patch(outsider, submitted, summary="x"),
        await _step(outsider, submitted, "submit"),
        await outsider.get(f"{API}/children/{office.child.id}/assessments"),
        await outsider.post(f"{API}/children/{office.child.id}/assessments", json={}),
        await _step(outside_manager, submitted, "approve"),
        await outside_manager.get(path),
    ]

    assert [response.status_code for response in answers] == [404] * len(answers)
    queue = (await outside_manager.get(f"{API}/assessments")).json()
    assert queue["items"] == []
    denied = await db.scalar(
        select(AuditEvent).where(
            AuditEvent.action == "denied", AuditEvent.child_id == office.child.id
        )
    )
    assert denied is not None


async def test_the_queue_lists_the_teams_submissions_oldest_first(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    office = await _office(db)
    worker = await sign_in_as(office.worker)
    manager = await sign_in_as(office.manager)
    await _approved(worker, manager, office.child, LEVELS)
    again = await _start(worker, office.child, from_latest_approved=True)
    changed = {
        "physical_health": {"need_level": 2},
        "emotional_wellbeing": {"need_level": 3, "evidence": "Panic attacks at night."},
    }
    filled = (await _patch(worker, again, domains=changed)).json()
    assert (await _step(worker, filled, "submit")).status_code == 200
    newer_child = await create_child(db, office.council, office.team, given_name="Ola")
    await _submitted(worker, newer_child)
    elsewhere = await create_team(db, office.council, "Elsewhere")
    other_worker = await sign_in_as(await create_user(db, office.council, teams=[elsewhere]))
    await _submitted(other_worker, await create_child(db, office.council, elsewhere))

    queue = await manager.get(f"{API}/assessments", params={"status": "submitted"})
    drafts = await manager.get(f"{API}/assessments", params={"status": "draft"})
    bad = await manager.get(f"{API}/assessments", params={"status": "approved"})

    assert queue.status_code == 200, queue.text
    body = queue.json()
    assert body["total"] == 2
    first, second = body["items"]
    assert first["child"]["given_name"] == "Nia"
    assert first["child"]["team_name"] == "Central"
    assert first["submitted_by"]["display_name"] == "Wren Worker"
    assert first["changed_domains"] == 2
    assert first["previous_score"] is not None
    assert first["preview"]["highest_level"] == 4
    assert second["child"]["given_name"] == "Ola"
    assert second["changed_domains"] is None
    assert second["previous_score"] is None
    assert drafts.json()["total"] == 0
    assert bad.status_code == 422


async def test_a_childs_assessments_are_listed_newest_first(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    office = await _office(db)
    worker = await sign_in_as(office.worker)
    manager = await sign_in_as(office.manager)
    approved = await _approved(worker, manager, office.child, LEVELS)
    draft = await _start(worker, office.child)

    listed = await worker.get(f"{API}/children/{office.child.id}/assessments")

    assert listed.status_code == 200
    items = listed.json()
    assert [item["id"] for item in items] == [draft["id"], approved["id"]]
    assert items[0]["score"] is None
    assert items[1]["score"] == approved["score"]
    assert items[1]["created_by"]["display_name"] == "Wren Worker"


async def test_two_concurrent_starts_make_one_draft(sign_in_as: SignIn, db: AsyncSession) -> None:
    office = await _office(db)
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


async def test_two_managers_approving_at_once_approve_once(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    office = await _office(db)
    worker = await sign_in_as(office.worker)
    manager, deputy = await sign_in_as(office.manager), await sign_in_as(office.deputy)
    submitted = await _submitted(worker, office.child)

    answers = await asyncio.gather(
        _step(manager, submitted, "approve"), _step(deputy, submitted, "approve")
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
