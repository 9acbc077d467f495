"""Where a webhook may go: strict host parsing and public-address classification (no DNS)."""

import socket
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network, ip_address

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kindred.domain.webhook_targets import (
    AddressKind,
    RefusedUrl,
    WebhookTarget,
    address_kind,
    address_refusal,
    parse_ipv4,
    parse_webhook_url,
    refuse_addresses,
)

# Bytes per part when `inet_aton` reads 1, 2, 3 or 4 dotted parts.
_PART_BYTES = {1: (4,), 2: (1, 3), 3: (1, 1, 2), 4: (1, 1, 1, 1)}


def spell(value: int, radixes: list[str]) -> str:
    """The IPv4 address `value` in len(radixes) parts, each decimal (d), octal (o) or hex (x/X)."""
    shift, labels = 32, []
    for size, radix in zip(_PART_BYTES[len(radixes)], radixes, strict=True):
        shift -= 8 * size
        part = (value >> shift) & ((1 << (8 * size)) - 1)
        labels.append(
            {"d": str(part), "o": f"0{part:o}", "x": f"0x{part:x}", "X": f"0X{part:X}"}[radix]
        )
    return ".".join(labels)


def spellings(network: str) -> st.SearchStrategy[tuple[int, str]]:
    """Any address of `network` with one of its spellings."""
    net = IPv4Network(network)
    values = st.integers(int(net.network_address), int(net.broadcast_address))
    radixes = st.integers(1, 4).flatmap(
        lambda parts: st.lists(st.sampled_from("doxX"), min_size=parts, max_size=parts)
    )
    return st.tuples(values, radixes).map(lambda pair: (pair[0], spell(pair[0], pair[1])))


NON_PUBLIC_IPV4 = [
    ("0.0.0.0/8", None),  # "this network": unspecified or private
    ("10.0.0.0/8", AddressKind.private),
    ("100.64.0.0/10", AddressKind.non_public),
    ("127.0.0.0/8", AddressKind.loopback),
    ("169.254.0.0/16", AddressKind.link_local),
    ("172.16.0.0/12", AddressKind.private),
    ("192.168.0.0/16", AddressKind.private),
    ("224.0.0.0/4", AddressKind.multicast),
    ("240.0.0.0/4", AddressKind.reserved),
]
PUBLIC_IPV4 = ["1.1.1.0/24", "8.0.0.0/8", "81.0.0.0/8", "151.101.0.0/16", "213.0.0.0/8"]
PUBLIC_IPV6 = ["2606:4700::/32", "2a00:1450::/32", "2001:4860::/32"]


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("https://0177.0.0.1:3306/x", "0177.0.0.1 means 127.0.0.1, a loopback address"),
        ("https://0x7f.1:8100/x", "0x7f.1 means 127.0.0.1, a loopback address"),
        ("https://2130706433:6379/x", "2130706433 means 127.0.0.1, a loopback address"),
        ("https://127.1/", "127.1 means 127.0.0.1, a loopback address"),
        ("https://127.0.0.1./", "127.0.0.1. means 127.0.0.1, a loopback address"),
        ("https://[::1]/", "[::1] is a loopback address"),
        ("https://[::ffff:127.0.0.1]/", "[::ffff:127.0.0.1] is a loopback address"),
        ("https://[::ffff:a00:5]/", "is a private address"),
        ("https://[2002:7f00:1::]/", "is a loopback address"),  # 6to4 around 127.0.0.1
        ("https://[64:ff9b::a9fe:a9fe]/", "is a link-local address"),  # NAT64 of 169.254.169.254
        ("https://[::]/", "is an unspecified address"),
        ("https://[ff02::1]/", "is a multicast address"),
        ("https://[fc00::1]/", "is a private address"),
        ("https://[fec0::1]/", "is a private address"),  # deprecated site-local
        ("https://[fe80::1]/", "is a link-local address"),
        ("https://[fe80::1%25eth0]/", "zone"),
        ("https://169.254.169.254/latest", "a link-local address"),
        ("https://10.0.0.5/x", "10.0.0.5 is a private address"),
        ("https://0/", "0 means 0.0.0.0, an unspecified address"),
        ("https://1.2.3.09/", "not a valid IP address"),
        ("https://example.300/", "not a valid IP address"),
        ("https://1.2.3.4.5/", "not a valid IP address"),
        ("https://4294967296/", "not a valid IP address"),
        ("https://1.256.0.1/", "not a valid IP address"),
        ("https://localhost/", "loopback"),
        ("https://api.localhost/", "loopback"),
        ("https://intranet/x", "a full host name with a domain"),
        ("https://exämple.com/", "xn--"),
        ("https://bad_host!.example/", "not a valid host name"),
        ("https://[::1/x", "not a valid URL"),
        ("https://hooks.example:99999/", "not a valid URL"),
        ("https://hooks.example:0/", "between 1 and 65535"),
        ("http://hooks.example/x", "https://"),
        ("ftp://hooks.example/x", "https://"),
        ("https://user:pw@hooks.example/x", "no user name or password"),
        ("https:///x", "with a host"),
    ],
)
def test_refused_urls_say_why(url: str, says: str) -> None:
    with pytest.raises(RefusedUrl) as refused:
        parse_webhook_url(url, allow_private=False)

    assert says in str(refused.value)


