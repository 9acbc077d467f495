"""Imports every model module so `Base.metadata` knows all tables (for Alembic)."""

from kindred.models import (
    about_me,
    api_client,
    assessment,
    audit,
    bulk_load,
    child,
    cost,
    cost_assumption,
    council_export,
    framework_version,
    goal,
    household,
    import_job,
    organisation,
    partner,
    placement,
    referral,
    sign_in,
    ssda903_record,
    user,
    young_person,
)
from kindred.models.base import Base

metadata = Base.metadata

__all__ = [
    "about_me",
    "api_client",
    "assessment",
    "audit",
    "bulk_load",
    "child",
    "cost",
    "cost_assumption",
    "council_export",
    "framework_version",
    "goal",
    "household",
    "import_job",
    "metadata",
    "organisation",
    "partner",
    "placement",
    "referral",
    "sign_in",
    "ssda903_record",
    "user",
    "young_person",
]
