"""The partner API's shapes: shared referrals, expressions of interest (offers)."""

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    JsonValue,
    StringConstraints,
    model_validator,
)

from kindred.core.partial_update import refuse_emptied
from kindred.core.text import refuse_control_characters, refuse_nul
from kindred.models.referral import ReferralOutcome
from kindred.modules.referrals.api import ReferralSnapshot

HouseholdReference = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=40),
    AfterValidator(refuse_control_characters),
]
Message = Annotated[str, StringConstraints(max_length=4000), AfterValidator(refuse_nul)]
Capacity = dict[
    Annotated[str, StringConstraints(min_length=1, max_length=48)],
    Annotated[int, Field(ge=0, le=4)],
]
Fee = Annotated[int, Field(ge=0, le=10_000_000)]
Sector = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=10)]

_CAPACITY_EXAMPLE: dict[str, JsonValue] = {
    "physical_health": 2,
    "emotional_wellbeing": 3,
    "feelings_and_behaviour": 3,
    "learning_and_education": 2,
    "communication_and_disability": 1,
    "identity_culture_faith": 2,
    "family_and_contact": 3,
    "friendships_and_social": 2,
    "safety_outside_home": 2,
    "independence_and_self_care": 2,
    "life_story_and_belonging": 2,
    "confidence_and_aspirations": 3,
}
_REFERRAL_EXAMPLE: dict[str, JsonValue] = {
    "id": "0d3f7b0e-5a53-4c1e-9a77-5b1e0c2d9f10",
    "reference": "NS-R-0042",
    "status": "open",
    "closed_reason": None,
    "shared_at": "2026-11-23T10:01:00Z",
    "updated_at": "2026-11-23T10:01:00Z",
    "purpose": "long_term",
    "needed_by": "2026-12-21",
    "age_years": 13,
    "care_context": "in care",
    "siblings": 0,
    "location": {
        "local_authority": "Northshire County Council",
        "max_distance": "within_20_miles",
        "preferences": "Close enough to keep the same secondary school.",
    },
    "framework_version": "1.0.0",
    "needs_summary": {"score": 41.7, "actionable_count": 5, "highest_level": 3},
    "needs": [
        {
            "domain_key": "feelings_and_behaviour",
            "domain_name": "Managing feelings and behaviour",
            "need_level": 3,
            "need_label": "High",
            "needs_text": "Needs a consistent calming plan shared by home and school.",
            "strength_level": "useful",
            "strength_notes": "Talks things through once calm.",
        }
    ],
    "what_helps": "Routine, music, and being told about changes early.",
    "young_person_words": [
        {
            "section": "what_helps_me",
            "heading": "What helps when things are hard",
            "text": "Music in my headphones and a bit of space.",
        }
    ],
    "budget_weekly_pence": 95000,
    "contact_arrangements": "Family time with mum fortnightly, supervised.",
    "taken_at": "2026-11-23T10:00:00Z",
}
_OFFER_EXAMPLE: dict[str, JsonValue] = {
    "household_reference": "BP-H-0117",
    "household_postcode_sector": "NE1 4",
    "capacity": _CAPACITY_EXAMPLE,
    "weekly_fee_pence": 89500,
    "available_from": "2026-12-07",
    "message": "Experienced carers; one bedroom free; close to a youth music project.",
}


class PartnerReferral(ReferralSnapshot):
    """A referral shared with your agency: the council's pseudonymous snapshot and its status."""

    model_config = ConfigDict(json_schema_extra={"examples": [_REFERRAL_EXAMPLE]})

    id: uuid.UUID = Field(description="This referral's id for your agency.")
    status: Literal["open", "closed"] = Field(
        description="open: the council is looking for a household; closed: it no longer is."
    )
    closed_reason: ReferralOutcome | None = Field(
        description="Why it closed: placed, withdrawn or expired; null while open."
    )
    shared_at: datetime = Field(description="When the council shared it with you.")
    updated_at: datetime = Field(description="When its status last changed.")


class OfferCreate(BaseModel):
    """An expression of interest: one of your households, as you describe it now."""

    model_config = ConfigDict(json_schema_extra={"examples": [_OFFER_EXAMPLE]})

    household_reference: HouseholdReference = Field(
        description="Your own reference for the household (not the carers' names).",
        examples=["BP-H-0117"],
    )
    household_postcode_sector: Sector | None = Field(
        default=None,
        description="The household's postcode sector (`LS1 4`) or full postcode, for the "
        "distance band; only the sector is kept.",
        examples=["NE1 4"],
    )
    capacity: Capacity = Field(
        description="Per needs domain of the referral's framework, the highest level of need "
        "0–4 the household can meet; every domain of the referral must be given.",
        examples=[_CAPACITY_EXAMPLE],
    )
    weekly_fee_pence: Fee = Field(description="Weekly fee in pence.", examples=[89_500])
    available_from: date = Field(description="When the household can take the child.")
    message: Message = Field(
        default="",
        description="Why this household, in words the council will read.",
        examples=["Experienced carers; one bedroom free; close to a youth music project."],
    )


