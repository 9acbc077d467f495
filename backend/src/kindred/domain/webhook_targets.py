"""Where a webhook may be sent: strict parsing of its URL's host, and which addresses are public.

Pure: no DNS here. A URL's host is read the way a resolver would read it (so `0177.0.0.1`,
`0x7f.1`, `2130706433` and `127.1` are all 127.0.0.1, as `inet_aton` and browsers read them),
and an address is public only when it is none of unspecified, loopback, link-local, multicast,
reserved or private, once any IPv4 address carried inside an IPv6 one (IPv4-mapped, NAT64,
6to4, Teredo) is taken out and judged too.
"""

import re
from dataclasses import dataclass
from enum import StrEnum
from ipaddress import IPv4Address, IPv6Address, IPv6Network
from urllib.parse import urlsplit

Address = IPv4Address | IPv6Address

DEFAULT_PORTS = {"https": 443, "http": 80}
_NAT64 = IPv6Network("64:ff9b::/96")
_LABEL = re.compile(r"[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?")
_NUMBER = re.compile(r"0[xX][0-9a-fA-F]*|[0-9]+")
_MAX_NAME_LENGTH = 253
PUBLIC_ONLY = "Webhooks are sent only to public internet addresses."


class RefusedUrl(ValueError):
    """A webhook URL Kindred will not (or cannot) send to; the message says why, in plain words."""


class AddressKind(StrEnum):
    public = "public"
    unspecified = "unspecified"
    loopback = "loopback"
    link_local = "link-local"
    multicast = "multicast"
    reserved = "reserved"
    private = "private"
    non_public = "non-public"


def _embedded_ipv4(address: IPv6Address) -> list[IPv4Address]:
    """IPv4 addresses a packet to `address` may really reach: 6to4 and Teredo forms."""
    embedded = [address.sixtofour] if address.sixtofour is not None else []
    if address.teredo is not None:
        embedded.extend(address.teredo)
    return embedded


def address_kind(address: Address) -> AddressKind:
    """What sort of address this is; only `public` ones may receive webhooks."""
    if isinstance(address, IPv6Address):
        if address.ipv4_mapped is not None:
            return address_kind(address.ipv4_mapped)
        if address in _NAT64:
            return address_kind(IPv4Address(int(address) & 0xFFFF_FFFF))
        for inner in _embedded_ipv4(address):
            if (kind := address_kind(inner)) is not AddressKind.public:
                return kind
    checks = (
        (address.is_unspecified, AddressKind.unspecified),
        (address.is_loopback, AddressKind.loopback),
        (address.is_link_local, AddressKind.link_local),
        (address.is_multicast, AddressKind.multicast),
        (address.is_reserved, AddressKind.reserved),
        (address.is_private, AddressKind.private),
        (isinstance(address, IPv6Address) and address.is_site_local, AddressKind.private),
        (not address.is_global, AddressKind.non_public),
    )
    return next((kind for matched, kind in checks if matched), AddressKind.public)


def address_refusal(address: Address, *, allow_private: bool) -> AddressKind | None:
    """Why an address may not receive webhooks, or None when it may.

    With the development allowance, private, loopback and other local addresses may (a test
    receiver on this machine); an unspecified or multicast address never can.
    """
    kind = address_kind(address)
    if kind is AddressKind.public:
        return None
    if allow_private and kind not in (AddressKind.unspecified, AddressKind.multicast):
        return None
    return kind


def _number(text: str) -> int | None:
    if not _NUMBER.fullmatch(text):
        return None
    if text[:2].lower() == "0x":
        return int(text[2:] or "0", 16)
    if len(text) > 1 and text.startswith("0"):
        return int(text, 8) if set(text) <= set("01234567") else None
    return int(text)


def parse_ipv4(host: str) -> IPv4Address | None:
    """The IPv4 address a host spells, in any `inet_aton` form; None when the host is a name.

    A host whose last label is a number is an address or nothing: `1.2.3.09` (9 is not octal)
    and `example.300` are refused rather than looked up as names.
    """
    labels = host.split(".")
    if len(labels) > 1 and labels[-1] == "":
        labels.pop()
    if not _NUMBER.fullmatch(labels[-1]):
        return None
    numbers = [_number(label) for label in labels]
    parts = [number for number in numbers if number is not None]
    if len(parts) != len(labels) or len(parts) > 4 or any(part > 255 for part in parts[:-1]):
        raise RefusedUrl(f"{host} is not a valid IP address.")
    if parts[-1] >= 256 ** (5 - len(parts)):
        raise RefusedUrl(f"{host} is not a valid IP address.")
    value = parts[-1]
    for index, part in enumerate(parts[:-1]):
        value += part << (8 * (3 - index))
    return IPv4Address(value)


