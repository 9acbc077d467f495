"""What the health check reports."""

from typing import Literal

from pydantic import BaseModel, Field


class HealthRead(BaseModel):
    status: Literal["ok", "degraded"] = Field(description="`ok` when the database answers.")
    database: Literal["ok", "unreachable"] = Field(description="Whether PostgreSQL answered.")
    revision: str | None = Field(description="The Alembic revision the database is at.")
    version: str = Field(description="The Kindred release serving this request.")