class OfferUpdate(BaseModel):
    """Only the fields sent change; send the `version` you read."""

    version: int = Field(ge=1, description="The version you read.", examples=[1])
    household_postcode_sector: Sector | None = Field(
        default=None, description="A new postcode sector, or null to clear it.", examples=["NE2 1"]
    )
    capacity: Capacity | None = Field(
        default=None, description="The whole capacity profile again (every domain, 0–4)."
    )
    weekly_fee_pence: Fee | None = Field(
        default=None, description="A new weekly fee in pence.", examples=[87_000]
    )
    available_from: date | None = Field(default=None, description="A new availability date.")
    message: Message | None = Field(default=None, description="A new message for the council.")

    @model_validator(mode="after")
    def _required_stay_filled(self) -> "OfferUpdate":
        refuse_emptied(
            self, frozenset({"capacity", "weekly_fee_pence", "available_from", "message"})
        )
        return self


class OfferWithdraw(BaseModel):
    version: int = Field(ge=1, description="The version you read.")
    reason: Annotated[str, StringConstraints(max_length=2000), AfterValidator(refuse_nul)] = Field(
        default="",
        description="Why, for the council.",
        examples=["The household's vacancy was filled."],
    )


OfferStatus = Literal["submitted", "shortlisted", "declined", "accepted", "withdrawn"]


class DecisionRead(BaseModel):
    status: Literal["shortlisted", "declined", "accepted"] = Field(
        description="What the council decided."
    )
    reason: str | None = Field(description="The council's words, when it declined.")
    decided_at: datetime = Field(description="When it decided.")


class OfferRead(BaseModel):
    """Your expression of interest and where it stands."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                _OFFER_EXAMPLE
                | {
                    "id": "7c6a0f55-1d2e-4f3a-8b9c-0a1b2c3d4e5f",
                    "referral_id": "0d3f7b0e-5a53-4c1e-9a77-5b1e0c2d9f10",
                    "referral_reference": "NS-R-0042",
                    "status": "shortlisted",
                    "decision": {
                        "status": "shortlisted",
                        "reason": None,
                        "decided_at": "2026-11-25T09:30:00Z",
                    },
                    "withdrawn_at": None,
                    "created_at": "2026-11-24T14:02:00Z",
                    "updated_at": "2026-11-24T14:02:00Z",
                    "version": 1,
                }
            ]
        }
    )

    id: uuid.UUID = Field(description="The offer's id.")
    referral_id: uuid.UUID = Field(
        description="The shared referral's id (as in /partner/referrals)."
    )
    referral_reference: str = Field(
        description="The referral's pseudonymous reference.", examples=["NS-R-0042"]
    )
    household_reference: str = Field(
        description="Your reference for the household.", examples=["BP-H-0117"]
    )
    household_postcode_sector: str | None = Field(
        description="The household's postcode sector, if given.", examples=["NE1 4"]
    )
    capacity: dict[str, int] = Field(
        description="Per domain key, the highest level of need (0–4) the household can meet.",
        examples=[_CAPACITY_EXAMPLE],
    )
    weekly_fee_pence: int = Field(description="Weekly fee in pence.", examples=[89_500])
    available_from: date = Field(description="When the household can take the child.")
    message: str = Field(description="Your message to the council.")
    status: OfferStatus = Field(
        description="submitted; shortlisted, declined or accepted by the council; or withdrawn "
        "by you."
    )
    decision: DecisionRead | None = Field(description="The council's decision, once made.")
    withdrawn_at: datetime | None = Field(description="When you withdrew it.")
    created_at: datetime = Field(description="When you made it.")
    updated_at: datetime = Field(description="When it last changed.")
    version: int = Field(description="Send it back to change or withdraw the offer.", examples=[1])


class PartnerReferralFilters(BaseModel):
    status: Literal["open", "closed"] | None = Field(default=None, description="Only this status.")
    updated_since: datetime | None = Field(
        default=None,
        description="Only referrals shared or changed at or after this instant (ISO 8601 with a "
        "time zone), to sync changes.",
    )
