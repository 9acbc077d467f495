"""A whole-council export as the API shows it."""

import uuid
from datetime import datetime

from pydantic import BaseModel, Field

from kindred.models.council_export import ExportStatus


class CouncilExportRead(BaseModel):
    id: uuid.UUID
    status: ExportStatus = Field(description="`expired` once past `expires_at`: start another.")
    stage: str | None = Field(description="The table being written while it runs.")
    tables_done: int
    tables_total: int
    rows_written: int
    size_bytes: int | None = Field(description="The ZIP's size, once written.")
    message: str | None = Field(description="Why it failed, in plain words.")
    created_at: datetime
    finished_at: datetime | None
    expires_at: datetime | None = Field(description="Downloadable until then.")
    download_url: str | None = Field(description="Where to download the ZIP, once ready.")
