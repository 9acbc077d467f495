"""Pure rules of placement referrals: references, distance bands, offer verdicts, backoff, buckets.

Nothing here reads a clock or a database: every instant is passed in, so each rule is a plain
function with table tests.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from kindred.domain.matching_scores import Verdict, verdict_for_gap


class Purpose(StrEnum):
    """What kind of placement the referral seeks."""

    EMERGENCY = "emergency"
    SHORT_TERM = "short_term"
    LONG_TERM = "long_term"
    STEP_DOWN = "step_down"
    PARENT_AND_CHILD = "parent_and_child"


class DistanceBand(StrEnum):
    """Straight-line distance, banded so that no exact location is ever implied."""

    UNDER_5_MILES = "under_5_miles"
    FROM_5_TO_10_MILES = "5_to_10_miles"
    FROM_10_TO_20_MILES = "10_to_20_miles"
    FROM_20_TO_50_MILES = "20_to_50_miles"
    OVER_50_MILES = "over_50_miles"
    UNKNOWN = "unknown"


class MaxDistance(StrEnum):
    """How far from the child's home area the council will consider a household."""

    WITHIN_5_MILES = "within_5_miles"
    WITHIN_10_MILES = "within_10_miles"
    WITHIN_20_MILES = "within_20_miles"
    WITHIN_50_MILES = "within_50_miles"
    ANY = "any"


_BAND_LIMITS = (
    (5.0, DistanceBand.UNDER_5_MILES),
    (10.0, DistanceBand.FROM_5_TO_10_MILES),
    (20.0, DistanceBand.FROM_10_TO_20_MILES),
    (50.0, DistanceBand.FROM_20_TO_50_MILES),
)
_WITHIN_MILES = {
    MaxDistance.WITHIN_5_MILES: 5.0,
    MaxDistance.WITHIN_10_MILES: 10.0,
    MaxDistance.WITHIN_20_MILES: 20.0,
    MaxDistance.WITHIN_50_MILES: 50.0,
}
METRES_PER_MILE = 1609.344


def distance_band(miles: float | None) -> DistanceBand:
    """The band a distance falls in; a band's upper limit belongs to the next band up."""
    if miles is None or not math.isfinite(miles) or miles < 0:
        return DistanceBand.UNKNOWN
    for limit, band in _BAND_LIMITS:
        if miles < limit:
            return band
    return DistanceBand.OVER_50_MILES


def miles_between(a: tuple[float, float] | None, b: tuple[float, float] | None) -> float | None:
    """Straight-line miles between two British National Grid points (metres), if both known."""
    if a is None or b is None:
        return None
    return math.hypot(a[0] - b[0], a[1] - b[1]) / METRES_PER_MILE


def within_preference(miles: float | None, preference: MaxDistance) -> bool | None:
    """Whether a distance meets the council's preference; None when the distance is unknown."""
    if preference is MaxDistance.ANY:
        return True
    if miles is None:
        return None
    return miles <= _WITHIN_MILES[preference]


# --- references ------------------------------------------------------------------------------

_GENERIC_WORDS = frozenset(
    {
        "council",
        "county",
        "city",
        "borough",
        "metropolitan",
        "district",
        "royal",
        "of",
        "the",
        "and",
        "london",
        "on",
        "upon",
        "in",
        "le",
    }
)
_PLACE_SUFFIXES = (
    "shire",
    "vale",
    "ton",
    "ford",
    "field",
    "ham",
    "bury",
    "borough",
    "bridge",
    "wich",
    "port",
    "mouth",
    "land",
    "minster",
    "pool",
    "ley",
    "by",
    "caster",
    "chester",
    "dale",
)


def reference_prefix(council_name: str) -> str:
    """Two letters for a council's referral references: `Northshire …` → `NS`.

    Initials of the first two distinctive words; for a one-word name, its first letter and the
    first letter of a place-name ending (Northshire → N + S), else its first two letters.
    """
    words: list[str] = [
        str(w) for w in re.findall(r"[A-Za-z]+", council_name) if w.lower() not in _GENERIC_WORDS
    ]
    if not words:
        return "KR"
    if len(words) >= 2:
        return (words[0][0] + words[1][0]).upper()
    word = words[0].lower()
    for suffix in _PLACE_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix):
            return (word[0] + suffix[0]).upper()
    return (word[:2] if len(word) > 1 else word + "x").upper()


def referral_reference(prefix: str, number: int) -> str:
    """`NS-R-0042`: the pseudonymous name agencies know a referral by."""
    if number < 1:
        raise ValueError("referral numbers start at 1")
    return f"{prefix}-R-{number:04d}"


# --- comparing offers ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OfferDomainVerdict:
    """One domain of one offer: the child's need, the household's capacity and the verdict."""

    domain_key: str
    need: int
    capacity: int
    gap: int
    verdict: Verdict


@dataclass(frozen=True, slots=True)
class OfferFit:
    """How one household's stated capacity meets the child's needs, domain by domain."""

    domains: tuple[OfferDomainVerdict, ...]
    met_count: int
    support_count: int
    unmet_count: int


def offer_fit(
    needs: Mapping[str, int], capacity: Mapping[str, int], order: Sequence[str]
) -> OfferFit:
    """Per-domain verdicts with the same rule as matching (gap 0 met, 1 support, ≥2 unmet).

    A domain the offer gives no capacity for counts as capacity 0.
    """
    domains = []
    for key in order:
        need = needs[key]
        held = capacity.get(key, 0)
        gap = max(need - held, 0)
        domains.append(OfferDomainVerdict(key, need, held, gap, verdict_for_gap(gap)))
    verdicts = [domain.verdict for domain in domains]
    return OfferFit(
        domains=tuple(domains),
        met_count=verdicts.count(Verdict.MET),
        support_count=verdicts.count(Verdict.SUPPORT),
        unmet_count=verdicts.count(Verdict.UNMET),
    )


# --- webhooks --------------------------------------------------------------------------------

RETRY_BASE_SECONDS = 30
MAX_DELIVERY_ATTEMPTS = 8
"""30 s, 1, 2, 4, 8, 16, 32 and 64 minutes: the last try is about two hours after the first."""


def retry_delay_seconds(attempts_made: int) -> int:
    """Seconds to wait after the n-th failed attempt: 30 s doubling each time."""
    if attempts_made < 1:
        raise ValueError("a delay follows at least one attempt")
    return RETRY_BASE_SECONDS << (attempts_made - 1)


def sign_body(secret: str, body: bytes) -> str:
    """The `X-Kindred-Signature` value: `sha256=` and the hex HMAC-SHA256 of the raw body."""
    digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def signature_matches(secret: str, body: bytes, header: str) -> bool:
    """Check a signature header in constant time (what a receiver does)."""
    return hmac.compare_digest(sign_body(secret, body), header.strip())


# --- rate limits -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BucketState:
    tokens: float
    allowed: bool
    retry_after_seconds: int


def take_token(tokens: float, elapsed_seconds: float, *, rate: float, burst: int) -> BucketState:
    """A token bucket: refill at `rate` per second up to `burst`, then take one if there is one.

    Refused requests take nothing, so a client that waits `retry_after_seconds` gets through.
    """
    if rate <= 0 or burst < 1:
        raise ValueError("rate must be positive and burst at least 1")
    available = min(float(burst), tokens + max(elapsed_seconds, 0.0) * rate)
    if available >= 1.0:
        return BucketState(available - 1.0, True, 0)
    return BucketState(available, False, max(1, math.ceil((1.0 - available) / rate)))
