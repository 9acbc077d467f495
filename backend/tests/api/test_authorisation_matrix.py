"""The authorisation matrix, generated from the app's route table.

Every route must declare `PUBLIC` or `require(Action.x)`; a route with neither fails here.
Every protected route is called as anonymous, as every role in a council and an agency, and
as an API client, and must answer 401 / 403 / not-denied exactly as the policy says. Routes
naming a record are also called, with a real record of council A, by every role of council B
and of the agency that passes the role gate: they must get the same answer as for an id that
does not exist (404, or 422 where the body is validated first): it is not theirs to know.
"""

import re
import uuid
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field

import httpx
import pytest
from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, RouteContext, iter_route_contexts
from sqlalchemy.ext.asyncio import AsyncSession

from bulk_load_helpers import create_bulk_load
from conftest import SignIn
from factories import (
    create_api_client,
    create_assessment,
    create_child,
    create_cost_record,
    create_framework_version,
    create_goal,
    create_household,
    create_import_job,
    create_organisation,
    create_placement,
    create_team,
    create_user,
)
from kindred.auth.dependencies import RequiredAction, public_route
from kindred.auth.policy import Action, role_permits, scopes_permit
from kindred.models.council_export import CouncilExport
from kindred.models.organisation import Organisation, OrganisationKind
from kindred.models.referral import ReferralStatus
from kindred.models.user import Role
from partner_helpers import bearer_client
from referral_factories import (
    create_offer,
    create_referral,
    create_webhook,
    open_shared_referral,
    other_agency,
)

ALL_SCOPES = ("offers:write", "referrals:read", "webhooks:manage")
_PATH_PARAM = re.compile(r"{(\w+)}")


def _declared_access(dependant: Dependant) -> Iterator[Action | None]:
    """Each access marker in the route's dependency tree: an action, or None for PUBLIC."""
    for sub in dependant.dependencies:
        if isinstance(sub.call, RequiredAction):
            yield sub.call.action
        elif sub.call is public_route:
            yield None
        yield from _declared_access(sub)


def api_routes(app: FastAPI) -> list[RouteContext]:
    """Every API route as mounted (with its routers' dependencies); sign-out last, since
    calling it ends the caller's session."""
    routes = [
        context
        for context in iter_route_contexts(app.routes)
        if isinstance(context.original_route, APIRoute)
        and (context.path or "").startswith("/api/v1/")
    ]
    assert len(routes) > 40, "the route table was not read"
    return sorted(routes, key=lambda route: route_action(route) is Action.sign_out)


def route_action(route: RouteContext) -> Action | None:
    markers = list(_declared_access(route.dependant))
    assert markers, f"{route.methods} {route.path} declares no policy (PUBLIC or require())"
    assert len(set(markers)) == 1, f"{route.path} declares conflicting policies {markers}"
    return markers[0]


def test_every_route_declares_its_policy(app: FastAPI) -> None:
    undeclared = [
        f"{sorted(route.methods or ())} {route.path}"
        for route in iter_route_contexts(app.routes)
        if isinstance(route.original_route, APIRoute)
        and not list(_declared_access(route.dependant))
    ]

    assert undeclared == []


@dataclass
class Caller:
    """One identity the matrix calls with."""

    name: str
    organisation: Organisation | None
    role: Role | None = None
    http: httpx.AsyncClient | None = None
    scopes: frozenset[str] = field(default_factory=frozenset)


@dataclass
class World:
    council_a: Organisation
    records: dict[str, str]
    callers: list[Caller]


# How to make a record of council A for each path parameter. A new route with a new kind of
# record must add its maker here, or the matrix test fails and says so.
RecordMaker = Callable[[AsyncSession, Organisation], Awaitable[str]]


async def _user(db: AsyncSession, council: Organisation) -> str:
    return str((await create_user(db, council)).id)


async def _team(db: AsyncSession, council: Organisation) -> str:
    return str((await create_team(db, council)).id)


async def _api_client(db: AsyncSession, council: Organisation) -> str:
    return str((await create_api_client(db, council))[0].id)


async def _child(db: AsyncSession, council: Organisation) -> str:
    return str((await create_child(db, council, await create_team(db, council))).id)


async def _household(db: AsyncSession, council: Organisation) -> str:
    return str((await create_household(db, council)).id)


async def _assessment(db: AsyncSession, council: Organisation) -> str:
    team = await create_team(db, council)
    author = await create_user(db, council, teams=[team])
    child = await create_child(db, council, team)
    return str((await create_assessment(db, council, child, created_by=author)).id)


async def _goal(db: AsyncSession, council: Organisation) -> str:
    team = await create_team(db, council)
    author = await create_user(db, council, teams=[team])
    child = await create_child(db, council, team)
    return str((await create_goal(db, council, child, created_by=author)).id)


