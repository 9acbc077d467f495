"""Assessments with their levels as a spreadsheet: a child's, or the whole council's."""

import uuid

from kindred.core.table_query import AnyRow, TableQuery
from kindred.frameworks.loader import load_default_framework
from kindred.modules.assessments import repository

ASSESSMENTS = "assessments"


def _domain_keys() -> tuple[str, ...]:
    # Framework versions may change weights and words, never the domains themselves.
    return load_default_framework().domain_keys


def _header() -> tuple[str, ...]:
    return (
        "assessment_id",
        "child_id",
        "status",
        "framework_version",
        "created_by",
        "created_at",
        "submitted_at",
        "approved_at",
        "assessed_on",
        "score",
        "actionable_count",
        "highest_level",
        *(f"level_{key}" for key in _domain_keys()),
    )


def _cells(row: AnyRow) -> list[object]:
    assessment, author, levels = row[0], row[1], row[2] or {}
    return [
        assessment.id,
        assessment.child_id,
        assessment.status,
        assessment.framework_version,
        author,
        assessment.created_at,
        assessment.submitted_at,
        assessment.approved_at,
        assessment.assessed_on,
        assessment.score,
        assessment.actionable_count,
        assessment.highest_level,
        *(levels.get(key) for key in _domain_keys()),
    ]


def assessments_table(child_id: uuid.UUID | None = None) -> TableQuery:
    """One child's assessments (newest first), or every child's when no child is given."""
    query = repository.assessments_with_levels(child_id)
    return TableQuery(ASSESSMENTS, _header(), query, _cells)
