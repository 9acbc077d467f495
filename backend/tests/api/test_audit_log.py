"""Admins search their council's audit log by child, person, action and date."""

import uuid
from datetime import UTC, datetime

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import create_organisation, create_user
from kindred.models.audit import AuditEvent
from kindred.models.organisation import Organisation, OrganisationKind
from kindred.models.user import Role, User

AUDIT = "/api/v1/audit-events"


async def _event(
    db: AsyncSession,
    organisation: Organisation,
    *,
    at: datetime,
    actor: User | None = None,
    action: str = "read",
    child_id: uuid.UUID | None = None,
    outcome: str = "success",
) -> None:
    db.add(
        AuditEvent(
            tenant_id=organisation.id,
            occurred_at=at,
            actor_user_id=actor.id if actor else None,
            actor_label=actor.display_name if actor else "system",
            action=action,
            resource_type="child",
            resource_id=str(child_id) if child_id else None,
            child_id=child_id,
            outcome=outcome,
            details={"note": action},
        )
    )
    await db.commit()


def _at(day: int, hour: int = 12) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=UTC)


async def _arrange(db: AsyncSession) -> tuple[Organisation, User, User, uuid.UUID]:
    council = await create_organisation(db)
    admin = await create_user(db, council, role=Role.admin)
    worker = await create_user(db, council)
    child = uuid.uuid4()
    await _event(db, council, at=_at(1), actor=worker, action="read", child_id=child)
    await _event(db, council, at=_at(2, 9), actor=worker, action="update", child_id=child)
    await _event(db, council, at=_at(2, 23), actor=admin, action="read")
    await _event(db, council, at=_at(3), actor=worker, action="export", outcome="denied")
    elsewhere = await create_organisation(db)
    stranger = await create_user(db, elsewhere)
    await _event(db, elsewhere, at=_at(2), actor=stranger, action="read", child_id=child)
    return council, admin, worker, child


def _seen(response: httpx.Response) -> list[tuple[str, str]]:
    assert response.status_code == 200, response.text
    return [(item["action"], item["occurred_at"][:13]) for item in response.json()["items"]]


async def test_search_filters_by_person_action_child_outcome_and_dates(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    _, admin, worker, child = await _arrange(db)
    http = await sign_in_as(admin)
    base = {"to": "2026-03-31"}  # leaves out this test's own sign-in and searches

    everything = await http.get(AUDIT, params=base)
    by_worker = await http.get(AUDIT, params={**base, "user_id": str(worker.id)})
    reads = await http.get(AUDIT, params={**base, "action": "read"})
    about_child = await http.get(AUDIT, params={"child_id": str(child)})
    denied = await http.get(AUDIT, params={"outcome": "denied"})
    one_day = await http.get(AUDIT, params={"from": "2026-03-02", "to": "2026-03-02"})
    instants = await http.get(
        AUDIT, params={"from": "2026-03-01T12:00:00Z", "to": "2026-03-02T09:00:00+00:00"}
    )
    offset = await http.get(AUDIT, params={"from": "2026-03-02T10:00:00+01:00", "to": "2026-03-02"})

    assert _seen(everything) == [
        ("export", "2026-03-03T12"),
        ("read", "2026-03-02T23"),
        ("update", "2026-03-02T09"),
        ("read", "2026-03-01T12"),
    ]
    assert [action for action, _ in _seen(by_worker)] == ["export", "update", "read"]
    assert _seen(reads) == [("read", "2026-03-02T23"), ("read", "2026-03-01T12")]
    assert [action for action, _ in _seen(about_child)] == ["update", "read"]
    assert _seen(denied) == [("export", "2026-03-03T12")]
    assert _seen(one_day) == [("read", "2026-03-02T23"), ("update", "2026-03-02T09")]
    assert _seen(instants) == [("update", "2026-03-02T09"), ("read", "2026-03-01T12")]
    assert _seen(offset) == [("read", "2026-03-02T23"), ("update", "2026-03-02T09")]
    item = by_worker.json()["items"][0]
    assert item["actor_user_id"] == str(worker.id)
    assert item["actor_label"] == worker.display_name
    assert item["details"] == {"note": "export"}
    assert set(item) == {
        "id",
        "occurred_at",
        "actor_user_id",
        "actor_client_id",
        "actor_label",
        "action",
        "resource_type",
        "resource_id",
        "child_id",
        "outcome",
        "request_id",
        "details",
    }


async def test_search_is_newest_first_and_paginated(sign_in_as: SignIn, db: AsyncSession) -> None:
    _, admin, _, _ = await _arrange(db)
    http = await sign_in_as(admin)

    first = await http.get(AUDIT, params={"to": "2026-03-31", "page_size": 3})
    second = await http.get(AUDIT, params={"to": "2026-03-31", "page_size": 3, "page": 2})

    assert first.json()["total"] == second.json()["total"] == 4
    assert [action for action, _ in _seen(first)] == ["export", "read", "update"]
    assert _seen(second) == [("read", "2026-03-01T12")]


async def test_search_sees_only_the_councils_own_events(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council, admin, _, child = await _arrange(db)
    http = await sign_in_as(admin)

    response = await http.get(AUDIT, params={"child_id": str(child)})

    ids = [item["id"] for item in response.json()["items"]]
    tenants = set(await db.scalars(select(AuditEvent.tenant_id).where(AuditEvent.id.in_(ids))))
    assert tenants == {council.id}
    assert response.json()["total"] == 2


async def test_reading_the_log_is_itself_audited(sign_in_as: SignIn, db: AsyncSession) -> None:
    council, admin, worker, _ = await _arrange(db)
    http = await sign_in_as(admin)

    await http.get(AUDIT, params={"user_id": str(worker.id), "from": "2026-03-01"})
    later = await http.get(AUDIT, params={"action": "list"})

    recorded = await db.scalar(
        select(AuditEvent).where(
            AuditEvent.action == "list", AuditEvent.resource_type == "audit_events"
        )
    )
    assert recorded is not None
    assert recorded.tenant_id == council.id
    assert recorded.actor_user_id == admin.id
    assert recorded.details["filters"] == {"user_id": str(worker.id), "from": "2026-03-01"}
    assert recorded.details["results"] == 3
    # The second search finds the first, not itself: it is written after the search runs.
    assert [item["id"] for item in later.json()["items"]] == [recorded.id]


async def test_bad_search_parameters_are_422_naming_the_field(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    http = await sign_in_as(await create_user(db, council, role=Role.admin))

    cases = {
        "query.from": {"from": "last tuesday"},
        "query.to": {"to": "10000-01-01"},
        "query.user_id": {"user_id": "not-a-uuid"},
        "query.action": {"action": "hack"},
    }
    for field, params in cases.items():
        response = await http.get(AUDIT, params=params)
        assert response.status_code == 422, params
        assert [error["field"] for error in response.json()["errors"]] == [field]
    backwards = await http.get(AUDIT, params={"from": "2026-03-02", "to": "2026-03-01"})
    assert backwards.status_code == 422
    assert backwards.json()["errors"][0]["field"] == "query.from"


async def test_only_council_admins_read_the_log(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await create_organisation(db)
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    callers = [
        await sign_in_as(await create_user(db, council, role=Role.manager)),
        await sign_in_as(await create_user(db, council, role=Role.practitioner)),
        await sign_in_as(await create_user(db, agency, role=Role.admin)),
    ]

    for http in callers:
        assert (await http.get(AUDIT)).status_code == 403
