"""Import jobs as the upload page reads them: status, progress counts, the full report."""

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from kindred.models.import_job import ImportStatus


class ReportLine(BaseModel):
    """One problem of a row, rejected or imported with a warning: which file, line and column,
    which DfE rule it breaks (if one), why."""

    file: str
    line: int = Field(description="Line in the file, counting the header line as 1.")
    child: str | None = Field(description="The row's CHILD, when it could be read.")
    column: str | None = Field(default=None, description="The column at fault, when one is.")
    rule: str | None = Field(
        default=None, description="The DfE validation rule broken: its number, a colon, its text."
    )
    reason: str


class ImportCounts(BaseModel):
    # Always sent, so the API document lists the defaulted counts as required too.
    model_config = ConfigDict(json_schema_serialization_defaults_required=True)

    children_created: int
    children_updated: int
    children_unchanged: int
    episodes_created: int
    episodes_updated: int
    episodes_unchanged: int
    children_status_changed: int = Field(
        description="Children whose care status, placement type or legal status changed by the "
        "care-status rule (docs/ssda903.md), applied over every episode held for them."
    )
    records_created: int = Field(
        default=0,
        description="Rows of the optional files (UASC, Reviews, Missing, OC2, OC3, "
        "PlacedAdoption) new to Kindred.",
    )
    records_updated: int = 0
    records_unchanged: int = 0
    duration_ms: int


class ImportJobRead(BaseModel):
    id: uuid.UUID
    kind: Literal["ssda903"]
    status: ImportStatus = Field(
        description="queued (waiting for the worker); running; succeeded; rejected "
        "(all-or-nothing and some rows were bad: nothing was written); failed (see `message`)."
    )
    stage: str | None = Field(
        description="What the import is doing while it runs (or last did): reading and checking "
        "rows, placing postcodes, writing."
    )
    valid_rows_only: bool
    dry_run: bool = Field(
        description="A preview: the counts say what an import would create, update and leave "
        "unchanged; nothing but this job was written."
    )
    header_filename: str
    episodes_filename: str
    rows_total: int = Field(
        description="While running, how much the stage has to do (rows; postcodes while placing "
        "them); once finished, the data rows in both files."
    )
    rows_processed: int = Field(description="How much of `rows_total` is done.")
    rows_rejected: int
    counts: ImportCounts | None = Field(description="Empty unless the import wrote.")
    errors: list[ReportLine] = Field(
        description="Rejections: every problem of every row not imported, by file then line."
    )
    warnings: list[ReportLine] = Field(
        description="Rows imported with a caveat: a DfE rule broken (with the rule), a postcode "
        "that could not be placed."
    )
    message: str | None = Field(description="Why a failed import could not be finished.")
    created_at: datetime
    finished_at: datetime | None


class ImportJobSummary(BaseModel):
    id: uuid.UUID
    status: ImportStatus
    dry_run: bool
    header_filename: str
    episodes_filename: str
    rows_total: int
    rows_rejected: int
    created_at: datetime
    finished_at: datetime | None