@pytest.mark.parametrize(
    ("url", "target"),
    [
        (
            "https://Hooks.Example./kindred?x=1#frag",
            WebhookTarget("https", "hooks.example", 443, "/kindred?x=1", None),
        ),
        (
            "https://hooks.example:8443",
            WebhookTarget("https", "hooks.example", 8443, "/", None),
        ),
        (
            "https://0x8.8.8.8/x",
            WebhookTarget("https", "8.8.8.8", 443, "/x", IPv4Address("8.8.8.8")),
        ),
        (
            "https://[::ffff:8.8.8.8]/x",
            WebhookTarget("https", "::ffff:808:808", 443, "/x", IPv6Address("::ffff:8.8.8.8")),
        ),
        (
            "https://[64:ff9b::808:808]/",
            WebhookTarget("https", "64:ff9b::808:808", 443, "/", IPv6Address("64:ff9b::808:808")),
        ),
    ],
)
def test_public_urls_are_taken_apart(url: str, target: WebhookTarget) -> None:
    assert parse_webhook_url(url, allow_private=False) == target


def test_the_pinned_url_keeps_port_path_and_query_and_the_host_header_keeps_the_name() -> None:
    target = parse_webhook_url("https://hooks.example:8443/in?a=b", allow_private=False)
    plain = parse_webhook_url("https://hooks.example/in", allow_private=False)

    assert target.url_to(IPv4Address("93.184.215.14")) == "https://93.184.215.14:8443/in?a=b"
    assert target.url_to(IPv6Address("2606:4700::1")) == "https://[2606:4700::1]:8443/in?a=b"
    assert (target.host_header, plain.host_header) == ("hooks.example:8443", "hooks.example")


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("http://127.0.0.1:9/hook", True),
        ("http://localhost:9/hook", True),
        ("https://10.0.0.5/x", True),
        ("https://[::1]:8443/x", True),
        ("http://0.0.0.0/x", False),  # never a receiver
        ("https://224.0.0.1/x", False),
        ("ftp://127.0.0.1/x", False),
    ],
)
def test_the_development_allowance_admits_local_receivers_only(url: str, allowed: bool) -> None:
    if allowed:
        assert parse_webhook_url(url, allow_private=True).port > 0
    else:
        with pytest.raises(RefusedUrl):
            parse_webhook_url(url, allow_private=True)


