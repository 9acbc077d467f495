"""A demo young person per council: the first child of the council's first team, signed up,
with an "About me" in their own words and two self-ratings (one seen differently from the
worker's, so the side-by-side view has something to highlight)."""

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kindred.domain.about_me import SECTIONS
from kindred.domain.framework import MAX_LEVEL, Framework
from kindred.models.about_me import AboutMeVersion
from kindred.models.assessment import AssessmentDomain
from kindred.models.child import Child
from kindred.models.user import Role, User

YOUNG_PERSON_MAILBOX = "young.person"

ABOUT_ME = {
    "good_at": "Drawing, especially animals. I'm good at making my little cousins laugh.",
    "matters_to_me": "Seeing my nan on Sundays. Keeping my dog photos on my phone.",
    "want_people_to_know": "I'm quiet at first but I'm not rude. I like to know what is "
    "happening before it happens.",
    "helps_when_hard": "Music in my headphones and a bit of space. Then talking in the car.",
    "goals_soon": "Get into the school art club and stay at the same school.",
    "goals_older": "Work with animals, maybe be a vet nurse.",
    "important_people": "My nan, my brother Jay, my carer Sue, Ms Patel at school.",
}


def username(slug: str) -> str:
    """The demo young person's sign-in name in a council."""
    return f"{YOUNG_PERSON_MAILBOX}@{slug}.example"


async def load_demo_young_person(
    db: AsyncSession,
    *,
    tenant_id: uuid.UUID,
    slug: str,
    team_id: uuid.UUID,
    password_hash: str,
    framework: Framework,
) -> None:
    """Sign up the first child of `team_id` and save their first "About me"."""
    child = await db.scalar(
        select(Child)
        .where(Child.tenant_id == tenant_id, Child.team_id == team_id)
        .order_by(Child.local_child_id)
        .limit(1)
    )
    if child is None:
        return
    user = User(
        tenant_id=tenant_id,
        email=username(slug),
        display_name=child.preferred_name or child.given_name,
        role=Role.young_person,
        password_hash=password_hash,
        child_id=child.id,
    )
    db.add(user)
    await db.flush()
    levels = await db.execute(
        select(AssessmentDomain.domain_key, AssessmentDomain.need_level).where(
            AssessmentDomain.assessment_id == child.latest_assessment_id
        )
    )
    approved = {row.domain_key: row.need_level for row in levels}
    feelings = approved.get("emotional_wellbeing") or 0
    learning = approved.get("learning_and_education")
    db.add(
        AboutMeVersion(
            tenant_id=tenant_id,
            child_id=child.id,
            number=1,
            author_user_id=user.id,
            framework_version=framework.version,
            sections={key: ABOUT_ME.get(key, "") for key in SECTIONS},
            self_ratings={
                "emotional_wellbeing": {
                    "level": feelings + 1 if feelings < MAX_LEVEL else feelings - 1,
                    "words": "I worry more than people think. I don't always show it.",
                },
                "learning_and_education": {
                    "level": learning,
                    "words": "School is OK. Art is the best bit.",
                },
            },
            # They said no to sharing who is important to them.
            share={key: key != "important_people" for key in SECTIONS},
        )
    )
    await db.flush()
