"""A young person's "About me", their wheel and framework in child-friendly words, and the
side-by-side comparison their worker sees.

What a young person reads carries no evidence, scores, drafts, notes or costs: these schemas
simply have no such fields.
"""

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from kindred.core.text import MultiLine
from kindred.domain.about_me import MAX_RATING_WORDS, MAX_SECTION_LENGTH
from kindred.modules.children.schemas import PersonRef

SectionText = Annotated[MultiLine, StringConstraints(max_length=MAX_SECTION_LENGTH)]
RatingWords = Annotated[MultiLine, StringConstraints(max_length=MAX_RATING_WORDS)]
DomainKey = Annotated[str, StringConstraints(min_length=1, max_length=48)]
SECTION_DESCRIPTION = f"The young person's own words, at most {MAX_SECTION_LENGTH} characters."


class Sections(BaseModel):
    """The "About me" sections; every one is sent on a save (an empty string when unwritten)."""

    model_config = ConfigDict(extra="forbid")

    good_at: SectionText = Field(description="What I'm good at. " + SECTION_DESCRIPTION)
    matters_to_me: SectionText = Field(description="What matters to me.")
    want_people_to_know: SectionText = Field(description="What I want people to know about me.")
    helps_when_hard: SectionText = Field(description="What helps when things are hard.")
    goals_soon: SectionText = Field(description="My goals for soon.")
    goals_older: SectionText = Field(description="My goals for when I'm older.")
    important_people: SectionText = Field(description="People who are important to me.")


class Share(BaseModel):
    """Per section: true when the young person agrees it may be shared in referrals.

    Every section is sent on a save, so a "no" is never lost by leaving a key out.
    """

    model_config = ConfigDict(extra="forbid")

    good_at: bool
    matters_to_me: bool
    want_people_to_know: bool
    helps_when_hard: bool
    goals_soon: bool
    goals_older: bool
    important_people: bool


class SelfRating(BaseModel):
    """How the young person sees one domain: a level in the framework's child-friendly words,
    and/or their own words."""

    model_config = ConfigDict(extra="forbid")

    level: int | None = Field(ge=0, le=4, description="0–4 as in `/me/framework`; null: unsure.")
    words: RatingWords = Field(default="", description="In their own words (at most 500).")


class SelfRatingRead(BaseModel):
    level: int | None
    words: str


class AboutMeWrite(BaseModel):
    """A whole new version: sections, self-ratings and sharing choices replace the last ones."""

    model_config = ConfigDict(extra="forbid")

    based_on: int = Field(
        ge=0,
        le=1_000_000,
        description="The `number` of the version read (0 when there was none). If another "
        "version was saved since, the answer is 409 with it in `current`.",
    )
    sections: Sections
    self_ratings: dict[DomainKey, SelfRating] = Field(
        max_length=48, description="Domain key → the young person's own rating; may be empty."
    )
    share: Share


class AboutMeRead(BaseModel):
    """One version of "About me"; number 0 (and no author) when nothing was written yet."""

    number: int = Field(description="1, 2, 3… per child; send it back as `based_on`.")
    created_at: datetime | None
    author: PersonRef | None
    framework_version: str = Field(description="The framework the self-ratings were made with.")
    sections: Sections
    self_ratings: dict[str, SelfRatingRead]
    share: Share


class ChildLevel(BaseModel):
    level: int
    child_label: str = Field(description="The level in a child's words, e.g. 'I am doing fine'.")


class ChildDomainLevel(BaseModel):
    level: int
    child_descriptor: str


class ChildDomain(BaseModel):
    key: str
    child_name: str
    child_description: str
    levels: list[ChildDomainLevel] = Field(description="Levels 0–4 in this domain, in order.")


class ChildFramework(BaseModel):
    """The needs framework in child-friendly words only: for the self-rating picker."""

    version: str
    levels: list[ChildLevel]
    domains: list[ChildDomain] = Field(description="In framework order: the wheel's order.")


class WheelDomain(BaseModel):
    key: str
    child_name: str
    child_description: str
    level: int | None = Field(description="The agreed level, 0–4; null before any assessment.")
    child_label: str | None
    child_descriptor: str | None


class MyWheel(BaseModel):
    """The young person's latest approved needs, in their words, without evidence or scores."""

    assessed_on: date | None
    framework_version: str
    domains: list[WheelDomain]


class ComparedDomain(BaseModel):
    key: str
    name: str
    child_name: str
    practitioner_level: int | None = Field(description="From the latest approved assessment.")
    young_person_level: int | None
    young_person_words: str
    differs: bool = Field(description="Both rated and not the same: a conversation starter.")


class VoiceComparison(BaseModel):
    """Per domain, the practitioner's latest approved level beside the young person's own."""

    assessment_id: uuid.UUID | None
    assessed_on: date | None
    about_me_number: int
    about_me_created_at: datetime | None
    differences: int = Field(description="How many domains differ.")
    domains: list[ComparedDomain]
