"""How much to slow a sign-in after repeated failures, before the lockout takes over."""

FREE_FAILURES = 2
MAX_SLOWDOWN_SECONDS = 5.0


def slowdown_seconds(failures: int, step_ms: int) -> float:
    """No delay for the first two failures, then one more step per failure, capped."""
    steps = max(0, failures - FREE_FAILURES)
    return min(MAX_SLOWDOWN_SECONDS, steps * step_ms / 1000)
