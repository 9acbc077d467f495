"""A needs framework version as the API reads it."""

from datetime import date, datetime

from pydantic import BaseModel, Field

from kindred.domain.framework import StrengthLevel
from kindred.modules.children.schemas import PersonRef


class LevelRead(BaseModel):
    """The general meaning of one need level, shared by every domain."""

    level: int = Field(description="0 (no additional need) to 4 (very high).")
    label: str
    description: str
    child_label: str = Field(description="The level in a child's own words.")


class StrengthLevelRead(BaseModel):
    key: StrengthLevel
    label: str
    description: str
    child_label: str


class LevelDescriptorRead(BaseModel):
    """What one need level looks like in one domain."""

    level: int
    descriptor: str
    child_descriptor: str


class DomainRead(BaseModel):
    key: str = Field(description="Stable key, the same in every version, e.g. `physical_health`.")
    name: str
    description: str
    child_name: str
    child_description: str
    weight: float = Field(description="Relative weight of the domain in the needs score.")
    levels: list[LevelDescriptorRead] = Field(description="Levels 0–4, in order.")


class FrameworkRead(BaseModel):
    """A whole framework version: everything needed to draw and fill in an assessment."""

    key: str
    version: str = Field(description="Semantic version, e.g. 1.0.0 (the shipped default).")
    name: str
    published: date = Field(description="The publication date written in the document.")
    is_default: bool = Field(description="Whether this is the framework Kindred ships with.")
    levels: list[LevelRead]
    strength_levels: list[StrengthLevelRead]
    domains: list[DomainRead] = Field(description="In framework order: the order of the wheel.")


class FrameworkVersionItem(BaseModel):
    """One version a council can use or has used."""

    version: str
    name: str
    published: date
    is_default: bool
    is_current: bool = Field(description="Whether new assessments use this version.")
    published_at: datetime | None = Field(description="When the council published it.")
    published_by: PersonRef | None = Field(description="The admin who published it.")
