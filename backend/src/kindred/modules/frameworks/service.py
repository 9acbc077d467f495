"""Use cases for needs frameworks: read the current or a pinned version, list, publish.

The shipped default is version 1.0.0; a council may publish its own versions, which keep the
default's structure (framework key, and the same domains in the same order) and change only
weights and words. Versions are immutable, so parsed council versions are cached in-process.
"""

import re
import uuid
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.core.errors import Conflict, FieldError, InvalidInput, NotFound
from kindred.domain.framework import Framework, FrameworkError, parse_framework
from kindred.frameworks.loader import load_default_framework
from kindred.modules.children.schemas import PersonRef
from kindred.modules.frameworks import repository
from kindred.modules.frameworks.schemas import (
    DomainRead,
    FrameworkRead,
    FrameworkVersionItem,
    LevelDescriptorRead,
    LevelRead,
    StrengthLevelRead,
)

MAX_TEXT = 2_000
MAX_VERSION_LENGTH = 32
MAX_WEIGHT = 100.0
TOO_LONG = f"At most {MAX_TEXT} characters."

_CACHE_LIMIT = 1_024
_parsed: dict[tuple[uuid.UUID, str], Framework] = {}


class FrameworkVersionTaken(Conflict):
    slug = "framework-version-taken"
    title = "This framework version already exists"


def _no_such_version(version: str) -> NotFound:
    return NotFound(f"There is no needs framework version {version[:40]!r} in your council.")


async def framework_for(db: AsyncSession, tenant_id: uuid.UUID, version: str) -> Framework:
    """The framework version an assessment is pinned to: the default or a council version."""
    default = load_default_framework()
    if version == default.version:
        return default
    key = (tenant_id, version)
    cached = _parsed.get(key)
    if cached is not None:
        return cached
    document = await repository.document(db, version)
    if document is None:
        raise _no_such_version(version)
    framework = parse_framework(document)
    if len(_parsed) >= _CACHE_LIMIT:
        _parsed.clear()
    _parsed[key] = framework
    return framework


async def current_framework(db: AsyncSession, tenant_id: uuid.UUID) -> Framework:
    """The version new assessments use: the council's latest published one, else the default."""
    latest = await repository.latest_version(db)
    if latest is None:
        return load_default_framework()
    return await framework_for(db, tenant_id, latest)


def _read(framework: Framework) -> FrameworkRead:
    return FrameworkRead(
        key=framework.key,
        version=framework.version,
        name=framework.name,
        published=framework.published,
        is_default=framework.version == load_default_framework().version,
        levels=[
            LevelRead(
                level=info.level,
                label=info.label,
                description=info.description,
                child_label=info.child_label,
            )
            for info in framework.levels
        ],
        strength_levels=[
            StrengthLevelRead(
                key=info.key,
                label=info.label,
                description=info.description,
                child_label=info.child_label,
            )
            for info in framework.strength_levels
        ],
        domains=[
            DomainRead(
                key=domain.key,
                name=domain.name,
                description=domain.description,
                child_name=domain.child_name,
                child_description=domain.child_description,
                weight=domain.weight,
                levels=[
                    LevelDescriptorRead(
                        level=item.level,
                        descriptor=item.descriptor,
                        child_descriptor=item.child_descriptor,
                    )
                    for item in domain.levels
                ],
            )
            for domain in framework.domains
        ],
    )


async def get_current(db: AsyncSession, actor: Actor) -> FrameworkRead:
    return _read(await current_framework(db, actor.tenant_id))


async def get_version(db: AsyncSession, actor: Actor, version: str) -> FrameworkRead:
    return _read(await framework_for(db, actor.tenant_id, version))


async def list_versions(db: AsyncSession, actor: Actor) -> list[FrameworkVersionItem]:
    """The council's versions newest first, then the shipped default."""
    default = load_default_framework()
    published = await repository.list_versions(db)
    current = published[0].version if published else default.version
    items = [
        FrameworkVersionItem(
            version=row.version,
            name=row.name,
            published=date.fromisoformat(row.published),
            is_default=False,
            is_current=row.version == current,
            published_at=row.published_at,
            published_by=PersonRef(id=row.published_by_id, display_name=row.published_by_name),
        )
        for row in published
    ]
    items.append(
        FrameworkVersionItem(
            version=default.version,
            name=default.name,
            published=default.published,
            is_default=True,
            is_current=default.version == current,
            published_at=None,
            published_by=None,
        )
    )
    return items


