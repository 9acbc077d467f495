"""Webhooks: registration, signed deliveries, retries with backoff, the delivery log, the worker.

The dispatch step is called directly with a test clock and an in-memory HTTP transport, so no
test waits on time; one test runs the real pgqueuer worker until it has made an attempt. Every
test here sends to 127.0.0.1, so the development allowance is on; `test_webhook_addresses`
has what is refused without it.
"""

import asyncio
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from conftest import SignIn
from factories import create_child, create_organisation, create_team, create_user
from kindred.domain.referrals import MAX_DELIVERY_ATTEMPTS, signature_matches
from kindred.models.organisation import Organisation, OrganisationKind
from kindred.models.partner import WebhookDelivery
from kindred.models.referral import ReferralStatus
from kindred.models.user import Role
from kindred.modules.jobs.worker import run_worker
from kindred.modules.webhooks.dispatch import dispatch_due
from kindred.modules.webhooks.outbound import Outbound
from kindred.settings import Settings
from partner_helpers import PARTNER, bearer_client, key
from referral_factories import create_referral, create_webhook

HOOK = "http://127.0.0.1:9/kindred-hook"

pytestmark = pytest.mark.usefixtures("local_receivers_allowed")


class Receiver:
    """An in-memory webhook receiver answering with the statuses it is given, in turn."""

    def __init__(self, *statuses: int) -> None:
        self.statuses = list(statuses) or [200]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        status = self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]
        return httpx.Response(status)

    def outbound(self) -> Outbound:
        """How the dispatch step sends: through this receiver, the allowance on."""
        return Outbound(httpx.AsyncClient(transport=httpx.MockTransport(self)), allow_private=True)


async def _share_through_the_api(
    db: AsyncSession, sign_in_as: SignIn, agency: Organisation
) -> tuple[dict[str, Any], Any]:
    """A council manager approves a submitted referral and shares it with `agency`."""
    council = await create_organisation(db, name="Southvale City Council")
    team = await create_team(db, council)
    worker = await create_user(db, council, teams=[team])
    manager = await sign_in_as(await create_user(db, council, role=Role.manager, teams=[team]))
    child = await create_child(db, council, team)
    referral = await create_referral(
        db,
        council,
        child,
        created_by=worker,
        status=ReferralStatus.awaiting_approval,
        submitted_by=worker.id,
    )
    approved = await manager.post(
        f"/api/v1/referrals/{referral.id}/approve",
        json={"version": referral.version, "agency_ids": [str(agency.id)]},
    )
    assert approved.status_code == 200, approved.text
    return approved.json(), manager


async def test_a_share_is_delivered_signed_and_logged(
    db: AsyncSession,
    client: httpx.AsyncClient,
    sign_in_as: SignIn,
    app: FastAPI,
    empty_queue: None,
) -> None:
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    http = await bearer_client(client, db, agency)
    hook = (await http.post(f"{PARTNER}/webhooks", json={"url": HOOK}, headers=key())).json()
    referral, _ = await _share_through_the_api(db, sign_in_as, agency)
    receiver = Receiver(204)

    result = await dispatch_due(app.state.database, receiver.outbound(), now=datetime.now(UTC))

    assert len(result.delivered) == 1
    sent = receiver.requests[0]
    assert str(sent.url) == HOOK
    assert signature_matches(
        hook["signing_secret"], sent.content, sent.headers["x-kindred-signature"]
    )
    assert sent.headers["x-kindred-signature"].startswith("sha256=")
    assert int(sent.headers["x-kindred-timestamp"]) > 0
    event = json.loads(sent.content)
    assert event["type"] == "referral.shared" == sent.headers["x-kindred-event-type"]
    share_id = referral["shares"][0]["id"]
    assert event["data"]["referral"]["id"] == share_id
    assert event["data"]["referral"]["reference"] == referral["reference"]
    assert "given_name" not in sent.content.decode()  # events are thin
    log = (await http.get(f"{PARTNER}/webhooks/{hook['id']}/deliveries")).json()
    assert log["items"][0]["status"] == "delivered"
    assert log["items"][0]["attempt_log"][0]["status_code"] == 204
    again = await dispatch_due(app.state.database, receiver.outbound(), now=datetime.now(UTC))
    assert again.attempted == 0  # delivered once


