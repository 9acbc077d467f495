"""Placement referrals as the council's API reads and writes them."""

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, Field, StringConstraints, model_validator

from kindred.core.partial_update import refuse_emptied
from kindred.core.text import refuse_nul
from kindred.domain.framework import StrengthLevel
from kindred.domain.identifying_patterns import DetailKind
from kindred.domain.matching_scores import Verdict
from kindred.domain.referrals import DistanceBand, MaxDistance, Purpose
from kindred.models.referral import ReferralOutcome, ReferralStatus
from kindred.modules.children.schemas import PersonRef
from kindred.modules.referrals.snapshot import SharedWords

Version = Annotated[int, Field(ge=1, description="The version you read.")]
Text2000 = Annotated[str, StringConstraints(max_length=2000), AfterValidator(refuse_nul)]
Text5000 = Annotated[str, StringConstraints(max_length=5000), AfterValidator(refuse_nul)]
Reason = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=2000),
    AfterValidator(refuse_nul),
]
Budget = Annotated[int, Field(ge=0, le=10_000_000, description="Pence per week.")]
SectionKey = Annotated[str, StringConstraints(min_length=1, max_length=60)]


# --- input ------------------------------------------------------------------------------------


class ReferralCreate(BaseModel):
    """A new draft; needs, strengths and what helps are copied from the latest approved
    assessment, and the rest can be filled in now or later."""

    purpose: Purpose
    needed_by: date | None = Field(default=None, description="When the placement is needed by.")
    siblings: int = Field(default=0, ge=0, le=6, description="Siblings to be placed together.")
    location_preferences: Text2000 = ""
    max_distance: MaxDistance = MaxDistance.ANY
    budget_weekly_pence: Budget | None = None
    contact_arrangements: Text5000 = ""


class NeedTextUpdate(BaseModel):
    """The words agencies will read for one domain; levels stay those of the assessment."""

    needs_text: Text2000 | None = None
    strength_notes: Text2000 | None = None


class ReferralUpdate(BaseModel):
    """Only the fields sent change; `budget_weekly_pence` and `needed_by` may be set to null."""

    version: Version
    purpose: Purpose | None = None
    needed_by: date | None = None
    siblings: int | None = Field(default=None, ge=0, le=6)
    location_preferences: Text2000 | None = None
    max_distance: MaxDistance | None = None
    what_helps: Text5000 | None = None
    budget_weekly_pence: Budget | None = None
    contact_arrangements: Text5000 | None = None
    young_person_sections: list[SectionKey] | None = Field(
        default=None,
        max_length=20,
        description='Which consented "About me" sections to include; null: all of them.',
    )
    needs: dict[Annotated[str, StringConstraints(max_length=48)], NeedTextUpdate] | None = Field(
        default=None, max_length=48, description="Domain key → the words to change."
    )

    @model_validator(mode="after")
    def _required_stay_filled(self) -> "ReferralUpdate":
        refuse_emptied(
            self,
            frozenset(
                {
                    "purpose",
                    "siblings",
                    "location_preferences",
                    "max_distance",
                    "what_helps",
                    "contact_arrangements",
                }
            ),
        )
        return self


class LifecycleStep(BaseModel):
    version: Version


class ApproveAndShare(BaseModel):
    version: Version
    agency_ids: list[uuid.UUID] = Field(
        min_length=1, max_length=50, description="The partner agencies that receive it."
    )


class ReturnForChanges(BaseModel):
    version: Version
    comment: Reason = Field(description="What needs to change.")


class SharesCreate(BaseModel):
    agency_ids: list[uuid.UUID] = Field(min_length=1, max_length=50)


class ShareWithdraw(BaseModel):
    reason: Reason | None = None


class CloseReferral(BaseModel):
    version: Version
    outcome: Literal["withdrawn"] = Field(
        default="withdrawn",
        description="A person closes a referral as withdrawn; `placed` comes from accepting an "
        "offer and `expired` from the daily expiry.",
    )
    reason: Reason


class OfferDecline(BaseModel):
    reason: Reason = Field(description="Why, in words the agency will read.")


class OfferAccept(BaseModel):
    version: Version = Field(description="The referral's version you read.")
    offer_version: int = Field(ge=1, description="The offer's version you compared.")
    placement_start_on: date | None = Field(
        default=None, description="The agreed start date, if already confirmed."
    )


class PlacementConfirm(BaseModel):
    version: Version
    placement_start_on: date


class ReferralFilters(BaseModel):
    status: ReferralStatus | None = None
    child_id: uuid.UUID | None = None


# --- output -----------------------------------------------------------------------------------


class ChildSummary(BaseModel):
    id: uuid.UUID
    given_name: str
    family_name: str
    preferred_name: str | None


class AgencyRef(BaseModel):
    id: uuid.UUID
    name: str


