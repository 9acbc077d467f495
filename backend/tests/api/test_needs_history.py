"""A child's needs over time: approved assessments only, oldest first, with per-domain change."""

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import event, select
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
from kindred.models.audit import AuditEvent
from kindred.models.child import Child
from kindred.models.user import Role

API = "/api/v1"
KEYS = load_default_framework().domain_keys


def _levels(*values: int) -> dict[str, int]:
    return dict(zip(KEYS, values, strict=True))


FIRST = _levels(3, 3, 2, 2, 1, 1, 0, 0, 4, 2, 1, 1)
SECOND = _levels(2, 3, 2, 1, 1, 1, 0, 1, 3, 2, 1, 0)
THIRD = _levels(1, 2, 2, 1, 1, 0, 0, 1, 2, 2, 1, 0)


async def _approve(
    worker: httpx.AsyncClient, manager: httpx.AsyncClient, child: Child, levels: dict[str, int]
) -> dict[str, Any]:
    started = await worker.post(f"{API}/children/{child.id}/assessments", json={})
    assert started.status_code == 201, started.text
    draft = started.json()
    domains = {key: {"need_level": level, "evidence": "Seen."} for key, level in levels.items()}
    filled = await worker.patch(
        f"{API}/assessments/{draft['id']}", json={"version": draft["version"], "domains": domains}
    )
    submitted = await worker.post(
        f"{API}/assessments/{draft['id']}/submit", json={"version": filled.json()["version"]}
    )
    approved = await manager.post(
        f"{API}/assessments/{draft['id']}/approve", json={"version": submitted.json()["version"]}
    )
    assert approved.status_code == 200, approved.text
    return dict(approved.json())


@contextmanager
def _assessment_queries(app: FastAPI) -> Iterator[list[str]]:
    """The SQL statements the app sends that read assessments, while the block runs."""
    engine = app.state.database.engine.sync_engine
    seen: list[str] = []

    def before(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        if "FROM assessments" in statement:
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", before)


async def test_history_lists_approvals_with_their_changes(
    app: FastAPI, sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    team = await create_team(db, council)
    child = await create_child(db, council, team)
    worker = await sign_in_as(await create_user(db, council, teams=[team]))
    manager = await sign_in_as(await create_user(db, council, role=Role.manager, teams=[team]))
    approved = [await _approve(worker, manager, child, FIRST)]
    with _assessment_queries(app) as one_point_queries:
        assert (await worker.get(f"{API}/children/{child.id}/needs-history")).status_code == 200
    approved += [
        await _approve(worker, manager, child, SECOND),
        await _approve(worker, manager, child, THIRD),
    ]
    await worker.post(f"{API}/children/{child.id}/assessments", json={})  # a draft: not history

    with _assessment_queries(app) as three_point_queries:
        response = await worker.get(f"{API}/children/{child.id}/needs-history")

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["child_id"] == str(child.id)
    assert [domain["key"] for domain in body["domains"]] == list(KEYS)
    points = body["points"]
    assert [point["assessment_id"] for point in points] == [item["id"] for item in approved]
    assert [point["levels"] for point in points] == [FIRST, SECOND, THIRD]
    weights = load_default_framework().weights_by_domain
    assert [Decimal(point["score"]) for point in points] == [
        Decimal(str(weighted_needs_score(levels, weights))) for levels in (FIRST, SECOND, THIRD)
    ]
    assert points[0]["change"] is None
    assert points[1]["change"] == {key: SECOND[key] - FIRST[key] for key in KEYS}
    assert points[2]["change"]["safety_outside_home"] == -1
    assert points[0]["highest_level"] == 4
    assert points[0]["highest_domains"] == ["safety_outside_home"]
    assert points[2]["highest_domains"] == [
        "emotional_wellbeing",
        "feelings_and_behaviour",
        "safety_outside_home",
        "independence_and_self_care",
    ]
    assert points[1]["actionable_count"] == sum(1 for level in SECOND.values() if level >= 2)
    # One query for every point and its levels: more points, no more queries.
    assert len(three_point_queries) == len(one_point_queries) == 1
    read = await db.scalar(
        select(AuditEvent).where(
            AuditEvent.resource_type == "needs_history", AuditEvent.child_id == child.id
        )
    )
    assert read is not None


async def test_points_keep_their_framework_version(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await create_organisation(db)
    team = await create_team(db, council)
    child = await create_child(db, council, team)
    worker = await sign_in_as(await create_user(db, council, teams=[team]))
    manager = await sign_in_as(await create_user(db, council, role=Role.manager, teams=[team]))
    first = await _approve(worker, manager, child, FIRST)
    await create_framework_version(db, council, version="1.1.0", weights={"physical_health": 5})
    second = await _approve(worker, manager, child, FIRST)

    points = (await worker.get(f"{API}/children/{child.id}/needs-history")).json()["points"]

    assert [point["framework_version"] for point in points] == ["1.0.0", "1.1.0"]
    assert [point["score"] for point in points] == [first["score"], second["score"]]
    assert points[0]["score"] != points[1]["score"]
    assert set(points[1]["change"].values()) == {0}


async def test_no_history_yet_and_strangers_get_404(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await create_organisation(db)
    team = await create_team(db, council)
    child = await create_child(db, council, team)
    worker = await sign_in_as(await create_user(db, council, teams=[team]))
    other = await create_team(db, council)
    stranger = await sign_in_as(await create_user(db, council, teams=[other]))
    admin = await sign_in_as(await create_user(db, council, role=Role.admin))

    empty = await worker.get(f"{API}/children/{child.id}/needs-history")
    hidden = await stranger.get(f"{API}/children/{child.id}/needs-history")
    refused = await admin.get(f"{API}/children/{child.id}/needs-history")

    assert empty.status_code == 200
    assert empty.json()["points"] == []
    assert len(empty.json()["domains"]) == 12
    assert hidden.status_code == 404
    assert refused.status_code == 403