async def _framework_version(db: AsyncSession, council: Organisation) -> str:
    return (await create_framework_version(db, council, version="9.9.9")).version


async def _placement(db: AsyncSession, council: Organisation) -> str:
    child = await create_child(db, council, await create_team(db, council))
    return str((await create_placement(db, council, child)).id)


async def _cost_record(db: AsyncSession, council: Organisation) -> str:
    child = await create_child(db, council, await create_team(db, council))
    return str((await create_cost_record(db, council, child)).id)


async def _import_job(db: AsyncSession, council: Organisation) -> str:
    return str((await create_import_job(db, council)).id)


async def _bulk_load(db: AsyncSession, council: Organisation) -> str:
    return str((await create_bulk_load(db, council)).id)


async def _referral(db: AsyncSession, council: Organisation) -> str:
    return str((await create_referral(db, council, status=ReferralStatus.open)).id)


async def _share(db: AsyncSession, council: Organisation) -> str:
    """A share of council A's referral with some other agency, not the matrix's agency."""
    return str((await open_shared_referral(db, council, await other_agency(db)))[1].id)


async def _offer(db: AsyncSession, council: Organisation) -> str:
    """Another agency's offer on council A's referral: the matrix's agency must get 404."""
    _, share = await open_shared_referral(db, council, await other_agency(db))
    return str((await create_offer(db, share)).id)


async def _webhook(db: AsyncSession, council: Organisation) -> str:
    return str((await create_webhook(db, await other_agency(db))).id)


async def _council_export(db: AsyncSession, council: Organisation) -> str:
    export = CouncilExport(tenant_id=council.id, status="succeeded")
    db.add(export)
    await db.commit()
    return str(export.id)


RECORD_MAKERS: dict[str, RecordMaker] = {
    "referral_id": _referral,
    "share_id": _share,
    "offer_id": _offer,
    "webhook_id": _webhook,
    "placement_id": _placement,
    "cost_record_id": _cost_record,
    "import_id": _import_job,
    "assessment_id": _assessment,
    "goal_id": _goal,
    "version": _framework_version,
    "household_id": _household,
    "child_id": _child,
    "user_id": _user,
    "team_id": _team,
    "api_client_id": _api_client,
    "export_id": _council_export,
    "load_id": _bulk_load,
}


async def _world(db: AsyncSession, sign_in_as: SignIn, client: httpx.AsyncClient) -> World:
    council_a = await create_organisation(db, name="Council A")
    council_b = await create_organisation(db, name="Council B")
    agency = await create_organisation(db, kind=OrganisationKind.agency, name="Agency")
    callers = [Caller("anonymous", None, http=client)]
    council_roles = [role for role in Role if role is not Role.agency_user]
    for label, council in (("A", council_a), ("B", council_b)):
        team = await create_team(db, council)
        for role in council_roles:
            user = await create_user(db, council, role=role, teams=[team])
            callers.append(Caller(f"{role.value} of council {label}", council, role))
            callers[-1].http = await sign_in_as(user)
    for agency_role in (Role.agency_user, Role.admin):
        user = await create_user(db, agency, role=agency_role)
        name = f"{agency_role.value} of the agency"
        callers.append(Caller(name, agency, agency_role, await sign_in_as(user)))
    api_client, secret = await create_api_client(db, agency, scopes=ALL_SCOPES)
    token = await client.post(
        "/api/v1/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=(api_client.client_id, secret),
    )
    bearer = httpx.AsyncClient(
        transport=client._transport,
        base_url=client.base_url,
        headers={"Authorization": f"Bearer {token.json()['access_token']}"},
    )
    callers.append(Caller("agency API client", agency, http=bearer, scopes=frozenset(ALL_SCOPES)))
    records = {name: await make(db, council_a) for name, make in RECORD_MAKERS.items()}
    return World(council_a, records, callers)


def _unknown(parameter: str) -> str:
    """A well-formed value naming no record: a fresh UUID, or an unpublished version."""
    return "8.8.8" if parameter == "version" else str(uuid.uuid4())


def _allowed(caller: Caller, action: Action) -> bool:
    if caller.organisation is None:
        return False
    if caller.role is None:
        return scopes_permit(caller.scopes, action)
    return role_permits(caller.role, OrganisationKind(caller.organisation.kind), action)


async def _call(caller: Caller, route: RouteContext, path: str) -> int:
    assert caller.http is not None
    method = sorted(route.methods or ("GET",))[0]
    body: dict[str, object] | None = {} if method in {"POST", "PUT", "PATCH"} else None
    response = await caller.http.request(method, path, json=body)
    return response.status_code