def _literal_address(host: str) -> Address | None:
    if ":" in host:
        try:
            address = IPv6Address(host)
        except ValueError:
            raise RefusedUrl(f"[{host}] is not a valid IPv6 address.") from None
        if address.scope_id is not None:
            raise RefusedUrl("An IPv6 address with a zone (%) cannot receive webhooks.")
        return address
    return parse_ipv4(host)


@dataclass(frozen=True, slots=True)
class WebhookTarget:
    """A webhook URL taken apart: what to look up, and how to send to one checked address."""

    scheme: str
    host: str
    """The host name, lower case, without a trailing dot; or the address, written plainly."""
    port: int
    path: str
    """Path and query, as given (`/` when there is none)."""
    address: Address | None
    """The address the URL names literally; None when its host is a name to look up."""

    @property
    def host_header(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == DEFAULT_PORTS[self.scheme] else f"{host}:{self.port}"

    def url_to(self, address: Address) -> str:
        """The same URL with its host replaced by `address`: the one address connected to."""
        host = f"[{address}]" if isinstance(address, IPv6Address) else str(address)
        return f"{self.scheme}://{host}:{self.port}{self.path}"


def refuse_addresses(
    target: WebhookTarget, addresses: list[Address], *, allow_private: bool
) -> None:
    """Refuse a name when any address it resolves to may not receive webhooks (naming which)."""
    if not addresses:
        raise RefusedUrl(f"{target.host} has no address.")
    for address in addresses:
        kind = address_refusal(address, allow_private=allow_private)
        if kind is not None:
            raise RefusedUrl(
                f"{target.host} resolves to {address}, {_a(kind)} address. {PUBLIC_ONLY}"
            )


def _a(kind: AddressKind) -> str:
    return f"{'an' if kind.value[0] in 'aeiou' else 'a'} {kind.value}"


def _check_name(host: str, *, allow_private: bool) -> str:
    name = host.removesuffix(".")
    labels = name.split(".")
    if not name or len(name) > _MAX_NAME_LENGTH or not all(map(_LABEL.fullmatch, labels)):
        raise RefusedUrl(
            f"{host} is not a valid host name (give an internationalised name in its xn-- form)."
        )
    if not allow_private:
        if labels[-1] == "localhost":
            raise RefusedUrl(f"{name} is this machine (loopback). {PUBLIC_ONLY}")
        if len(labels) == 1:
            raise RefusedUrl(f"Give a full host name with a domain, not {name}. {PUBLIC_ONLY}")
    return name


def parse_webhook_url(url: str, *, allow_private: bool) -> WebhookTarget:
    """A webhook URL checked as far as can be without DNS; `RefusedUrl` says what is wrong.

    https only (plain http too with the development allowance); a host, no credentials, a valid
    port; an IP address in any spelling must be public; a name must be well formed (its
    addresses are checked when it is looked up, by `refuse_addresses`).
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise RefusedUrl("This is not a valid URL (check the host and the port).") from None
    schemes = ("https", "http") if allow_private else ("https",)
    if parts.scheme.lower() not in schemes:
        raise RefusedUrl("Use an https:// URL.")
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if not host or parts.username is not None or parts.password is not None:
        raise RefusedUrl("Give a full URL with a host and no user name or password.")
    if port == 0:
        raise RefusedUrl("The port must be between 1 and 65535.")
    path = parts.path or "/"
    if parts.query:
        path = f"{path}?{parts.query}"
    address = _literal_address(host)
    if address is None:
        name = _check_name(host, allow_private=allow_private)
        return WebhookTarget(scheme, name, port or DEFAULT_PORTS[scheme], path, None)
    kind = address_refusal(address, allow_private=allow_private)
    if kind is not None:
        if isinstance(address, IPv6Address):
            raise RefusedUrl(f"[{host}] is {_a(kind)} address. {PUBLIC_ONLY}")
        means = "is" if host == str(address) else f"means {address},"
        raise RefusedUrl(f"{host} {means} {_a(kind)} address. {PUBLIC_ONLY}")
    return WebhookTarget(scheme, str(address), port or DEFAULT_PORTS[scheme], path, address)
