"""The needs framework: a versioned document of domains and level descriptors, as plain values.

A framework is data, not code. Every assessment records the version it was made with, so these
values are immutable and the parser is strict: a typo in a hand-edited file must fail loudly, with
the path of the problem, rather than ship a framework that silently misses a descriptor.
"""

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType

MAX_LEVEL = 4
"""Very high need: intensive, constant management. One domain here blocks a step-down."""

ACTIONABLE_LEVEL = 2
"""From this level a need calls for planned, regular support: an "actionable" need."""

NEED_LEVELS = range(0, MAX_LEVEL + 1)
"""The need scale, 0 (no additional need) to 4 (very high)."""


class StrengthLevel(StrEnum):
    """How much a domain is a strength to build on; values are stored, so never rename them."""

    NONE = "none"
    EMERGING = "emerging"
    USEFUL = "useful"
    CENTREPIECE = "centrepiece"


class FrameworkError(ValueError):
    """A framework document that cannot be used; `path` says where, e.g. `domains[3].key`."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path or "(document)"
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


@dataclass(frozen=True, slots=True)
class LevelInfo:
    """The general meaning of one need level, shared by every domain."""

    level: int
    label: str
    description: str
    child_label: str


@dataclass(frozen=True, slots=True)
class StrengthLevelInfo:
    """The meaning of one strength level."""

    key: StrengthLevel
    label: str
    description: str
    child_label: str


@dataclass(frozen=True, slots=True)
class LevelDescriptor:
    """What one need level looks like in one domain, for practitioners and for the child."""

    level: int
    descriptor: str
    child_descriptor: str


@dataclass(frozen=True, slots=True)
class Domain:
    """One area of a child's life, with a descriptor for each level 0..4 (index = level)."""

    key: str
    name: str
    description: str
    child_name: str
    child_description: str
    weight: float
    levels: tuple[LevelDescriptor, ...]

    def level(self, level: int) -> LevelDescriptor:
        """The descriptor of `level`; raises ValueError outside 0..4."""
        if level not in NEED_LEVELS:
            raise ValueError(f"need level must be 0 to {MAX_LEVEL}, got {level!r}")
        return self.levels[level]


@dataclass(frozen=True, slots=True)
class Framework:
    """A parsed, validated framework version. Build it with `parse_framework`."""

    key: str
    version: str
    name: str
    published: date
    levels: tuple[LevelInfo, ...]
    strength_levels: tuple[StrengthLevelInfo, ...]
    domains: tuple[Domain, ...]

    @property
    def domain_keys(self) -> tuple[str, ...]:
        """Domain keys in framework order: the order of the wheel and of every report."""
        return tuple(domain.key for domain in self.domains)

    @property
    def weights(self) -> tuple[float, ...]:
        """Domain weights in framework order, ready for a NumPy vector."""
        return tuple(domain.weight for domain in self.domains)

    @property
    def weights_by_domain(self) -> Mapping[str, float]:
        """Domain key → weight, the shape the scoring functions take."""
        return MappingProxyType({domain.key: domain.weight for domain in self.domains})

    def domain(self, key: str) -> Domain:
        """The domain with this key; raises KeyError if the framework has none."""
        for domain in self.domains:
            if domain.key == key:
                return domain
        raise KeyError(f"framework {self.key} {self.version} has no domain {key!r}")

    def level(self, level: int) -> LevelInfo:
        """The general meaning of a need level; raises ValueError outside 0..4."""
        if level not in NEED_LEVELS:
            raise ValueError(f"need level must be 0 to {MAX_LEVEL}, got {level!r}")
        return self.levels[level]

    def strength(self, strength: StrengthLevel) -> StrengthLevelInfo:
        """The labels of a strength level."""
        return self.strength_levels[list(StrengthLevel).index(strength)]


# --- parsing ---------------------------------------------------------------------------------

