"""Use cases for a young person's own voice: their "About me", wheel and framework.

A young person reaches exactly one child, their own (`actor.child_id`); there is no child id
in these routes to get wrong. Every read and write is audited against that child. The views
their worker sees are in `child_view.py`.
"""

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.core import stale_version
from kindred.core.errors import Conflict, FieldError, Forbidden, InvalidInput, NotFound
from kindred.domain.about_me import SECTIONS, SharedSection, shareable
from kindred.domain.framework import Framework
from kindred.models.about_me import AboutMeVersion
from kindred.models.user import Role
from kindred.modules.children.schemas import PersonRef
from kindred.modules.frameworks.api import current_framework, framework_for
from kindred.modules.voice import repository
from kindred.modules.voice.repository import VersionRow
from kindred.modules.voice.schemas import (
    AboutMeRead,
    AboutMeWrite,
    ChildDomain,
    ChildDomainLevel,
    ChildFramework,
    ChildLevel,
    MyWheel,
    Sections,
    SelfRatingRead,
    Share,
    WheelDomain,
)

ABOUT_ME = "about_me"
STALE = (
    'Your "About me" was changed somewhere else since you opened it. The newest version is '
    "in `current`: look at it, then save your changes again."
)
NOT_A_YOUNG_PERSON = 'Only a young person can use their own "About me".'


# --- shared by both views --------------------------------------------------------------------


def read_version(row: VersionRow | None, framework: Framework) -> AboutMeRead:
    """A stored version as read; an empty one numbered 0 when nothing was written yet."""
    if row is None:
        return AboutMeRead(
            number=0,
            created_at=None,
            author=None,
            framework_version=framework.version,
            sections=Sections(**dict.fromkeys(SECTIONS, "")),
            self_ratings={},
            share=Share(**dict.fromkeys(SECTIONS, True)),
        )
    version = row.version
    return AboutMeRead(
        number=version.number,
        created_at=version.created_at,
        author=PersonRef(id=version.author_user_id, display_name=row.author_name or "Unknown"),
        framework_version=version.framework_version,
        sections=Sections(**{key: version.sections.get(key, "") for key in SECTIONS}),
        self_ratings={
            key: SelfRatingRead(level=rating.get("level"), words=rating.get("words", ""))
            for key, rating in version.self_ratings.items()
        },
        share=Share(**{key: bool(version.share.get(key, True)) for key in SECTIONS}),
    )


async def about_me_of(db: AsyncSession, tenant_id: uuid.UUID, child_id: uuid.UUID) -> AboutMeRead:
    row = await repository.current(db, child_id)
    framework = (
        await framework_for(db, tenant_id, row.version.framework_version)
        if row
        else await current_framework(db, tenant_id)
    )
    return read_version(row, framework)


async def consented_sections(db: AsyncSession, child_id: uuid.UUID) -> list[SharedSection]:
    """The child's current "About me" sections they agreed to share, in their own words.

    For referrals (which audit their own reads): the consent as it is now, every time.
    """
    row = await repository.current(db, child_id)
    if row is None:
        return []
    return shareable(row.version.sections, row.version.share)


# --- the young person's own ------------------------------------------------------------------


async def _own_child(db: AsyncSession, actor: Actor) -> uuid.UUID:
    """The one child a young person may reach; nobody else has an own "About me"."""
    if actor.role is not Role.young_person or actor.child_id is None:
        raise Forbidden(NOT_A_YOUNG_PERSON)
    if await repository.child(db, actor.child_id) is None:
        raise NotFound("Your record could not be found. Ask your worker for help.")
    return actor.child_id


async def _audit(
    db: AsyncSession,
    actor: Actor,
    action: AuditAction,
    resource_type: str,
    child_id: uuid.UUID,
    **details: Any,
) -> None:
    await audit.record(
        db,
        actor=actor,
        action=action,
        resource_type=resource_type,
        resource_id=child_id,
        child_id=child_id,
        details=details or None,
    )


async def get_own_about_me(db: AsyncSession, actor: Actor) -> AboutMeRead:
    child_id = await _own_child(db, actor)
    read = await about_me_of(db, actor.tenant_id, child_id)
    await _audit(db, actor, AuditAction.read, ABOUT_ME, child_id, number=read.number)
    return read


