"""Placement episodes as the API reads and writes them (SSDA903 codes, dates, postcodes)."""

import uuid
from collections.abc import Mapping
from datetime import date, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, Field, model_validator

from kindred.core.partial_update import refuse_emptied
from kindred.core.text import Line120
from kindred.domain.placements import CATEGORY_OF_NEED, REASON_EPISODE_CEASED, REASON_NEW_EPISODE
from kindred.domain.ssda903 import (
    LEGAL_STATUS,
    PLACEMENT_PROVIDER,
    PLACEMENT_TYPE,
    REASON_PLACEMENT_CHANGE,
)


def _code_in(codes: Mapping[str, str], what: str) -> AfterValidator:
    def check(value: str | None) -> str | None:
        if value is None:
            return None
        normal = value.strip().upper()
        if normal not in codes:
            raise ValueError(f"not an SSDA903 {what} code ({', '.join(codes)})")
        return normal

    return AfterValidator(check)


PlacementType = Annotated[str, _code_in(PLACEMENT_TYPE, "placement type")]
LegalStatus = Annotated[str, _code_in(LEGAL_STATUS, "legal status")]
Provider = Annotated[str | None, _code_in(PLACEMENT_PROVIDER, "placement provider")]
ChangeReason = Annotated[str | None, _code_in(REASON_PLACEMENT_CHANGE, "reason for change")]
NewEpisodeReason = Annotated[str | None, _code_in(REASON_NEW_EPISODE, "reason for new episode")]
CeasedReason = Annotated[str | None, _code_in(REASON_EPISODE_CEASED, "reason episode ceased")]
CategoryOfNeed = Annotated[str | None, _code_in(CATEGORY_OF_NEED, "category of need")]
Postcode = Annotated[str | None, Field(max_length=10)]
Urn = Annotated[str | None, Field(max_length=10, pattern=r"^[A-Za-z0-9]+$")]


class PlacementCreate(BaseModel):
    start_date: date = Field(description="When the episode began (SSDA903 DECOM).")
    end_date: date | None = Field(
        default=None,
        description="When it ended (DEC); empty while current. The next episode may start on "
        "this day.",
    )
    placement_type: PlacementType = Field(description="SSDA903 placement type, e.g. U4 or K2.")
    legal_status: LegalStatus = Field(description="SSDA903 legal status, e.g. C2.")
    provider: Provider = Field(default=None, description="SSDA903 provider, PR0–PR5.")
    reason_new_episode: NewEpisodeReason = Field(default=None, description="SSDA903 RNE.")
    category_of_need: CategoryOfNeed = Field(default=None, description="SSDA903 CIN, N1–N8.")
    reason_ceased: CeasedReason = Field(default=None, description="SSDA903 REC.")
    ended_with_move: bool = Field(
        default=False, description="The episode ended because the child moved placement."
    )
    reason_for_change: ChangeReason = Field(
        default=None,
        description="SSDA903 REASON_PLACE_CHANGE; required when the episode ended with a move.",
    )
    household_id: uuid.UUID | None = Field(
        default=None, description="The council's fostering household, when the child lives in one."
    )
    provider_name: Line120 | None = Field(default=None, description="Otherwise, the provider.")
    urn: Urn = Field(default=None, description="Ofsted unique reference number of the setting.")
    home_postcode: Postcode = Field(
        default=None,
        description="Full or partial (`LS1 4`) postcode of the home the child was removed from; "
        "the child's home postcode when left out.",
    )
    placement_postcode: Postcode = Field(default=None, description="Full or partial postcode.")

    @model_validator(mode="after")
    def _consistent(self) -> "PlacementCreate":
        problems = episode_problems(
            self.start_date, self.end_date, self.reason_for_change, self.ended_with_move
        )
        if problems:
            raise ValueError("; ".join(message for _, message in problems))
        return self


def episode_problems(
    start: date, end: date | None, reason: str | None, moved: bool
) -> list[tuple[str, str]]:
    """(field, message) for each rule an episode's dates and reasons break."""
    problems: list[tuple[str, str]] = []
    if end is not None and end < start:
        problems.append(("end_date", "end_date cannot be before start_date"))
    if end is None and reason is not None:
        problems.append(("reason_for_change", "a reason for change needs an end_date"))
    if moved and (end is None or reason is None):
        problems.append(
            (
                "reason_for_change",
                "an episode that ended with a move needs an end_date and a reason_for_change",
            )
        )
    return problems


class PlacementUpdate(BaseModel):
    """Only the fields sent change; `version` is the version you read."""

    version: int = Field(ge=1)
    start_date: date | None = None
    end_date: date | None = None
    placement_type: Annotated[str | None, _code_in(PLACEMENT_TYPE, "placement type")] = None
    legal_status: Annotated[str | None, _code_in(LEGAL_STATUS, "legal status")] = None
    provider: Provider = None
    reason_new_episode: NewEpisodeReason = None
    category_of_need: CategoryOfNeed = None
    reason_ceased: CeasedReason = None
    ended_with_move: bool | None = None
    reason_for_change: ChangeReason = None
    household_id: uuid.UUID | None = None
    provider_name: Line120 | None = None
    urn: Urn = None
    home_postcode: Postcode = None
    placement_postcode: Postcode = None

    @model_validator(mode="after")
    def _required_fields_stay_filled(self) -> "PlacementUpdate":
        refuse_emptied(
            self,
            frozenset({"start_date", "placement_type", "legal_status", "ended_with_move"}),
        )
        return self


class HouseholdRef(BaseModel):
    id: uuid.UUID
    name: str


class PlacementRead(BaseModel):
    id: uuid.UUID
    child_id: uuid.UUID
    start_date: date
    end_date: date | None
    current: bool = Field(description="Running today.")
    placement_type: str
    placement_type_label: str
    provider: str | None
    legal_status: str
    reason_new_episode: str | None
    category_of_need: str | None
    reason_ceased: str | None
    ended_with_move: bool
    reason_for_change: str | None
    household: HouseholdRef | None
    provider_name: str | None
    urn: str | None
    home_postcode: str | None = Field(description="As given: full, partial or unrecognised.")
    home_precision: str | None = Field(description="postcode, sector (centroid) or unknown.")
    placement_postcode: str | None
    placement_precision: str | None
    distance_km: float | None = Field(description="Straight line from home; empty if unknown.")
    distance_miles: float | None
    over_20_miles: bool | None = Field(description="Statutory indicator; empty if unknown.")
    warnings: list[str]
    source: str = Field(description="manual, or ssda903 (imported).")
    version: int
    created_at: datetime
    updated_at: datetime