_FRAMEWORK_KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_DOMAIN_KEY = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
_VERSION = re.compile(r"(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

_TOP_FIELDS = ("key", "version", "name", "published", "levels", "strength_levels", "domains")
_LEVEL_FIELDS = ("level", "label", "description", "child_label")
_STRENGTH_FIELDS = ("key", "label", "description", "child_label")
_DOMAIN_TEXTS = ("name", "description", "child_name", "child_description")
_DOMAIN_FIELDS = ("key", *_DOMAIN_TEXTS, "weight", "levels")
_DESCRIPTOR_FIELDS = ("level", "descriptor", "child_descriptor")


def parse_framework(data: Mapping[str, object]) -> Framework:
    """Validate a framework document (e.g. loaded JSON) and build the immutable `Framework`."""
    doc = _object(data, "", _TOP_FIELDS)
    key = _matching(doc["key"], "key", _FRAMEWORK_KEY, "must be lower-case words joined by '-'")
    version = _matching(doc["version"], "version", _VERSION, "must be a version like 1.0.0")
    published = _date(doc["published"], "published")
    levels = tuple(
        _level_info(entry, f"levels[{i}]", i)
        for i, entry in enumerate(_sized(doc["levels"], "levels", len(NEED_LEVELS)))
    )
    strengths = tuple(
        _strength_info(entry, f"strength_levels[{i}]", list(StrengthLevel)[i])
        for i, entry in enumerate(_sized(doc["strength_levels"], "strength_levels", 4))
    )
    domain_entries = _list(doc["domains"], "domains")
    if not domain_entries:
        raise FrameworkError("domains", "must have at least one domain")
    domains = tuple(_domain(entry, f"domains[{i}]") for i, entry in enumerate(domain_entries))
    _unique(domains, "key")
    _unique(domains, "name")
    return Framework(
        key=key,
        version=version,
        name=_text(doc["name"], "name"),
        published=published,
        levels=levels,
        strength_levels=strengths,
        domains=domains,
    )


def _level_info(value: object, path: str, level: int) -> LevelInfo:
    entry = _object(value, path, _LEVEL_FIELDS)
    return LevelInfo(
        level=_level_number(entry["level"], f"{path}.level", level),
        label=_text(entry["label"], f"{path}.label"),
        description=_text(entry["description"], f"{path}.description"),
        child_label=_text(entry["child_label"], f"{path}.child_label"),
    )


def _strength_info(value: object, path: str, expected: StrengthLevel) -> StrengthLevelInfo:
    entry = _object(value, path, _STRENGTH_FIELDS)
    key = _text(entry["key"], f"{path}.key")
    if key != expected.value:
        raise FrameworkError(f"{path}.key", f"expected {expected.value!r}, got {key!r}")
    return StrengthLevelInfo(
        key=expected,
        label=_text(entry["label"], f"{path}.label"),
        description=_text(entry["description"], f"{path}.description"),
        child_label=_text(entry["child_label"], f"{path}.child_label"),
    )


def _domain(value: object, path: str) -> Domain:
    entry = _object(value, path, _DOMAIN_FIELDS)
    key = _matching(entry["key"], f"{path}.key", _DOMAIN_KEY, "must be snake_case")
    levels_path = f"{path}.levels"
    descriptors = tuple(
        _descriptor(item, f"{levels_path}[{i}]", i)
        for i, item in enumerate(_sized(entry["levels"], levels_path, len(NEED_LEVELS)))
    )
    # Two levels with the same words cannot be told apart: almost always a copy-paste slip.
    for field in ("descriptor", "child_descriptor"):
        seen: dict[str, int] = {}
        for item in descriptors:
            text = getattr(item, field)
            if text in seen:
                raise FrameworkError(
                    f"{levels_path}[{item.level}].{field}", f"repeats level {seen[text]}"
                )
            seen[text] = item.level
    return Domain(
        key=key,
        name=_text(entry["name"], f"{path}.name"),
        description=_text(entry["description"], f"{path}.description"),
        child_name=_text(entry["child_name"], f"{path}.child_name"),
        child_description=_text(entry["child_description"], f"{path}.child_description"),
        weight=_weight(entry["weight"], f"{path}.weight"),
        levels=descriptors,
    )


def _descriptor(value: object, path: str, level: int) -> LevelDescriptor:
    entry = _object(value, path, _DESCRIPTOR_FIELDS)
    return LevelDescriptor(
        level=_level_number(entry["level"], f"{path}.level", level),
        descriptor=_text(entry["descriptor"], f"{path}.descriptor"),
        child_descriptor=_text(entry["child_descriptor"], f"{path}.child_descriptor"),
    )


def _unique(domains: Sequence[Domain], field: str) -> None:
    first: dict[str, int] = {}
    for i, domain in enumerate(domains):
        value = getattr(domain, field)
        if value in first:
            raise FrameworkError(f"domains[{i}].{field}", f"duplicate of domains[{first[value]}]")
        first[value] = i


def _field(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _object(value: object, path: str, fields: Sequence[str]) -> Mapping[str, object]:
    if not isinstance(value, Mapping):
        raise FrameworkError(path, "must be an object")
    for name in fields:
        if name not in value:
            raise FrameworkError(_field(path, name), "is required")
    unknown = sorted(str(name) for name in value if name not in fields)
    if unknown:
        raise FrameworkError(path, f"unknown field {unknown[0]!r}")
    return value


def _list(value: object, path: str) -> Sequence[object]:
    if not isinstance(value, list | tuple):
        raise FrameworkError(path, "must be a list")
    return value


def _sized(value: object, path: str, size: int) -> Sequence[object]:
    items = _list(value, path)
    if len(items) != size:
        raise FrameworkError(path, f"must have exactly {size} entries, found {len(items)}")
    return items


def _text(value: object, path: str) -> str:
    if not isinstance(value, str):
        raise FrameworkError(path, "must be a string")
    if not value.strip():
        raise FrameworkError(path, "must not be empty")
    if value != value.strip():
        raise FrameworkError(path, "must not start or end with whitespace")
    return value


def _matching(value: object, path: str, pattern: re.Pattern[str], problem: str) -> str:
    text = _text(value, path)
    if not pattern.fullmatch(text):
        raise FrameworkError(path, f"{problem}, got {text!r}")
    return text


def _date(value: object, path: str) -> date:
    text = _matching(value, path, _ISO_DATE, "must be a date like 2026-11-23")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise FrameworkError(path, f"is not a real date: {text!r}") from None


def _level_number(value: object, path: str, expected: int) -> int:
    # Levels are listed in order and also name themselves, so a reordered list is caught.
    if isinstance(value, bool) or not isinstance(value, int):
        raise FrameworkError(path, "must be an integer")
    if value != expected:
        raise FrameworkError(path, f"expected {expected}, got {value}")
    return value


def _weight(value: object, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FrameworkError(path, "must be a number")
    try:
        weight = float(value)
    except OverflowError:  # an integer too large for a float
        weight = math.inf
    if not math.isfinite(weight) or weight <= 0:
        raise FrameworkError(path, f"must be a positive finite number, got {value!r}")
    return weight
