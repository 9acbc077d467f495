"""Needs assessments as lists: the managers' queue, a child's assessments, and nothing
for another team's staff."""

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from assessment_helpers import (
    API,
    LEVELS,
    approved_assessment,
    office_with_child,
    patch_assessment,
    start_assessment,
    submitted_assessment,
    take_step,
)
from conftest import SignIn
from factories import create_child, create_team, create_user
from kindred.models.audit import AuditEvent
from kindred.models.user import Role


async def test_another_teams_staff_get_404(sign_in_as: SignIn, db: AsyncSession) -> None:
    office = await office_with_child(db)
    elsewhere = await create_team(db, office.council, "Elsewhere")
    outsider = await sign_in_as(await create_user(db, office.council, teams=[elsewhere]))
    outside_manager = await sign_in_as(
        await create_user(db, office.council, role=Role.manager, teams=[elsewhere])
    )
    submitted = await submitted_assessment(await sign_in_as(office.worker), office.child)
    path = f"{API}/assessments/{submitted['id']}"

    answers = [
        await outsider.get(path),
        await patch_assessment(outsider, submitted, summary="x"),
        await take_step(outsider, submitted, "submit"),
        await outsider.get(f"{API}/children/{office.child.id}/assessments"),
        await outsider.post(f"{API}/children/{office.child.id}/assessments", json={}),
        await take_step(outside_manager, submitted, "approve"),
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
    office = await office_with_child(db)
    worker = await sign_in_as(office.worker)
    manager = await sign_in_as(office.manager)
    await approved_assessment(worker, manager, office.child, LEVELS)
    again = await start_assessment(worker, office.child, from_latest_approved=True)
    changed = {
        "physical_health": {"need_level": 2},
        "emotional_wellbeing": {"need_level": 3, "evidence": "Panic attacks at night."},
    }
    filled = (await patch_assessment(worker, again, domains=changed)).json()
    assert (await take_step(worker, filled, "submit")).status_code == 200
    newer_child = await create_child(db, office.council, office.team, given_name="Ola")
    await submitted_assessment(worker, newer_child)
    elsewhere = await create_team(db, office.council, "Elsewhere")
    other_worker = await sign_in_as(await create_user(db, office.council, teams=[elsewhere]))
    await submitted_assessment(other_worker, await create_child(db, office.council, elsewhere))

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
    office = await office_with_child(db)
    worker = await sign_in_as(office.worker)
    manager = await sign_in_as(office.manager)
    approved = await approved_assessment(worker, manager, office.child, LEVELS)
    draft = await start_assessment(worker, office.child)

    listed = await worker.get(f"{API}/children/{office.child.id}/assessments")

    assert listed.status_code == 200
    items = listed.json()
    assert [item["id"] for item in items] == [draft["id"], approved["id"]]
    assert items[0]["score"] is None
    assert items[1]["score"] == approved["score"]
    assert items[1]["created_by"]["display_name"] == "Wren Worker"
