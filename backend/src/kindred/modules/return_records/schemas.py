"""What a child's SSDA903 return says beyond their episodes, as the child's page shows it."""

import uuid
from datetime import date

from pydantic import BaseModel, Field


class Coded(BaseModel):
    """An SSDA903 code and its plain label (the code itself when Kindred has no label)."""

    code: str
    label: str


class Review(BaseModel):
    held_on: date
    participation: Coded | None = Field(description="REVIEW_CODE: how the child took part.")


class MissingSpell(BaseModel):
    kind: Coded = Field(description="MISSING: M missing, A away without authorisation.")
    started_on: date
    ended_on: date | None


class HealthOutcome(BaseModel):
    """The latest OC2 row: health checks and SDQ at the end of a collection year."""

    year_ending: date
    sdq_score: int | None
    sdq_reason: str | None
    health_check: bool | None
    immunisations: bool | None
    teeth_check: bool | None
    health_assessment: bool | None
    substance_misuse: bool | None
    convicted: bool | None


class CareLeaverOutcome(BaseModel):
    """The latest OC3 row: a care leaver's contact, activity and accommodation."""

    year_ending: date
    in_touch: Coded | None
    activity: str | None = Field(description="ACTIV, as the return codes it.")
    accommodation: str | None = Field(description="ACCOM; a code ending 1 is suitable, 2 not.")


class AdoptionDecision(BaseModel):
    decided_on: date = Field(description="DATE_PLACED: the decision that the child be placed.")
    ceased_on: date | None
    reason_ceased: str | None


class ReturnRecords(BaseModel):
    child_id: uuid.UUID
    uasc: bool = Field(description="Whether the return lists the child as UASC.")
    uasc_ceases_on: date | None = Field(description="DUC: when the child stops being UASC.")
    reviews: list[Review] = Field(description="Newest first.")
    missing: list[MissingSpell] = Field(description="Newest first.")
    health: HealthOutcome | None
    care_leaver: CareLeaverOutcome | None
    placed_for_adoption: list[AdoptionDecision] = Field(description="Newest first.")
