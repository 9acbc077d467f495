"""Bulk loads as the admin page reads them: status, progress, counts, and the row errors."""

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from kindred.models.bulk_load import BulkLoadStatus
from kindred.modules.bulk_loads.kinds import KindName

TemplateFormat = Literal["csv", "xlsx"]


class ColumnRead(BaseModel):
    name: str
    required: bool
    meaning: str
    example: str
    aliases: list[str] = Field(description="Other headers read as this column.")


class BulkLoadKindRead(BaseModel):
    name: KindName
    title: str
    summary: str
    columns: list[ColumnRead]


class LoadCounts(BaseModel):
    created: int
    updated: int
    unchanged: int


class RowErrorRead(BaseModel):
    """One problem: the line in the file (1 is the header), the column if one, and why."""

    line: int
    column: str | None
    reason: str


class BulkLoadRead(BaseModel):
    id: uuid.UUID
    kind: KindName
    status: BulkLoadStatus = Field(
        description="previewing (the file is being checked; nothing is written); previewed "
        "(see `preview` and the errors; choose to load); loading; loaded (see `result`); "
        "rejected (a load of all rows met a bad row: nothing was written); failed (see "
        "`message`)."
    )
    filename: str
    stage: str | None = Field(description="What the preview or load is doing now.")
    rows_total: int = Field(description="Data rows in the file (blank rows are not counted).")
    rows_processed: int = Field(description="How far the current stage has got.")
    rows_rejected: int = Field(description="Rows with at least one error.")
    errors_total: int = Field(description="Problems found; page through them at `/errors`.")
    header_rejected: bool = Field(
        description="The header itself is wrong (a misspelt, doubled or missing column): "
        "nothing can be loaded until the file is fixed."
    )
    ignored_columns: list[str] = Field(description="Headers that are not columns of this kind.")
    preview: LoadCounts | None = Field(
        description="What loading the valid rows would create, update and leave unchanged."
    )
    result: LoadCounts | None = Field(description="What the load created, updated, left alone.")
    valid_rows_only: bool | None = Field(description="How the load was asked for, once it was.")
    message: str | None = Field(description="Why a failed load could not be finished.")
    created_at: datetime
    previewed_at: datetime | None
    finished_at: datetime | None


class BulkLoadSummary(BaseModel):
    id: uuid.UUID
    kind: KindName
    status: BulkLoadStatus
    filename: str
    rows_total: int
    rows_rejected: int
    created_at: datetime


class LoadRequest(BaseModel):
    valid_rows_only: bool = Field(
        default=False,
        description="false: load every row, refused while any row has an error; true: load "
        "the valid rows and leave the rest (they stay in the report).",
    )
