"""Needs assessments as the API reads and writes them."""

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, Field, StringConstraints

from kindred.core.text import refuse_nul
from kindred.domain.framework import StrengthLevel
from kindred.domain.submission import EVIDENCE_FROM_LEVEL, CheckedField
from kindred.models.assessment import AssessmentStatus
from kindred.modules.children.schemas import PersonRef

MAX_TEXT = 20_000

LongText = Annotated[str, StringConstraints(max_length=MAX_TEXT), AfterValidator(refuse_nul)]
DomainKey = Annotated[str, StringConstraints(min_length=1, max_length=48)]
Version = Annotated[int, Field(ge=1, description="The version you read.")]


# --- input ------------------------------------------------------------------------------------


class AssessmentStart(BaseModel):
    from_latest_approved: bool = Field(
        default=False,
        description="Copy levels, evidence, strengths and texts from the child's latest "
        "approved assessment.",
    )


class DomainUpdate(BaseModel):
    """Only the fields sent change."""

    need_level: int | None = Field(default=None, ge=0, le=4, description="0–4, or null.")
    evidence: LongText = ""
    strength_level: StrengthLevel = StrengthLevel.NONE
    strength_notes: LongText = ""


class AssessmentUpdate(BaseModel):
    """An autosave: only the fields (and domains, and domain fields) sent change."""

    version: Version
    summary: LongText = ""
    aspirations: LongText = ""
    what_helps: LongText = ""
    domains: dict[DomainKey, DomainUpdate] | None = Field(
        default=None, max_length=48, description="Domain key → the fields to change."
    )


class LifecycleStep(BaseModel):
    version: Version


class AssessmentReturn(BaseModel):
    version: Version
    comment: Annotated[
        str,
        StringConstraints(strip_whitespace=True, min_length=1, max_length=5000),
        AfterValidator(refuse_nul),
    ] = Field(description="What needs to change, 1–5,000 characters.")


class QueueFilters(BaseModel):
    status: Literal["submitted", "returned", "draft"] = Field(
        default="submitted",
        description="submitted: awaiting a manager (oldest submission first); returned: sent "
        "back for changes (oldest first); draft: being written (oldest first).",
    )


# --- output -----------------------------------------------------------------------------------


class NeedsFigures(BaseModel):
    """The headline figures of a complete set of levels, with its framework's weights."""

    score: Decimal = Field(description="Weighted needs score 0–100, one decimal.")
    actionable_count: int = Field(description="Domains at level 2 or more.")
    highest_level: int
    highest_domains: list[str] = Field(description="Every domain at the highest level.")
    blocks_step_down: bool = Field(description="A domain is at level 4.")


class AssessmentDomainRead(BaseModel):
    key: str
    name: str
    need_level: int | None
    evidence: str
    strength_level: StrengthLevel
    strength_notes: str


class PreviousApproved(BaseModel):
    """The approved assessment before this one, for the side panel."""

    id: uuid.UUID
    assessed_on: date | None
    framework_version: str
    score: Decimal | None
    levels: dict[str, int] = Field(description="Domain key → need level.")


class AssessmentPermissions(BaseModel):
    """What you may do to this assessment now (the server checks again on every request)."""

    can_edit: bool
    can_submit: bool
    can_approve: bool
    can_return: bool


class SubmitCheckRead(BaseModel):
    """One thing that stops the assessment being submitted, in the words to show."""

    domain_key: str
    field: CheckedField
    message: str = Field(description="The same words a refused submit gives for this field.")


class AssessmentListItem(BaseModel):
    id: uuid.UUID
    child_id: uuid.UUID
    status: AssessmentStatus
    framework_version: str
    based_on_id: uuid.UUID | None
    created_by: PersonRef
    created_at: datetime
    updated_at: datetime
    submitted_by: PersonRef | None
    submitted_at: datetime | None
    decided_by: PersonRef | None
    approved_at: datetime | None
    returned_at: datetime | None
    assessed_on: date | None = Field(description="Set when approved.")
    score: Decimal | None = Field(description="Approved assessments only.")
    actionable_count: int | None = Field(description="Approved assessments only.")
    highest_level: int | None = Field(description="Approved assessments only.")
    version: int


class AssessmentRead(AssessmentListItem):
    summary: str
    aspirations: str
    what_helps: str
    return_comment: str | None = Field(description="The manager's words when last returned.")
    domains: list[AssessmentDomainRead] = Field(description="In framework order.")
    highest_domains: list[str] | None = Field(description="Approved assessments only.")
    preview: NeedsFigures | None = Field(
        description="Not yet approved: the figures it would have, once every domain has a "
        "level; null until then, and for approved ones (see `score`)."
    )
    previous_approved: PreviousApproved | None
    permissions: AssessmentPermissions
    submit_checks: list[SubmitCheckRead] = Field(
        description="What stops this assessment, as saved, being submitted (every domain needs "
        "a level; a level from `evidence_from_level` up needs evidence), in framework order: "
        "the same checks and words as a refused submit's 422. Empty when it may be submitted."
    )
    evidence_from_level: int = Field(
        description=f"Evidence is required from this level of need ({EVIDENCE_FROM_LEVEL})."
    )


class ChildRef(BaseModel):
    id: uuid.UUID
    given_name: str
    family_name: str
    preferred_name: str | None
    team_name: str


class QueueItem(BaseModel):
    """One assessment waiting in a queue."""

    id: uuid.UUID
    child: ChildRef
    status: AssessmentStatus
    framework_version: str
    created_by: PersonRef
    created_at: datetime
    submitted_by: PersonRef | None
    submitted_at: datetime | None
    returned_at: datetime | None
    preview: NeedsFigures | None = Field(description="Once every domain has a level.")
    previous_score: Decimal | None = Field(description="The child's latest approved score.")
    changed_domains: int | None = Field(
        description="Domains whose level differs from the latest approved assessment; null "
        "when there is none."
    )
    version: int
