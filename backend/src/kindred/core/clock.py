"""The one clock: handlers take `Now` or `Today` as a dependency instead of reading the wall clock.

Every "now" in a request comes from here, so a request sees one instant throughout and a test can
move time by overriding `current_time` in `app.dependency_overrides`.
"""

from datetime import UTC, date, datetime
from typing import Annotated

from fastapi import Depends


def current_time() -> datetime:
    """The current instant in UTC."""
    return datetime.now(UTC)


def current_date(now: Annotated[datetime, Depends(current_time)]) -> date:
    """Today in UTC: the day every figure and age is as of."""
    return now.date()


Now = Annotated[datetime, Depends(current_time)]
Today = Annotated[date, Depends(current_date)]
