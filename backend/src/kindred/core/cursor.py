"""Opaque cursors for keyset pagination, newest first: (instant, id) of the last item seen.

A cursor is base64url JSON the client passes back untouched; a malformed one is a 422 naming the
`cursor` parameter. Keyset paging never skips or repeats an item when new ones arrive meanwhile.
"""

import base64
import binascii
import json
import uuid
from datetime import datetime
from typing import Generic, TypeVar

from pydantic import BaseModel, Field

from kindred.core.errors import FieldError, InvalidInput

MAX_LIMIT = 100

Item = TypeVar("Item")


class CursorPage(BaseModel, Generic[Item]):
    """Items newest first; pass `next_cursor` back as `cursor` for the next page."""

    items: list[Item] = Field(description="The results on this page.")
    next_cursor: str | None = Field(
        description="Opaque; send it as `cursor` to get the next page. Null on the last page.",
        examples=["eyJhdCI6IjIwMjYtMTEtMjNUMTk6MDA6MDArMDA6MDAiLCJpZCI6Ii4uLiJ9"],
    )


def encode_cursor(at: datetime, item_id: uuid.UUID) -> str:
    raw = json.dumps({"at": at.isoformat(), "id": str(item_id)}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> tuple[datetime, uuid.UUID] | None:
    """The position a cursor names, or None for the first page; 422 when it is not one of ours."""
    if cursor is None or cursor == "":
        return None
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode()))
        at = datetime.fromisoformat(data["at"])
        if at.tzinfo is None:
            raise ValueError("naive instant")
        return at, uuid.UUID(data["id"])
    except (ValueError, KeyError, TypeError, binascii.Error, UnicodeDecodeError):
        raise InvalidInput(
            "The cursor is not valid: pass back `next_cursor` exactly as it was given.",
            errors=[FieldError(field="query.cursor", message="Not a cursor from this API.")],
        ) from None


def page_of(
    items: list[Item], rows_positions: list[tuple[datetime, uuid.UUID]], limit: int
) -> CursorPage[Item]:
    """The first `limit` items, with a cursor when the query found one more (limit + 1 asked)."""
    if len(items) > limit:
        at, item_id = rows_positions[limit - 1]
        return CursorPage(items=items[:limit], next_cursor=encode_cursor(at, item_id))
    return CursorPage(items=items, next_cursor=None)
