"""The shipped framework is complete and well worded; malformed documents fail at their path."""

import copy
import json
import math
import re
from collections.abc import Callable
from datetime import date
from importlib import resources
from typing import Any

import pytest

from kindred.domain.framework import (
    ACTIONABLE_LEVEL,
    MAX_LEVEL,
    NEED_LEVELS,
    FrameworkError,
    StrengthLevel,
    parse_framework,
)
from kindred.frameworks.loader import load_default_framework

EXPECTED_DOMAINS = (
    "physical_health",
    "emotional_wellbeing",
    "feelings_and_behaviour",
    "learning_and_education",
    "communication_and_disability",
    "identity_culture_faith",
    "family_and_contact",
    "friendships_and_social",
    "safety_outside_home",
    "independence_and_self_care",
    "life_story_and_belonging",
    "confidence_and_aspirations",
)

# Risk-led or blaming words the needs-led approach exists to replace.
BLAMING_WORDS = (
    "challenging",
    "aggressive",
    "violent",
    "manipulative",
    "attention-seeking",
    "non-compliant",
    "refuses",
    "naughty",
    "bad behaviour",
    "difficult child",
    "placement breakdown",
)


def _raw_default() -> dict[str, Any]:
    text = resources.files("kindred.frameworks").joinpath("default-v1.json").read_text("utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


# --- the shipped default framework ------------------------------------------------------------


def test_default_framework_identity_and_domains() -> None:
    framework = load_default_framework()

    assert framework.key == "kindred-default"
    assert framework.version == "1.0.0"
    assert framework.published == date(2026, 11, 23)
    assert framework.domain_keys == EXPECTED_DOMAINS
    assert [info.level for info in framework.levels] == list(NEED_LEVELS)
    assert [info.label for info in framework.levels] == [
        "No additional need",
        "Low",
        "Moderate",
        "High",
        "Very high",
    ]
    assert [info.key for info in framework.strength_levels] == list(StrengthLevel)


def test_default_framework_is_loaded_once() -> None:
    assert load_default_framework() is load_default_framework()


def test_every_domain_has_five_distinct_descriptors_for_staff_and_child() -> None:
    framework = load_default_framework()
    descriptors = [lv.descriptor for d in framework.domains for lv in d.levels]
    child_descriptors = [lv.child_descriptor for d in framework.domains for lv in d.levels]

    for domain in framework.domains:
        assert [lv.level for lv in domain.levels] == list(NEED_LEVELS), domain.key
        for level in domain.levels:
            assert level.descriptor.strip(), (domain.key, level.level)
            assert level.child_descriptor.strip(), (domain.key, level.level)
    assert len(descriptors) == len(set(descriptors)) == 12 * 5
    assert len(child_descriptors) == len(set(child_descriptors)) == 12 * 5


def test_default_weights_are_positive_and_in_domain_order() -> None:
    framework = load_default_framework()

    assert len(framework.weights) == 12
    assert all(weight > 0 and math.isfinite(weight) for weight in framework.weights)
    assert tuple(framework.weights_by_domain) == EXPECTED_DOMAINS


def test_child_wording_is_first_person_and_short() -> None:
    for domain in load_default_framework().domains:
        for level in domain.levels:
            text = level.child_descriptor
            assert re.search(r"\b(I|my|me)\b", text), (domain.key, level.level)
            for sentence in re.split(r"(?<=[.!?])\s+", text):
                assert len(sentence.split()) <= 20, (domain.key, level.level, sentence)
        assert len(domain.child_name.split()) <= 6, domain.key


def test_wording_is_needs_led_not_blaming() -> None:
    framework = load_default_framework()
    texts = [
        text
        for domain in framework.domains
        for text in (
            domain.description,
            domain.child_description,
            *(t for lv in domain.levels for t in (lv.descriptor, lv.child_descriptor)),
        )
    ]
    for text in texts:
        lowered = text.lower()
        assert not [word for word in BLAMING_WORDS if word in lowered], text


def test_lookups() -> None:
    framework = load_default_framework()

    assert framework.domain("family_and_contact").name == "Family relationships and contact"
    assert framework.domain("physical_health").level(4).level == 4
    assert framework.level(ACTIONABLE_LEVEL).label == "Moderate"
    assert framework.strength(StrengthLevel.CENTREPIECE).label == "Centrepiece"
    with pytest.raises(KeyError, match="no_such_domain"):
        framework.domain("no_such_domain")
    with pytest.raises(ValueError, match="0 to 4"):
        framework.level(MAX_LEVEL + 1)
    with pytest.raises(ValueError, match="0 to 4"):
        framework.domain("physical_health").level(-1)


def test_constants() -> None:
    assert list(NEED_LEVELS) == [0, 1, 2, 3, 4]
    assert (ACTIONABLE_LEVEL, MAX_LEVEL) == (2, 4)
    assert [s.value for s in StrengthLevel] == ["none", "emerging", "useful", "centrepiece"]
    assert StrengthLevel("useful") is StrengthLevel.USEFUL


# --- other valid documents --------------------------------------------------------------------


def test_a_framework_with_one_domain_and_other_weights_parses() -> None:
    document = _raw_default()
    document["domains"] = document["domains"][:1]
    document["domains"][0]["weight"] = 2

    framework = parse_framework(document)

    assert framework.domain_keys == ("physical_health",)
    assert framework.weights == (2.0,)
    assert isinstance(framework.weights[0], float)


# --- malformed documents ----------------------------------------------------------------------

Mutation = Callable[[dict[str, Any]], object]


def _set(*path: str | int, value: object) -> Mutation:
    def mutate(document: dict[str, Any]) -> object:
        target: Any = document
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
        return document

    return mutate


def _delete(*path: str | int) -> Mutation:
    def mutate(document: dict[str, Any]) -> object:
        target: Any = document
        for step in path[:-1]:
            target = target[step]
        del target[path[-1]]
        return document

    return mutate


def _add_sixth_level(document: dict[str, Any]) -> object:
    levels = document["domains"][1]["levels"]
    levels.append({**levels[4], "level": 5, "descriptor": "More.", "child_descriptor": "More."})
    return document


def _swap_strengths(document: dict[str, Any]) -> object:
    entries = document["strength_levels"]
    entries[1], entries[2] = entries[2], entries[1]
    return document


def _swap_domain_levels(document: dict[str, Any]) -> object:
    entries = document["domains"][0]["levels"]
    entries[1], entries[2] = entries[2], entries[1]
    return document


def _repeat_descriptor(document: dict[str, Any]) -> object:
    levels = document["domains"][0]["levels"]
    levels[3]["descriptor"] = levels[1]["descriptor"]
    return document


def _duplicate_domain_key(document: dict[str, Any]) -> object:
    document["domains"][4]["key"] = document["domains"][1]["key"]
    return document


def _duplicate_domain_name(document: dict[str, Any]) -> object:
    document["domains"][7]["name"] = document["domains"][0]["name"]
    return document


MALFORMED: list[tuple[str, Mutation, str, str]] = [
    ("not an object", lambda _: [], "(document)", "must be an object"),
    ("missing version", _delete("version"), "version", "is required"),
    ("unknown top field", _set("colour", value="red"), "(document)", "unknown field 'colour'"),
    ("empty key", _set("key", value=""), "key", "must not be empty"),
    ("key with spaces", _set("key", value="Kindred Default"), "key", "lower-case words"),
    ("short version", _set("version", value="1.0"), "version", "version like 1.0.0"),
    ("uk date", _set("published", value="23/11/2026"), "published", "date like"),
    ("impossible date", _set("published", value="2026-02-30"), "published", "not a real date"),
    ("name not text", _set("name", value=7), "name", "must be a string"),
    ("four levels", _delete("levels", 4), "levels", "exactly 5 entries, found 4"),
    ("level misnumbered", _set("levels", 2, "level", value=3), "levels[2].level", "expected 2"),
    ("blank level label", _set("levels", 1, "label", value="  "), "levels[1].label", "empty"),
    (
        "missing child label",
        _delete("levels", 0, "child_label"),
        "levels[0].child_label",
        "is required",
    ),
    ("strengths reordered", _swap_strengths, "strength_levels[1].key", "expected 'emerging'"),
    ("three strengths", _delete("strength_levels", 3), "strength_levels", "exactly 4 entries"),
    ("no domains", _set("domains", value=[]), "domains", "at least one domain"),
    ("domains not a list", _set("domains", value={}), "domains", "must be a list"),
    ("domain not an object", _set("domains", 2, value="x"), "domains[2]", "must be an object"),
    ("duplicate domain key", _duplicate_domain_key, "domains[4].key", "duplicate of domains[1]"),
    ("duplicate domain name", _duplicate_domain_name, "domains[7].name", "of domains[0]"),
    ("camel-case key", _set("domains", 0, "key", value="physHealth"), "domains[0].key", "snake"),
    (
        "unknown domain field",
        _set("domains", 0, "weighting", value=1),
        "domains[0]",
        "unknown field 'weighting'",
    ),
    ("zero weight", _set("domains", 1, "weight", value=0), "domains[1].weight", "positive"),
    ("negative weight", _set("domains", 1, "weight", value=-1.5), "domains[1].weight", "positive"),
    ("nan weight", _set("domains", 1, "weight", value=math.nan), "domains[1].weight", "finite"),
    ("inf weight", _set("domains", 1, "weight", value=math.inf), "domains[1].weight", "finite"),
    ("huge weight", _set("domains", 1, "weight", value=10**400), "domains[1].weight", "finite"),
    ("text weight", _set("domains", 1, "weight", value="1.0"), "domains[1].weight", "a number"),
    ("bool weight", _set("domains", 1, "weight", value=True), "domains[1].weight", "a number"),
    (
        "six levels",
        _add_sixth_level,
        "domains[1].levels",
        "exactly 5 entries, found 6",
    ),
    (
        "empty descriptor",
        _set("domains", 3, "levels", 2, "descriptor", value=""),
        "domains[3].levels[2].descriptor",
        "must not be empty",
    ),
    (
        "descriptor not text",
        _set("domains", 3, "levels", 2, "descriptor", value=42),
        "domains[3].levels[2].descriptor",
        "must be a string",
    ),
    (
        "padded child descriptor",
        _set("domains", 5, "levels", 0, "child_descriptor", value=" I am fine."),
        "domains[5].levels[0].child_descriptor",
        "whitespace",
    ),
    (
        "missing child descriptor",
        _delete("domains", 11, "levels", 4, "child_descriptor"),
        "domains[11].levels[4].child_descriptor",
        "is required",
    ),
    (
        "level as text",
        _set("domains", 0, "levels", 2, "level", value="2"),
        "domains[0].levels[2].level",
        "must be an integer",
    ),
    ("levels out of order", _swap_domain_levels, "domains[0].levels[1].level", "expected 1, got 2"),
    (
        "repeated descriptor",
        _repeat_descriptor,
        "domains[0].levels[3].descriptor",
        "repeats level 1",
    ),
    (
        "level entry not an object",
        _set("domains", 2, "levels", 4, value=None),
        "domains[2].levels[4]",
        "must be an object",
    ),
]


@pytest.mark.parametrize(
    ("mutate", "path", "problem"),
    [pytest.param(mutate, path, problem, id=name) for name, mutate, path, problem in MALFORMED],
)
def test_malformed_documents_are_rejected_at_their_path(
    mutate: Mutation, path: str, problem: str
) -> None:
    document = mutate(copy.deepcopy(_raw_default()))

    with pytest.raises(FrameworkError) as raised:
        parse_framework(document)  # type: ignore[arg-type]

    assert raised.value.path == path
    assert str(raised.value).startswith(f"{path}: ")
    assert problem in str(raised.value)
    assert isinstance(raised.value, ValueError)
