"""Scores and headline figures: worked examples, then properties that must hold for any input."""

import math
from fractions import Fraction
from random import Random

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from kindred.domain.scoring import (
    HighestNeed,
    NeedsSummary,
    actionable_needs,
    blocks_step_down,
    exact_needs_score,
    highest_need,
    needs_change,
    round_half_up,
    summarise_needs,
    weighted_needs_score,
)
from kindred.frameworks.loader import load_default_framework


def _even(levels: list[int]) -> tuple[dict[str, int], dict[str, float]]:
    keys = [f"d{i:02}" for i in range(len(levels))]
    return dict(zip(keys, levels, strict=True)), dict.fromkeys(keys, 1.0)


# --- worked examples --------------------------------------------------------------------------

EXAMPLES: list[tuple[str, dict[str, int], dict[str, float], float]] = [
    ("all zero", *_even([0] * 12), 0.0),
    ("all very high", *_even([4] * 12), 100.0),
    ("13 of 48", *_even([4, 3, 2, 1, 1, 1, 1, 0, 0, 0, 0, 0]), 27.1),  # 27.083…
    ("exact half rounds up", *_even([1, 1, 1] + [0] * 9), 6.3),  # 6.25; round() gives 6.2
    ("four domains, half up", *_even([1, 0, 0, 0]), 6.3),  # 6.25
    ("18.75 rounds up", *_even([3, 3, 3] + [0] * 9), 18.8),
    ("9.375 rounds to 9.4", *_even([3, 0, 0, 0, 0, 0, 0, 0]), 9.4),
    ("one domain", {"a": 2}, {"a": 1.0}, 50.0),
    ("weighted", {"a": 4, "b": 0}, {"a": 3.0, "b": 1.0}, 75.0),
    ("weighted the other way", {"a": 0, "b": 4}, {"a": 3.0, "b": 1.0}, 25.0),
    ("fractional weights", {"a": 1, "b": 2}, {"a": 0.1, "b": 0.2}, 41.7),  # 0.5 / 1.2
    ("integer weights", {"a": 1, "b": 3, "c": 0}, {"a": 2, "b": 1, "c": 1}, 31.3),  # 5/16
]


@pytest.mark.parametrize(
    ("levels", "weights", "expected"),
    [pytest.param(lv, w, e, id=name) for name, lv, w, e in EXAMPLES],
)
def test_weighted_needs_score_examples(
    levels: dict[str, int], weights: dict[str, float], expected: float
) -> None:
    assert weighted_needs_score(levels, weights) == expected


def test_exact_score_is_a_fraction() -> None:
    levels, weights = _even([4, 3, 2, 1, 1, 1, 1, 0, 0, 0, 0, 0])
    assert exact_needs_score(levels, weights) == Fraction(325, 12)


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (Fraction(625, 100), 1, 6.3),
        (Fraction(-625, 100), 1, -6.3),
        (Fraction(624, 100), 1, 6.2),
        (Fraction(2675, 1000), 2, 2.68),  # round(2.675, 2) == 2.67 on floats
        (Fraction(995, 10), 0, 100.0),
        (Fraction(0), 1, 0.0),
    ],
)
def test_round_half_up(value: Fraction, places: int, expected: float) -> None:
    assert round_half_up(value, places) == expected


def test_headline_figures_example() -> None:
    levels = {"a": 0, "b": 2, "c": 4, "d": 3, "e": 4, "f": 1}
    assert actionable_needs(levels) == 4
    assert highest_need(levels) == HighestNeed(level=4, domains=("c", "e"))
    assert highest_need(levels, order=["e", "d", "c", "b", "a", "f"]).domains == ("e", "c")
    assert blocks_step_down(levels) is True
    assert blocks_step_down({**levels, "c": 3, "e": 3}) is False
    assert highest_need({"x": 0, "y": 0}) == HighestNeed(level=0, domains=("x", "y"))


