"""Sending to a webhook without being turned against the servers next to ours.

A URL is parsed strictly (`kindred.domain.webhook_targets`), its host looked up once, every
address it resolves to checked, and the request sent to exactly the first address that was
checked (no second lookup a DNS answer could change under us), with the URL's host kept for TLS
(SNI and certificate checks) and in the `Host` header. Redirects are not followed, the whole
attempt has one deadline, and the answer's body is never read.

The same checks run when a webhook is registered; the ones at delivery are the ones that count.
"""

import asyncio
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from ipaddress import ip_address

import httpx

from kindred.domain.webhook_targets import (
    Address,
    RefusedUrl,
    WebhookTarget,
    parse_webhook_url,
    refuse_addresses,
)

REQUEST_TIMEOUT_SECONDS = 10.0
"""The whole attempt: lookup, connection, TLS, sending, and the answer's status line."""
LOOKUP_TIMEOUT_SECONDS = 5.0

Resolver = Callable[[str, int], Awaitable[list[Address]]]


async def system_resolver(host: str, port: int) -> list[Address]:
    """Every address the system's resolver gives for a host, in its order of preference."""
    found = await asyncio.get_running_loop().getaddrinfo(
        host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
    )
    addresses = [ip_address(info[4][0]) for info in found]
    return list(dict.fromkeys(addresses))


async def checked_addresses(
    target: WebhookTarget, *, allow_private: bool, resolve: Resolver
) -> list[Address]:
    """The addresses to send to, all checked; `RefusedUrl` when any may not be (or none found)."""
    if target.address is not None:
        return [target.address]
    try:
        async with asyncio.timeout(LOOKUP_TIMEOUT_SECONDS):
            addresses = await resolve(target.host, target.port)
    except (OSError, TimeoutError, UnicodeError):
        raise RefusedUrl(
            f"Kindred could not look up {target.host}: check its spelling (a name just added "
            "to DNS may take a while to be found)."
        ) from None
    refuse_addresses(target, addresses, allow_private=allow_private)
    return addresses


def delivery_client() -> httpx.AsyncClient:
    """The worker's HTTP client: no proxies from the environment, no redirects, no reuse.

    Connections are not kept alive, so a connection made for one host name (its TLS checked
    against that name) is never reused for another name on the same address.
    """
    return httpx.AsyncClient(
        timeout=REQUEST_TIMEOUT_SECONDS,
        follow_redirects=False,
        trust_env=False,
        limits=httpx.Limits(max_keepalive_connections=0),
    )


@dataclass(frozen=True)
class Outbound:
    """How deliveries leave: the HTTP client, the resolver, and the development allowance."""

    http: httpx.AsyncClient
    allow_private: bool = False
    resolve: Resolver = field(default=system_resolver)


@dataclass(frozen=True, slots=True)
class Outcome:
    """One attempt: the endpoint's status (None if it never answered) and why it failed."""

    status_code: int | None
    error: str | None


async def _post_to(
    outbound: Outbound,
    target: WebhookTarget,
    address: Address,
    body: bytes,
    headers: dict[str, str],
) -> int:
    extensions = {"sni_hostname": target.host} if target.address is None else {}
    request = outbound.http.build_request(
        "POST",
        target.url_to(address),
        content=body,
        headers={**headers, "Host": target.host_header},
        extensions=extensions,
    )
    response = await outbound.http.send(request, stream=True, follow_redirects=False)
    await response.aclose()  # the body is never read: only the status counts
    return response.status_code


async def post(outbound: Outbound, url: str, body: bytes, headers: dict[str, str]) -> Outcome:
    """POST once to a webhook URL after checking where it leads; never raises for the endpoint.

    Each checked address is tried in turn until one accepts a connection.
    """
    try:
        async with asyncio.timeout(REQUEST_TIMEOUT_SECONDS):
            target = parse_webhook_url(url, allow_private=outbound.allow_private)
            addresses = await checked_addresses(
                target, allow_private=outbound.allow_private, resolve=outbound.resolve
            )
            for address in addresses[:-1]:
                try:
                    return _outcome(await _post_to(outbound, target, address, body, headers))
                except httpx.ConnectError:
                    continue
            return _outcome(await _post_to(outbound, target, addresses[-1], body, headers))
    except RefusedUrl as refused:
        return Outcome(None, f"Not sent: {refused}")
    except (TimeoutError, httpx.TimeoutException):
        return Outcome(None, f"No answer within {REQUEST_TIMEOUT_SECONDS:g} seconds.")
    except httpx.ConnectError as error:  # refused, unreachable, or TLS failed
        return Outcome(None, f"Could not connect: {error}")
    except (httpx.HTTPError, httpx.InvalidURL, OSError) as error:
        return Outcome(None, f"Could not send: {type(error).__name__}: {error}")


def _outcome(status_code: int) -> Outcome:
    if 200 <= status_code < 300:
        return Outcome(status_code, None)
    if 300 <= status_code < 400:
        return Outcome(
            status_code, f"The endpoint answered HTTP {status_code}; redirects are not followed."
        )
    return Outcome(status_code, f"The endpoint answered HTTP {status_code}.")