@pytest.mark.usefixtures("clean_database")
async def test_matrix(
    app: FastAPI, db: AsyncSession, sign_in_as: SignIn, client: httpx.AsyncClient
) -> None:
    world = await _world(db, sign_in_as, client)
    wrong: list[str] = []
    checked = 0
    for route in api_routes(app):
        action = route_action(route)
        path = route.path or ""
        params = _PATH_PARAM.findall(path)
        missing = [name for name in params if name not in RECORD_MAKERS]
        assert not missing, f"add a record maker for {missing} ({path})"
        unknown_path = path.format(**{name: _unknown(name) for name in params})
        real_path = path.format(**{name: world.records[name] for name in params})
        for caller in world.callers:
            if action is None:
                continue
            checked += 1
            status = await _call(caller, route, unknown_path)
            if caller.organisation is None:
                expected, ok = "401", status == 401
            elif _allowed(caller, action):
                expected, ok = "not denied, no 5xx", status not in (401, 403) and status < 500
            else:
                expected, ok = "403", status == 403
            if not ok:
                wrong.append(f"{path} as {caller.name}: {status}, expected {expected}")
            outsider = caller.organisation not in (None, world.council_a)
            if params and outsider and _allowed(caller, action):
                # Another council's record must look exactly like no record at all: the same
                # answer as for a random id (404, or 422 where the body is checked first).
                real = await _call(caller, route, real_path)
                if real != status or real not in (404, 422):
                    wrong.append(
                        f"{real_path} as outsider {caller.name}: {real}, "
                        f"but {status} for an unknown id"
                    )

    assert checked > 400, f"only {checked} route × caller checks ran"
    assert wrong == [], "\n".join(wrong)


# Issue 14 §4: what one organisation or caller must never learn of another's, kept fixed here.


@pytest.mark.usefixtures("clean_database")
async def test_an_admin_cannot_tell_an_address_used_elsewhere_from_a_free_one(
    db: AsyncSession, sign_in_as: SignIn
) -> None:
    council_a = await create_organisation(db, name="Council A")
    agency = await create_organisation(db, kind=OrganisationKind.agency, name="Agency")
    await create_user(db, agency, role=Role.agency_user, email="shared@example.org")
    admin = await sign_in_as(await create_user(db, council_a, role=Role.admin))
    password = "lantern orchard quietly ninety"

    def body(email: str) -> dict[str, str]:
        return {"email": email, "display_name": "Robin", "role": "manager", "password": password}

    elsewhere = await admin.post("/api/v1/users", json=body("Shared@Example.org"))
    free = await admin.post("/api/v1/users", json=body("free@example.org"))

    assert (elsewhere.status_code, elsewhere.headers["content-type"]) == (
        free.status_code,
        free.headers["content-type"],
    )
    assert elsewhere.status_code == 201
    assert elsewhere.json().keys() == free.json().keys()


@pytest.mark.usefixtures("clean_database", "public_dns")
async def test_an_idempotency_key_replays_to_its_own_caller_only_and_never_the_secret(
    db: AsyncSession, client: httpx.AsyncClient
) -> None:
    agency = await create_organisation(db, kind=OrganisationKind.agency, name="Agency")
    first_client = await bearer_client(client, db, agency)
    second_client = await bearer_client(client, db, agency)
    same_key = {"Idempotency-Key": str(uuid.uuid4())}
    hook = {"url": "https://hooks.example/kindred"}

    first = await first_client.post("/api/v1/partner/webhooks", json=hook, headers=same_key)
    replayed = await first_client.post("/api/v1/partner/webhooks", json=hook, headers=same_key)
    others = await second_client.post("/api/v1/partner/webhooks", json=hook, headers=same_key)

    assert first.status_code == replayed.status_code == others.status_code == 201
    assert replayed.json()["signing_secret"] is None
    assert others.json()["id"] != first.json()["id"]
    assert others.json()["signing_secret"] not in (None, first.json()["signing_secret"])


CREDENTIAL_ROUTES = {
    "/api/v1/auth/sign-in": {"json": {"email": "guess@example.org", "password": "guess guess"}},
    "/api/v1/oauth/token": {"data": {"grant_type": "client_credentials", "client_id": "kc_x"}},
    "/api/v1/young-people/redeem": {"json": {"code": "ZZZZ-ZZZZ", "pin": "583920"}},
}


def test_every_public_route_taking_a_secret_is_listed_here(app: FastAPI) -> None:
    public_posts = {
        route.path
        for route in api_routes(app)
        if route_action(route) is None and "POST" in (route.methods or ())
    }

    assert set(CREDENTIAL_ROUTES) <= public_posts


@pytest.mark.parametrize("path", sorted(CREDENTIAL_ROUTES))
async def test_guessing_a_secret_is_throttled(client: httpx.AsyncClient, path: str) -> None:
    statuses = [
        (await client.post(path, **CREDENTIAL_ROUTES[path])).status_code  # type: ignore[arg-type]
        for _ in range(10)
    ]

    assert statuses[-1] == 429
    assert 429 not in statuses[:4]
