"""Pure rules of referrals: distance bands, references, offer verdicts, backoff, token buckets."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kindred.domain.matching_scores import Verdict, verdict_for_gap
from kindred.domain.referrals import (
    MAX_DELIVERY_ATTEMPTS,
    DistanceBand,
    MaxDistance,
    distance_band,
    offer_fit,
    reference_prefix,
    referral_reference,
    retry_delay_seconds,
    sign_body,
    signature_matches,
    take_token,
    within_preference,
)


@pytest.mark.parametrize(
    ("miles", "band"),
    [
        (None, DistanceBand.UNKNOWN),
        (-1.0, DistanceBand.UNKNOWN),
        (float("nan"), DistanceBand.UNKNOWN),
        (0.0, DistanceBand.UNDER_5_MILES),
        (4.99, DistanceBand.UNDER_5_MILES),
        (5.0, DistanceBand.FROM_5_TO_10_MILES),
        (19.9, DistanceBand.FROM_10_TO_20_MILES),
        (20.0, DistanceBand.FROM_20_TO_50_MILES),
        (50.0, DistanceBand.OVER_50_MILES),
        (400.0, DistanceBand.OVER_50_MILES),
    ],
)
def test_distance_bands(miles: float | None, band: DistanceBand) -> None:
    assert distance_band(miles) is band


def test_distance_preferences() -> None:
    assert within_preference(12.0, MaxDistance.WITHIN_20_MILES) is True
    assert within_preference(21.0, MaxDistance.WITHIN_20_MILES) is False
    assert within_preference(None, MaxDistance.WITHIN_5_MILES) is None
    assert within_preference(None, MaxDistance.ANY) is True


@pytest.mark.parametrize(
    ("name", "prefix"),
    [
        ("Northshire County Council", "NS"),
        ("Southvale City Council", "SV"),
        ("Stockton-on-Tees Borough Council", "ST"),
        ("Royal Borough of Kingston upon Thames", "KT"),
        ("Leeds City Council", "LE"),
        ("Council", "KR"),
    ],
)
def test_reference_prefixes(name: str, prefix: str) -> None:
    assert reference_prefix(name) == prefix


def test_references_are_zero_padded() -> None:
    assert referral_reference("NS", 42) == "NS-R-0042"
    assert referral_reference("NS", 12345) == "NS-R-12345"
    with pytest.raises(ValueError, match="start at 1"):
        referral_reference("NS", 0)


@given(
    st.dictionaries(
        st.sampled_from(["a", "b", "c", "d"]),
        st.tuples(st.integers(0, 4), st.integers(0, 4)),
        min_size=1,
    )
)
def test_offer_verdicts_are_the_matching_verdicts(levels: dict[str, tuple[int, int]]) -> None:
    needs = {key: need for key, (need, _) in levels.items()}
    capacity = {key: held for key, (_, held) in levels.items()}

    fit = offer_fit(needs, capacity, sorted(levels))

    for domain in fit.domains:
        assert domain.verdict is verdict_for_gap(domain.need - domain.capacity)
    counts = [d.verdict for d in fit.domains]
    assert fit.met_count == counts.count(Verdict.MET)
    assert fit.met_count + fit.support_count + fit.unmet_count == len(levels)


def test_a_missing_capacity_counts_as_zero() -> None:
    fit = offer_fit({"a": 2}, {}, ["a"])
    assert (fit.domains[0].capacity, fit.domains[0].verdict) == (0, Verdict.UNMET)


def test_retries_back_off_exponentially() -> None:
    delays = [retry_delay_seconds(n) for n in range(1, MAX_DELIVERY_ATTEMPTS)]
    assert delays == [30, 60, 120, 240, 480, 960, 1920]
    with pytest.raises(ValueError, match="at least one attempt"):
        retry_delay_seconds(0)


def test_signatures_verify_and_detect_tampering() -> None:
    body = b'{"id":"1","type":"referral.shared"}'
    header = sign_body("whsec_secret", body)

    assert header.startswith("sha256=")
    assert len(header) == 7 + 64
    assert signature_matches("whsec_secret", body, header)
    assert not signature_matches("whsec_other", body, header)
    assert not signature_matches("whsec_secret", body + b" ", header)


def test_a_bucket_allows_its_burst_then_says_when_to_retry() -> None:
    tokens, allowed = 3.0, 0
    for _ in range(5):
        state = take_token(tokens, 0.0, rate=0.5, burst=3)
        tokens, allowed = state.tokens, allowed + state.allowed
    assert allowed == 3
    assert state.retry_after_seconds == 2
    assert take_token(tokens, 2.0, rate=0.5, burst=3).allowed


@given(
    st.lists(st.floats(min_value=0, max_value=10, allow_nan=False), min_size=1, max_size=60),
    st.floats(min_value=0.1, max_value=5),
    st.integers(min_value=1, max_value=20),
)
def test_a_bucket_never_allows_more_than_burst_plus_refill(
    gaps: list[float], rate: float, burst: int
) -> None:
    tokens, allowed = float(burst), 0
    for gap in gaps:
        state = take_token(tokens, gap, rate=rate, burst=burst)
        assert 0 <= state.tokens <= burst
        tokens, allowed = state.tokens, allowed + state.allowed
    assert allowed <= burst + rate * sum(gaps) + 1e-9