async def test_failures_are_retried_with_exponential_backoff(
    db: AsyncSession,
    client: httpx.AsyncClient,
    sign_in_as: SignIn,
    app: FastAPI,
    owner_engine: AsyncEngine,
    empty_queue: None,
) -> None:
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    http = await bearer_client(client, db, agency)
    hook = (await http.post(f"{PARTNER}/webhooks", json={"url": HOOK}, headers=key())).json()
    await _share_through_the_api(db, sign_in_as, agency)
    receiver = Receiver(500, 503, 200)
    database = app.state.database
    start = datetime.now(UTC)

    first = await dispatch_due(database, receiver.outbound(), now=start)
    too_soon = await dispatch_due(database, receiver.outbound(), now=start + timedelta(seconds=29))
    second = await dispatch_due(database, receiver.outbound(), now=start + timedelta(seconds=30))
    still_waiting = await dispatch_due(
        database, receiver.outbound(), now=start + timedelta(seconds=89)
    )
    third = await dispatch_due(database, receiver.outbound(), now=start + timedelta(seconds=90))

    assert (len(first.retrying), too_soon.attempted, len(second.retrying)) == (1, 0, 1)
    assert (still_waiting.attempted, len(third.delivered)) == (0, 1)
    delivery = await db.scalar(select(WebhookDelivery).execution_options(populate_existing=True))
    assert delivery is not None
    assert delivery.status == "delivered"
    assert [entry["status_code"] for entry in delivery.attempt_log] == [500, 503, 200]
    assert [r.headers["x-kindred-attempt"] for r in receiver.requests] == ["1", "2", "3"]
    assert len({r.headers["x-kindred-event-id"] for r in receiver.requests}) == 1
    async with owner_engine.connect() as connection:
        deferred = (
            await connection.execute(
                text("SELECT count(*) FROM pgqueuer.pgqueuer WHERE execute_after > now()")
            )
        ).scalar_one()
    assert deferred >= 2  # a wake-up job for each retry, due when the retry is
    log = (await http.get(f"{PARTNER}/webhooks/{hook['id']}/deliveries")).json()["items"][0]
    assert log["attempts"] == 3


async def test_a_delivery_gives_up_after_the_last_attempt(
    db: AsyncSession,
    client: httpx.AsyncClient,
    sign_in_as: SignIn,
    app: FastAPI,
    empty_queue: None,
) -> None:
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    http = await bearer_client(client, db, agency)
    await http.post(f"{PARTNER}/webhooks", json={"url": HOOK}, headers=key())
    await _share_through_the_api(db, sign_in_as, agency)
    receiver = Receiver(500)
    now = datetime.now(UTC)

    for _ in range(MAX_DELIVERY_ATTEMPTS + 2):
        await dispatch_due(app.state.database, receiver.outbound(), now=now)
        now += timedelta(hours=3)

    delivery = await db.scalar(select(WebhookDelivery).execution_options(populate_existing=True))
    assert delivery is not None
    assert delivery.status == "failed"
    assert len(receiver.requests) == MAX_DELIVERY_ATTEMPTS