def test_a_name_is_refused_when_any_of_its_addresses_is_not_public() -> None:
    target = parse_webhook_url("https://split.example/x", allow_private=False)
    public, private = ip_address("93.184.215.14"), ip_address("10.0.0.5")

    refuse_addresses(target, [public], allow_private=False)
    with pytest.raises(RefusedUrl, match=r"split\.example resolves to 10\.0\.0\.5, a private"):
        refuse_addresses(target, [public, private], allow_private=False)
    with pytest.raises(RefusedUrl, match="no address"):
        refuse_addresses(target, [], allow_private=False)
    refuse_addresses(target, [public, private], allow_private=True)


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("8.8.8.8", AddressKind.public),
        ("2606:4700::1111", AddressKind.public),
        ("::ffff:8.8.8.8", AddressKind.public),
        ("0.0.0.0", AddressKind.unspecified),  # noqa: S104 - classified, not bound
        ("::", AddressKind.unspecified),
        ("127.0.0.1", AddressKind.loopback),
        ("::1", AddressKind.loopback),
        ("::ffff:127.0.0.1", AddressKind.loopback),
        ("169.254.169.254", AddressKind.link_local),
        ("fe80::1", AddressKind.link_local),
        ("224.0.0.1", AddressKind.multicast),
        ("ff02::1", AddressKind.multicast),
        ("255.255.255.255", AddressKind.reserved),
        ("::7f00:1", AddressKind.reserved),  # IPv4-compatible, deprecated
        ("10.1.2.3", AddressKind.private),
        ("192.168.1.1", AddressKind.private),
        ("fd12:3456::1", AddressKind.private),
        ("100.64.0.1", AddressKind.non_public),  # carrier-grade NAT
        ("2001:0:4136:e378:8000:63bf:3fff:fdd2", AddressKind.private),  # Teredo, test client
        ("2002:a00:1::1", AddressKind.private),  # 6to4 around 10.0.0.1
    ],
)
def test_address_kinds(address: str, kind: AddressKind) -> None:
    assert address_kind(ip_address(address)) is kind


@given(spellings("127.0.0.0/8"), st.integers(1, 65535))
def test_every_loopback_ipv4_in_every_spelling_is_refused(
    spelled: tuple[int, str], port: int
) -> None:
    value, host = spelled

    assert parse_ipv4(host) == IPv4Address(value) == IPv4Address(socket.inet_aton(host))
    with pytest.raises(RefusedUrl, match="a loopback address"):
        parse_webhook_url(f"https://{host}:{port}/x", allow_private=False)


@given(st.sampled_from(NON_PUBLIC_IPV4).flatmap(lambda case: spellings(case[0])))
def test_every_non_public_ipv4_in_every_spelling_is_refused(spelled: tuple[int, str]) -> None:
    value, host = spelled

    assert parse_ipv4(host) == IPv4Address(value)
    assert address_refusal(IPv4Address(value), allow_private=False) is not None
    with pytest.raises(RefusedUrl):
        parse_webhook_url(f"https://{host}/", allow_private=False)


@given(st.sampled_from(NON_PUBLIC_IPV4))
def test_each_non_public_range_has_its_kind(case: tuple[str, AddressKind | None]) -> None:
    network, kind = case
    first = IPv4Network(network).network_address + 1

    assert address_kind(first) is (kind or AddressKind.private)


@given(st.sampled_from(NON_PUBLIC_IPV4).flatmap(lambda case: spellings(case[0])))
def test_ipv6_forms_of_a_non_public_ipv4_are_refused(spelled: tuple[int, str]) -> None:
    value = spelled[0]
    for wrapped in (
        IPv6Address((0xFFFF << 32) | value),  # IPv4-mapped
        IPv6Address((0x2002 << 112) | (value << 80) | 1),  # 6to4
        IPv6Address(int(IPv6Address("64:ff9b::")) | value),  # NAT64
    ):
        assert address_refusal(wrapped, allow_private=False) is not None, wrapped
        with pytest.raises(RefusedUrl):
            parse_webhook_url(f"https://[{wrapped}]/", allow_private=False)


@given(st.sampled_from(PUBLIC_IPV4).flatmap(spellings))
def test_every_public_ipv4_is_accepted_in_any_spelling(spelled: tuple[int, str]) -> None:
    value, host = spelled
    address = IPv4Address(value)

    target = parse_webhook_url(f"https://{host}/hook", allow_private=False)

    assert target.address == address
    assert target.url_to(address) == f"https://{address}:443/hook"
    assert address_refusal(IPv6Address((0xFFFF << 32) | value), allow_private=False) is None


@given(
    st.sampled_from(PUBLIC_IPV6).flatmap(
        lambda network: st.integers(
            int(IPv6Network(network).network_address), int(IPv6Network(network).broadcast_address)
        )
    )
)
def test_every_public_ipv6_is_accepted(value: int) -> None:
    address = IPv6Address(value)

    assert parse_webhook_url(f"https://[{address}]:8443/", allow_private=False).address == address
