"""The pseudonymous snapshot of a referral: exactly what a partner agency may read.

Built from an allow-list, never by removing fields from the child's record: a field reaches an
agency only if it is named here. No name, date of birth, address, postcode, local id, UPN,
case notes or assessment evidence; age in whole years, the council's area and a distance band.
The snapshot is frozen when a manager approves the referral; later edits never change it.
"""

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from kindred.domain.care_status import CareStatus
from kindred.domain.framework import Framework, StrengthLevel
from kindred.domain.people import age_in_years
from kindred.domain.referrals import MaxDistance, Purpose
from kindred.domain.scoring import summarise_needs
from kindred.models.child import Child
from kindred.models.referral import Referral

CareContext = Literal["in care", "edge of care", "care leaver"]
_CARE_CONTEXT: dict[str, CareContext] = {
    CareStatus.in_care: "in care",
    CareStatus.edge_of_care: "edge of care",
    CareStatus.care_leaver: "care leaver",
}


class SharedNeed(BaseModel):
    """One needs domain as an agency sees it."""

    domain_key: str = Field(
        description="Stable key of the domain.", examples=["feelings_and_behaviour"]
    )
    domain_name: str = Field(
        description="The domain's name in the framework.",
        examples=["Managing feelings and behaviour"],
    )
    need_level: int = Field(ge=0, le=4, description="0 none … 4 very high.", examples=[2])
    need_label: str = Field(description="The level's name in the framework.", examples=["Moderate"])
    needs_text: str = Field(
        description="What the need looks like and what support meets it, written for agencies.",
        examples=["Often needs help to manage strong feelings, with a calming plan."],
    )
    strength_level: StrengthLevel = Field(description="none, emerging, useful or centrepiece.")
    strength_notes: str = Field(description="The strength in this domain, in a few words.")


class SharedWords(BaseModel):
    """A section of the young person's "About me" that they agreed to share, in their words."""

    section: str = Field(description='Which part of "About me".', examples=["what_helps_me"])
    heading: str = Field(
        description="The part's heading, as the young person saw it.",
        examples=["What helps when things are hard"],
    )
    text: str = Field(
        description="The young person's own words, unchanged.",
        examples=["Music in my headphones and a bit of space."],
    )


class NeedsSummary(BaseModel):
    score: float = Field(description="Weighted needs score 0–100.", examples=[41.7])
    actionable_count: int = Field(description="Domains at level 2 or more.", examples=[5])
    highest_level: int = Field(ge=0, le=4, description="The highest need level.", examples=[3])


class SharedLocation(BaseModel):
    local_authority: str = Field(
        description="The referring council's area; never an address or postcode.",
        examples=["Northshire County Council"],
    )
    max_distance: MaxDistance = Field(
        description="How far from the child's home area a household may be."
    )
    preferences: str = Field(
        description="Location preferences in words, e.g. near the child's school's area.",
        examples=["Within reach of the north of the county so school can continue."],
    )


class ReferralSnapshot(BaseModel):
    """The referral as agencies see it: pseudonymous and frozen at approval."""

    reference: str = Field(
        description="The referral's pseudonymous reference.", examples=["NS-R-0042"]
    )
    purpose: Purpose = Field(description="The kind of placement sought.")
    needed_by: date | None = Field(description="When the placement is needed by.")
    age_years: int = Field(description="The child's age in whole years when shared.", examples=[13])
    care_context: CareContext = Field(
        description="Legal context, no more than needed: in care, edge of care or care leaver."
    )
    siblings: int = Field(
        ge=0, le=6, description="Brothers and sisters to be placed with the child.", examples=[0]
    )
    location: SharedLocation = Field(description="Where, without any address or postcode.")
    framework_version: str = Field(
        description="The needs framework version used.", examples=["1.0.0"]
    )
    needs_summary: NeedsSummary = Field(description="The headline figures of the needs.")
    needs: list[SharedNeed] = Field(description="Every domain, in framework order.")
    what_helps: str = Field(description="What helps this child, in the practitioner's words.")
    young_person_words: list[SharedWords] = Field(
        description="Only the sections the young person agreed to share, as they wrote them."
    )
    budget_weekly_pence: int | None = Field(
        description="Budget guidance in pence per week, when the council gives one.",
        examples=[92_000],
    )
    contact_arrangements: str = Field(
        description="Family time arrangements the household would support, written for agencies."
    )
    taken_at: datetime = Field(description="When this snapshot was frozen.")


def shared_needs(referral: Referral, framework: Framework) -> list[SharedNeed]:
    """The referral's per-domain needs in framework order, with the framework's labels."""
    by_key = {entry["domain_key"]: entry for entry in referral.needs}
    needs = []
    for domain in framework.domains:
        entry = by_key[domain.key]
        level = int(entry["need_level"])
        needs.append(
            SharedNeed(
                domain_key=domain.key,
                domain_name=domain.name,
                need_level=level,
                need_label=framework.level(level).label,
                needs_text=str(entry.get("needs_text", "")),
                strength_level=StrengthLevel(entry.get("strength_level", "none")),
                strength_notes=str(entry.get("strength_notes", "")),
            )
        )
    return needs


def build_snapshot(
    referral: Referral,
    child: Child,
    *,
    council_name: str,
    framework: Framework,
    words: list[SharedWords],
    now: datetime,
) -> ReferralSnapshot:
    """Pick the allowed facts of a referral and its child; nothing else is copied."""
    needs = shared_needs(referral, framework)
    summary = summarise_needs({need.domain_key: need.need_level for need in needs}, framework)
    return ReferralSnapshot(
        reference=referral.reference,
        purpose=Purpose(referral.purpose),
        needed_by=referral.needed_by,
        age_years=age_in_years(child.date_of_birth, now.date()),
        care_context=_CARE_CONTEXT[child.care_status],
        siblings=referral.siblings,
        location=SharedLocation(
            local_authority=council_name,
            max_distance=MaxDistance(referral.max_distance),
            preferences=referral.location_preferences,
        ),
        framework_version=referral.framework_version,
        needs_summary=NeedsSummary(
            score=summary.score,
            actionable_count=summary.actionable,
            highest_level=summary.highest.level,
        ),
        needs=needs,
        what_helps=referral.what_helps,
        young_person_words=words,
        budget_weekly_pence=referral.budget_weekly_pence,
        contact_arrangements=referral.contact_arrangements,
        taken_at=now,
    )


def stored(snapshot: ReferralSnapshot) -> dict[str, Any]:
    """The snapshot as JSON for the database."""
    return snapshot.model_dump(mode="json")
