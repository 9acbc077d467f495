"""The throttle's pure parts: keys that separate sources and kinds, the slowdown, the wait."""

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kindred.auth.throttle import (
    MAX_SLOWDOWN_SECONDS,
    ThrottleKey,
    ThrottleKind,
    minutes_left,
    slowdown_seconds,
)

NOW = datetime(2026, 12, 7, 19, 0, tzinfo=UTC)


def test_a_key_depends_on_what_was_tried_where_from_and_its_kind() -> None:
    here = ThrottleKey.of(ThrottleKind.sign_in, tried="sam@example.org", source="10.0.0.1")

    assert here == ThrottleKey.of(ThrottleKind.sign_in, tried="sam@example.org", source="10.0.0.1")
    assert here != ThrottleKey.of(ThrottleKind.sign_in, tried="sam@example.org", source="10.0.0.2")
    assert here != ThrottleKey.of(ThrottleKind.sign_in, tried="kim@example.org", source="10.0.0.1")
    assert here.digest != (
        ThrottleKey.of(ThrottleKind.api_client, tried="sam@example.org", source="10.0.0.1").digest
    )


@given(st.integers(0, 1000), st.integers(0, 10_000))
def test_the_slowdown_starts_after_two_failures_grows_and_is_capped(
    failures: int, step_ms: int
) -> None:
    delay = slowdown_seconds(failures, step_ms)

    assert 0 <= delay <= MAX_SLOWDOWN_SECONDS
    assert delay <= slowdown_seconds(failures + 1, step_ms)
    if failures <= 2:
        assert delay == 0


@given(st.integers(1, 24 * 60 * 60))
def test_the_wait_is_whole_minutes_rounded_up(seconds: int) -> None:
    minutes = minutes_left(NOW + timedelta(seconds=seconds), NOW)

    assert (minutes - 1) * 60 < seconds <= minutes * 60
