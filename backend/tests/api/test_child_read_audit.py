"""Every read of a child's record is audited: walked from the route table, so a new route is too.

Each GET route under `/children/{child_id}` is called by a practitioner of the child's team,
for a child with an approved assessment (so every route has something to answer), and must
write a successful read, list or export event about that child in the same request.
"""

import re

import httpx
from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import (
    create_assessment,
    create_child,
    create_organisation,
    create_placement,
    create_team,
    create_user,
)
from kindred.models.assessment import AssessmentStatus
from kindred.models.audit import AuditEvent
from kindred.models.child import Child
from kindred.models.user import Role

CHILD_PATH = "/api/v1/children/{child_id}"
_PATH_PARAM = re.compile(r"{(\w+)}")


def child_read_routes(app: FastAPI) -> list[str]:
    """Every GET path that names one child and nothing else."""
    paths = sorted(
        context.path or ""
        for context in iter_route_contexts(app.routes)
        if isinstance(context.original_route, APIRoute)
        and "GET" in (context.methods or ())
        and (context.path or "").startswith(CHILD_PATH)
    )
    assert len(paths) > 10, "the route table was not read"
    return paths


async def test_every_read_of_a_childs_record_is_audited(
    app: FastAPI, sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    team = await create_team(db, council)
    worker = await create_user(db, council, teams=[team])
    child = await create_child(db, council, team)
    assessment = await create_assessment(
        db, council, child, created_by=worker, status=AssessmentStatus.approved, levels=2
    )
    await db.execute(
        update(Child).where(Child.id == child.id).values(latest_assessment_id=assessment.id)
    )
    await db.commit()
    await create_placement(db, council, child)
    await create_user(db, council, role=Role.young_person, child=child)
    http: httpx.AsyncClient = await sign_in_as(worker)

    unaudited: list[str] = []
    for path in child_read_routes(app):
        assert _PATH_PARAM.findall(path) == ["child_id"], f"{path}: give the walk its records"
        response = await http.get(path.format(child_id=child.id))
        assert response.status_code == 200, f"{path}: {response.status_code} {response.text}"
        events = await db.scalars(
            select(AuditEvent).where(AuditEvent.request_id == response.headers["x-request-id"])
        )
        if not any(
            event.child_id == child.id
            and event.actor_user_id == worker.id
            and event.action in {"read", "list", "export"}
            and event.outcome == "success"
            for event in events
        ):
            unaudited.append(path)

    assert unaudited == []
