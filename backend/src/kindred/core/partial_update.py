"""Partial updates (PATCH): only the fields sent change, and required ones cannot be emptied."""

from pydantic import BaseModel


def refuse_emptied(update: BaseModel, required: frozenset[str]) -> None:
    """Raise ValueError (a 422 inside a validator) naming required fields sent as null."""
    emptied = sorted(
        name for name in update.model_fields_set & required if getattr(update, name) is None
    )
    if emptied:
        raise ValueError(f"these fields cannot be emptied: {', '.join(emptied)}")
