"""Goals in a child's plan: domains from the framework, progress notes, no lost updates."""

import asyncio
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import (
    create_child,
    create_goal,
    create_organisation,
    create_team,
    create_user,
)
from kindred.models.audit import AuditEvent
from kindred.models.user import Role

API = "/api/v1"


async def test_add_a_goal_and_note_progress(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await create_organisation(db)
    team = await create_team(db, council)
    child = await create_child(db, council, team)
    worker = await create_user(db, council, teams=[team], display_name="Wren Worker")
    http = await sign_in_as(worker)
    today = datetime.now(UTC).date()

    created = await http.post(
        f"{API}/children/{child.id}/goals",
        json={
            "domain_key": "learning_and_education",
            "title": "  Go to school every day  ",
            "target_date": (today + timedelta(days=90)).isoformat(),
        },
    )
    assert created.status_code == 201, created.text
    goal = created.json()
    first = await http.post(
        f"{API}/goals/{goal['id']}/progress",
        json={"noted_on": (today - timedelta(days=7)).isoformat(), "note": "Four days of five."},
    )
    second = await http.post(
        f"{API}/goals/{goal['id']}/progress",
        json={"noted_on": today.isoformat(), "note": "A full week."},
    )
    listed = await http.get(f"{API}/children/{child.id}/goals")

    assert goal["title"] == "Go to school every day"
    assert goal["status"] == "not_started"
    assert goal["domain_name"] == "Learning and education"
    assert goal["created_by"]["display_name"] == "Wren Worker"
    assert goal["progress"] == []
    assert first.status_code == 201, first.text
    assert second.status_code == 201
    assert [note["note"] for note in second.json()["progress"]] == [
        "A full week.",
        "Four days of five.",
    ]
    assert listed.status_code == 200
    assert [item["id"] for item in listed.json()] == [goal["id"]]
    assert len(listed.json()[0]["progress"]) == 2
    assert listed.json()[0]["progress"][0]["author"]["id"] == str(worker.id)
    events = set(await db.scalars(select(AuditEvent.action).where(AuditEvent.child_id == child.id)))
    assert {"create", "list"} <= events


async def test_invalid_goals_and_notes_name_the_field(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await create_organisation(db)
    team = await create_team(db, council)
    child = await create_child(db, council, team)
    worker = await create_user(db, council, teams=[team])
    goal = await create_goal(db, council, child, created_by=worker)
    http = await sign_in_as(worker)
    tomorrow = (datetime.now(UTC).date() + timedelta(days=1)).isoformat()

    answers = {
        "body.domain_key": await http.post(
            f"{API}/children/{child.id}/goals", json={"domain_key": "cooking", "title": "Cook"}
        ),
        "body.title": await http.post(
            f"{API}/children/{child.id}/goals",
            json={"domain_key": "physical_health", "title": "x" * 201},
        ),
        "body.status": await http.post(
            f"{API}/children/{child.id}/goals",
            json={"domain_key": "physical_health", "title": "Swim", "status": "maybe"},
        ),
        "body.noted_on": await http.post(
            f"{API}/goals/{goal.id}/progress", json={"noted_on": tomorrow, "note": "Soon"}
        ),
        "body.note": await http.post(
            f"{API}/goals/{goal.id}/progress", json={"noted_on": "2026-01-05", "note": "  "}
        ),
    }

    for field, response in answers.items():
        assert response.status_code == 422, (field, response.text)
        assert response.json()["errors"][0]["field"] == field


async def test_changing_a_goal_needs_the_current_version(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    team = await create_team(db, council)
    child = await create_child(db, council, team)
    worker = await create_user(db, council, teams=[team])
    manager = await create_user(db, council, role=Role.manager, teams=[team])
    goal = await create_goal(db, council, child, created_by=worker)
    worker_http = await sign_in_as(worker)
    manager_http = await sign_in_as(manager)
    path = f"{API}/goals/{goal.id}"

    changed = await worker_http.patch(
        path, json={"version": 1, "status": "in_progress", "target_date": "2027-03-01"}
    )
    stale = await manager_http.patch(path, json={"version": 1, "title": "Something else"})
    cleared = await worker_http.patch(path, json={"version": 2, "target_date": None})
    emptied = await worker_http.patch(path, json={"version": 3, "title": None})

    assert changed.status_code == 200, changed.text
    assert changed.json()["status"] == "in_progress"
    assert changed.json()["version"] == 2
    assert stale.status_code == 409
    assert stale.json()["current"]["status"] == "in_progress"
    assert stale.json()["current"]["title"] == "Go to school every day"
    assert cleared.status_code == 200
    assert cleared.json()["target_date"] is None
    assert emptied.status_code == 422


async def test_two_concurrent_goal_changes_never_both_win(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    team = await create_team(db, council)
    child = await create_child(db, council, team)
    worker = await create_user(db, council, teams=[team])
    colleague = await create_user(db, council, teams=[team])
    goal = await create_goal(db, council, child, created_by=worker)
    first, second = await sign_in_as(worker), await sign_in_as(colleague)

    answers = await asyncio.gather(
        first.patch(f"{API}/goals/{goal.id}", json={"version": 1, "title": "First"}),
        second.patch(f"{API}/goals/{goal.id}", json={"version": 1, "title": "Second"}),
    )

    assert sorted(response.status_code for response in answers) == [200, 409]
    winner = next(response for response in answers if response.status_code == 200).json()
    loser = next(response for response in answers if response.status_code == 409).json()
    assert loser["current"]["title"] == winner["title"]


async def test_goals_follow_the_childs_visibility(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await create_organisation(db)
    team = await create_team(db, council)
    child = await create_child(db, council, team)
    worker = await create_user(db, council, teams=[team])
    goal = await create_goal(db, council, child, created_by=worker)
    stranger = await sign_in_as(
        await create_user(db, council, teams=[await create_team(db, council)])
    )
    commissioner = await sign_in_as(await create_user(db, council, role=Role.commissioner))

    answers = [
        await stranger.get(f"{API}/children/{child.id}/goals"),
        await stranger.post(
            f"{API}/children/{child.id}/goals",
            json={"domain_key": "physical_health", "title": "Swim"},
        ),
        await stranger.patch(f"{API}/goals/{goal.id}", json={"version": 1, "title": "Mine"}),
        await stranger.post(
            f"{API}/goals/{goal.id}/progress", json={"noted_on": "2026-01-05", "note": "Hi"}
        ),
    ]

    assert [response.status_code for response in answers] == [404, 404, 404, 404]
    assert (await commissioner.get(f"{API}/children/{child.id}/goals")).status_code == 403
