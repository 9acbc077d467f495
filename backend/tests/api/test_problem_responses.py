"""Every error is one RFC 9457 problem+json body, never a stack trace."""

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI
from pydantic import BaseModel, Field
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import (
    DEFAULT_PASSWORD,
    create_child,
    create_organisation,
    create_team,
    create_user,
)
from kindred.core.errors import Conflict
from kindred.main import create_app
from kindred.models.household import APPROVAL_TYPES
from kindred.models.organisation import OrganisationKind
from kindred.models.user import Role
from kindred.settings import Settings
from partner_helpers import PARTNER, bearer_client
from partner_helpers import key as idempotency_key
from webhook_helpers import FakeDns


class _Example(BaseModel):
    name: str = Field(min_length=1)
    level: int = Field(ge=0, le=4)


@pytest.fixture
async def probe_client(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """The real app plus three routes that fail on purpose, to exercise the error handlers."""
    app: FastAPI = create_app(settings)

    @app.post("/api/v1/_probe/echo")
    async def echo(example: _Example) -> _Example:
        return example

    @app.get("/api/v1/_probe/conflict")
    async def conflict() -> None:
        raise Conflict("Someone else saved this first.")

    @app.get("/api/v1/_probe/crash")
    async def crash() -> None:
        raise RuntimeError("secret internals: SELECT * FROM children")

    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


def _assert_problem(response: httpx.Response, status: int) -> dict[str, object]:
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, object] = response.json()
    assert body["status"] == status
    for key in ("type", "title", "detail", "request_id"):
        assert isinstance(body[key], str)
        assert body[key]
    assert body["request_id"] == response.headers["x-request-id"]
    return body


async def test_unknown_route_is_a_404_problem(client: httpx.AsyncClient) -> None:
    body = _assert_problem(await client.get("/api/v1/no-such-thing"), 404)

    assert body["instance"] == "/api/v1/no-such-thing"


async def test_wrong_method_is_a_405_problem(client: httpx.AsyncClient) -> None:
    _assert_problem(await client.delete("/api/v1/health"), 405)


async def test_malformed_body_names_each_bad_field(probe_client: httpx.AsyncClient) -> None:
    response = await probe_client.post("/api/v1/_probe/echo", json={"name": "", "level": 7})

    body = _assert_problem(response, 422)
    fields = {error["field"] for error in body["errors"]}  # type: ignore[attr-defined]
    assert fields == {"body.name", "body.level"}
    assert "body.name" in str(body["detail"])


async def test_unparseable_json_is_a_422_problem(probe_client: httpx.AsyncClient) -> None:
    response = await probe_client.post(
        "/api/v1/_probe/echo", content=b"{not json", headers={"content-type": "application/json"}
    )

    _assert_problem(response, 422)


async def test_typed_error_carries_its_status(probe_client: httpx.AsyncClient) -> None:
    body = _assert_problem(await probe_client.get("/api/v1/_probe/conflict"), 409)

    assert body["detail"] == "Someone else saved this first."


async def test_crash_is_a_500_problem_without_internals(probe_client: httpx.AsyncClient) -> None:
    response = await probe_client.get("/api/v1/_probe/crash")

    body = _assert_problem(response, 500)
    assert "SELECT" not in response.text
    assert "Traceback" not in response.text
    assert body["title"] == "Something went wrong on our side"


