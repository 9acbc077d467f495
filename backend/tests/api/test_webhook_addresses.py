"""Webhooks cannot reach inside, and one endpoint cannot stall or break another's deliveries.

Registration refuses a URL whose host is, or resolves to, a non-public address in any spelling
(the development allowance off, as in production); delivery checks again, sends to the address it
checked, and keeps each delivery's failure its own.
"""

from datetime import UTC, datetime

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from conftest import SignIn
from factories import create_organisation, create_user
from kindred.domain.referrals import signature_matches
from kindred.models.organisation import Organisation, OrganisationKind
from kindred.models.partner import WebhookDelivery, WebhookEndpoint
from kindred.models.user import Role
from kindred.modules.webhooks import outbound as outbound_module
from kindred.modules.webhooks.dispatch import dispatch_due
from kindred.modules.webhooks.outbound import Outbound, delivery_client
from partner_helpers import PARTNER, bearer_client, key
from referral_factories import create_delivery, create_webhook
from webhook_helpers import FakeDns, local_receiver, silent_receiver

LOOPBACK = "a loopback address. Webhooks are sent only to public internet addresses."
BYPASSES = [
    ("https://0177.0.0.1:3306/x", f"0177.0.0.1 means 127.0.0.1, {LOOPBACK}"),
    ("https://0x7f.1:8100/x", f"0x7f.1 means 127.0.0.1, {LOOPBACK}"),
    ("https://2130706433:6379/x", f"2130706433 means 127.0.0.1, {LOOPBACK}"),
    ("https://127.1/", f"127.1 means 127.0.0.1, {LOOPBACK}"),
    ("https://127.0.0.1.nip.io/", f"127.0.0.1.nip.io resolves to 127.0.0.1, {LOOPBACK}"),
    ("https://localtest.me/", f"localtest.me resolves to 127.0.0.1, {LOOPBACK}"),
    ("https://[::1]/", f"[::1] is {LOOPBACK}"),
    ("https://[::ffff:127.0.0.1]/", f"[::ffff:127.0.0.1] is {LOOPBACK}"),
    ("https://localhost/", "localhost is this machine (loopback)."),
    ("https://split.example/x", "split.example resolves to 10.0.0.5, a private address."),
    ("https://169.254.169.254/latest/meta-data", "169.254.169.254 is a link-local address."),
    ("https://nowhere.example/x", "Kindred could not look up nowhere.example"),
    ("http://hooks.example/x", "Use an https:// URL."),
    ("https://[::1/x", "This is not a valid URL (check the host and the port)."),
]


async def _agency_callers(
    db: AsyncSession, client: httpx.AsyncClient, sign_in_as: SignIn
) -> tuple[Organisation, dict[str, httpx.AsyncClient]]:
    """The agency's API client (partner API) and one of its people (the agency portal)."""
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    person = await create_user(db, agency, role=Role.agency_user)
    callers = {"partner API": await bearer_client(client, db, agency)}
    callers["agency portal"] = await sign_in_as(person)
    return agency, callers


async def test_every_bypass_spelling_is_refused_at_registration(
    db: AsyncSession, client: httpx.AsyncClient, sign_in_as: SignIn, public_dns: FakeDns
) -> None:
    _, callers = await _agency_callers(db, client, sign_in_as)

    for caller, http in callers.items():
        for url, message in BYPASSES:
            refused = await http.post(f"{PARTNER}/webhooks", json={"url": url}, headers=key())

            assert refused.status_code == 422, (caller, url, refused.text)
            assert refused.headers["content-type"] == "application/problem+json"
            [error] = refused.json()["errors"]
            assert error["field"] == "body.url"
            assert error["message"].startswith(message), (caller, url, error)
        assert (await http.get(f"{PARTNER}/webhooks")).json() == []
    assert await db.scalar(select(WebhookEndpoint.id)) is None


async def test_a_public_host_is_registered_and_its_name_looked_up(
    db: AsyncSession, client: httpx.AsyncClient, sign_in_as: SignIn, public_dns: FakeDns
) -> None:
    _, callers = await _agency_callers(db, client, sign_in_as)

    for http in callers.values():
        made = await http.post(
            f"{PARTNER}/webhooks", json={"url": "https://hooks.example/kindred"}, headers=key()
        )
        by_address = await http.post(
            f"{PARTNER}/webhooks", json={"url": "https://8.8.8.8:8443/in"}, headers=key()
        )

        assert made.status_code == 201, made.text
        assert made.json()["signing_secret"].startswith("whsec_")
        assert by_address.status_code == 201, by_address.text
    assert public_dns.lookups == ["hooks.example", "hooks.example"]


@pytest.mark.parametrize("allowed", [False, True])
async def test_a_local_receiver_needs_the_development_allowance(
    db: AsyncSession, client: httpx.AsyncClient, request: pytest.FixtureRequest, allowed: bool
) -> None:
    if allowed:
        request.getfixturevalue("local_receivers_allowed")
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    http = await bearer_client(client, db, agency)

    made = await http.post(
        f"{PARTNER}/webhooks", json={"url": "http://127.0.0.1:9/kindred-hook"}, headers=key()
    )

    assert made.status_code == (201 if allowed else 422), made.text


def _in_memory(statuses: list[int], seen: list[httpx.Request]) -> httpx.AsyncClient:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(statuses.pop(0), headers={"Location": "http://127.0.0.1:6379/"})

    return httpx.AsyncClient(transport=httpx.MockTransport(answer))