def _ratings(body: AboutMeWrite, framework: Framework) -> dict[str, dict[str, Any]]:
    """The self-ratings as stored: known domains only, blank ones left out."""
    unknown = [key for key in body.self_ratings if key not in framework.domain_keys]
    if unknown:
        raise InvalidInput(
            "Rate only the areas shown to you.",
            errors=[
                FieldError(field=f"body.self_ratings.{key}", message="Not an area of the wheel.")
                for key in unknown[:20]
            ],
        )
    return {
        key: {"level": rating.level, "words": rating.words.strip()}
        for key, rating in body.self_ratings.items()
        if rating.level is not None or rating.words.strip()
    }


async def _stale(db: AsyncSession, actor: Actor, child_id: uuid.UUID) -> Conflict:
    current = await about_me_of(db, actor.tenant_id, child_id)
    await audit.record_conflict_read(
        db, actor=actor, resource_type=ABOUT_ME, resource_id=child_id, child_id=child_id
    )
    return stale_version.conflict(STALE, current)


def _unchanged(
    row: VersionRow | None, sections: Mapping[str, str], ratings: Mapping[str, Any], share: Any
) -> bool:
    if row is None:
        return False
    version = row.version
    return (version.sections, version.self_ratings, version.share) == (sections, ratings, share)


async def save_own_about_me(db: AsyncSession, actor: Actor, body: AboutMeWrite) -> AboutMeRead:
    """Append a new version; the earlier ones are kept. Saving the same again adds nothing."""
    child_id = await _own_child(db, actor)
    row = await repository.current(db, child_id)
    if body.based_on != (row.version.number if row else 0):
        raise await _stale(db, actor, child_id)
    framework = await current_framework(db, actor.tenant_id)
    ratings = _ratings(body, framework)
    sections = body.sections.model_dump()
    share = body.share.model_dump()
    if row is not None and _unchanged(row, sections, ratings, share):
        await _audit(db, actor, AuditAction.update, ABOUT_ME, child_id, unchanged=True)
        return read_version(row, framework)
    version = AboutMeVersion(
        tenant_id=actor.tenant_id,
        child_id=child_id,
        number=body.based_on + 1,
        author_user_id=actor.id,
        framework_version=framework.version,
        sections=sections,
        self_ratings=ratings,
        share=share,
    )
    if not await repository.add_version(db, version):
        raise await _stale(db, actor, child_id)
    await _audit(
        db,
        actor,
        AuditAction.create,
        ABOUT_ME,
        child_id,
        number=version.number,
        not_shared=sorted(key for key, agreed in share.items() if not agreed),
    )
    saved = await repository.current(db, child_id)
    return read_version(saved, framework)


async def get_own_wheel(db: AsyncSession, actor: Actor) -> MyWheel:
    """The latest approved levels in child-friendly words: no evidence, no scores."""
    child_id = await _own_child(db, actor)
    approved = await repository.approved_levels(db, child_id)
    framework = (
        await framework_for(db, actor.tenant_id, approved.framework_version)
        if approved
        else await current_framework(db, actor.tenant_id)
    )
    domains = []
    for domain in framework.domains:
        level = approved.levels.get(domain.key) if approved else None
        domains.append(
            WheelDomain(
                key=domain.key,
                child_name=domain.child_name,
                child_description=domain.child_description,
                level=level,
                child_label=framework.level(level).child_label if level is not None else None,
                child_descriptor=(
                    domain.level(level).child_descriptor if level is not None else None
                ),
            )
        )
    await _audit(
        db,
        actor,
        AuditAction.read,
        "needs_wheel",
        child_id,
        assessment_id=str(approved.assessment_id) if approved else None,
    )
    return MyWheel(
        assessed_on=approved.assessed_on if approved else None,
        framework_version=framework.version,
        domains=domains,
    )


async def get_own_framework(db: AsyncSession, actor: Actor) -> ChildFramework:
    """The current framework in child-friendly words only, for rating themselves."""
    child_id = await _own_child(db, actor)
    framework = await current_framework(db, actor.tenant_id)
    await _audit(db, actor, AuditAction.read, "framework", child_id, version=framework.version)
    return ChildFramework(
        version=framework.version,
        levels=[
            ChildLevel(level=info.level, child_label=info.child_label) for info in framework.levels
        ],
        domains=[
            ChildDomain(
                key=domain.key,
                child_name=domain.child_name,
                child_description=domain.child_description,
                levels=[
                    ChildDomainLevel(level=item.level, child_descriptor=item.child_descriptor)
                    for item in domain.levels
                ],
            )
            for domain in framework.domains
        ],
    )