async def test_text_the_database_cannot_store_is_a_422_not_a_500(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    team = await create_team(db, council)
    child = await create_child(db, council, team)
    worker = await create_user(db, council, teams=[team])

    # Free text (not a one-line field, which refuses control characters itself).
    response = await (await sign_in_as(worker)).get("/api/v1/children", params={"q": "nul\x00here"})

    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert str(child.id) not in response.text


async def test_a_body_over_the_limit_is_a_413_problem(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/api/v1/auth/sign-in",
        content=b"{" + b" " * (26 * 1024 * 1024) + b"}",
        headers={"content-type": "application/json"},
    )

    body = _assert_problem(response, 413)
    assert "25 MB" in str(body["detail"])


@pytest.mark.parametrize(
    "url",
    [
        "https://0177.0.0.1:3306/x",  # the HTTP client itself could not parse this one
        "https://0x7f.1:8100/x",
        "https://2130706433:6379/x",
        "https://127.1/",
        "https://127.0.0.1.nip.io/",
        "https://localtest.me/",
        "https://[::ffff:127.0.0.1]/",
        "https://[::1/x",
        "https://exämple.example/",
        "https://1.2.3.09/",
    ],
)
async def test_a_webhook_url_that_reaches_inside_is_a_422_naming_the_url(
    client: httpx.AsyncClient, db: AsyncSession, public_dns: FakeDns, url: str
) -> None:
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    http = await bearer_client(client, db, agency)

    response = await http.post(f"{PARTNER}/webhooks", json={"url": url}, headers=idempotency_key())

    _assert_problem(response, 422)
    errors = response.json()["errors"]
    assert [error["field"] for error in errors] == ["body.url"]
    assert errors[0]["message"]


# Issue 14 §4: answers that were a 500, or said too much, kept as clear answers here.


async def test_every_approval_type_filters_carers_and_an_unknown_one_is_a_422(
    sign_in_as: SignIn, db: AsyncSession
) -> None:
    council = await create_organisation(db)
    http = await sign_in_as(await create_user(db, council, role=Role.commissioner))

    for approval_type in APPROVAL_TYPES:
        response = await http.get("/api/v1/carers", params={"approved_type": approval_type})
        assert response.status_code == 200, (approval_type, response.text)
    unknown = await http.get("/api/v1/carers", params={"approved_type": "holiday"})

    _assert_problem(unknown, 422)
    assert [error["field"] for error in unknown.json()["errors"]] == ["query.approved_type"]


@pytest.mark.parametrize("born", ["9999-12-31", "2999-01-01", "1900-01-01"])
async def test_an_impossible_date_of_birth_is_a_422_naming_the_field(
    sign_in_as: SignIn, db: AsyncSession, born: str
) -> None:
    council = await create_organisation(db)
    team = await create_team(db, council)
    child = await create_child(db, council, team)
    http = await sign_in_as(await create_user(db, council, teams=[team]))
    new_child = {
        "given_name": "Amara",
        "family_name": "Okoye",
        "date_of_birth": born,
        "sex": "2",
        "local_child_id": "NS-1001",
        "care_status": "in_care",
        "team_id": str(team.id),
    }

    changed = {"version": 1, "date_of_birth": born}

    for response in (
        await http.post("/api/v1/children", json=new_child),
        await http.patch(f"/api/v1/children/{child.id}", json=changed),
    ):
        _assert_problem(response, 422)
        assert [error["field"] for error in response.json()["errors"]] == ["body.date_of_birth"]


async def test_one_password_for_two_organisations_is_a_409_listing_them(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    for name in ("Council A", "Council B"):
        await create_user(db, await create_organisation(db, name=name), email="sam@example.org")

    response = await client.post(
        "/api/v1/auth/sign-in", json={"email": "sam@example.org", "password": DEFAULT_PASSWORD}
    )

    body = _assert_problem(response, 409)
    assert body["title"] == "Choose the organisation to sign in to"
    organisations: list[dict[str, str]] = body["organisations"]  # type: ignore[assignment]
    assert sorted(o["name"] for o in organisations) == ["Council A", "Council B"]


async def test_code_guesses_behind_faked_forwarded_addresses_are_a_429_problem(
    app: FastAPI, clean_database: None
) -> None:
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50_000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as local:
        answers = [
            await local.post(
                "/api/v1/young-people/redeem",
                json={"code": f"ZZZZ-ZZ{n:02d}", "pin": "583920"},
                headers={"X-Forwarded-For": f"203.0.113.{n}"},
            )
            for n in range(22, 32)
        ]

    _assert_problem(answers[-1], 429)
    assert answers[-1].headers["retry-after"]


@pytest.mark.parametrize(
    ("path", "form"),
    [
        ("/api/v1/oauth/token", {"grant_type": "client_credentials", "client_id": "kc_guess"}),
        ("/api/v1/auth/sign-in", None),
    ],
)
async def test_a_throttled_attempt_is_a_429_problem_with_retry_after(
    client: httpx.AsyncClient, path: str, form: dict[str, str] | None
) -> None:
    guess = {"email": "guess@example.org", "password": "guess guess guess"}
    for _ in range(5):
        response = await (
            client.post(path, data=form) if form is not None else client.post(path, json=guess)
        )

    body = _assert_problem(response, 429)
    assert int(response.headers["retry-after"]) > 0
    assert "Too many" in str(body["title"])
