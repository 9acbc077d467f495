"""The figures derived from one needs assessment: weighted score, actionable needs, highest need.

Inputs are plain mappings, domain key → level (0..4) and domain key → weight, so the same
functions serve one child, a cohort, or a what-if. The score is computed in exact rational
arithmetic (`Fraction`; every float is a dyadic rational, so converting is exact): the order of
the domains, or of summation, can never change a result, and rounding happens once, at the end.
"""

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from kindred.domain.framework import ACTIONABLE_LEVEL, MAX_LEVEL, NEED_LEVELS, Framework

Levels = Mapping[str, int]
"""Domain key → need level 0..4: one assessment's needs."""

Weights = Mapping[str, float]
"""Domain key → positive weight, usually `Framework.weights_by_domain`."""


@dataclass(frozen=True, slots=True)
class HighestNeed:
    """The highest level in an assessment and every domain at that level, in a stable order."""

    level: int
    domains: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NeedsSummary:
    """The headline figures of one assessment, as shown on a child's page and in analytics."""

    score: float
    actionable: int
    highest: HighestNeed
    blocks_step_down: bool


def exact_needs_score(levels: Levels, weights: Weights) -> Fraction:
    """The weighted needs score 0..100 as an exact fraction, for analytics that must not round.

    score = sum(weight × level) / sum(weight × 4) × 100. Raises ValueError when the two mappings
    do not cover the same domains, a level is outside 0..4, or a weight is not positive.
    """
    _check_levels(levels)
    _check_same_domains(levels.keys(), weights.keys(), "weights", "the levels")
    if not levels:
        raise ValueError("cannot score an assessment with no domains")
    exact_weights = {key: _exact_weight(key, weight) for key, weight in weights.items()}
    achieved = sum((exact_weights[key] * level for key, level in levels.items()), Fraction(0))
    possible = sum(exact_weights.values(), Fraction(0)) * MAX_LEVEL
    return achieved / possible * 100


def weighted_needs_score(levels: Levels, weights: Weights) -> float:
    """The weighted needs score 0..100, rounded half up to one decimal place.

    Half up on the exact value (6.25 → 6.3), not Python's `round`, which rounds half to even and
    works on an inexact float: a score must read the same in every report that recomputes it.
    """
    return round_half_up(exact_needs_score(levels, weights))


def round_half_up(value: Fraction, places: int = 1) -> float:
    """Round an exact value half away from zero to `places` decimals, returned as a float."""
    scale = 10**places
    magnitude = math.floor(abs(value) * scale + Fraction(1, 2))
    return float(Fraction(magnitude if value >= 0 else -magnitude, scale))


def actionable_needs(levels: Levels) -> int:
    """How many domains need planned, regular support (level 2 or above)."""
    _check_levels(levels)
    return sum(1 for level in levels.values() if level >= ACTIONABLE_LEVEL)


def highest_need(levels: Levels, order: Sequence[str] | None = None) -> HighestNeed:
    """The highest level and the domains holding it, in `order` (framework order) or sorted.

    Every domain at the highest level is listed, so an all-zero assessment names all domains.
    """
    _check_levels(levels)
    if not levels:
        raise ValueError("an assessment with no domains has no highest need")
    if order is None:
        order = sorted(levels)
    else:
        _check_same_domains(levels.keys(), order, "order", "the levels")
    top = max(levels.values())
    return HighestNeed(level=top, domains=tuple(key for key in order if levels[key] == top))


def blocks_step_down(levels: Levels) -> bool:
    """Whether any domain is at the very high level: councils do not step such a child down."""
    _check_levels(levels)
    return any(level == MAX_LEVEL for level in levels.values())


def summarise_needs(levels: Levels, framework: Framework) -> NeedsSummary:
    """All headline figures of an assessment made with `framework` (levels must cover it)."""
    _check_levels(levels)
    _check_same_domains(framework.domain_keys, levels.keys(), "levels", "the framework")
    return NeedsSummary(
        score=weighted_needs_score(levels, framework.weights_by_domain),
        actionable=actionable_needs(levels),
        highest=highest_need(levels, framework.domain_keys),
        blocks_step_down=blocks_step_down(levels),
    )


def needs_change(previous: Levels, current: Levels) -> dict[str, int]:
    """Per-domain change from `previous` to `current` (positive: more need), in current's order.

    Both must cover the same domains: assessments made with different framework versions are
    not comparable domain by domain, and guessing a mapping here would hide that.
    """
    _check_levels(previous)
    _check_levels(current)
    _check_same_domains(current.keys(), previous.keys(), "previous", "current")
    return {key: level - previous[key] for key, level in current.items()}


def _check_levels(levels: Levels) -> None:
    for key, level in levels.items():
        if isinstance(level, bool) or not isinstance(level, int):
            raise ValueError(f"level of {key!r} must be an integer, got {level!r}")
        if level not in NEED_LEVELS:
            raise ValueError(f"level of {key!r} must be 0 to {MAX_LEVEL}, got {level}")


def _check_same_domains(
    expected_keys: Iterable[str], given: Iterable[str], given_name: str, expected_name: str
) -> None:
    """Raise ValueError naming the domains `given` lacks, adds or repeats against the expected."""
    expected = set(expected_keys)
    counts = Counter(given)
    repeated = sorted(key for key, count in counts.items() if count > 1)
    missing = sorted(expected - counts.keys())
    extra = sorted(counts.keys() - expected)
    problems = [
        f"{label}: {', '.join(found)}"
        for label, found in (("missing", missing), ("unexpected", extra), ("repeated", repeated))
        if found
    ]
    if problems:
        raise ValueError(
            f"{given_name} must have exactly the domains of {expected_name}: {'; '.join(problems)}"
        )


def _exact_weight(key: str, weight: float) -> Fraction:
    if isinstance(weight, bool) or not isinstance(weight, int | float):
        raise ValueError(f"weight of {key!r} must be a number, got {weight!r}")
    if isinstance(weight, float) and not math.isfinite(weight):
        raise ValueError(f"weight of {key!r} must be finite, got {weight!r}")
    if weight <= 0:
        raise ValueError(f"weight of {key!r} must be positive, got {weight!r}")
    return Fraction(weight)
