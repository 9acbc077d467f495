"""Use cases for a child's workers: read the young person's "About me", its history, and their
own ratings beside the practitioner's. Never written here: the young person's words are theirs.
"""

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.auth import audit
from kindred.auth.actor import Actor
from kindred.auth.audit import AuditAction
from kindred.auth.child_access import visible_child
from kindred.core.pagination import Page, PageParams
from kindred.domain.about_me import ratings_differ
from kindred.modules.frameworks.api import current_framework, framework_for
from kindred.modules.voice import repository
from kindred.modules.voice.schemas import AboutMeRead, ComparedDomain, VoiceComparison
from kindred.modules.voice.service import ABOUT_ME, about_me_of, read_version


async def get_about_me(db: AsyncSession, actor: Actor, child_id: uuid.UUID) -> AboutMeRead:
    """The current version, with who wrote it and when (number 0 when nothing yet)."""
    await visible_child(db, actor, child_id)
    read = await about_me_of(db, actor.tenant_id, child_id)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.read,
        resource_type=ABOUT_ME,
        resource_id=child_id,
        child_id=child_id,
        details={"number": read.number},
    )
    return read


async def about_me_history(
    db: AsyncSession, actor: Actor, child_id: uuid.UUID, page: PageParams
) -> Page[AboutMeRead]:
    """Every version, newest first: the young person's voice over time."""
    await visible_child(db, actor, child_id)
    rows, total = await repository.history(db, child_id, page)
    framework = await current_framework(db, actor.tenant_id)
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.list,
        resource_type=ABOUT_ME,
        resource_id=child_id,
        child_id=child_id,
        details={"count": len(rows), "page": page.page},
    )
    return Page.of([read_version(row, framework) for row in rows], total, page)


async def compare(db: AsyncSession, actor: Actor, child_id: uuid.UUID) -> VoiceComparison:
    """Per domain: the latest approved level beside the young person's own rating and words."""
    await visible_child(db, actor, child_id)
    approved = await repository.approved_levels(db, child_id)
    own = await repository.current(db, child_id)
    framework = (
        await framework_for(db, actor.tenant_id, approved.framework_version)
        if approved
        else await current_framework(db, actor.tenant_id)
    )
    ratings = own.version.self_ratings if own else {}
    domains = []
    for domain in framework.domains:
        theirs = ratings.get(domain.key, {})
        practitioner_level = approved.levels.get(domain.key) if approved else None
        young_person_level = theirs.get("level")
        domains.append(
            ComparedDomain(
                key=domain.key,
                name=domain.name,
                child_name=domain.child_name,
                practitioner_level=practitioner_level,
                young_person_level=young_person_level,
                young_person_words=theirs.get("words", ""),
                differs=ratings_differ(practitioner_level, young_person_level),
            )
        )
    await audit.record(
        db,
        actor=actor,
        action=AuditAction.read,
        resource_type="voice_comparison",
        resource_id=child_id,
        child_id=child_id,
        details={"about_me_number": own.version.number if own else 0},
    )
    return VoiceComparison(
        assessment_id=approved.assessment_id if approved else None,
        assessed_on=approved.assessed_on if approved else None,
        about_me_number=own.version.number if own else 0,
        about_me_created_at=own.version.created_at if own else None,
        differences=sum(domain.differs for domain in domains),
        domains=domains,
    )