def test_summary_with_the_default_framework() -> None:
    framework = load_default_framework()
    levels = dict.fromkeys(reversed(framework.domain_keys), 0)
    levels.update(safety_outside_home=4, emotional_wellbeing=4, family_and_contact=2)

    summary = summarise_needs(levels, framework)

    assert summary == NeedsSummary(
        score=20.8,  # 10 / 48
        actionable=3,
        highest=HighestNeed(level=4, domains=("emotional_wellbeing", "safety_outside_home")),
        blocks_step_down=True,
    )
    with pytest.raises(ValueError, match="missing: physical_health"):
        summarise_needs({k: v for k, v in levels.items() if k != "physical_health"}, framework)


def test_needs_change_example() -> None:
    previous = {"a": 3, "b": 1, "c": 2}
    current = {"a": 1, "b": 1, "c": 4}
    assert needs_change(previous, current) == {"a": -2, "b": 0, "c": 2}


# --- bad input --------------------------------------------------------------------------------

BAD_SCORES: list[tuple[str, dict[str, int], dict[str, float], str]] = [
    ("missing weight", {"a": 1, "b": 2}, {"a": 1.0}, "missing: b"),
    ("extra weight", {"a": 1}, {"a": 1.0, "z": 1.0}, "unexpected: z"),
    ("level too high", {"a": 5}, {"a": 1.0}, "0 to 4"),
    ("negative level", {"a": -1}, {"a": 1.0}, "0 to 4"),
    ("float level", {"a": 2.0}, {"a": 1.0}, "integer"),  # type: ignore[dict-item]
    ("bool level", {"a": True}, {"a": 1.0}, "integer"),
    ("zero weight", {"a": 1}, {"a": 0.0}, "positive"),
    ("negative weight", {"a": 1}, {"a": -2.0}, "positive"),
    ("nan weight", {"a": 1}, {"a": math.nan}, "finite"),
    ("infinite weight", {"a": 1}, {"a": math.inf}, "finite"),
    ("text weight", {"a": 1}, {"a": "1"}, "number"),  # type: ignore[dict-item]
    ("no domains", {}, {}, "no domains"),
]


