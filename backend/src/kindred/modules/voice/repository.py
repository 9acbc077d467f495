"""Queries for "About me" versions and the approved levels shown beside them."""

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.core.pagination import PageParams
from kindred.models.about_me import AboutMeVersion
from kindred.models.assessment import Assessment, AssessmentDomain, AssessmentStatus
from kindred.models.child import Child
from kindred.models.user import User


@dataclass(frozen=True, slots=True)
class VersionRow:
    version: AboutMeVersion
    author_name: str | None


@dataclass(frozen=True, slots=True)
class ApprovedLevels:
    """The latest approved assessment's levels, and nothing else of it."""

    assessment_id: uuid.UUID
    assessed_on: date | None
    framework_version: str
    levels: dict[str, int | None]


def _with_author() -> Select[AboutMeVersion, str]:
    return select(AboutMeVersion, User.display_name).outerjoin(
        User, User.id == AboutMeVersion.author_user_id
    )


async def child(db: AsyncSession, child_id: uuid.UUID) -> Child | None:
    return await db.scalar(select(Child).where(Child.id == child_id))


async def current(db: AsyncSession, child_id: uuid.UUID) -> VersionRow | None:
    """The child's newest version, with its author's name."""
    row = (
        await db.execute(
            _with_author()
            .where(AboutMeVersion.child_id == child_id)
            .order_by(AboutMeVersion.number.desc())
            .limit(1)
        )
    ).one_or_none()
    return VersionRow(row[0], row[1]) if row else None


async def history(
    db: AsyncSession, child_id: uuid.UUID, page: PageParams
) -> tuple[list[VersionRow], int]:
    """Newest first, one page, and how many versions there are."""
    total = await db.scalar(
        select(func.count()).select_from(AboutMeVersion).where(AboutMeVersion.child_id == child_id)
    )
    rows = await db.execute(
        _with_author()
        .where(AboutMeVersion.child_id == child_id)
        .order_by(AboutMeVersion.number.desc())
        .offset(page.offset)
        .limit(page.page_size)
    )
    return [VersionRow(row[0], row[1]) for row in rows], total or 0


async def add_version(db: AsyncSession, version: AboutMeVersion) -> bool:
    """Append a version; False when its number was taken by a save that committed first."""
    try:
        async with db.begin_nested():
            db.add(version)
            await db.flush()
    except IntegrityError:
        return False
    return True


async def approved_levels(db: AsyncSession, child_id: uuid.UUID) -> ApprovedLevels | None:
    """The levels of the child's latest approved assessment: no evidence, notes or scores."""
    assessment = (
        await db.execute(
            select(Assessment.id, Assessment.assessed_on, Assessment.framework_version)
            .where(
                Assessment.child_id == child_id,
                Assessment.status == AssessmentStatus.approved,
            )
            .order_by(Assessment.approved_at.desc(), Assessment.id.desc())
            .limit(1)
        )
    ).one_or_none()
    if assessment is None:
        return None
    rows = await db.execute(
        select(AssessmentDomain.domain_key, AssessmentDomain.need_level).where(
            AssessmentDomain.assessment_id == assessment.id
        )
    )
    return ApprovedLevels(
        assessment_id=assessment.id,
        assessed_on=assessment.assessed_on,
        framework_version=assessment.framework_version,
        levels={row.domain_key: row.need_level for row in rows},
    )
