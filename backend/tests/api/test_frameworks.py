"""Needs frameworks: the default, council versions, publishing rules and their errors."""

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import (
    create_framework_version,
    create_organisation,
    create_user,
    framework_document,
)
from kindred.models.audit import AuditEvent
from kindred.models.framework_version import FrameworkVersion
from kindred.models.user import Role

FRAMEWORKS = "/api/v1/frameworks"


async def test_the_default_is_current_until_a_council_publishes(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    http = await sign_in_as(await create_user(db, council, role=Role.practitioner))

    current = await http.get(f"{FRAMEWORKS}/current")
    listed = await http.get(FRAMEWORKS)

    assert current.status_code == 200
    body = current.json()
    assert body["version"] == "1.0.0"
    assert body["is_default"] is True
    assert len(body["domains"]) == 12
    assert [level["level"] for level in body["levels"]] == [0, 1, 2, 3, 4]
    assert [item["key"] for item in body["strength_levels"]] == [
        "none",
        "emerging",
        "useful",
        "centrepiece",
    ]
    first = body["domains"][0]
    assert set(first) == {
        "key",
        "name",
        "description",
        "child_name",
        "child_description",
        "weight",
        "levels",
    }
    assert [item["level"] for item in first["levels"]] == [0, 1, 2, 3, 4]
    assert listed.json() == [
        {
            "version": "1.0.0",
            "name": body["name"],
            "published": body["published"],
            "is_default": True,
            "is_current": True,
            "published_at": None,
            "published_by": None,
        }
    ]


async def test_an_admin_publishes_a_version_that_becomes_current(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    admin = await create_user(db, council, role=Role.admin, display_name="Ada Admin")
    http = await sign_in_as(admin)

    first = await http.post(FRAMEWORKS, json=framework_document("1.1.0"))
    second = await http.post(
        FRAMEWORKS, json=framework_document("2.0.0", {"safety_outside_home": 3.0})
    )

    assert first.status_code == 201, first.text
    assert second.status_code == 201, second.text
    assert second.json()["is_default"] is False
    current = (await http.get(f"{FRAMEWORKS}/current")).json()
    assert current["version"] == "2.0.0"
    weights = {domain["key"]: domain["weight"] for domain in current["domains"]}
    assert weights["safety_outside_home"] == 3.0
    assert weights["physical_health"] == 1.0
    listed = (await http.get(FRAMEWORKS)).json()
    assert [item["version"] for item in listed] == ["2.0.0", "1.1.0", "1.0.0"]
    assert [item["is_current"] for item in listed] == [True, False, False]
    assert listed[0]["published_by"] == {"id": str(admin.id), "display_name": "Ada Admin"}
    older = await http.get(f"{FRAMEWORKS}/1.1.0")
    assert older.status_code == 200
    assert older.json()["version"] == "1.1.0"
    assert (await http.get(f"{FRAMEWORKS}/1.0.0")).json()["is_default"] is True
    assert (await http.get(f"{FRAMEWORKS}/7.7.7")).status_code == 404
    published = await db.scalars(
        select(AuditEvent).where(AuditEvent.resource_type == "framework_version")
    )
    assert sorted(event.details["version"] for event in published) == ["1.1.0", "2.0.0"]


def _broken(change: str) -> dict[str, Any]:
    document = framework_document("3.0.0")
    if change == "missing descriptor":
        del document["domains"][2]["levels"][1]["descriptor"]
    elif change == "renamed domain":
        document["domains"][3]["key"] = "schooling"
    elif change == "dropped domain":
        document["domains"].pop()
    elif change == "zero weight":
        document["domains"][0]["weight"] = 0
    elif change == "huge weight":
        document["domains"][1]["weight"] = 1000
    elif change == "default version":
        document["version"] = "1.0.0"
    elif change == "long text":
        document["domains"][4]["description"] = "x" * 2001
    elif change == "other key":
        document["key"] = "another-framework"
    elif change == "bad version":
        document["version"] = "v3"
    return document


async def test_invalid_documents_name_the_field(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await create_organisation(db)
    http = await sign_in_as(await create_user(db, council, role=Role.admin))
    expected = {
        "missing descriptor": "body.domains.2.levels.1.descriptor",
        "renamed domain": "body.domains.3.key",
        "dropped domain": "body.domains",
        "zero weight": "body.domains.0.weight",
        "huge weight": "body.domains.1.weight",
        "default version": "body.version",
        "long text": "body.domains.4.description",
        "other key": "body.key",
        "bad version": "body.version",
    }

    answers = {change: await http.post(FRAMEWORKS, json=_broken(change)) for change in expected}

    for change, field in expected.items():
        response = answers[change]
        assert response.status_code == 422, (change, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["errors"][0]["field"] == field, change
    not_an_object = await http.post(FRAMEWORKS, json=["a", "list"])
    assert not_an_object.status_code == 422
    assert await db.scalar(select(FrameworkVersion.id)) is None


async def test_a_version_is_published_once(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await create_organisation(db)
    http = await sign_in_as(await create_user(db, council, role=Role.admin))
    assert (await http.post(FRAMEWORKS, json=framework_document("2.0.0"))).status_code == 201

    again = await http.post(FRAMEWORKS, json=framework_document("2.0.0", {"physical_health": 2}))

    assert again.status_code == 409
    assert again.json()["errors"][0]["field"] == "body.version"
    current = (await http.get(f"{FRAMEWORKS}/current")).json()
    assert current["domains"][0]["weight"] == 1.0


async def test_an_oversized_document_is_refused(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await create_organisation(db)
    http = await sign_in_as(await create_user(db, council, role=Role.admin))
    document = framework_document("2.0.0")
    document["padding"] = "x" * 300_000

    response = await http.post(FRAMEWORKS, json=document)

    assert response.status_code == 413


async def test_only_admins_publish(sign_in_as: SignIn, db: AsyncSession) -> None:
    council = await create_organisation(db)
    for role in (Role.practitioner, Role.manager, Role.commissioner):
        http = await sign_in_as(await create_user(db, council, role=role))
        response = await http.post(FRAMEWORKS, json=framework_document("2.0.0"))
        assert response.status_code == 403, role


async def test_each_council_sees_only_its_own_versions(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    north = await create_organisation(db)
    south = await create_organisation(db)
    await create_framework_version(db, north, version="2.0.0", weights={"physical_health": 4})
    await create_framework_version(db, south, version="2.0.0", weights={"physical_health": 2})
    await create_framework_version(db, south, version="2.1.0")
    north_http = await sign_in_as(await create_user(db, north))
    south_http = await sign_in_as(await create_user(db, south))

    north_v2 = (await north_http.get(f"{FRAMEWORKS}/2.0.0")).json()
    south_v2 = (await south_http.get(f"{FRAMEWORKS}/2.0.0")).json()

    assert north_v2["domains"][0]["weight"] == 4
    assert south_v2["domains"][0]["weight"] == 2
    assert (await north_http.get(f"{FRAMEWORKS}/2.1.0")).status_code == 404
    assert (await north_http.get(f"{FRAMEWORKS}/current")).json()["version"] == "2.0.0"
    assert (await south_http.get(f"{FRAMEWORKS}/current")).json()["version"] == "2.1.0"