async def test_withdrawals_and_decisions_are_events_too_but_only_those_subscribed(
    db: AsyncSession,
    client: httpx.AsyncClient,
    sign_in_as: SignIn,
    app: FastAPI,
    empty_queue: None,
) -> None:
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    http = await bearer_client(client, db, agency)
    await http.post(
        f"{PARTNER}/webhooks", json={"url": HOOK, "events": ["referral.withdrawn"]}, headers=key()
    )
    referral, manager = await _share_through_the_api(db, sign_in_as, agency)
    share_id = referral["shares"][0]["id"]
    await manager.post(f"/api/v1/referrals/{referral['id']}/shares/{share_id}/withdraw", json={})
    receiver = Receiver(200)

    await dispatch_due(app.state.database, receiver.outbound(), now=datetime.now(UTC))

    types = [json.loads(r.content)["type"] for r in receiver.requests]
    assert types == ["referral.withdrawn"]
    assert (
        json.loads(receiver.requests[0].content)["data"]["referral"]["reason"] == "share_withdrawn"
    )


async def test_another_agencys_webhook_is_a_404(
    db: AsyncSession, client: httpx.AsyncClient
) -> None:
    mine = await create_organisation(db, kind=OrganisationKind.agency)
    theirs = await create_organisation(db, kind=OrganisationKind.agency)
    hook = await create_webhook(db, theirs)
    http = await bearer_client(client, db, mine)

    assert (await http.get(f"{PARTNER}/webhooks/{hook.id}")).status_code == 404
    assert (await http.get(f"{PARTNER}/webhooks/{hook.id}/deliveries")).status_code == 404
    assert (await http.delete(f"{PARTNER}/webhooks/{hook.id}")).status_code == 404
    rotated = await http.post(f"{PARTNER}/webhooks/{hook.id}/rotate-secret", headers=key())
    assert rotated.status_code == 404


async def test_a_replayed_registration_or_rotation_never_shows_the_secret_again(
    db: AsyncSession, client: httpx.AsyncClient
) -> None:
    """Regression (issue 14): replaying the same Idempotency-Key showed the secret again."""
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    http = await bearer_client(client, db, agency)
    register, rotate = key(), key()

    first = await http.post(f"{PARTNER}/webhooks", json={"url": HOOK}, headers=register)
    again = await http.post(f"{PARTNER}/webhooks", json={"url": HOOK}, headers=register)
    rotated = f"{PARTNER}/webhooks/{first.json()['id']}/rotate-secret"
    new_secret = await http.post(rotated, headers=rotate)
    rotated_again = await http.post(rotated, headers=rotate)

    assert first.status_code == again.status_code == 201
    assert first.json()["signing_secret"].startswith("whsec_")
    assert again.headers["idempotent-replayed"] == "true"
    assert again.json() == {**first.json(), "signing_secret": None}
    assert new_secret.status_code == rotated_again.status_code == 200
    assert new_secret.json()["signing_secret"].startswith("whsec_")
    assert rotated_again.json() == {**new_secret.json(), "signing_secret": None}
    stored = await db.scalars(text("SELECT response_body::text FROM idempotency_keys"))
    assert not [body for body in stored if "whsec_" in body]


async def test_the_worker_runs_queued_deliveries(
    db: AsyncSession,
    client: httpx.AsyncClient,
    sign_in_as: SignIn,
    local_receivers_allowed: Settings,
    empty_queue: None,
) -> None:
    agency = await create_organisation(db, kind=OrganisationKind.agency)
    http = await bearer_client(client, db, agency)
    await http.post(f"{PARTNER}/webhooks", json={"url": HOOK}, headers=key())
    await _share_through_the_api(db, sign_in_as, agency)
    stop = asyncio.Event()
    worker = asyncio.create_task(run_worker(local_receivers_allowed, stop=stop))

    attempts = 0
    for _ in range(200):  # up to 20 s for the worker to pick the job up and try once
        await asyncio.sleep(0.1)
        attempts = int(await db.scalar(select(WebhookDelivery.attempts)) or 0)
        await db.rollback()
        if attempts:
            break
    stop.set()
    await asyncio.wait_for(worker, 20)

    # Nothing listens on port 9: the attempt failed and a retry is scheduled.
    assert attempts == 1
    delivery = await db.scalar(select(WebhookDelivery))
    assert delivery is not None
    assert delivery.status == "pending"
    assert delivery.last_error