class ReferralNeedRead(BaseModel):
    domain_key: str
    domain_name: str
    need_level: int
    needs_text: str
    strength_level: StrengthLevel
    strength_notes: str


class IdentifyingDetail(BaseModel):
    """One identifying detail in a text agencies would read."""

    field: str = Field(
        description="Where it is: `what_helps`, `location_preferences`, "
        "`contact_arrangements`, `needs.<domain>.needs_text`, `needs.<domain>.strength_notes` "
        "or `young_person_words.<section>`.",
        examples=["location_preferences"],
    )
    kind: DetailKind = Field(description="What kind of detail it looks like.")
    words: str = Field(description="The words found, exactly as written.", examples=["NS1 4AB"])
    young_persons_words: bool = Field(
        description="In the young person's own words, which only they may change."
    )
    message: str = Field(description="What was found and what to write instead.")


class WordsChoice(SharedWords):
    included: bool = Field(description="Whether this consented section is in the referral.")


class ShareRead(BaseModel):
    id: uuid.UUID
    agency: AgencyRef
    shared_at: datetime
    shared_by: PersonRef
    withdrawn_at: datetime | None
    withdrawn_by: PersonRef | None
    withdraw_reason: str | None
    views: int = Field(description="How many times the agency has read it.")
    last_viewed_at: datetime | None


class ReferralPermissions(BaseModel):
    """What you may do now (the server checks again on every request)."""

    can_edit: bool
    can_submit: bool
    can_approve: bool
    can_return: bool
    can_share: bool
    can_close: bool
    can_decide_offers: bool
    can_accept_offers: bool
    can_confirm_placement: bool = Field(
        description="Closed as placed: the placement's start date can be recorded or changed."
    )


class ReferralListItem(BaseModel):
    id: uuid.UUID
    reference: str
    child: ChildSummary
    status: ReferralStatus
    outcome: ReferralOutcome | None
    purpose: Purpose
    needed_by: date | None
    created_by: PersonRef
    created_at: datetime
    updated_at: datetime
    submitted_at: datetime | None
    approved_at: datetime | None
    live_shares: int = Field(description="Agencies it is shared with now.")
    offers: int = Field(description="Expressions of interest received (withdrawn included).")
    version: int


class ReferralRead(ReferralListItem):
    assessment_id: uuid.UUID
    framework_version: str
    siblings: int
    location_preferences: str
    max_distance: MaxDistance
    needs: list[ReferralNeedRead] = Field(description="Every domain, in framework order.")
    what_helps: str
    young_person_words: list[WordsChoice] = Field(
        description="Sections the young person agreed to share, and whether each is included."
    )
    budget_weekly_pence: int | None
    contact_arrangements: str
    submitted_by: PersonRef | None
    decided_by: PersonRef | None
    returned_at: datetime | None
    return_comment: str | None
    closed_at: datetime | None
    closed_by: PersonRef | None
    close_reason: str | None
    accepted_offer_id: uuid.UUID | None
    placement_start_on: date | None
    shares: list[ShareRead]
    permissions: ReferralPermissions
    identifying_details: list[IdentifyingDetail] = Field(
        description="Names, dates, postcodes, addresses, schools, contact details or "
        "identifiers found in what agencies read (the frozen snapshot once approved). Submit "
        "and approval are refused while there are any."
    )


class PartnerAgency(BaseModel):
    id: uuid.UUID
    name: str


class OfferDomainRead(BaseModel):
    domain_key: str
    need: int
    capacity: int
    gap: int
    verdict: Verdict = Field(description="met; support (gap 1: training or support); unmet.")


OfferStatus = Literal["submitted", "shortlisted", "declined", "accepted", "withdrawn"]


class ComparedOffer(BaseModel):
    """One expression of interest, compared with the child's needs like matching does."""

    id: uuid.UUID
    agency: AgencyRef
    household_reference: str
    status: OfferStatus
    decision_reason: str | None
    weekly_fee_pence: int
    within_budget: bool | None = Field(description="Null when the referral gives no budget.")
    available_from: date
    available_in_time: bool | None = Field(description="Null when no needed-by date is set.")
    distance_band: DistanceBand = Field(
        description="From the child's home to the household's postcode sector."
    )
    within_distance: bool | None = Field(description="Null when the distance is unknown.")
    message: str
    met_count: int
    support_count: int
    unmet_count: int
    domains: list[OfferDomainRead]
    created_at: datetime
    updated_at: datetime
    version: int


class OfferComparison(BaseModel):
    referral_id: uuid.UUID
    reference: str
    status: ReferralStatus
    needed_by: date | None
    budget_weekly_pence: int | None
    max_distance: MaxDistance
    needs: list[ReferralNeedRead]
    ordering: str = Field(description="How the offers are ordered.")
    offers: list[ComparedOffer]
