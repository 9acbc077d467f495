"""A suggested placement plan for a cohort of children: who could go where, and who could not."""

import uuid
from enum import StrEnum

from pydantic import BaseModel, Field

from kindred.domain.cohort_plan import UnmatchedReason
from kindred.domain.matching import PlacementType
from kindred.modules.matching.schemas import HouseholdSummary

MAX_PLAN_CHILDREN = 1000


class PlanCreate(BaseModel):
    child_ids: list[uuid.UUID] | None = Field(
        default=None,
        min_length=1,
        max_length=MAX_PLAN_CHILDREN,
        description="The children to plan for; each must be one you may see.",
    )
    awaiting_placement: bool = Field(
        default=False,
        description="Instead of `child_ids`: every in-care child you may see with an approved "
        "assessment and no placement type recorded.",
    )
    placement_type: PlacementType = Field(
        default=PlacementType.LONG_TERM,
        description="The approval every household must hold (hard filter).",
    )
    max_distance_km: float | None = Field(
        default=None,
        gt=0,
        le=1500,
        description="Leave out households farther than this from a child's home (unknown "
        "distances are kept).",
    )


class PlanUnmatchedReason(StrEnum):
    """Why a child has no household in the plan."""

    NO_HOUSEHOLD_FITS_TERMS = UnmatchedReason.NO_HOUSEHOLD_FITS_TERMS.value
    NEEDS_UNMET_EVERYWHERE = UnmatchedReason.NEEDS_UNMET_EVERYWHERE.value
    PLACES_USED_BY_OTHERS = UnmatchedReason.PLACES_USED_BY_OTHERS.value
    NO_APPROVED_ASSESSMENT = "no_approved_assessment"
    NOT_IN_CARE = "not_in_care"


class PlanChild(BaseModel):
    id: uuid.UUID
    name: str
    local_child_id: str


class PlannedPlacement(BaseModel):
    child: PlanChild
    household: HouseholdSummary
    fit: float = Field(description="0–100, as in matching.")
    support_domains: list[str] = Field(
        description="Domain keys one level short (gap of 1): training or support needed."
    )
    weekly_fee_pence: int
    distance_km: float | None


class UnplannedChild(BaseModel):
    child: PlanChild
    reason: PlanUnmatchedReason
    eligible_households: int = Field(
        description="Households passing the hard filters with no unmet domain for this child."
    )


class PlanRead(BaseModel):
    placement_type: PlacementType
    children_requested: int
    children_placed: int
    children_unmatched: int
    total_fit: float
    total_weekly_fee_pence: int = Field(description="Sum of the planned households' weekly fees.")
    assignments: list[PlannedPlacement] = Field(description="In the order the children came.")
    unmatched: list[UnplannedChild]