async def _deliveries(db: AsyncSession) -> dict[str, WebhookDelivery]:
    """Every delivery by its endpoint's URL, as stored now."""
    rows = await db.execute(
        select(WebhookEndpoint.url, WebhookDelivery)
        .join(WebhookDelivery, WebhookDelivery.endpoint_id == WebhookEndpoint.id)
        .execution_options(populate_existing=True)
    )
    return dict(rows.all())


async def test_delivery_connects_to_the_address_it_checked_keeping_the_name_for_tls(
    db: AsyncSession, app: FastAPI, empty_queue: None
) -> None:
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    await create_delivery(
        db, await create_webhook(db, agency, url="https://hooks.example:8443/in?a=1")
    )
    dns = FakeDns()
    seen: list[httpx.Request] = []

    result = await dispatch_due(
        app.state.database, Outbound(_in_memory([204], seen), resolve=dns), now=datetime.now(UTC)
    )

    assert len(result.delivered) == 1
    assert dns.lookups == ["hooks.example"]  # looked up once; no second lookup to connect
    [sent] = seen
    assert str(sent.url) == "https://93.184.215.14:8443/in?a=1"
    assert sent.headers["host"] == "hooks.example:8443"
    assert sent.extensions["sni_hostname"] == "hooks.example"


async def test_an_address_refused_at_delivery_is_a_failed_try_with_a_plain_reason(
    db: AsyncSession, app: FastAPI, empty_queue: None
) -> None:
    urls = {
        # DNS changed after registration (rebinding), or the URL was stored before the checks.
        "https://rebound.example/x": f"Not sent: rebound.example resolves to 127.0.0.1, {LOOPBACK}",
        "https://0177.0.0.1:3306/x": f"Not sent: 0177.0.0.1 means 127.0.0.1, {LOOPBACK}",
        "https://split.example/x": "Not sent: split.example resolves to 10.0.0.5, a private",
        "https://[::1/x": "Not sent: This is not a valid URL",
    }
    for url in urls:
        agency = await create_organisation(db, kind=OrganisationKind.agency)
        await create_delivery(db, await create_webhook(db, agency, url=url))
    dns = FakeDns(
        {"rebound.example": ("127.0.0.1",), "split.example": ("93.184.215.14", "10.0.0.5")}
    )
    seen: list[httpx.Request] = []

    result = await dispatch_due(
        app.state.database, Outbound(_in_memory([], seen), resolve=dns), now=datetime.now(UTC)
    )

    assert seen == []  # nothing left the building
    assert len(result.retrying) == len(urls)
    for url, delivery in (await _deliveries(db)).items():
        assert (delivery.status, delivery.attempts) == ("pending", 1), url
        assert delivery.last_error is not None
        assert delivery.last_error.startswith(urls[url])
        assert delivery.attempt_log[0]["error"] == delivery.last_error


async def test_a_redirect_is_a_failed_try_and_is_not_followed(
    db: AsyncSession, app: FastAPI, empty_queue: None
) -> None:
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    await create_delivery(db, await create_webhook(db, agency, url="https://hooks.example/in"))
    seen: list[httpx.Request] = []

    result = await dispatch_due(
        app.state.database,
        Outbound(_in_memory([302, 204], seen), resolve=FakeDns()),
        now=datetime.now(UTC),
    )

    assert len(result.retrying) == 1
    assert len(seen) == 1
    [delivery] = (await _deliveries(db)).values()
    assert delivery.last_status_code == 302
    assert delivery.last_error == "The endpoint answered HTTP 302; redirects are not followed."


async def test_one_broken_endpoint_fails_only_its_own_delivery(
    db: AsyncSession, app: FastAPI, empty_queue: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A silent endpoint is bounded by the attempt's deadline; one second keeps the test quick.
    monkeypatch.setattr(outbound_module, "REQUEST_TIMEOUT_SECONDS", 1.0)
    with (
        local_receiver() as (first, first_got),
        local_receiver() as (second, second_got),
        silent_receiver() as silent,
    ):
        broken = [
            "https://[::1/x",  # stored before registration checked URLs
            "https://nowhere.example/x",  # not in DNS
            "https://0.0.0.0/x",  # never a receiver, even with the allowance
            "http://127.0.0.1:9/closed",  # nothing listens
            first.replace("http://", "https://") + "/tls",  # TLS to a plain HTTP server
            f"{silent}/never-answers",
        ]
        secrets = {}
        for url in [*broken, f"{first}/one", f"{second}/two"]:
            agency = await create_organisation(db, kind=OrganisationKind.agency)
            endpoint = await create_webhook(db, agency, url=url)
            secrets[url] = endpoint.signing_secret
            await create_delivery(db, endpoint)

        result = await dispatch_due(
            app.state.database,
            Outbound(delivery_client(), allow_private=True, resolve=FakeDns()),
            now=datetime.now(UTC),
        )

    assert (len(result.delivered), len(result.retrying)) == (2, len(broken))
    assert [len(first_got), len(second_got)] == [1, 1]
    headers, body = first_got[0]
    assert signature_matches(secrets[f"{first}/one"], body, headers["X-Kindred-Signature"])
    deliveries = await _deliveries(db)
    for url in (f"{first}/one", f"{second}/two"):
        assert (deliveries[url].status, deliveries[url].attempts) == ("delivered", 1)
    for url in broken:
        assert (deliveries[url].status, deliveries[url].attempts) == ("pending", 1), url
        assert deliveries[url].last_error, url
    assert deliveries[f"{silent}/never-answers"].last_error == "No answer within 1 seconds."