# --- publishing ------------------------------------------------------------------------------

_INDEX = re.compile(r"\[(\d+)\]")


def body_field(path: str) -> str:
    """`domains[3].levels[2].descriptor` → `body.domains.3.levels.2.descriptor`."""
    if not path or path == "(document)":
        return "body"
    return "body." + _INDEX.sub(r".\1", path)


def _unstorable_texts(document: object) -> list[FieldError]:
    """Strings too long, or holding NUL (iterative: nesting depth cannot overflow)."""
    found: list[FieldError] = []
    stack: list[tuple[object, str]] = [(document, "")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, str):
            if len(value) > MAX_TEXT:
                found.append(FieldError(field=body_field(path), message=TOO_LONG))
            elif "\x00" in value:
                found.append(FieldError(field=body_field(path), message="Remove the NUL."))
        elif isinstance(value, dict):
            stack.extend(
                (item, f"{path}.{name}" if path else str(name)) for name, item in value.items()
            )
        elif isinstance(value, list):
            stack.extend((item, f"{path}[{index}]") for index, item in enumerate(value))
    return sorted(found, key=lambda error: error.field)


def _structure_problems(framework: Framework, default: Framework) -> list[FieldError]:
    """What a council version changes beyond weights and words."""
    problems: list[FieldError] = []
    if framework.key != default.key:
        problems.append(FieldError(field="body.key", message=f"Must stay {default.key!r}."))
    if framework.version == default.version:
        problems.append(
            FieldError(
                field="body.version",
                message=f"{default.version} is the default framework's version; choose another.",
            )
        )
    if len(framework.version) > MAX_VERSION_LENGTH:
        problems.append(FieldError(field="body.version", message="At most 32 characters."))
    if framework.domain_keys != default.domain_keys:
        if len(framework.domains) != len(default.domains):
            problems.append(
                FieldError(
                    field="body.domains",
                    message=f"Must have the default framework's {len(default.domains)} domains, "
                    "in its order; only their weights and words may change.",
                )
            )
        else:
            for index, (key, expected) in enumerate(
                zip(framework.domain_keys, default.domain_keys, strict=True)
            ):
                if key != expected:
                    problems.append(
                        FieldError(
                            field=f"body.domains.{index}.key",
                            message=f"Must be {expected!r}: domains keep the default's keys "
                            "and order.",
                        )
                    )
    for index, domain in enumerate(framework.domains):
        if domain.weight > MAX_WEIGHT:
            problems.append(
                FieldError(field=f"body.domains.{index}.weight", message="At most 100.")
            )
    return problems


def _validated(document: dict[str, Any]) -> Framework:
    unstorable = _unstorable_texts(document)
    if unstorable:
        raise InvalidInput(
            f"Texts in a framework are at most {MAX_TEXT} characters, without NUL.",
            errors=unstorable[:20],
        )
    try:
        framework = parse_framework(document)
    except FrameworkError as error:
        raise InvalidInput(
            f"The framework document is not valid: {error}",
            errors=[FieldError(field=body_field(error.path), message=error.problem)],
        ) from None
    problems = _structure_problems(framework, load_default_framework())
    if problems:
        raise InvalidInput(
            "A council's framework keeps the default's structure; only weights and words change.",
            errors=problems,
        )
    return framework


def _version_taken(version: str) -> FrameworkVersionTaken:
    return FrameworkVersionTaken(
        f"Your council has already published version {version}. Versions never change once "
        "published; choose a new version number.",
        errors=[FieldError(field="body.version", message="Already published.")],
    )


async def publish(db: AsyncSession, actor: Actor, document: dict[str, Any]) -> FrameworkRead:
    """Validate and store a new council version; it becomes current for new assessments."""
    framework = _validated(document)
    if await repository.version_exists(db, framework.version):
        raise _version_taken(framework.version)
    row = await repository.add_version(
        db,
        tenant_id=actor.tenant_id,
        version=framework.version,
        document=document,
        published_by=actor.id,
    )
    if row is None:
        raise _version_taken(framework.version)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.create,
        resource_type="framework_version",
        resource_id=row.id,
        details={"version": framework.version, "weights": dict(framework.weights_by_domain)},
    )
    return _read(framework)