@pytest.mark.parametrize(
    ("levels", "weights", "message"),
    [pytest.param(lv, w, m, id=name) for name, lv, w, m in BAD_SCORES],
)
def test_bad_score_input_raises(
    levels: dict[str, int], weights: dict[str, float], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        weighted_needs_score(levels, weights)


def test_bad_input_to_other_figures_raises() -> None:
    with pytest.raises(ValueError, match="0 to 4"):
        actionable_needs({"a": 7})
    with pytest.raises(ValueError, match="0 to 4"):
        blocks_step_down({"a": -3})
    with pytest.raises(ValueError, match="no domains"):
        highest_need({})
    with pytest.raises(ValueError, match="missing: b"):
        highest_need({"a": 1, "b": 2}, order=["a"])
    with pytest.raises(ValueError, match="repeated: a"):
        highest_need({"a": 1, "b": 2}, order=["a", "b", "a"])
    with pytest.raises(ValueError, match="unexpected: c"):
        needs_change({"a": 1, "c": 0}, {"a": 2})
    with pytest.raises(ValueError, match="0 to 4"):
        needs_change({"a": 9}, {"a": 2})


# --- properties -------------------------------------------------------------------------------

KEYS = st.lists(st.text("abcdefgh_", min_size=1, max_size=6), min_size=1, max_size=14, unique=True)
LEVEL = st.integers(0, 4)
WEIGHT = st.floats(min_value=0.001, max_value=1000.0, allow_nan=False, allow_infinity=False)


@st.composite
def assessments(
    draw: st.DrawFn, weight: st.SearchStrategy[float] = WEIGHT
) -> tuple[dict[str, int], dict[str, float]]:
    keys = draw(KEYS)
    levels = {key: draw(LEVEL) for key in keys}
    weights = {key: draw(weight) for key in keys}
    return levels, weights


@given(assessments())
def test_score_is_between_0_and_100_and_hits_both_ends(
    case: tuple[dict[str, int], dict[str, float]],
) -> None:
    levels, weights = case
    assert 0.0 <= weighted_needs_score(levels, weights) <= 100.0
    assert weighted_needs_score(dict.fromkeys(levels, 0), weights) == 0.0
    assert weighted_needs_score(dict.fromkeys(levels, 4), weights) == 100.0


@given(assessments(), st.data())
def test_raising_a_level_never_lowers_the_score(
    case: tuple[dict[str, int], dict[str, float]], data: st.DataObject
) -> None:
    levels, weights = case
    key = data.draw(st.sampled_from(sorted(levels)))
    assume(levels[key] < 4)
    raised = {**levels, key: data.draw(st.integers(levels[key] + 1, 4))}

    assert exact_needs_score(raised, weights) > exact_needs_score(levels, weights)
    assert weighted_needs_score(raised, weights) >= weighted_needs_score(levels, weights)


@given(assessments(), st.randoms(use_true_random=False))
def test_domain_order_never_changes_any_figure(
    case: tuple[dict[str, int], dict[str, float]], random: Random
) -> None:
    levels, weights = case
    keys = list(levels)
    random.shuffle(keys)
    shuffled_levels = {key: levels[key] for key in keys}
    random.shuffle(keys)
    shuffled_weights = {key: weights[key] for key in keys}

    assert exact_needs_score(shuffled_levels, shuffled_weights) == exact_needs_score(
        levels, weights
    )
    assert weighted_needs_score(shuffled_levels, shuffled_weights) == weighted_needs_score(
        levels, weights
    )
    assert highest_need(shuffled_levels) == highest_need(levels)
    assert actionable_needs(shuffled_levels) == actionable_needs(levels)


@given(assessments(), st.data())
def test_doubling_a_weight_pulls_the_score_towards_that_domain(
    case: tuple[dict[str, int], dict[str, float]], data: st.DataObject
) -> None:
    levels, weights = case
    key = data.draw(st.sampled_from(sorted(levels)))
    before = exact_needs_score(levels, weights)
    mean_level = before / 25  # the weighted mean level, on the 0..4 scale
    heavier = {**weights, key: weights[key] * 2}  # doubling a float is exact
    after = exact_needs_score(levels, heavier)

    if levels[key] > mean_level:
        assert after > before
        assert weighted_needs_score(levels, heavier) >= weighted_needs_score(levels, weights)
    elif levels[key] < mean_level:
        assert after < before
    else:
        assert after == before


@given(assessments(weight=st.integers(1, 1000).map(float)), st.integers(1, 10_000))
def test_scaling_every_weight_changes_nothing(
    case: tuple[dict[str, int], dict[str, float]], factor: int
) -> None:
    levels, weights = case
    scaled = {key: weight * factor for key, weight in weights.items()}
    assert exact_needs_score(levels, scaled) == exact_needs_score(levels, weights)
    assert weighted_needs_score(levels, scaled) == weighted_needs_score(levels, weights)


@given(assessments())
def test_score_matches_the_formula(case: tuple[dict[str, int], dict[str, float]]) -> None:
    levels, weights = case
    naive = sum(weights[k] * v for k, v in levels.items()) / (4 * sum(weights.values())) * 100
    assert weighted_needs_score(levels, weights) == pytest.approx(naive, abs=0.05 + 1e-9)


@given(assessments(), st.randoms(use_true_random=False))
def test_headline_figures_match_a_naive_recount(
    case: tuple[dict[str, int], dict[str, float]], random: Random
) -> None:
    levels, _ = case
    order = list(levels)
    random.shuffle(order)
    top = max(levels.values())

    assert actionable_needs(levels) == len([v for v in levels.values() if v >= 2])
    assert blocks_step_down(levels) == (4 in levels.values())
    assert highest_need(levels) == HighestNeed(
        top, tuple(sorted(k for k, v in levels.items() if v == top))
    )
    assert highest_need(levels, order).domains == tuple(k for k in order if levels[k] == top)


@given(assessments(), st.data())
def test_needs_change_adds_back_up(
    case: tuple[dict[str, int], dict[str, float]], data: st.DataObject
) -> None:
    previous, _ = case
    current = {key: data.draw(LEVEL) for key in previous}
    change = needs_change(previous, current)

    assert {key: previous[key] + change[key] for key in previous} == current
    assert needs_change(current, previous) == {key: -delta for key, delta in change.items()}
    assert set(needs_change(current, current).values()) == {0}
